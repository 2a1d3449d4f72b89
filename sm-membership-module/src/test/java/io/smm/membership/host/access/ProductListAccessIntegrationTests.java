package io.smm.membership.host.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.aspectj.lang.ProceedingJoinPoint;
import org.hibernate.Session;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.smm.harness.NewProduct;
import io.smm.membership.access.AccessView;

/**
 * The host's product list leaves out what the shopper may not browse in its own query: totals, page counts and page
 * sizes are those of the products the shopper sees, whether one listed category lists a product (ANY) or one
 * unlisted category hides it (ALL).
 */
class ProductListAccessIntegrationTests extends StandInWithViews {

    @Autowired
    @Qualifier("entityManagerFactory")
    private EntityManagerFactory entityManagerFactory;

    private long shop;
    private long vip;
    private long open;
    private long both;

    /** A shop category of 50 products, with a VIP corner of 10 more under it, and one product in both corners. */
    @BeforeAll
    void aShopWithAVipCorner() {
        String suffix = suffix();
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

    @Test
    void aGuestSeesAFullPageOfFiftyAndTotalsWithoutTheVipCorner() {
        views.of(GUEST).category(vip, AccessSeamTestViews.hidden());

        Map<String, Object> page = list("?category=" + shop + "&count=50&page=0");

        assertThat(page).containsEntry("recordsTotal", 50).containsEntry("totalPages", 1);
        assertThat(names(page)).hasSize(50).allMatch(name -> name.startsWith("Listed "));
    }

    @Test
    void theV2ListIsFilteredAlike() {
        views.of(GUEST).category(vip, AccessSeamTestViews.hidden());

        Map<String, Object> page = host.get("/api/v2/products?category=" + shop + "&count=50&page=0", null)
                .getBody();

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

    @Test
    void theFilterIsOnOnlyForTheHostsCall() throws Throwable {
        AccessView view = views.of(GUEST).category(vip, AccessSeamTestViews.hidden());
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        TransactionSynchronizationManager.bindResource(entityManagerFactory, new EntityManagerHolder(entityManager));
        try {
            ProceedingJoinPoint call = mock(ProceedingJoinPoint.class);
            when(call.proceed()).thenAnswer(any -> countInShop(entityManager));

            Object during = new UnlistedProductsSession(entityManagerFactory).proceedFiltered(view, call);

            assertThat(during).isEqualTo(50L);
            assertThat(countInShop(entityManager)).isEqualTo(61L);
            assertThat(entityManager.unwrap(Session.class).getEnabledFilter(UnlistedProductFilters.ANY_UNLISTED))
                    .isNull();
        } finally {
            TransactionSynchronizationManager.unbindResource(entityManagerFactory);
            entityManager.close();
        }
    }

    private long countInShop(EntityManager entityManager) {
        return entityManager.createQuery("select count(distinct p) from Product p join p.categories c"
                + " where c.id in :categories", Long.class).setParameter("categories", List.of(shop, vip))
                .getSingleResult();
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
