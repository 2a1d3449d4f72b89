package io.smm.membership.host.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.smm.harness.NewProduct;
import io.smm.membership.testhost.LogCapture;

/** A product the shopper may not browse does not exist for them: its detail answers as an unknown product's. */
class ProductDetailAccessIntegrationTests extends StandInWithViews {

    private long vip;
    private long secret;
    private String sku;

    @BeforeAll
    void aProductInTheVipCorner() {
        String suffix = suffix();
        vip = catalog.createCategory("vipd-" + suffix, "VIP " + suffix);
        sku = "SECRET" + suffix;
        secret = catalog.createProduct(NewProduct.sku(sku).name("Secret watch " + suffix).price("500.00")
                .categories(vip));
    }

    @Test
    void anUnlistedProductIsAnsweredAsAnUnknownOne() {
        views.of(GUEST).category(vip, AccessSeamTestViews.hidden());
        long unknown = secret + 1_000_000;

        ResponseEntity<Map<String, Object>> hidden = quietly("/api/v1/product/" + secret);
        ResponseEntity<Map<String, Object>> missing = quietly("/api/v1/product/" + unknown);

        assertThat(hidden.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(hidden.getHeaders().getContentType()).isEqualTo(missing.getHeaders().getContentType());
        assertThat(withoutId(hidden, secret)).isEqualTo(withoutId(missing, unknown));
    }

    @Test
    void byFriendlyUrlOrSkuAnUnlistedProductIsAnsweredAsAnUnknownOne() {
        views.of(GUEST).category(vip, AccessSeamTestViews.hidden());
        String slug = sku.toLowerCase(Locale.ROOT);

        for (String path : List.of("/api/v1/product/slug/", "/api/v1/product/friendly/", "/api/v2/product/slug/",
                "/api/v2/product/")) {
            String key = path.equals("/api/v2/product/") ? sku : slug;
            ResponseEntity<String> hidden = host.getText(path + key, null, null);
            ResponseEntity<String> missing = host.getText(path + key + "-none", null, null);

            assertThat(hidden.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(withoutTime(hidden.getBody())).as(path)
                    .isEqualTo(withoutTime(missing.getBody()).replace(key + "-none", key));
        }
    }

    @Test
    void aProductTheShopperMayBrowseIsAnswered() {
        views.of(GUEST).category(vip, AccessSeamTestViews.notForSale());

        ResponseEntity<Map<String, Object>> detail = host.get("/api/v1/product/" + secret, null);

        assertThat(detail.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(((Number) detail.getBody().get("id")).longValue()).isEqualTo(secret);
    }

    @Test
    void aProductWithItsPriceHiddenHasNoPriceAndSaysWhyInDetailAndList() {
        views.of(GUEST).category(vip, AccessSeamTestViews.priceHidden());

        Map<String, Object> detail = host.get("/api/v1/product/" + secret, null).getBody();
        Map<String, Object> listed = onlyProduct(host.get("/api/v1/products?category=" + vip, null).getBody());
        Map<String, Object> flag = new HashMap<>(Map.of("priceHidden", true, "buyable", false, "coming", false,
                "reason", Map.of("kind", "SIGN_IN", "message", "Sign in to see the price")));
        flag.put("opensAt", null);

        for (Map<String, Object> product : List.of(detail, listed)) {
            assertThat(product).containsEntry("price", null).containsEntry("finalPrice", null)
                    .containsEntry("originalPrice", null).containsEntry("productPrice", null)
                    .containsEntry("canBePurchased", false);
            assertThat(product.toString()).doesNotContain("500");
            assertThat(product.get("membershipAccess")).isEqualTo(flag);
        }
    }

    @Test
    void aProductNotForSaleKeepsItsPriceAndIsMarked() {
        views.of(GUEST).category(vip, AccessSeamTestViews.notForSale());

        Map<String, Object> detail = host.get("/api/v1/product/" + secret, null).getBody();

        assertThat(detail.get("price").toString()).isEqualTo("500.0");
        assertThat(detail).containsEntry("canBePurchased", false);
        assertThat(detail.get("membershipAccess")).asString().contains("priceHidden=false", "buyable=false",
                "kind=JOIN_GROUP");
    }

    @Test
    void ourPriceEndpointFollowsTheSameRules() {
        long unknown = secret + 1_000_000;
        views.of(GUEST).category(vip, AccessSeamTestViews.hidden());
        ResponseEntity<Map<String, Object>> hidden = host.get(prices(secret), null);
        ResponseEntity<Map<String, Object>> missing = host.get(prices(unknown), null);
        views.of(GUEST).category(vip, AccessSeamTestViews.priceHidden());
        Map<String, Object> priceHidden = host.get(prices(secret), null).getBody();

        assertThat(hidden.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(withoutId(hidden, secret)).isEqualTo(withoutId(missing, unknown));
        assertThat(priceHidden).isEqualTo(Map.of("productId", (int) secret, "priceHidden", true));
    }

    /** Boot's error body says when it was made. */
    private static String withoutTime(String body) {
        return body.replaceAll("\"timestamp\":\"[^\"]*\"", "");
    }

    private static String withoutId(ResponseEntity<Map<String, Object>> answer, long productId) {
        return answer.getBody().toString().replaceAll("\\b" + productId + "\\b", "ID");
    }

    private static String prices(long productId) {
        return "/api/v1/membership/products/" + productId + "/prices";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onlyProduct(Map<String, Object> list) {
        List<Map<String, Object>> products = (List<Map<String, Object>>) list.get("products");
        assertThat(products).hasSize(1);
        return products.get(0);
    }

    private ResponseEntity<Map<String, Object>> quietly(String path) {
        return LogCapture.expectingHostErrors(() -> host.get(path, null));
    }
}
