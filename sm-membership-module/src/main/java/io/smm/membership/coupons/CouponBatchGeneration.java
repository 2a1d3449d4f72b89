package io.smm.membership.coupons;

import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Makes a batch's codes, {@value #CHUNK} coupons a transaction, so an owner sees the count grow and a failure keeps
 * the chunks already made. Codes the store has, in any case, are never drawn; a code another coupon took between
 * the draw and the insert fails the chunk on the unique key, and the chunk is drawn again.
 */
class CouponBatchGeneration {

    static final int CHUNK = 1_000;
    static final String EXHAUSTED = "membership.coupon.batch.failed.exhausted";
    static final String INTERRUPTED = "membership.coupon.batch.failed.interrupted";
    static final String UNEXPECTED = "membership.coupon.batch.failed.unexpected";
    static final String CODES_TAKEN = "membership.coupon.batch.failed.codes-taken";
    private static final int ATTEMPTS_PER_CHUNK = 3;
    private static final Logger log = LoggerFactory.getLogger(CouponBatchGeneration.class);

    private final CouponBatchSteps steps;
    private final CodeGenerator generator;
    private final BooleanSupplier stopping;

    /** @param stopping whether the shop is stopping: a batch then stops at its next chunk, as failed */
    CouponBatchGeneration(CouponBatchSteps steps, CodeGenerator generator, BooleanSupplier stopping) {
        this.steps = steps;
        this.generator = generator;
        this.stopping = stopping;
    }

    void run(long batchId, String storeCode, CodePattern pattern, int count) {
        try {
            Set<String> taken = stopped() ? Set.of() : steps.takenCodes(storeCode, pattern);
            for (int created = 0; created < count; created += CHUNK) {
                if (stopped()) {
                    steps.fail(batchId, INTERRUPTED);
                    return;
                }
                insertChunk(batchId, storeCode, pattern, Math.min(CHUNK, count - created), taken);
            }
            steps.finish(batchId);
        } catch (CodeSpaceExhaustedException exhausted) {
            log.warn("Coupon batch {} stopped: {}", batchId, exhausted.getMessage());
            steps.fail(batchId, EXHAUSTED);
        } catch (DataIntegrityViolationException takenMeanwhile) {
            log.warn("Coupon batch {} stopped: codes drawn were taken {} times in a row", batchId,
                    ATTEMPTS_PER_CHUNK);
            steps.fail(batchId, CODES_TAKEN);
        } catch (RuntimeException unexpected) {
            log.error("Coupon batch {} failed", batchId, unexpected);
            steps.fail(batchId, UNEXPECTED);
        }
    }

    private boolean stopped() {
        return stopping.getAsBoolean() || Thread.currentThread().isInterrupted();
    }

    private void insertChunk(long batchId, String storeCode, CodePattern pattern, int size, Set<String> taken) {
        for (int attempt = 1;; attempt++) {
            List<String> codes = generator.generate(pattern, size, taken::contains, drawn -> { });
            try {
                steps.insert(batchId, codes);
                taken.addAll(codes);
                return;
            } catch (DataIntegrityViolationException takenMeanwhile) {
                if (attempt == ATTEMPTS_PER_CHUNK) {
                    throw takenMeanwhile;
                }
                taken.addAll(steps.takenCodes(storeCode, pattern));
            }
        }
    }
}
