package io.smm.membership.host.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.identity.Shopper;
import io.smm.membership.testhost.FixedAccessViews;
import io.smm.membership.testhost.HostClient;

/**
 * The host's product list leaves out what the shopper may not browse in its own query: totals, page counts and page
 * sizes are those of the products the shopper sees, whether one listed category lists a product (ANY) or one
 * unlisted category hides it (ALL).
 */
@SpringBootTest(classes = { StandInShopApplication.class, AccessSeamTestViews.class },
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductListAccessIntegrationTests {

    private static final Shopper GUEST = Shopper.guest(AccessSeamTestViews.STORE);

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private StandInCatalog catalog;

    @Autowired
    private FixedAccessViews views;

    private HostClient host;
    private long shop;
    private long vip;
    private long open;
    private long both;

    /** A shop category of 50 products, with a VIP corner of 10 more under it, and one product in both corners. */
    @BeforeAll
    void aShopWithAVipCorner() {
        host = new HostClient(rest);
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        shop = catalog.createCategory("shop-" + suffix, "Shop " + suffix);
        vip = catalog.createCategory("vip-" + suffix, "VIP " + suffix, shop);
        open = catalog.createCategory("open-" + suffix, "Open " + suffix);
        for (int i = 0; i < 50; i++) {
            catalog.createProduct(NewProduct.sku("L" + suffix + "-" + i).name("Listed " + i).price("5.00")
                    .categories(shop));
        }
        for (int i = 0; i < 10; i++) {
            catalog.createProduct(NewProduct.sku("V" + suffix + "-" + i).name("Vip " + i).price("5.00")
                    .categories(vip));
        }
        both = catalog.createProduct(NewProduct.sku("B" + suffix).name("In both").price("5.00")
                .categories(open, vip));
    }

    @AfterEach
    void everythingOpenAgain() {
        views.clear();
    }

    @Test
    void aGuestSeesAFullPageOfFiftyAndTotalsWithoutTheVipCorner() {
        views.of(GUEST).category(vip, AccessSeamTestViews.hidden());

        Map<String, Object> page = list("?category=" + shop + "&count=50&page=0");

        assertThat(page).containsEntry("recordsTotal", 50).containsEntry("totalPages", 1);
        assertThat(names(page)).hasSize(50).allMatch(name -> name.startsWith("Listed "));
    }

    @Test
    void withoutARuleTheListHasEveryProduct() {
        Map<String, Object> page = list("?category=" + shop + "&count=50&page=1");

        assertThat(page).containsEntry("recordsTotal", 61).containsEntry("totalPages", 2);
        assertThat(names(page)).hasSize(11);
    }

    @Test
    void oneUnlistedCategoryHidesAProductWhenEveryCategoryMustList() {
        views.of(GUEST).category(vip, AccessSeamTestViews.hidden());

        Map<String, Object> page = list("?category=" + open);

        assertThat(page).containsEntry("recordsTotal", 0);
        assertThat(names(page)).isEmpty();
    }

    @Test
    void oneListedCategoryListsAProductWhenAnyMay() {
        views.of(GUEST).category(vip, AccessSeamTestViews.hidden()).anyCategoryLists();

        Map<String, Object> inOpen = list("?category=" + open);
        Map<String, Object> inVip = list("?category=" + vip);

        assertThat(ids(inOpen)).containsExactly(both);
        assertThat(ids(inVip)).containsExactly(both);
        assertThat(inVip).containsEntry("recordsTotal", 1);
    }

    private Map<String, Object> list(String query) {
        return host.get("/api/v1/products" + query, null).getBody();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> products(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("products");
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Map<String, Object> page) {
        return products(page).stream().map(p -> (String) ((Map<String, Object>) p.get("description")).get("name"))
                .collect(Collectors.toList());
    }

    private static List<Long> ids(Map<String, Object> page) {
        return products(page).stream().map(p -> ((Number) p.get("id")).longValue()).collect(Collectors.toList());
    }
}
