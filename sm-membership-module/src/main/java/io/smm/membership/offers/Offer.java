package io.smm.membership.offers;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import io.smm.membership.time.UtcInstantConverter;

/**
 * One push of an offer to a saved segment. {@code done} counts the treated members whose code was issued so far
 * (the progress); a failure keeps what was made and names its reason as a message key.
 */
@Entity(name = "SmmOffer")
@Table(name = "SMM_OFFER")
public class Offer {

    /**
     * How the offer reaches the members: one bound single-use code each, or one coupon limited to a new manual
     * group the members are put in.
     */
    public enum Mode { CODES, GROUP }

    /** Where the push stands. */
    public enum Status { RUNNING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STORE_CODE", nullable = false, updatable = false)
    private String storeCode;

    @Column(name = "PUSH_KEY", nullable = false, updatable = false)
    private String pushKey;

    @Column(name = "SEGMENT_ID", nullable = false, updatable = false)
    private long segmentId;

    @Column(name = "SEGMENT_NAME", nullable = false, updatable = false)
    private String segmentName;

    @Enumerated(EnumType.STRING)
    @Column(name = "PUSH_MODE", nullable = false, updatable = false)
    private Mode mode;

    @Column(name = "TEMPLATE_ID", updatable = false)
    private Long templateId;

    @Column(name = "GROUP_ID")
    private Long groupId;

    @Column(name = "COUPON_ID")
    private Long couponId;

    @Column(name = "CONTROL_PERCENT", nullable = false, updatable = false)
    private int controlPercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private Status status;

    @Column(name = "MEMBERS", nullable = false)
    private int members;

    @Column(name = "TREATED", nullable = false)
    private int treated;

    @Column(name = "HELD_BACK", nullable = false)
    private int heldBack;

    @Column(name = "DONE", nullable = false, insertable = false, updatable = false)
    private int done;

    @Column(name = "PUSHED_BY", nullable = false, updatable = false)
    private String pushedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "PUSHED_AT", nullable = false, updatable = false)
    private Instant pushedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "FINISHED_AT")
    private Instant finishedAt;

    @Column(name = "FAILURE")
    private String failure;

    protected Offer() {
    }

    Offer(String storeCode, String pushKey, long segmentId, String segmentName, Mode mode, long templateId,
            int controlPercent, String pushedBy, Instant now) {
        this.storeCode = storeCode;
        this.pushKey = pushKey;
        this.segmentId = segmentId;
        this.segmentName = segmentName;
        this.mode = mode;
        this.templateId = templateId;
        this.controlPercent = controlPercent;
        this.status = Status.RUNNING;
        this.pushedBy = pushedBy;
        this.pushedAt = now;
    }

    void snapshotted(int treated, int heldBack) {
        this.members = treated + heldBack;
        this.treated = treated;
        this.heldBack = heldBack;
    }

    /** In {@link Mode#GROUP}: the group the members are put in and the coupon limited to it. */
    void grouped(long group, long coupon) {
        this.groupId = group;
        this.couponId = coupon;
    }

    void finish(Instant now) {
        status = Status.DONE;
        finishedAt = now;
    }

    void fail(String failureKey, Instant now) {
        status = Status.FAILED;
        failure = failureKey;
        finishedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public String getPushKey() {
        return pushKey;
    }

    public long getSegmentId() {
        return segmentId;
    }

    public String getSegmentName() {
        return segmentName;
    }

    public Mode getMode() {
        return mode;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public Long getGroupId() {
        return groupId;
    }

    /** The code of the group a GROUP offer made, null for CODES. */
    public String getGroupCode() {
        return groupId == null ? null : OfferSteps.GROUP_PREFIX + id;
    }

    public Long getCouponId() {
        return couponId;
    }

    public int getControlPercent() {
        return controlPercent;
    }

    public Status getStatus() {
        return status;
    }

    public int getMembers() {
        return members;
    }

    public int getTreated() {
        return treated;
    }

    public int getHeldBack() {
        return heldBack;
    }

    public int getDone() {
        return done;
    }

    public String getPushedBy() {
        return pushedBy;
    }

    public Instant getPushedAt() {
        return pushedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getFailure() {
        return failure;
    }
}
