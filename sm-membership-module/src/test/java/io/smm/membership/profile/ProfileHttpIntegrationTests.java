package io.smm.membership.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.testhost.HostClient;

/**
 * A member's picture through the stand-in host: an order placed at the host's till shows in the shopper's own
 * overview and in the owner's picture of them, refunded in part it counts net; a guest and another store's
 * customer see nothing.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfileHttpIntegrationTests {

    private static final String OVERVIEW = "/api/v1/auth/membership/overview";

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private StandInCatalog catalog;

    private HostClient host;
    private String owner;
    private String shopper;
    private long customerId;

    @BeforeAll
    void aShopperWithOnePaidOrderRefundedInPart() {
        host = new HostClient(rest);
        owner = host.adminToken();
        shopper = host.customerToken(host.registerCustomer("profile"));
        customerId = ((Number) host.get("/api/v1/auth/membership", shopper).getBody().get("customerId")).longValue();
        String sku = "PRF-" + System.nanoTime() % 1_000_000;
        catalog.createProduct(NewProduct.sku(sku).name("Oolong").price("40.00").quantity(10));
        String cart = (String) host.send(HttpMethod.POST, "/api/v1/cart", Map.of("product", sku, "quantity", 1), null)
                .getBody().get("code");
        ResponseEntity<Map<String, Object>> placed = host.checkout(cart, "40.00", shopper);
        assertThat(placed.getStatusCode()).as(placed.toString()).isEqualTo(HttpStatus.OK);
        long order = ((Number) placed.getBody().get("id")).longValue();
        ResponseEntity<Map<String, Object>> refunded = host.send(HttpMethod.POST, "/api/v1/private/membership/orders/"
                + order + "/refunds", Map.of("key", "profile-part", "amount", "15.00", "reason", "One tin returned"), owner);
        assertThat(refunded.getStatusCode().is2xxSuccessful()).as(refunded.toString()).isTrue();
    }

    @Test
    void theShopperSeesTheirOwnSpendNetOfRefundsAndTheirTierProgress() {
        Map<String, Object> overview = host.get(OVERVIEW, shopper).getBody();

        assertThat(overview).containsEntry("lifetimeOrders", 1).containsEntry("lifetimeSpend", 25.0)
                .containsEntry("tierWindowOrders", 1).containsKeys("tier", "offers", "lastOrderAt");
        assertThat(host.get(OVERVIEW, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOwnerSeesTheMembersPictureAndNoOneElses() {
        Map<String, Object> picture = host.get(profileOf(customerId), owner).getBody();

        Map<String, Object> spend = (Map<String, Object>) picture.get("spend");
        assertThat(spend).containsEntry("lifetimeOrders", 1).containsEntry("lifetimeSpend", 25.0)
                .containsEntry("daysAsleep", 0);
        assertThat((Map<String, Object>) picture.get("rfm")).containsEntry("scored", false);
        assertThat((Map<String, Object>) picture.get("coupons")).containsEntry("used", List.of());
        assertThat(host.get(profileOf(customerId), shopper).getStatusCode()).isIn(HttpStatus.UNAUTHORIZED,
                HttpStatus.FORBIDDEN);
        assertThat(host.get(profileOf(987_654_321L), owner).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static String profileOf(long customer) {
        return "/api/v1/private/membership/members/" + customer + "/profile";
    }
}
