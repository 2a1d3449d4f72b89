package io.smm.membership.pricing;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Prints the retained heap of one store's index (10,000 rules) and its build time. */
public final class IndexFootprint {

    private IndexFootprint() {
    }

    public static void main(String[] args) throws Exception {
        PricingData data = new PricingData(42L);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = used(memory);
        // a fresh copy of the 10,000 rules, as a reload would create them, so they count as retained by the index
        java.util.List<IndexedRule> copy = new java.util.ArrayList<>();
        for (IndexedRule r : data.rules) {
            copy.add(new IndexedRule(r.id, new String(r.name), r.allMembers, r.groupIds, r.target, r.targetId,
                    new Adjustment(r.adjustment.kind(), r.adjustment.value()), r.minQuantity, r.startsAt, r.endsAt,
                    r.priority, r.exclusive));
        }
        long start = System.nanoTime();
        PriceRuleIndex.StoreRules index = new PriceRuleIndex.StoreRules(1L, PricingData.NOW, copy);
        double ms = (System.nanoTime() - start) / 1e6;
        copy = null;
        long after = used(memory);
        System.out.printf("first build: %.2f ms%n", ms);
        System.out.printf("index retained heap (incl. the 10,000 IndexedRule objects): %.2f MB%n",
                (after - before) / (1024.0 * 1024.0));
        System.out.println("store-wide rules a member of groups 3 and 11 gets: " + index.allOf(0L,
                java.util.Set.of(), MemberPricingBenchmark.SHOPPER).size());
    }

    private static long used(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
