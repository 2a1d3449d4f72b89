package io.smm.membership.host.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.catalog.CatalogItem;
import io.smm.membership.catalog.CatalogLookupService;

/**
 * The host's products and categories by name, SKU and id through the seam, on the stand-in host's own entities
 * with descriptions in English, traditional and simplified Chinese.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogNamesIntegrationTests {

    private static final String STORE = "DEFAULT";
    private static final Locale TAIWAN = Locale.TRADITIONAL_CHINESE;
    private static final Locale CHINA = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    private StandInCatalog catalog;

    @Autowired
    private CatalogLookupService lookup;

    private String suffix;
    private long tea;
    private long shirt;
    private long greenTea;
    private long elsewhere;

    @BeforeAll
    void catalogInThreeLanguages() {
        suffix = String.valueOf(System.nanoTime() % 1_000_000);
        tea = catalog.createCategory("tea-" + suffix, "Tea leaves " + suffix);
        catalog.nameCategory(tea, "zh_TW", "茶葉" + suffix);
        catalog.nameCategory(tea, "zh_CN", "茶叶" + suffix);
        shirt = catalog.createProduct(NewProduct.sku("SHIRT-" + suffix).name("Cotton T-shirt " + suffix)
                .price("20.00"));
        catalog.nameProduct(shirt, "zh_TW", "棉質T恤" + suffix);
        catalog.nameProduct(shirt, "zh_CN", "棉质T恤" + suffix);
        greenTea = catalog.createProduct(NewProduct.sku("GT-" + suffix).name("Green tea " + suffix).price("8.00")
                .categories(tea));
        catalog.createStore("OTHER" + suffix, "TWD");
        elsewhere = catalog.createProduct(NewProduct.sku("SHIRT-X" + suffix).name("Cotton T-shirt " + suffix)
                .store("OTHER" + suffix));
        catalog.nameProduct(elsewhere, "zh_TW", "棉質T恤" + suffix);
    }

    @Test
    void findsByNameInAnyLanguageAndNamesInThePagesLanguage() {
        List<CatalogItem> traditional = lookup.searchProducts(STORE, "棉質t恤" + suffix, null, TAIWAN);
        List<CatalogItem> english = lookup.searchProducts(STORE, "棉質T恤" + suffix, null, Locale.ENGLISH);
        List<CatalogItem> simplified = lookup.searchProducts(STORE, "cotton t-SHIRT " + suffix, null, CHINA);

        assertThat(traditional).containsExactly(CatalogItem.product(shirt, "棉質T恤" + suffix, "SHIRT-" + suffix));
        assertThat(english).extracting(CatalogItem::getName).containsExactly("Cotton T-shirt " + suffix);
        assertThat(simplified).extracting(CatalogItem::getName).containsExactly("棉质T恤" + suffix);
    }

    @Test
    void findsBySkuOrIdTheExactOneFirst() {
        List<CatalogItem> bySku = lookup.searchProducts(STORE, "shirt-" + suffix, null, Locale.ENGLISH);
        List<CatalogItem> byPartOfSku = lookup.searchProducts(STORE, "gt-" + suffix.substring(0, 3), 20,
                Locale.ENGLISH);
        List<CatalogItem> byId = lookup.searchProducts(STORE, "#" + greenTea, null, TAIWAN);

        assertThat(bySku).extracting(CatalogItem::getId).containsExactly(shirt);
        assertThat(byPartOfSku).extracting(CatalogItem::getId).contains(greenTea);
        assertThat(byId).first().isEqualTo(CatalogItem.product(greenTea, "Green tea " + suffix, "GT-" + suffix));
    }

    @Test
    void namesIdsOfTheStoreOnlyFallingBackToTheStoresLanguage() {
        Map<Long, CatalogItem> named = lookup.products(STORE, List.of(shirt, greenTea, elsewhere, 987_654_321L),
                CHINA);

        assertThat(named).containsOnlyKeys(shirt, greenTea);
        assertThat(named.get(shirt).getName()).isEqualTo("棉质T恤" + suffix);
        assertThat(named.get(greenTea).getName()).isEqualTo("Green tea " + suffix);
        assertThat(lookup.products(STORE, List.of(shirt), Locale.FRENCH).get(shirt).getName())
                .isEqualTo("Cotton T-shirt " + suffix);
    }

    @Test
    void findsAndNamesCategories() {
        List<CatalogItem> found = lookup.searchCategories(STORE, "茶葉" + suffix, null, TAIWAN);
        List<CatalogItem> byCode = lookup.searchCategories(STORE, "TEA-" + suffix, null, Locale.ENGLISH);

        assertThat(found).containsExactly(CatalogItem.category(tea, "茶葉" + suffix, "tea-" + suffix));
        assertThat(byCode).extracting(CatalogItem::getName).containsExactly("Tea leaves " + suffix);
        assertThat(lookup.categories(STORE, List.of(tea, 987_654_321L), CHINA).get(tea).getName())
                .isEqualTo("茶叶" + suffix);
    }

    @Test
    void keepsToTheStore() {
        assertThat(lookup.searchProducts("OTHER" + suffix, "棉質T恤" + suffix, null, TAIWAN))
                .extracting(CatalogItem::getId).containsExactly(elsewhere);
        assertThat(lookup.searchProducts(STORE, "SHIRT-X" + suffix, null, TAIWAN)).isEmpty();
    }
}
