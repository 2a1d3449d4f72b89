package io.smm.membership.coupons;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.errors.NotFoundException;

/** The transactions of a batch: opening it, one chunk of copies each, and its end. */
class CouponBatchSteps {

    private final CouponRepository coupons;
    private final CouponBatchRepository batches;
    private final Clock clock;

    CouponBatchSteps(CouponRepository coupons, CouponBatchRepository batches, Clock clock) {
        this.coupons = coupons;
        this.batches = batches;
        this.clock = clock;
    }

    /**
     * Records a running batch once the template is known and the pattern has room for {@code count} more codes
     * besides those the store has and those its running batches are still to make.
     *
     * @throws NotFoundException for an unknown template
     * @throws io.smm.membership.web.InvalidInputException naming {@code count} when there is no room
     */
    @Transactional
    public CouponBatch open(String storeCode, long templateId, CodePattern pattern, int count) {
        // the template's row locked until the batch is recorded: two batches started from it at once take turns
        coupons.lockById(templateId).filter(template -> storeCode.equals(template.getStoreCode()))
                .orElseThrow(() -> new NotFoundException("membership.coupon.not-found", templateId));
        // pending first: a chunk committed between the two reads is then counted twice, never missed
        long pending = batches.pendingCodes(storeCode, pattern.prefix(), pattern.length(),
                clock.instant().minus(CouponBatch.GIVEN_UP_AFTER));
        pattern.checkRoomFor(count, pending
                + coupons.countCodesLike(storeCode, likePrefix(pattern), pattern.codeLength()));
        return batches.save(new CouponBatch(storeCode, templateId, pattern, count, clock.instant()));
    }

    /** The store's codes the pattern could draw, as the generator must skip them. */
    @Transactional(readOnly = true)
    public Set<String> takenCodes(String storeCode, CodePattern pattern) {
        return new HashSet<>(coupons.codesLike(storeCode, likePrefix(pattern), pattern.codeLength()));
    }

    /** Copies the template once per code and counts them, all or none. */
    @Transactional
    public void insert(long batchId, List<String> codes) {
        CouponBatch batch = batches.getById(batchId);
        Coupon template = coupons.getById(batch.getTemplateId());
        Instant now = clock.instant();
        coupons.saveAll(codes.stream().map(code -> template.copyAs(code, batchId, now)).collect(Collectors.toList()));
        coupons.flush();
        batches.addCreated(batchId, codes.size());
    }

    @Transactional
    public void finish(long batchId) {
        batches.getById(batchId).finish(clock.instant());
    }

    @Transactional
    public void fail(long batchId, String failureKey) {
        batches.getById(batchId).fail(failureKey, clock.instant());
    }

    private static String likePrefix(CodePattern pattern) {
        return CouponCodes.likeEscaped(pattern.prefix());
    }
}
