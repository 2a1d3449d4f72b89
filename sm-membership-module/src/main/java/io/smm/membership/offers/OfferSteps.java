package io.smm.membership.offers;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.hibernate.Session;
import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.coupons.CouponBatchService;
import io.smm.membership.segments.SegmentService;
import io.smm.membership.sql.NativeRows;

/** The transactions of a push: the snapshot of the segment, one chunk of codes each, and its end. */
class OfferSteps {

    static final int CHUNK = 1_000;

    private final OfferRepository offers;
    private final SegmentService segments;
    private final CouponBatchService coupons;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    OfferSteps(OfferRepository offers, SegmentService segments, CouponBatchService coupons, Clock clock) {
        this.offers = offers;
        this.segments = segments;
        this.coupons = coupons;
        this.clock = clock;
    }

    /** Records the segment's members now, each treated or held back; inserts only rows of our own new table. */
    @Transactional
    public void snapshot(long offerId) {
        Offer offer = offers.getById(offerId);
        List<Long> members = segments.memberIds(offer.getStoreCode(), offer.getSegmentId());
        int[] heldBack = { 0 };
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into " + table("SMM_OFFER_MEMBER")
                    + " (OFFER_ID, CUSTOMER_ID, HELD_BACK) values (?, ?, ?)")) {
                for (int i = 0; i < members.size(); i++) {
                    boolean control = ControlSplit.heldBack(offerId, members.get(i), offer.getControlPercent());
                    heldBack[0] += control ? 1 : 0;
                    insert.setLong(1, offerId);
                    insert.setLong(2, members.get(i));
                    insert.setBoolean(3, control);
                    insert.addBatch();
                    if (i % CHUNK == CHUNK - 1) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
        offer.snapshotted(members.size() - heldBack[0], heldBack[0]);
    }

    /** Issues the codes of the next treated members still without one; answers how many, 0 when none were left. */
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
        Map<Long, Long> issued = coupons.issueBound(offer.getStoreCode(), offer.getTemplateId(), customers, taken);
        Timestamp now = NativeRows.utc(clock.instant());
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update " + table("SMM_OFFER_MEMBER")
                    + " set COUPON_ID = ?, SENT_AT = ? where ID = ?")) {
                for (Object[] row : next) {
                    update.setLong(1, issued.get(NativeRows.whole(row[1])));
                    update.setTimestamp(2, now);
                    update.setLong(3, NativeRows.whole(row[0]));
                    update.addBatch();
                }
                update.executeBatch();
            }
        });
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

    private String table(String name) {
        return NativeRows.table(entityManager, name);
    }
}
