package io.smm.membership.coupons;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Batches with their codes counted: three queries, however many batches and codes. */
final class CouponBatchSummarizer {

    private final CouponBatchRepository batches;
    private final CouponRepository coupons;
    private final Clock clock;

    CouponBatchSummarizer(CouponBatchRepository batches, CouponRepository coupons, Clock clock) {
        this.batches = batches;
        this.coupons = coupons;
        this.clock = clock;
    }

    /** The store's batches of these ids, by id; ids of other stores drop out. */
    Map<Long, CouponBatchSummary> of(String storeCode, Collection<Long> batchIds) {
        if (batchIds.isEmpty()) {
            return Map.of();
        }
        List<CouponBatch> found = batches.findAllById(batchIds).stream()
                .filter(batch -> batch.getStoreCode().equals(storeCode)).collect(Collectors.toList());
        Map<Long, CouponBatchCounts> counts = coupons.countBatches(batchIds).stream()
                .collect(Collectors.toMap(CouponBatchCounts::getBatchId, Function.identity()));
        Map<Long, String> templates = coupons.codesOf(found.stream().map(CouponBatch::getTemplateId)
                .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(CouponCodeOf::getId, CouponCodeOf::getCode));
        Instant now = clock.instant();
        return found.stream().collect(Collectors.toMap(CouponBatch::getId, batch -> new CouponBatchSummary(
                CouponBatchView.of(batch, now), templates.get(batch.getTemplateId()), counts.get(batch.getId()))));
    }
}
