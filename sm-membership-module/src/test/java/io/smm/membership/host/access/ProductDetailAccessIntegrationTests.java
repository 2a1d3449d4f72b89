package io.smm.membership.host.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.identity.Shopper;
import io.smm.membership.testhost.FixedAccessViews;
import io.smm.membership.testhost.HostClient;
import io.smm.membership.testhost.LogCapture;

/** A product the shopper may not browse does not exist for them: its detail answers as an unknown product's. */
@SpringBootTest(classes = { StandInShopApplication.class, AccessSeamTestViews.class },
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductDetailAccessIntegrationTests {

    private static final Shopper GUEST = Shopper.guest(AccessSeamTestViews.STORE);

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private StandInCatalog catalog;

    @Autowired
    private FixedAccessViews views;

    private HostClient host;
    private long vip;
    private long secret;

    @BeforeAll
    void aProductInTheVipCorner() {
        host = new HostClient(rest);
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        vip = catalog.createCategory("vipd-" + suffix, "VIP " + suffix);
        secret = catalog.createProduct(NewProduct.sku("SECRET" + suffix).name("Secret watch " + suffix)
                .price("500.00").categories(vip));
    }

    @AfterEach
    void everythingOpenAgain() {
        views.clear();
    }

    @Test
    void anUnlistedProductIsAnsweredAsAnUnknownOne() {
        views.of(GUEST).category(vip, AccessSeamTestViews.hidden());
        long unknown = secret + 1_000_000;

        ResponseEntity<Map<String, Object>> hidden = quietly("/api/v1/product/" + secret);
        ResponseEntity<Map<String, Object>> missing = quietly("/api/v1/product/" + unknown);

        assertThat(hidden.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(hidden.getHeaders().getContentType()).isEqualTo(missing.getHeaders().getContentType());
        assertThat(hidden.getBody().toString().replace(String.valueOf(secret), "ID"))
                .isEqualTo(missing.getBody().toString().replace(String.valueOf(unknown), "ID"));
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
                "reason", Map.of("kind", "SIGN_IN", "message", "SIGN_IN to SEE_PRICE (en)")));
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
