package io.smm.membership.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import com.salesmanager.core.business.exception.ServiceException;
import com.salesmanager.core.model.catalog.product.price.FinalPrice;

import io.smm.harness.catalog.StandInPricingService;
import io.smm.membership.money.MoneyRule;

@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = { "-Xms2g", "-Xmx2g" })
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 10, time = 1)
@State(Scope.Benchmark)
public class MemberPricingBenchmark {

    static final int PAGE = 50;
    static final ShopperGroups SHOPPER = new ShopperGroups(true, Set.of(3L, 11L));

    PricingData data;
    PriceRuleIndex.StoreRules index;
    StandInPricingService pricing;
    PriceResolver resolver;
    int cursor;

    @Setup(Level.Trial)
    public void setUp() {
        data = new PricingData(42L);
        index = data.buildIndex();
        pricing = new StandInPricingService();
        resolver = new PriceResolver(new MoneyRule(RoundingMode.HALF_UP), SpecialPricePolicy.LOWER_OF);
    }

    private int next() {
        int i = cursor;
        cursor = i + 7_919 >= PricingData.PRODUCTS ? (i + 7_919) - PricingData.PRODUCTS : i + 7_919;
        return i;
    }

    private int nextPage() {
        int i = cursor;
        cursor = i + 997 >= PricingData.PRODUCTS - PAGE ? 0 : i + 997;
        return i;
    }

    private PriceQuote member(int i, BigDecimal base) {
        long productId = i + 1L;
        Set<Long> categories = data.categoryIds.get(i);
        List<IndexedRule> candidates = index.candidates(productId, categories, SHOPPER, 1, PricingData.NOW);
        return resolver.price(new PriceQuery(SHOPPER.customer, SHOPPER.groupIds, productId, categories, 1,
                PricingData.NOW, base, null, PricingData.EUR), candidates);
    }

    /** The stand-in host's FinalPrice of one product. */
    @Benchmark
    public FinalPrice basePrice() throws ServiceException {
        return pricing.calculateProductPrice(data.products[next()]);
    }

    /** Index candidates + PriceResolver.price for one product, shopper in 2 groups (base price already known). */
    @Benchmark
    public PriceQuote memberPrice() {
        int i = next();
        return member(i, data.basePrices[i]);
    }

    /** A 50-product listing page with host prices only. */
    @Benchmark
    public void listingBase(Blackhole bh) throws ServiceException {
        int start = nextPage();
        for (int i = start; i < start + PAGE; i++) {
            bh.consume(pricing.calculateProductPrice(data.products[i]));
        }
    }

    /** The same page with host prices and member prices on top. */
    @Benchmark
    public void listingMember(Blackhole bh) throws ServiceException {
        int start = nextPage();
        for (int i = start; i < start + PAGE; i++) {
            FinalPrice base = pricing.calculateProductPrice(data.products[i]);
            bh.consume(base);
            bh.consume(member(i, base.getFinalPrice()));
        }
    }
}
