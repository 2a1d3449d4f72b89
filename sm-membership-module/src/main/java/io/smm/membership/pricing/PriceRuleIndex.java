package io.smm.membership.pricing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rules of each store in memory, by product, by category and store-wide, so that pricing a listing asks the
 * database nothing per product. A store's rules are reloaded when its pricing stamp moved, which is checked at
 * most once per refresh interval: a change on another application instance shows within that interval.
 */
class PriceRuleIndex {

    private final PriceRuleRepository rules;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final Duration refreshInterval;
    private final Map<String, StoreRules> stores = new ConcurrentHashMap<>();

    PriceRuleIndex(PriceRuleRepository rules, PlatformTransactionManager transactionManager, Clock clock,
            Duration refreshInterval) {
        this.rules = rules;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
        this.refreshInterval = refreshInterval;
    }

    /** The shopper's rules that could price this product now at this quantity; see {@link StoreRules#candidates}. */
    List<IndexedRule> candidates(ProductFacts product, ShopperGroups shopper, int quantity, Instant at) {
        return current(product.storeCode).candidates(product.productId, product.categoryIds, shopper, quantity, at);
    }

    /** Every rule of the shopper's for this product, whatever the quantity and time. */
    List<IndexedRule> allOf(ProductFacts product, ShopperGroups shopper) {
        return current(product.storeCode).allOf(product.productId, product.categoryIds, shopper);
    }

    void forget(String storeCode) {
        stores.remove(storeCode);
    }

    private StoreRules current(String storeCode) {
        Instant now = clock.instant();
        StoreRules known = stores.get(storeCode);
        if (known != null && now.isBefore(known.checkedAt.plus(refreshInterval))) {
            return known;
        }
        long stamp = readOnly.execute(status -> rules.stampOf(storeCode).orElse(0L));
        StoreRules fresh = known != null && known.stamp == stamp ? known.checkedAgainAt(now) : load(storeCode, stamp, now);
        stores.put(storeCode, fresh);
        return fresh;
    }

    private StoreRules load(String storeCode, long stamp, Instant now) {
        List<IndexedRule> all = readOnly.execute(status -> rules.findByStoreCodeOrderByPriorityDescIdAsc(storeCode)
                .stream().map(PriceRule::indexed).collect(Collectors.toList()));
        return new StoreRules(stamp, now, all);
    }

    /** One store's rules at one stamp: by product, by category, and the store-wide ones. */
    static final class StoreRules {

        final long stamp;
        final Instant checkedAt;
        private final GroupBits bits;
        private final StoreWideRules storeWide;
        private final Map<Long, RuleList> byProduct;
        private final Map<Long, RuleList> byCategory;

        StoreRules(long stamp, Instant checkedAt, List<IndexedRule> rules) {
            this.stamp = stamp;
            this.checkedAt = checkedAt;
            this.bits = new GroupBits(rules);
            List<IndexedRule> storeWideRules = new ArrayList<>();
            Map<Long, List<IndexedRule>> productRules = new HashMap<>();
            Map<Long, List<IndexedRule>> categoryRules = new HashMap<>();
            for (IndexedRule rule : rules) {
                if (rule.target == RuleTarget.STORE) {
                    storeWideRules.add(rule);
                } else {
                    (rule.target == RuleTarget.PRODUCT ? productRules : categoryRules)
                            .computeIfAbsent(rule.targetId, id -> new ArrayList<>()).add(rule);
                }
            }
            this.storeWide = new StoreWideRules(storeWideRules, bits);
            this.byProduct = lists(productRules, bits);
            this.byCategory = lists(categoryRules, bits);
        }

        private static Map<Long, RuleList> lists(Map<Long, List<IndexedRule>> byTarget, GroupBits bits) {
            Map<Long, RuleList> lists = new HashMap<>(byTarget.size() * 4 / 3 + 1);
            byTarget.forEach((target, rules) -> lists.put(target, new RuleList(rules, bits)));
            return lists;
        }

        private StoreRules(StoreRules same, Instant checkedAt) {
            this.stamp = same.stamp;
            this.checkedAt = checkedAt;
            this.bits = same.bits;
            this.storeWide = same.storeWide;
            this.byProduct = same.byProduct;
            this.byCategory = same.byCategory;
        }

        StoreRules checkedAgainAt(Instant now) {
            return new StoreRules(this, now);
        }

        /**
         * The shopper's rules that could price this product at this quantity and moment: its own, its
         * categories', and the store-wide ones that can still win.
         */
        List<IndexedRule> candidates(long productId, Collection<Long> categoryIds, ShopperGroups shopper,
                int quantity, Instant at) {
            List<IndexedRule> contenders = storeWide.contenders(shopper, quantity, at);
            List<IndexedRule> found = new ArrayList<>(contenders.size() + 8);
            found.addAll(contenders);
            addRulesFor(productId, categoryIds, shopper, found);
            return found;
        }

        /** Every rule of the shopper's for this product, whatever the quantity and time. */
        List<IndexedRule> allOf(long productId, Collection<Long> categoryIds, ShopperGroups shopper) {
            List<IndexedRule> found = storeWide.forShopper(shopper);
            addRulesFor(productId, categoryIds, shopper, found);
            return found;
        }

        private void addRulesFor(long productId, Collection<Long> categoryIds, ShopperGroups shopper,
                List<IndexedRule> found) {
            long shopperMask = bits.of(shopper.groupIds);
            addRulesFor(byProduct.get(productId), shopper, shopperMask, found);
            for (Long categoryId : categoryIds) {
                addRulesFor(byCategory.get(categoryId), shopper, shopperMask, found);
            }
        }

        private static void addRulesFor(RuleList rules, ShopperGroups shopper, long shopperMask,
                List<IndexedRule> found) {
            if (rules != null) {
                rules.addRulesFor(shopper, shopperMask, found);
            }
        }
    }
}
