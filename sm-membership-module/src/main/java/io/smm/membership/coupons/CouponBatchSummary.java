package io.smm.membership.coupons;

/**
 * A batch as the owner's lists show it: the batch, the code of the coupon it copies, and its codes as the database
 * counts them.
 */
public final class CouponBatchSummary {

    private final CouponBatchView batch;
    private final String templateCode;
    private final long codes;
    private final long codesUsed;
    private final long uses;

    CouponBatchSummary(CouponBatchView batch, String templateCode, CouponBatchCounts counts) {
        this.batch = batch;
        this.templateCode = templateCode;
        this.codes = counts == null ? 0 : counts.getCodes();
        this.codesUsed = counts == null ? 0 : counts.getCodesUsed();
        this.uses = counts == null ? 0 : counts.getUses();
    }

    public CouponBatchView getBatch() {
        return batch;
    }

    public String getTemplateCode() {
        return templateCode;
    }

    /** The codes the batch has made and that still exist. */
    public long getCodes() {
        return codes;
    }

    /** Its codes used at least once. */
    public long getCodesUsed() {
        return codesUsed;
    }

    /** The uses of all its codes together. */
    public long getUses() {
        return uses;
    }
}
