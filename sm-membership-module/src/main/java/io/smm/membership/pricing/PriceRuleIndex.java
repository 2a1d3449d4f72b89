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

    /** The rules that could price this product: its own, its categories' and ancestors', and the store's. */
    List<IndexedRule> candidates(String storeCode, long productId, Collection<Long> categoryIds) {
        return current(storeCode).candidates(productId, categoryIds);
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

    /** One store's rules at one stamp. */
    static final class StoreRules {

        final long stamp;
        final Instant checkedAt;
        final List<IndexedRule> storeWide = new ArrayList<>();
        final Map<Long, List<IndexedRule>> byProduct = new HashMap<>();
        final Map<Long, List<IndexedRule>> byCategory = new HashMap<>();

        StoreRules(long stamp, Instant checkedAt, List<IndexedRule> rules) {
            this.stamp = stamp;
            this.checkedAt = checkedAt;
            for (IndexedRule rule : rules) {
                if (rule.target == RuleTarget.STORE) {
                    storeWide.add(rule);
                } else {
                    (rule.target == RuleTarget.PRODUCT ? byProduct : byCategory)
                            .computeIfAbsent(rule.targetId, id -> new ArrayList<>()).add(rule);
                }
            }
        }

        private StoreRules(StoreRules same, Instant checkedAt) {
            this.stamp = same.stamp;
            this.checkedAt = checkedAt;
            this.storeWide.addAll(same.storeWide);
            this.byProduct.putAll(same.byProduct);
            this.byCategory.putAll(same.byCategory);
        }

        StoreRules checkedAgainAt(Instant now) {
            return new StoreRules(this, now);
        }

        List<IndexedRule> candidates(long productId, Collection<Long> categoryIds) {
            List<IndexedRule> candidates = new ArrayList<>(storeWide);
            candidates.addAll(byProduct.getOrDefault(productId, List.of()));
            for (Long categoryId : categoryIds) {
                candidates.addAll(byCategory.getOrDefault(categoryId, List.of()));
            }
            return candidates;
        }

    }
}
