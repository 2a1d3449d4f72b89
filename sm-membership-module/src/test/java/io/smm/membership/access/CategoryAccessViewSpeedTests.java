package io.smm.membership.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The size of issue 13's benchmark (2,000 categories, 20 groups, 10 % restricted): a view is built in
 * milliseconds and answers a product of three categories far below a microsecond. The bounds are loose on purpose
 * (two shared cores); the benchmark module measures precisely.
 */
class CategoryAccessViewSpeedTests {

    private static final int CATEGORIES = 2_000;
    private static final int GROUPS = 20;

    @Test
    void aViewOfTwoThousandCategoriesIsBuiltInMillisecondsAndAnswersAProductInNanoseconds() {
        Random random = new Random(13);
        StoreRulesFixture store = new StoreRulesFixture();
        for (long id = 1; id <= CATEGORIES; id++) {
            store.category(id, id <= 20 ? null : (long) (1 + random.nextInt((int) Math.min(id - 1, 400))));
        }
        for (long group = 1; group <= GROUPS; group++) {
            if (group <= 5) {
                store.tier(group, "TIER" + group, (int) group);
            } else {
                store.manual(group, "GROUP" + group, group % 2 == 0);
            }
        }
        for (int i = 0; i < CATEGORIES / 10; i++) {
            long category = 1 + random.nextInt(CATEGORIES);
            Audience audience = Audience.group(1 + random.nextInt(GROUPS));
            store.rule(category, audience, Permission.values()[random.nextInt(3)],
                    random.nextBoolean() ? RuleState.ALLOW : RuleState.DENY, null);
        }
        StoreRules rules = store.build();
        ShopperAudiences shopper = StoreRulesFixture.customer(2L, 6L, 9L);
        List<List<Long>> products = new ArrayList<>();
        for (int i = 0; i < 1_024; i++) {
            products.add(List.of((long) 1 + random.nextInt(CATEGORIES), (long) 1 + random.nextInt(CATEGORIES),
                    (long) 1 + random.nextInt(CATEGORIES)));
        }

        rules.view(StoreRulesFixture.guest(), Instant.now(), id -> CategoryAccessView.Decided.OPEN); // warms up
        long buildStart = System.nanoTime();
        AccessView view = rules.view(shopper, Instant.now(), id -> CategoryAccessView.Decided.OPEN);
        long buildNanos = System.nanoTime() - buildStart;
        int listed = 0;
        for (int warm = 0; warm < 2_000_000; warm++) {
            listed += view.ofProduct(products.get(warm & 1_023)).isListed() ? 1 : 0;
        }
        int calls = 5_000_000;
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            listed += view.ofProduct(products.get(i & 1_023)).isListed() ? 1 : 0;
        }
        double nanosPerProduct = (System.nanoTime() - start) / (double) calls;
        System.out.printf("access view: built in %.1f ms, ofProduct(3 categories) %.1f ns (%d listed)%n",
                buildNanos / 1e6, nanosPerProduct, listed);

        assertThat(view.unlistedCategoryIds()).isNotEmpty();
        assertThat(buildNanos).isLessThan(1_000_000_000L);
        assertThat(nanosPerProduct).isLessThan(1_000);
    }
}
