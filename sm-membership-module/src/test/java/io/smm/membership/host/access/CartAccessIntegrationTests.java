package io.smm.membership.host.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.smm.harness.NewProduct;
import io.smm.membership.identity.Shopper;
import io.smm.membership.testhost.LogCapture;

/**
 * A product the shopper may not buy never gets into their cart, and a cart holding one (it became restricted after it
 * was added, or came with a guest's cart) cannot be checked out: refused with what would let them buy it, never with
 * the product's name.
 */
class CartAccessIntegrationTests extends StandInWithViews {

    private static final String REFUSAL_LOG = "io.smm.membership.host.checkout.CouponRefusalFilter";

    private String sku;
    private String name;
    private long wholesale;

    @BeforeEach
    void aWholesaleProduct() {
        String suffix = suffix();
        wholesale = catalog.createCategory("whole-" + suffix, "Wholesale " + suffix);
        sku = "CRATE" + suffix;
        name = "Crate of pears " + suffix;
        catalog.createProduct(NewProduct.sku(sku).name(name).price("40.00").quantity(100).categories(wholesale));
    }

    @Test
    void aProductTheShopperMayNotBuyIsRefusedWithTheReasonAndWithoutItsName() {
        views.of(GUEST).category(wholesale, AccessSeamTestViews.notForSale());

        ResponseEntity<Map<String, Object>> refused;
        try (LogCapture log = LogCapture.expectingErrorsFrom(LogCapture.HOST_ERRORS, REFUSAL_LOG)) {
            refused = add();
            assertThat(log.errorsAndStackTraces()).isEmpty();
        }

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody()).containsEntry("code", "membership.access.refused.join-group");
        assertThat(refused.getBody().toString()).doesNotContain(name).doesNotContain(sku);
    }

    @Test
    void anUnknownCartAnswersAsItDoesForAShopperWithoutRestrictions() {
        String unknown = "no-such-cart-" + suffix();
        ResponseEntity<Map<String, Object>> unrestricted = host.get("/api/v1/cart/" + unknown, null);
        views.of(GUEST).category(wholesale, AccessSeamTestViews.notForSale());

        ResponseEntity<Map<String, Object>> restricted = host.get("/api/v1/cart/" + unknown, null);

        assertThat(restricted.getStatusCode()).isEqualTo(unrestricted.getStatusCode())
                .isNotEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(restricted.getBody()).isEqualTo(unrestricted.getBody());
    }

    @Test
    void aProductTheShopperMayNotBrowseIsAnUnknownSkuToTheCart() {
        views.of(GUEST).category(wholesale, AccessSeamTestViews.hidden());

        ResponseEntity<Map<String, Object>> hidden = quietly(this::add);
        ResponseEntity<Map<String, Object>> unknown = quietly(() -> host.send(HttpMethod.POST, "/api/v1/cart",
                Map.of("product", sku + "-NONE", "quantity", 1), null));

        assertThat(hidden.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND).isEqualTo(unknown.getStatusCode());
        assertThat(hidden.getBody().toString().replace(sku, "?"))
                .isEqualTo(unknown.getBody().toString().replace(sku + "-NONE", "?"));
    }

    @Test
    void aProductWithItsPriceHiddenCannotBeAdded() {
        views.of(GUEST).category(wholesale, AccessSeamTestViews.priceHidden());

        ResponseEntity<Map<String, Object>> refused = quietly(this::add);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody()).containsEntry("code", "membership.access.refused.sign-in");
    }

    @Test
    void aCartWhoseProductBecameRestrictedIsNotCheckedOut() {
        String email = host.registerCustomer("pears");
        String token = host.customerToken(email);
        long customerId = ((Number) host.get("/api/v1/auth/customer/profile", token).getBody().get("id"))
                .longValue();
        String cart = (String) add().getBody().get("code");
        views.of(Shopper.customer(AccessSeamTestViews.STORE, customerId)).category(wholesale,
                AccessSeamTestViews.notForSale());

        ResponseEntity<Map<String, Object>> refused = quietly(() -> host.checkout(cart, "40.00", token));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody()).containsEntry("code", "membership.access.refused.join-group");
        assertThat(refused.getBody().toString()).doesNotContain(name);
        assertThat(catalog.quantityOf(sku)).isEqualTo(100);
    }

    @Test
    void aLineThatBecameUnbuyableIsMarkedAndItsHiddenPriceLeavesNoTotal() {
        String cart = (String) add().getBody().get("code");

        views.of(GUEST).category(wholesale, AccessSeamTestViews.notForSale());
        Map<String, Object> notForSale = host.get("/api/v1/cart/" + cart, null).getBody();
        views.of(GUEST).category(wholesale, AccessSeamTestViews.priceHidden());
        Map<String, Object> priceHidden = host.get("/api/v1/cart/" + cart, null).getBody();
        Map<String, Object> total = host.get("/api/v1/cart/" + cart + "/total", null).getBody();

        assertThat(onlyLine(notForSale).get("membershipAccess")).asString().contains("buyable=false",
                "priceHidden=false", "kind=JOIN_GROUP");
        assertThat(onlyLine(notForSale).get("price").toString()).isEqualTo("40.0");
        assertThat(onlyLine(priceHidden)).containsEntry("price", null).containsEntry("finalPrice", null)
                .containsEntry("subTotal", null).containsEntry("displaySubTotal", null);
        assertThat(onlyLine(priceHidden).get("membershipAccess")).asString().contains("priceHidden=true");
        assertThat(priceHidden).containsEntry("subtotal", null).containsEntry("total", null)
                .containsEntry("displayTotal", null);
        assertThat(priceHidden.toString()).doesNotContain("40.0", "$40");
        assertThat(total).containsEntry("subTotal", null).containsEntry("total", null)
                .containsEntry("totals", List.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onlyLine(Map<String, Object> cart) {
        List<Map<String, Object>> lines = (List<Map<String, Object>>) cart.get("products");
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }

    private static <T> T quietly(Supplier<T> refused) {
        try (LogCapture ignored = LogCapture.expectingErrorsFrom(LogCapture.HOST_ERRORS, REFUSAL_LOG)) {
            return refused.get();
        }
    }

    private ResponseEntity<Map<String, Object>> add() {
        return host.send(HttpMethod.POST, "/api/v1/cart", Map.of("product", sku, "quantity", 1), null);
    }
}
