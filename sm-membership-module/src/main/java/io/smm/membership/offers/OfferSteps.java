package io.smm.membership.offers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.hibernate.query.NativeQuery;
import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.coupons.CouponBatchService;
import io.smm.membership.groups.Actor;
import io.smm.membership.groups.GroupDraft;
import io.smm.membership.groups.GroupKind;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MembershipService;
import io.smm.membership.segments.SegmentService;
import io.smm.membership.sql.MultiRowInsert;
import io.smm.membership.sql.NativeRows;

/**
 * The transactions of a push: the snapshot of the segment (and in {@link Offer.Mode#GROUP} its group and coupon),
 * one chunk of members sent the offer each, and its end.
 */
class OfferSteps {

    static final int CHUNK = 1_000;
    static final String GROUP_PREFIX = "OFFER-";
    static final String JOINED_REASON = "membership.history.reason.offer";

    private final OfferRepository offers;
    private final SegmentService segments;
    private final CouponBatchService coupons;
    private final GroupService groups;
    private final MembershipService memberships;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    OfferSteps(OfferRepository offers, SegmentService segments, CouponBatchService coupons, GroupService groups,
            MembershipService memberships, Clock clock) {
        this.offers = offers;
        this.segments = segments;
        this.coupons = coupons;
        this.groups = groups;
        this.memberships = memberships;
        this.clock = clock;
    }

    /**
     * Records the segment's members now, each treated or held back; in {@link Offer.Mode#GROUP} also makes the
     * manual group (code {@value #GROUP_PREFIX} and the offer's id, named after the push key) and the one copy of
     * the template limited to it.
     */
    @Transactional
    public void snapshot(long offerId) {
        Offer offer = offers.getById(offerId);
        List<Long> members = segments.memberIds(offer.getStoreCode(), offer.getSegmentId());
        List<Object[]> rows = new ArrayList<>(members.size());
        int heldBack = 0;
        for (Long member : members) {
            boolean control = ControlSplit.heldBack(offerId, member, offer.getControlPercent());
            heldBack += control ? 1 : 0;
            rows.add(new Object[] { offerId, member, control });
        }
        MultiRowInsert.insert(entityManager, "SMM_OFFER_MEMBER", List.of("OFFER_ID", "CUSTOMER_ID", "HELD_BACK"),
                rows, Offer.class);
        offer.snapshotted(members.size() - heldBack, heldBack);
        if (offer.getMode() == Offer.Mode.GROUP) {
            long group = groups.create(offer.getStoreCode(), groupOf(offer)).getId();
            offer.grouped(group, coupons.issueForGroup(offer.getStoreCode(), offer.getTemplateId(), group));
        }
    }

    /**
     * Sends the offer to the next treated members not sent it yet: their bound codes, or their places in the
     * offer's group; answers how many, 0 when none were left.
     */
    @Transactional
    public int issueChunk(long offerId, Set<String> taken) {
        Offer offer = offers.getById(offerId);
        List<Object[]> next = NativeRows.rows(entityManager.createNativeQuery("select ID, CUSTOMER_ID from "
                + "{h-schema}SMM_OFFER_MEMBER where OFFER_ID = :offer and HELD_BACK = :no and SENT_AT is null"
                + " order by ID").setParameter("offer", offerId).setParameter("no", false).setMaxResults(CHUNK));
        if (next.isEmpty()) {
            return 0;
        }
        List<Long> customers = next.stream().map(row -> NativeRows.whole(row[1])).collect(Collectors.toList());
        Map<Long, Long> coupon;
        if (offer.getMode() == Offer.Mode.GROUP) {
            memberships.joinAll(offer.getStoreCode(), offer.getGroupId(), customers,
                    Actor.owner(offer.getPushedBy()), JOINED_REASON);
            coupon = customers.stream().collect(Collectors.toMap(customer -> customer,
                    customer -> offer.getCouponId()));
        } else {
            coupon = coupons.issueBound(offer.getStoreCode(), offer.getTemplateId(), customers, taken);
        }
        for (int from = 0; from < next.size(); from += MultiRowInsert.ROWS_PER_STATEMENT) {
            sent(next.subList(from, Math.min(next.size(), from + MultiRowInsert.ROWS_PER_STATEMENT)), coupon);
        }
        offers.addDone(offerId, next.size());
        return next.size();
    }

    @Transactional
    public void finish(long offerId) {
        offers.getById(offerId).finish(clock.instant());
    }

    @Transactional
    public void fail(long offerId, String failureKey) {
        offers.getById(offerId).fail(failureKey, clock.instant());
    }

    /** Marks the rows (id, customer) sent now with their customer's coupon, in one statement. */
    private void sent(List<Object[]> rows, Map<Long, Long> couponOf) {
        NativeQuery<?> update = entityManager.createNativeQuery("update {h-schema}SMM_OFFER_MEMBER set SENT_AT = ?,"
                + " COUPON_ID = case ID " + String.join(" ", Collections.nCopies(rows.size(), "when ? then ?"))
                + " end where ID in (" + String.join(", ", Collections.nCopies(rows.size(), "?")) + ")")
                .unwrap(NativeQuery.class).addSynchronizedEntityClass(Offer.class);
        int position = 1;
        update.setParameter(position++, NativeRows.utc(clock.instant()));
        for (Object[] row : rows) {
            update.setParameter(position++, NativeRows.whole(row[0]));
            update.setParameter(position++, couponOf.get(NativeRows.whole(row[1])));
        }
        for (Object[] row : rows) {
            update.setParameter(position++, NativeRows.whole(row[0]));
        }
        update.executeUpdate();
    }

    private static GroupDraft groupOf(Offer offer) {
        GroupDraft draft = new GroupDraft();
        draft.setCode(GROUP_PREFIX + offer.getId());
        draft.setKind(GroupKind.MANUAL);
        draft.setNameEn("Offer " + offer.getPushKey());
        draft.setNameZhTw("優惠 " + offer.getPushKey());
        draft.setNameZhCn("优惠 " + offer.getPushKey());
        return draft;
    }
}
