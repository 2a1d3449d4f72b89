package io.smm.membership.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.order.Order;
import com.salesmanager.core.model.order.orderstatus.OrderStatus;
import com.salesmanager.core.model.reference.language.Language;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.harness.cart.StandInShoppingCartService;
import io.smm.harness.customer.StandInCustomerService;
import io.smm.harness.order.StandInOrderFacade;
import io.smm.membership.testhost.HostClient;

/**
 * A request that prices two carts and places the order of one records that order's own lines, with the member price
 * and rule that priced them, not the lines of the cart priced last.
 */
@SpringBootTest(classes = { StandInShopApplication.class, OneOfTwoCartsIntegrationTests.TwoCarts.class },
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OneOfTwoCartsIntegrationTests {

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private StandInCatalog catalog;

    @Test
    void recordsThePlacedCartsLinesWhenAnotherCartWasPricedAfterIt() {
        HostClient host = new HostClient(rest);
        String owner = host.adminToken();
        String suffix = String.valueOf(System.nanoTime() % 1000000);
        long discounted = catalog.createProduct(NewProduct.sku("TWO-A-" + suffix).name("A").price("10.00")
                .quantity(50));
        catalog.createProduct(NewProduct.sku("TWO-B-" + suffix).name("B").price("4.00").quantity(50));
        host.send(HttpMethod.POST, "/api/v1/private/membership/groups",
                Map.of("code", "TWOVIP", "kind", "MANUAL", "nameEn", "Two carts VIP"), owner);
        String email = host.registerCustomer("two-carts");
        String token = host.customerToken(email);
        long customerId = ((Number) host.get("/api/v1/auth/membership", token).getBody().get("customerId"))
                .longValue();
        host.send(HttpMethod.POST, "/api/v1/private/membership/members/" + customerId + "/groups",
                Map.of("group", "TWOVIP"), owner);
        ResponseEntity<Map<String, Object>> rule = host.send(HttpMethod.POST, "/api/v1/private/membership/price-rules",
                Map.of("name", "Two carts A", "groups", List.of("TWOVIP"), "target", "PRODUCT", "targetId", discounted,
                        "adjustment", "FIXED_PRICE", "value", "6.00"), owner);
        assertThat(rule.getStatusCode()).as(rule.toString()).isEqualTo(HttpStatus.CREATED);
        String placedCart = cart(host, "TWO-A-" + suffix, 1);
        String otherCart = cart(host, "TWO-B-" + suffix, 3);

        ResponseEntity<Map<String, Object>> placed = host.send(HttpMethod.POST,
                "/api/v1/auth/test/carts/" + placedCart + "/order-after-pricing/" + otherCart, null, token);
        List<Map<String, Object>> lines = host.getList("/api/v1/private/membership/orders/"
                + placed.getBody().get("id") + "/prices", owner).getBody();

        assertThat(placed.getStatusCode()).as(placed.toString()).isEqualTo(HttpStatus.OK);
        assertThat(host.getText("/api/v1/private/membership/orders/" + placed.getBody().get("id") + "/prices", owner,
                null).getBody()).as("prices at the currency's decimals").contains("\"finalPrice\":6.00,");
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(((Number) line.get("productId")).longValue()).isEqualTo(discounted);
            assertThat(new BigDecimal(line.get("finalPrice").toString())).isEqualByComparingTo("6.00");
            assertThat(line.get("ruleName")).isEqualTo("Two carts A");
        });
    }

    private static String cart(HostClient host, String sku, int quantity) {
        return (String) host.send(HttpMethod.POST, "/api/v1/cart", Map.of("product", sku, "quantity", quantity), null)
                .getBody().get("code");
    }

    /** In one request: loads the cart to place, then another one, then places the first cart's items. */
    @TestConfiguration
    @Import(TwoCarts.Endpoint.class)
    static class TwoCarts {

        @RestController
        static class Endpoint {

            private final StandInShoppingCartService carts;
            private final StandInCustomerService customers;
            private final StandInOrderFacade orders;

            Endpoint(StandInShoppingCartService carts, StandInCustomerService customers, StandInOrderFacade orders) {
                this.carts = carts;
                this.customers = customers;
                this.orders = orders;
            }

            @PostMapping("/api/v1/auth/test/carts/{placed}/order-after-pricing/{other}")
            Map<String, Object> placeAfterPricingAnother(@PathVariable String placed, @PathVariable String other,
                    MerchantStore store, Language language, Principal principal) throws Exception {
                List<com.salesmanager.core.model.shoppingcart.ShoppingCartItem> items = new ArrayList<>(
                        carts.getByCode(placed, store).getLineItems());
                carts.getByCode(other, store);
                Order order = orders.processOrder(items, customers.getByNick(principal.getName()), store, language,
                        new Date(), OrderStatus.ORDERED);
                return Map.of("id", order.getId());
            }
        }
    }
}
