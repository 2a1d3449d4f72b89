package io.smm.membership.pricing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import com.salesmanager.core.model.catalog.product.Product;
import com.salesmanager.core.model.catalog.product.availability.ProductAvailability;
import com.salesmanager.core.model.catalog.product.price.ProductPrice;

/** Deterministic benchmark data: 100,000 products, 2,000 categories (20 roots x 100 leaves), 20 groups, 10,000 rules. */
final class PricingData {

    static final int PRODUCTS = 100_000;
    static final int ROOTS = 20;
    static final int CHILDREN = 100;
    static final int GROUPS = 20;
    static final int RULES = 10_000;
    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    static final Currency EUR = Currency.getInstance("EUR");

    final Product[] products = new Product[PRODUCTS];
    final BigDecimal[] basePrices = new BigDecimal[PRODUCTS];
    /** Each product's leaf categories plus their roots (2-4 ids). */
    final List<Set<Long>> categoryIds = new ArrayList<>(PRODUCTS);
    final List<IndexedRule> rules = new ArrayList<>(RULES);

    PricingData(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < PRODUCTS; i++) {
            long productId = i + 1;
            BigDecimal amount = BigDecimal.valueOf(100 + random.nextInt(100_000), 2);
            basePrices[i] = amount;
            Product product = new Product();
            product.setId(productId);
            ProductAvailability availability = new ProductAvailability();
            availability.setRegion("*");
            ProductPrice price = new ProductPrice();
            price.setDefaultPrice(true);
            price.setProductPriceAmount(amount);
            Set<ProductPrice> prices = new HashSet<>();
            prices.add(price);
            availability.setPrices(prices);
            Set<ProductAvailability> availabilities = new HashSet<>();
            availabilities.add(availability);
            product.setAvailabilities(availabilities);
            products[i] = product;
            Set<Long> categories = new LinkedHashSet<>();
            int leaves = 1 + random.nextInt(2);
            for (int l = 0; l < leaves; l++) {
                int root = random.nextInt(ROOTS);
                int child = random.nextInt(CHILDREN);
                categories.add(leafId(root, child));
                categories.add(rootId(root));
            }
            categoryIds.add(Set.copyOf(categories));
        }
        Adjustment.Kind[] kinds = Adjustment.Kind.values();
        for (int r = 0; r < RULES; r++) {
            int pick = random.nextInt(100);
            RuleTarget target;
            Long targetId;
            if (pick < 70) {
                target = RuleTarget.PRODUCT;
                targetId = (long) (1 + random.nextInt(PRODUCTS));
            } else if (pick < 98) {
                target = RuleTarget.CATEGORY;
                int root = random.nextInt(ROOTS);
                targetId = random.nextInt(5) == 0 ? rootId(root) : leafId(root, random.nextInt(CHILDREN));
            } else {
                target = RuleTarget.STORE;
                targetId = null;
            }
            boolean allMembers = random.nextInt(10) == 0;
            Set<Long> groups = new HashSet<>();
            if (!allMembers) {
                int n = 1 + random.nextInt(3);
                for (int g = 0; g < n; g++) {
                    groups.add((long) (1 + random.nextInt(GROUPS)));
                }
            }
            Adjustment.Kind kind = kinds[random.nextInt(kinds.length)];
            BigDecimal value;
            switch (kind) {
                case FIXED_PRICE:
                    value = BigDecimal.valueOf(50 + random.nextInt(50_000), 2);
                    break;
                case PERCENT_OFF:
                    value = BigDecimal.valueOf(1 + random.nextInt(50));
                    break;
                default:
                    value = BigDecimal.valueOf(10 + random.nextInt(2_000), 2);
            }
            int minQuantity = random.nextInt(5) == 0 ? 2 + random.nextInt(9) : 1;
            Instant startsAt = null;
            Instant endsAt = null;
            if (random.nextInt(4) == 0) {
                startsAt = NOW.minus(1 + random.nextInt(60), ChronoUnit.DAYS);
                endsAt = NOW.plus(random.nextInt(60) - 10, ChronoUnit.DAYS);
            }
            rules.add(new IndexedRule(r + 1, "rule-" + (r + 1), allMembers, groups, target, targetId,
                    new Adjustment(kind, value), minQuantity, startsAt, endsAt, random.nextInt(10),
                    random.nextInt(10) == 0));
        }
    }

    static long rootId(int root) {
        return root + 1;
    }

    static long leafId(int root, int child) {
        return 1_000 + root * CHILDREN + child;
    }

    PriceRuleIndex.StoreRules buildIndex() {
        return new PriceRuleIndex.StoreRules(1L, NOW, rules);
    }
}
