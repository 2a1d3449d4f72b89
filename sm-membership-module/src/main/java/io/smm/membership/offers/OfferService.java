package io.smm.membership.offers;

import java.io.Writer;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.membership.coupons.CouponBatchService;
import io.smm.membership.errors.NotFoundException;
import io.smm.membership.groups.MemberDirectory;
import io.smm.membership.groups.MemberSummary;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.money.StoreCurrencies;
import io.smm.membership.segments.SegmentService;
import io.smm.membership.sql.NativeRows;
import io.smm.membership.web.SpreadsheetCsv;
import io.smm.membership.web.Violation;

/**
 * Offers pushed to a saved segment: one single-use code per member, bound to them, or one coupon limited to a group
 * the members are put in, with a share of the members held back as control; keyed so that a double submit pushes
 * once, run in the background in chunks.
 */
public class OfferService {

    static final List<String> CSV_COLUMNS = List.of("member_id", "name", "email", "code");
    private static final String NET = "(o.TOTAL - coalesce((select sum(f.AMOUNT) from {h-schema}SMM_ORDER_REFUND f"
            + " where f.STORE_CODE = o.STORE_CODE and f.ORDER_ID = o.ORDER_ID), 0))";
    private static final List<String> GONE = List.of("CANCELED", "REFUNDED");
    private static final int CSV_CHUNK = 1_000;
    /** The redemptions, not given back, of the offer's coupons by the members it reached. */
    private static final String REACHED_REDEMPTIONS = "{h-schema}SMM_OFFER_MEMBER om join"
            + " {h-schema}SMM_COUPON_REDEMPTION r on r.COUPON_ID = om.COUPON_ID and r.CUSTOMER_ID = om.CUSTOMER_ID"
            + " where om.OFFER_ID = :offer and r.GIVEN_BACK_AT is null";

    private final OfferRepository offers;
    private final SegmentService segments;
    private final CouponBatchService coupons;
    private final OfferPush push;
    private final MemberDirectory directory;
    private final TransactionTemplate transactions;
    private final StoreCurrencies currencies;
    private final MoneyRule money;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    OfferService(OfferRepository offers, SegmentService segments, CouponBatchService coupons, OfferPush push,
            MemberDirectory directory, TransactionTemplate transactions, StoreCurrencies currencies, MoneyRule money,
            Clock clock) {
        this.offers = offers;
        this.segments = segments;
        this.coupons = coupons;
        this.push = push;
        this.directory = directory;
        this.transactions = transactions;
        this.currencies = currencies;
        this.money = money;
        this.clock = clock;
    }

    /**
     * Pushes the offer to the segment's members as they are now, or answers the push made before under the same
     * key (nothing is pushed twice). The codes are made in the background: follow {@link #get}.
     *
     * @throws io.smm.membership.web.InvalidInputException naming every broken field
     * @throws NotFoundException for an unknown segment
     */
    public Offer push(String storeCode, long segmentId, OfferDraft draft, String owner) {
        if (draft.getKey() != null) {
            Offer before = offers.findByStoreCodeAndPushKey(storeCode, draft.getKey()).orElse(null);
            if (before != null) {
                return before;
            }
        }
        String segmentName = segments.get(storeCode, segmentId).getName();
        List<Violation> violations = draft.check();
        if (draft.getTemplateId() != null) {
            try {
                coupons.singleUseRefusal(storeCode, draft.getTemplateId()).ifPresent(status -> violations
                        .add(new Violation("templateId", "membership.offer.template.dead", status.name())));
            } catch (NotFoundException unknown) {
                violations.add(new Violation("templateId", "membership.offer.template.unknown",
                        draft.getTemplateId()));
            }
        }
        draft.requireNoProblems(violations);
        Offer offer;
        try {
            offer = transactions.execute(status -> offers.saveAndFlush(new Offer(storeCode, draft.getKey(),
                    segmentId, segmentName, draft.modeOrDefault(), draft.getTemplateId(), draft.controlOrDefault(),
                    owner, clock.instant())));
        } catch (DataIntegrityViolationException sameKeyMeanwhile) {
            return offers.findByStoreCodeAndPushKey(storeCode, draft.getKey()).orElseThrow(() -> sameKeyMeanwhile);
        }
        long offerId = offer.getId();
        coupons.runInBackground(() -> push.run(offerId, storeCode));
        return offer;
    }

    @Transactional(readOnly = true)
    public Offer get(String storeCode, long offerId) {
        return offers.findByIdAndStoreCode(offerId, storeCode)
                .orElseThrow(() -> new NotFoundException("membership.offer.not-found", offerId));
    }

    /** The store's latest offers (at most 50), newest first. */
    @Transactional(readOnly = true)
    public List<Offer> list(String storeCode) {
        return offers.findTop50ByStoreCodeOrderByIdDesc(storeCode);
    }

    @Transactional(readOnly = true)
    public OfferReport report(String storeCode, long offerId) {
        Offer offer = get(storeCode, offerId);
        Currency currency = currencies.of(storeCode)
                .orElseThrow(() -> new NotFoundException("membership.offer.store.unknown", storeCode));
        long used = NativeRows.whole(entityManager.createNativeQuery("select count(*) from " + REACHED_REDEMPTIONS)
                .setParameter("offer", offerId).getSingleResult());
        Object[] withCodes = NativeRows.rows(entityManager.createNativeQuery("select count(*), coalesce(sum(" + NET
                + "), 0) from {h-schema}SMM_SPEND_ORDER o where o.STORE_CODE = :store and o.STATUS not in (:gone)"
                + " and " + NET + " > 0 and o.ORDER_ID in (select r.ORDER_ID from " + REACHED_REDEMPTIONS
                + ")").setParameter("store", storeCode)
                .setParameter("gone", GONE).setParameter("offer", offerId)).get(0);
        Map<Boolean, Object[]> byGroup = NativeRows.rows(entityManager.createNativeQuery("select om.HELD_BACK,"
                + " count(distinct om.CUSTOMER_ID), sum(" + NET + ") from {h-schema}SMM_OFFER_MEMBER om"
                + " join {h-schema}SMM_SPEND_ORDER o on o.CUSTOMER_ID = om.CUSTOMER_ID and o.STORE_CODE = :store"
                + " and o.PLACED_AT >= :since and o.STATUS not in (:gone) and " + NET + " > 0"
                + " where om.OFFER_ID = :offer group by om.HELD_BACK").setParameter("store", storeCode)
                .setParameter("since", NativeRows.utc(offer.getPushedAt())).setParameter("gone", GONE)
                .setParameter("offer", offerId)).stream().collect(Collectors.toMap(row -> truth(row[0]), row -> row));
        Object[] treated = byGroup.getOrDefault(false, new Object[] { false, 0, BigDecimal.ZERO });
        Object[] control = byGroup.getOrDefault(true, new Object[] { true, 0, BigDecimal.ZERO });
        return new OfferReport(offer.getTreated(), offer.getHeldBack(), used, NativeRows.whole(withCodes[0]),
                (BigDecimal) withCodes[1], NativeRows.whole(treated[1]), (BigDecimal) treated[2],
                NativeRows.whole(control[1]), (BigDecimal) control[2], money, currency);
    }

    /** Writes the treated members with their codes, for the owner's mailing tool, a chunk at a time. */
    @Transactional(readOnly = true)
    public void writeCodes(String storeCode, long offerId, Writer out) {
        get(storeCode, offerId);
        SpreadsheetCsv.Rows csv = SpreadsheetCsv.rows(out, CSV_COLUMNS);
        long after = 0;
        for (List<Object[]> rows = codes(offerId, after); !rows.isEmpty(); rows = codes(offerId, after)) {
            Map<Long, MemberSummary> people = directory.findAll(storeCode, rows.stream()
                    .map(row -> NativeRows.whole(row[1])).collect(Collectors.toList()));
            for (Object[] row : rows) {
                MemberSummary person = people.get(NativeRows.whole(row[1]));
                csv.print(row[1], person == null ? null : person.getNick(), person == null ? null
                        : person.getEmail(), row[2]);
            }
            after = NativeRows.whole(rows.get(rows.size() - 1)[0]);
        }
        csv.flush();
    }

    private List<Object[]> codes(long offerId, long after) {
        return NativeRows.rows(entityManager.createNativeQuery("select om.ID, om.CUSTOMER_ID, c.CODE from"
                + " {h-schema}SMM_OFFER_MEMBER om join {h-schema}SMM_COUPON c on c.ID = om.COUPON_ID"
                + " where om.OFFER_ID = :offer and om.ID > :after order by om.ID").setParameter("offer", offerId)
                .setParameter("after", after).setMaxResults(CSV_CHUNK));
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean ? (Boolean) value : ((Number) value).intValue() != 0;
    }
}
