package io.smm.membership.access;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManagerFactory;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.salesmanager.core.model.catalog.product.ProductCriteria;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.reference.language.Language;
import com.salesmanager.shop.model.catalog.product.ReadableProduct;
import com.salesmanager.shop.model.catalog.product.ReadableProductList;

import io.smm.harness.catalog.StandInProductCommonFacade;
import io.smm.harness.catalog.StandInProductFacade;
import io.smm.harness.reference.StandInMerchantStoreService;
import io.smm.membership.testdb.TestDatabases;
import io.smm.membership.testhost.StandInHost;

/**
 * Category restriction at catalog size ({@link AccessCatalog}): a guest's 50-product listing page and product detail
 * through the stand-in host's own facade beans (so the access seams run as on the host), each call in a request of
 * its own, as open-in-view gives one: a bound request and entity manager. {@code rules=restricted} saves the owner's
 * rules, {@code rules=open} clears them again: the same data, with none. Also what the first request of a set of groups pays after
 * a rule change.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(0)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class CategoryAccessBenchmark {

    static final int PAGE = 50;

    @Param({ "h2" })
    public String database;

    @Param({ "restricted", "open" })
    public String rules;

    /** One host and catalog per JVM (run with -f 0): building 100,000 products takes about a minute. */
    private static StandInHost host;
    private static AccessCatalog catalog;
    private StandInProductFacade productFacade;
    private StandInProductCommonFacade productCommonFacade;
    private CategoryAccessService views;
    private EntityManagerFactory entityManagerFactory;
    private StandInMerchantStoreService stores;
    private long categoryPage;
    private List<Long> detailIds;
    private List<ShopperAudiences> groupSets;
    private int next;

    /**
     * JMH's own main with these arguments, then an exit: not forked, the host's scheduler threads would keep the JVM
     * alive after the last trial.
     */
    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(args);
        System.exit(0);
    }

    @Setup(Level.Trial)
    public void catalogWithOrWithoutRules() throws Exception {
        long started = System.nanoTime();
        if (host == null) {
            host = StandInHost.start(TestDatabases.forHost(database), 10);
            catalog = new AccessCatalog(host.context()).build();
        }
        if ("restricted".equals(rules)) {
            catalog.saveRules();
        } else {
            catalog.clearRules();
        }
        productFacade = host.context().getBean(StandInProductFacade.class);
        productCommonFacade = host.context().getBean(StandInProductCommonFacade.class);
        views = host.context().getBean(CategoryAccessService.class);
        entityManagerFactory = host.context().getBean("entityManagerFactory", EntityManagerFactory.class);
        stores = host.context().getBean(StandInMerchantStoreService.class);
        categoryPage = catalog.openRootWithRuledLeaves();
        detailIds = catalog.openProducts(1_000);
        groupSets = new ArrayList<>();
        for (int a = 0; a < AccessCatalog.GROUPS; a++) {
            for (int b = a + 1; b < AccessCatalog.GROUPS; b++) {
                groupSets.add(new ShopperAudiences(false, List.of(catalog.groupIds.get(a), catalog.groupIds.get(b))));
            }
        }
        AccessView guest = views.viewOf(AccessCatalog.STORE, new ShopperAudiences(true, List.of()));
        ReadableProductList catalogPage = listing(null);
        ReadableProductList rootPage = listing(categoryPage);
        System.out.printf("%n[data] %s, rules %s: ready in %.1f s; guest view restricts nothing: %s, unlisted "
                + "categories: %d; whole catalog: %d products, first page %d; root %d: %d products, first page %d; "
                + "%d detail ids%n", database, rules, (System.nanoTime() - started) / 1e9, guest.restrictsNothing(),
                guest.unlistedCategoryIds().size(), catalogPage.getRecordsTotal(), catalogPage.getProducts().size(),
                categoryPage, rootPage.getRecordsTotal(), rootPage.getProducts().size(), detailIds.size());
    }

    /** (a) The first page of one root category (the host expands it to its 101 categories). */
    @Benchmark
    public ReadableProductList listingByCategory() throws Exception {
        return listing(categoryPage);
    }

    /** (b) The first page of the whole catalog. */
    @Benchmark
    public ReadableProductList listingWholeCatalog() throws Exception {
        return listing(null);
    }

    /** One product's detail by id, a product the guest sees with its price in both runs. */
    @Benchmark
    public ReadableProduct detail() throws Exception {
        long id = detailIds.get(next++ % detailIds.size());
        return inGuestRequest("/api/v1/product/" + id,
                store -> productCommonFacade.getProduct(store, id, store.getDefaultLanguage()));
    }

    /**
     * After a rule change: the store's rules read again from the database (stamp, tree, rules, settings, groups) and
     * the guest's view built, as the first request after a change pays.
     */
    @Benchmark
    public AccessView viewAfterRuleChange() {
        views.forget(AccessCatalog.STORE);
        return views.viewOf(AccessCatalog.STORE, new ShopperAudiences(true, List.of()));
    }

    /** A view of a set of two groups from the store's loaded rules: what each further set of groups pays. */
    @Benchmark
    public AccessView viewOfAnotherGroupSet() {
        return views.rulesOf(AccessCatalog.STORE).view(groupSets.get(next++ % groupSets.size()),
                Clock.systemUTC().instant(), any -> CategoryAccessView.Decided.OPEN);
    }

    private ReadableProductList listing(Long category) throws Exception {
        return inGuestRequest("/api/v1/products", store -> {
            Language language = store.getDefaultLanguage();
            ProductCriteria criteria = new ProductCriteria();
            criteria.setLanguage(language.getCode());
            if (category != null) {
                criteria.setCategoryIds(new ArrayList<>(List.of(category)));
            }
            criteria.setStartPage(0);
            criteria.setMaxCount(PAGE);
            return productFacade.getProductListsByCriterias(store, language, criteria);
        });
    }

    /**
     * A guest's request of its own, with the entity manager open in view as the host binds it, and the store read in
     * it as the host's argument resolver does.
     */
    private <T> T inGuestRequest(String path, HostCall<T> call) throws Exception {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest("GET",
                path)));
        TransactionSynchronizationManager.bindResource(entityManagerFactory,
                new EntityManagerHolder(entityManagerFactory.createEntityManager()));
        try {
            return call.run(stores.getByCode(AccessCatalog.STORE));
        } finally {
            EntityManagerHolder holder = (EntityManagerHolder) TransactionSynchronizationManager
                    .unbindResource(entityManagerFactory);
            EntityManagerFactoryUtils.closeEntityManager(holder.getEntityManager());
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private interface HostCall<T> {
        T run(MerchantStore store) throws Exception;
    }
}
