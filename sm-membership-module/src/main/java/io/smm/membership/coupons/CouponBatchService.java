package io.smm.membership.coupons;

import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.errors.NotFoundException;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/**
 * Bulk-generated codes: copies of a template coupon, each its own coupon under a fresh code of a pattern. A batch
 * is checked and recorded at once, then made in the background; its view shows how far it got.
 */
public class CouponBatchService {

    private static final int CSV_PAGE = 1_000;

    private final CouponBatchSteps steps;
    private final CouponBatchGeneration generation;
    private final CouponBatchWorker worker;
    private final CouponBatchRepository batches;
    private final CouponRepository coupons;
    private final CouponBatchSummarizer summaries;
    private final CodeGenerator generator;
    private final Clock clock;

    CouponBatchService(CouponBatchSteps steps, CouponBatchGeneration generation, CouponBatchWorker worker,
            CouponBatchRepository batches, CouponRepository coupons, CouponBatchSummarizer summaries,
            CodeGenerator generator, Clock clock) {
        this.steps = steps;
        this.generation = generation;
        this.generator = generator;
        this.worker = worker;
        this.batches = batches;
        this.coupons = coupons;
        this.summaries = summaries;
        this.clock = clock;
    }

    /**
     * Starts making {@code draft.count} copies of coupon {@code templateId}; nothing is recorded when it refuses.
     *
     * @throws InvalidInputException naming {@code count}, {@code prefix}, {@code length} or {@code alphabet}
     * @throws NotFoundException for an unknown template
     */
    public CouponBatchView start(String storeCode, long templateId, CouponBatchDraft draft) {
        CodePattern pattern = checked(draft);
        int count = draft.getCount();
        CouponBatch batch = steps.open(storeCode, templateId, pattern, count);
        worker.submit(() -> generation.run(batch.getId(), storeCode, pattern, count));
        return CouponBatchView.of(batch, clock.instant());
    }

    /**
     * Why a single-use copy of coupon {@code templateId} would be dead now: {@link CouponStatus#DISABLED} or
     * {@link CouponStatus#EXPIRED}; empty when it can be issued (a scheduled template's copy starts when it does).
     *
     * @throws NotFoundException when the store has no such coupon
     */
    @Transactional(readOnly = true)
    public Optional<CouponStatus> singleUseRefusal(String storeCode, long templateId) {
        CouponStatus status = template(storeCode, templateId).statusAt(clock.instant());
        return status == CouponStatus.DISABLED || status == CouponStatus.EXPIRED ? Optional.of(status)
                : Optional.empty();
    }

    /**
     * Issues one single-use copy of coupon {@code templateId} under a fresh code of the default pattern, in the
     * caller's transaction: the code exists if and only if what the caller records with it commits.
     *
     * @return the new code
     * @throws NotFoundException when the store has no such coupon
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String issueSingleUse(String storeCode, long templateId) {
        Coupon template = template(storeCode, templateId);
        String code = freshCode(storeCode);
        coupons.save(template.singleUseCopyAs(code, clock.instant()));
        return code;
    }

    /**
     * Issues one copy of coupon {@code templateId} that only the members of group {@code groupId} may use (each
     * as often as the template lets a shopper, once when it sets no limit), under a fresh code of the default
     * pattern, in the caller's transaction.
     *
     * @return the new coupon's id
     * @throws NotFoundException when the store has no such coupon
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long issueForGroup(String storeCode, long templateId, long groupId) {
        Coupon template = template(storeCode, templateId);
        return coupons.saveAndFlush(template.groupCopyAs(freshCode(storeCode), groupId, clock.instant())).getId();
    }

    private String freshCode(String storeCode) {
        // no room check: the default pattern's 32^8 codes are far beyond what any store holds
        return generator.generate(CodePattern.of(null, CodePattern.DEFAULT_LENGTH), 1,
                drawn -> coupons.idOf(storeCode, drawn).isPresent(), drawnSoFar -> { }).get(0);
    }

    /** The store's codes of the default pattern: what {@link #issueBound} must not draw. */
    @Transactional(readOnly = true)
    public Set<String> takenDefaultCodes(String storeCode) {
        return steps.takenCodes(storeCode, CodePattern.of(null, CodePattern.DEFAULT_LENGTH));
    }

    /**
     * Issues one single-use copy of coupon {@code templateId} per customer, each bound to its customer and under a
     * fresh code of the default pattern, in the caller's transaction.
     *
     * @param taken the codes not to draw ({@link #takenDefaultCodes}); the new codes are added to it
     * @return the new coupon's id per customer
     * @throws NotFoundException when the store has no such coupon
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<Long, Long> issueBound(String storeCode, long templateId, List<Long> customerIds, Set<String> taken) {
        Coupon template = template(storeCode, templateId);
        List<String> codes = generator.generate(CodePattern.of(null, CodePattern.DEFAULT_LENGTH), customerIds.size(),
                taken::contains, drawn -> { });
        Instant now = clock.instant();
        Map<Long, Long> issued = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            issued.put(customerIds.get(i), coupons.save(template.boundCopyAs(codes.get(i), customerIds.get(i), now))
                    .getId());
        }
        coupons.flush();
        taken.addAll(codes);
        return issued;
    }

    /**
     * Runs {@code task} on the one thread that makes batches, after the batches and tasks before it: work that
     * draws codes there never draws against a batch.
     */
    public void runInBackground(Runnable task) {
        worker.submit(task);
    }

    /** Whether the shop is stopping: background work should stop at its next chunk. */
    public boolean isStopping() {
        return worker.isStopping();
    }

    private Coupon template(String storeCode, long templateId) {
        return coupons.findByIdAndStoreCode(templateId, storeCode)
                .orElseThrow(() -> new NotFoundException("membership.coupon.not-found", templateId));
    }

    @Transactional(readOnly = true)
    /** The coupon's latest batches (at most 20), newest first. */
    public List<CouponBatchView> ofTemplate(String storeCode, long templateId) {
        Instant now = clock.instant();
        return batches.findTop20ByStoreCodeAndTemplateIdOrderByIdDesc(storeCode, templateId).stream()
                .map(batch -> CouponBatchView.of(batch, now)).collect(Collectors.toList());
    }

    public CouponBatchView get(String storeCode, long batchId) {
        return CouponBatchView.of(find(storeCode, batchId), clock.instant());
    }

    /** The store's batches, each with its codes counted by the database. */
    @Transactional(readOnly = true)
    public Page<CouponBatchSummary> list(String storeCode, Pageable page) {
        Page<CouponBatch> found = batches.findByStoreCode(storeCode, page);
        Map<Long, CouponBatchSummary> counted = summaries.of(storeCode, found.map(CouponBatch::getId).getContent());
        return found.map(batch -> counted.get(batch.getId()));
    }

    /** The batch with its codes counted by the database. */
    @Transactional(readOnly = true)
    public CouponBatchSummary summary(String storeCode, long batchId) {
        CouponBatch batch = find(storeCode, batchId);
        return summaries.of(storeCode, List.of(batch.getId())).get(batch.getId());
    }

    /** The batch's codes whose code contains {@code text}, in {@code status} when given (null: any). */
    @Transactional(readOnly = true)
    public Page<Coupon> codes(String storeCode, long batchId, String text, CouponStatus status, Pageable page) {
        CouponBatch batch = find(storeCode, batchId);
        return coupons.searchBatch(storeCode, batch.getId(), CouponCodes.searchText(text),
                status == null ? null : status.name(), clock.instant(), page);
    }

    /** Writes the batch's codes made so far as {@link CouponBatchCsv}, a page at a time. */
    @Transactional(readOnly = true)
    public void writeCodes(String storeCode, long batchId, Writer out) {
        CouponBatch batch = find(storeCode, batchId);
        CouponBatchCsv csv = CouponBatchCsv.start(out, clock.instant());
        long after = 0;
        for (List<CouponBatchLine> page = page(batch, after); !page.isEmpty(); page = page(batch, after)) {
            page.forEach(csv::print);
            after = page.get(page.size() - 1).getId();
        }
        csv.flush();
    }

    private List<CouponBatchLine> page(CouponBatch batch, long after) {
        return coupons.linesOfBatch(batch.getId(), after, PageRequest.of(0, CSV_PAGE));
    }

    private CouponBatch find(String storeCode, long batchId) {
        return batches.findByIdAndStoreCode(batchId, storeCode)
                .orElseThrow(() -> new NotFoundException("membership.coupon.batch.not-found", batchId));
    }

    private static CodePattern checked(CouponBatchDraft draft) {
        List<Violation> violations = new ArrayList<>();
        CodePattern.checkCount(draft.getCount()).ifPresent(violations::add);
        CodePattern pattern = null;
        try {
            pattern = draft.getAlphabet() == null || draft.getAlphabet().isBlank()
                    ? CodePattern.of(draft.getPrefix(), length(draft))
                    : CodePattern.of(draft.getPrefix(), length(draft), draft.getAlphabet().trim());
        } catch (InvalidInputException invalid) {
            violations.addAll(invalid.violations());
        }
        draft.requireNoProblems(violations);
        return pattern;
    }

    /** A missing length is the form's default. */
    private static int length(CouponBatchDraft draft) {
        return draft.getLength() == null ? CodePattern.DEFAULT_LENGTH : draft.getLength();
    }
}
