package io.smm.membership.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import io.smm.membership.affiliates.TrackingKey;
import io.smm.membership.affiliates.TrackingKeys;

class InviteCookieTests {

    private final InviteCookie cookie = new InviteCookie(keys("a shared secret"));

    @Test
    void readsBackWhatItWroteForTheSameStoreOnly() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        cookie.remember(new MockHttpServletRequest(), response, "DEFAULT", "ABCD2345");
        String value = response.getHeader("Set-Cookie").split(";")[0].substring(InviteCookie.NAME.length() + 1);

        assertThat(cookie.read(value, "DEFAULT")).contains("ABCD2345");
        assertThat(cookie.read(value, "OTHER")).isEmpty();
        assertThat(response.getHeader("Set-Cookie")).contains("HttpOnly").contains("Max-Age=2592000");
    }

    @Test
    void refusesAnotherCodeAnotherKeyOrACutValue() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        cookie.remember(new MockHttpServletRequest(), response, "DEFAULT", "ABCD2345");
        String value = response.getHeader("Set-Cookie").split(";")[0].substring(InviteCookie.NAME.length() + 1);

        assertThat(cookie.read(value.replace("ABCD2345", "ABCD2346"), "DEFAULT")).isEmpty();
        assertThat(new InviteCookie(keys("another secret")).read(value, "DEFAULT")).isEmpty();
        assertThat(cookie.read(value.substring(0, value.lastIndexOf('.')), "DEFAULT")).isEmpty();
        assertThat(cookie.read(null, "DEFAULT")).isEmpty();
    }

    private static TrackingKeys keys(String secret) {
        TrackingKeys keys = mock(TrackingKeys.class);
        when(keys.key()).thenReturn(new TrackingKey(secret));
        return keys;
    }
}
