package io.smm.membership.host.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import io.smm.membership.identity.Shopper;
import io.smm.membership.testhost.FixedAccessViews;

/** The owner's paths and work outside a request see the whole catalog; a shopper's request sees their view. */
class ShopperAccessTests {

    private static final Shopper GUEST = Shopper.guest("DEFAULT");

    private final FixedAccessViews views = new FixedAccessViews();
    private final ShopperAccess access = new ShopperAccess(views, () -> GUEST);

    @BeforeEach
    void aRestrictedCategory() {
        views.of(GUEST).category(12, AccessSeamTestViews.hidden());
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aShopperRequestIsRestricted() {
        during("/api/v1/products");

        assertThat(access.restricting()).isPresent();
    }

    @Test
    void theOwnersPathsAreNeverRestricted() {
        during("/api/v2/private/products");

        assertThat(access.restricting()).isEmpty();
    }

    @Test
    void workOutsideARequestIsNeverRestricted() {
        assertThat(access.restricting()).isEmpty();
    }

    private static void during(String path) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest("GET",
                path)));
    }
}
