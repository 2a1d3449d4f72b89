package io.smm.membership.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

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
import io.smm.membership.testhost.HostClient;

/** The owner's catalog look-up JSON on the stand-in host: by name, SKU or ids, in the request's language. */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogOwnerHttpIntegrationTests {

    private static final String CATALOG = "/api/v1/private/membership/catalog";

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private StandInCatalog catalog;

    private HostClient host;
    private String owner;
    private String suffix;
    private long mug;
    private long kitchen;

    @BeforeAll
    void productsAndACategoryInEnglishAndChinese() {
        host = new HostClient(rest);
        owner = host.adminToken();
        suffix = String.valueOf(System.nanoTime() % 1_000_000);
        kitchen = catalog.createCategory("kitchen-" + suffix, "Kitchen " + suffix);
        catalog.nameCategory(kitchen, "zh_TW", "廚房" + suffix);
        mug = catalog.createProduct(NewProduct.sku("MUG-" + suffix).name("Tea mug " + suffix).price("12.00"));
        catalog.nameProduct(mug, "zh_TW", "茶杯" + suffix);
        for (int i = 0; i < 21; i++) {
            catalog.createProduct(NewProduct.sku("MANY-" + suffix + "-" + i).name("Many " + i).price("1.00"));
        }
    }

    @Test
    void findsProductsBySkuNamedInTheRequestsLanguage() {
        ResponseEntity<List<Map<String, Object>>> found = get(CATALOG + "/products?q=mug-" + suffix, owner, "zh-TW");

        assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(found.getBody()).hasSize(1);
        assertThat(found.getBody().get(0)).containsEntry("id", (int) mug).containsEntry("name", "茶杯" + suffix)
                .containsEntry("sku", "MUG-" + suffix);
        assertThat(get(CATALOG + "/products?q=茶杯" + suffix, owner, "en").getBody())
                .extracting(item -> item.get("name")).containsExactly("Tea mug " + suffix);
    }

    @Test
    void findsCategoriesAndNamesIds() {
        assertThat(get(CATALOG + "/categories?q=廚房" + suffix, owner, "zh-TW").getBody())
                .extracting(item -> item.get("id"), item -> item.get("name"))
                .containsExactly(tuple((int) kitchen, "廚房" + suffix));
        assertThat(get(CATALOG + "/categories?ids=987654321," + kitchen, owner, "en").getBody())
                .extracting(item -> item.get("name")).containsExactly("Kitchen " + suffix);
        assertThat(get(CATALOG + "/products?ids=" + mug, owner, "zh-TW").getBody())
                .extracting(item -> item.get("name")).containsExactly("茶杯" + suffix);
    }

    @Test
    void answersTwentyAtMost() {
        assertThat(get(CATALOG + "/products?q=many-" + suffix + "&size=500", owner, "en").getBody()).hasSize(20);
        assertThat(get(CATALOG + "/products?q=many-" + suffix, owner, "en").getBody()).hasSize(10);
        assertThat(get(CATALOG + "/products?q=many-" + suffix + "&size=3", owner, "en").getBody()).hasSize(3);
    }

    @Test
    void refusesWithoutAnAdministratorToken() {
        String shopper = host.customerToken(host.registerCustomer("cat"));

        assertThat(status(CATALOG + "/products?q=mug", null)).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(status(CATALOG + "/categories?q=kitchen", null)).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(status(CATALOG + "/products?q=mug", shopper).value()).isIn(401, 403);
    }

    private HttpStatus status(String path, String token) {
        return host.getText(path, token, "en").getStatusCode();
    }

    private ResponseEntity<List<Map<String, Object>>> get(String path, String token, String language) {
        return host.getList(path, token, language);
    }
}
