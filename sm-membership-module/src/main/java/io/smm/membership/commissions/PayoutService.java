package io.smm.membership.commissions;

import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.affiliates.AffiliateCard;
import io.smm.membership.affiliates.AffiliateDirectory;
import io.smm.membership.affiliates.AffiliatePayee;
import io.smm.membership.errors.ConflictException;
import io.smm.membership.errors.NotFoundException;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.money.StoreCurrencies;
import io.smm.membership.time.DayPeriod;
import io.smm.membership.time.Instants;
import io.smm.membership.web.Violation;
import io.smm.membership.sql.NativeRows;

/**
 * Payouts to affiliates (docs/affiliates.md, "Payouts"): what may be paid now, recording a payout of approved
 * commissions with the negative lines carried from earlier payouts, the payouts made, and their CSV for the bank.
 */
public class PayoutService {

    /** The most commissions one payout pays, and the most a payable list shows. */
    public static final int MAX_COMMISSIONS = 500;
    static final int REFERENCE_LENGTH = 120;
    static final int NOTE_LENGTH = 500;

    private final ReportLedger ledger;
    private final AffiliateDirectory affiliates;
    private final PayoutRule rule;
    private final StoreCurrencies currencies;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    PayoutService(ReportLedger ledger, AffiliateDirectory affiliates, MoneyRule money, StoreCurrencies currencies,
            Clock clock) {
        this.ledger = ledger;
        this.affiliates = affiliates;
        this.rule = new PayoutRule(money);
        this.currencies = currencies;
        this.clock = clock;
    }

    /**
     * Pays the affiliate the given commissions, all or none: each must still be APPROVED and the affiliate's, else
     * 409 naming those that are not. The payout pays their entries and every CLAWBACK of the affiliate not paid
     * yet; a total not above zero is refused (409) and nothing is written. 400 names every broken field. Read
     * committed, so that the entries read after the commissions' rows are locked include a refund's that committed
     * while this waited for them (MariaDB would otherwise answer from the transaction's first snapshot).
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public PayoutView record(String storeCode, PayoutDraft draft, String recordedBy) {
        List<Violation> problems = new ArrayList<>();
        Long affiliateId = draft.getAffiliateId();
        if (affiliateId == null) {
            problems.add(new Violation("affiliateId", "membership.payout.affiliate.required"));
        } else if (!affiliates.lock(storeCode, affiliateId)) {
            problems.add(new Violation("affiliateId", "membership.payout.affiliate.unknown", affiliateId));
        }
        Set<Long> commissionIds = commissionIds(draft, problems);
        String reference = trimmed(draft.getReference());
        if (reference != null && reference.length() > REFERENCE_LENGTH) {
            problems.add(new Violation("reference", "membership.payout.reference.length", REFERENCE_LENGTH));
        }
        String note = trimmed(draft.getNote());
        if (note != null && note.length() > NOTE_LENGTH) {
            problems.add(new Violation("note", "membership.payout.note.length", NOTE_LENGTH));
        }
        draft.requireNoProblems(problems);

        Currency currency = currencyOf(storeCode);
        Payout payout = new Payout(storeCode, affiliateId, currency.getCurrencyCode(), reference, note, recordedBy,
                clock.instant());
        entityManager.persist(payout);
        entityManager.flush();
        if (ledger.markPaid(storeCode, affiliateId, commissionIds, payout.getId()) != commissionIds.size()) {
            Set<Long> paid = ledger.paidBy(payout.getId());
            throw new ConflictException("membership.payout.commissions.not-approved", commissionIds.stream()
                    .filter(id -> !paid.contains(id)).sorted().map(String::valueOf)
                    .collect(Collectors.joining(", ")));
        }
        List<PayoutItemView> items = ledger.unpaidEntries(storeCode, affiliateId, commissionIds);
        payout.setAmount(rule.payable(items, currency));
        ledger.insertItems(payout.getId(), items.stream().map(PayoutItemView::getEntryId)
                .collect(Collectors.toList()));
        return view(payout, nameOf(storeCode, affiliateId), items);
    }

    /** The affiliate's approved, unpaid commissions, the carried negative lines and what paying them would be. */
    @Transactional(readOnly = true)
    public PayoutPlan payable(String storeCode, long affiliateId) {
        requireAffiliate(storeCode, affiliateId);
        List<ReportCommissionRow> approved = ledger.commissions(storeCode, ReportLedger.Filter.all()
                .affiliate(affiliateId).state("APPROVED").unpaidOldestFirst(), PageRequest.of(0, MAX_COMMISSIONS))
                .getContent();
        List<PayoutItemView> lines = ledger.unpaidEntries(storeCode, affiliateId, approved.stream()
                .map(ReportCommissionRow::getId).collect(Collectors.toList()));
        Currency currency = currencyOf(storeCode);
        return new PayoutPlan(affiliateId, currency.getCurrencyCode(), approved,
                lines.stream().filter(PayoutItemView::isCarried).collect(Collectors.toList()),
                rule.total(lines, currency));
    }

    /** The store's payouts, or one affiliate's, latest first, without their items. */
    @Transactional(readOnly = true)
    public Page<PayoutView> payouts(String storeCode, Long affiliateId, Pageable page) {
        String where = " from SmmPayout p where p.storeCode = :store"
                + (affiliateId == null ? "" : " and p.affiliateId = :affiliate");
        var select = entityManager.createQuery("select p" + where + " order by p.recordedAt desc, p.id desc",
                Payout.class).setParameter("store", storeCode);
        var count = entityManager.createQuery("select count(p)" + where, Long.class).setParameter("store",
                storeCode);
        if (affiliateId != null) {
            select.setParameter("affiliate", affiliateId);
            count.setParameter("affiliate", affiliateId);
        }
        List<Payout> payouts = select.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize())
                .getResultList();
        Map<Long, AffiliatePayee> payees = affiliates.payeesOf(storeCode, payouts.stream()
                .map(Payout::getAffiliateId).collect(Collectors.toSet()));
        return new PageImpl<>(payouts.stream().map(payout -> view(payout, Optional.ofNullable(payees.get(
                payout.getAffiliateId())).map(AffiliatePayee::name).orElse(null), null))
                .collect(Collectors.toList()), page, count.getSingleResult());
    }

    /** One payout with the entries it paid; 404 for one the store does not have. */
    @Transactional(readOnly = true)
    public PayoutView get(String storeCode, long payoutId) {
        Payout payout = entityManager.find(Payout.class, payoutId);
        if (payout == null || !payout.getStoreCode().equals(storeCode)) {
            throw new NotFoundException("membership.payout.not-found", payoutId);
        }
        return view(payout, nameOf(storeCode, payout.getAffiliateId()),
                ledger.itemsOf(payoutId));
    }

    /** Writes the payouts recorded in the period as {@link PayoutCsv}, oldest first. */
    @Transactional(readOnly = true)
    public void writeCsv(String storeCode, DayPeriod period, Writer out) {
        PayoutCsv csv = PayoutCsv.start(out, period.zone());
        List<Object[]> chunk = ledger.payoutsForBank(storeCode, period.start(), period.end(), 0);
        while (!chunk.isEmpty()) {
            Map<Long, AffiliatePayee> payees = affiliates.payeesOf(storeCode, chunk.stream()
                    .map(payout -> NativeRows.whole(payout[1])).collect(Collectors.toSet()));
            chunk.stream().filter(payout -> payees.containsKey(NativeRows.whole(payout[1])))
                    .forEach(payout -> csv.write(payout, payees.get(NativeRows.whole(payout[1]))));
            chunk = ledger.payoutsForBank(storeCode, period.start(), period.end(),
                    NativeRows.whole(chunk.get(chunk.size() - 1)[0]));
        }
        csv.flush();
    }

    private void requireAffiliate(String storeCode, long affiliateId) {
        if (affiliates.byId(storeCode, affiliateId).isEmpty()) {
            throw new NotFoundException("membership.payout.affiliate.not-found", affiliateId);
        }
    }

    private String nameOf(String storeCode, long affiliateId) {
        return affiliates.byId(storeCode, affiliateId).map(AffiliateCard::name).orElse(null);
    }

    private Currency currencyOf(String storeCode) {
        return currencies.of(storeCode).orElseThrow(() -> new NotFoundException("membership.payout.store.unknown",
                storeCode));
    }

    /** The ids once each; a list with an unreadable element was named by the draft, not missing. */
    private static Set<Long> commissionIds(PayoutDraft draft, List<Violation> problems) {
        List<Long> given = draft.getCommissionIds();
        boolean unreadable = draft.unreadable().stream().anyMatch(v -> v.field().startsWith("commissionIds"));
        if ((given == null || given.isEmpty()) && !unreadable) {
            problems.add(new Violation("commissionIds", "membership.payout.commissions.required"));
        }
        if (given == null) {
            return Set.of();
        }
        if (given.size() > MAX_COMMISSIONS) {
            problems.add(new Violation("commissionIds", "membership.payout.commissions.too-many", MAX_COMMISSIONS));
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null) {
                problems.add(new Violation("commissionIds[" + i + "]", "membership.payout.commissions.required"));
            } else {
                ids.add(given.get(i));
            }
        }
        return ids;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static PayoutView view(Payout payout, String affiliateName, List<PayoutItemView> items) {
        return new PayoutView(payout.getId(), payout.getAffiliateId(), affiliateName,
                ReportLedger.shown(payout.getAmount(), payout.getCurrency()), payout.getCurrency(),
                payout.getReference(), payout.getNote(), payout.getRecordedBy(), Instants.iso(payout.getRecordedAt()),
                items);
    }
}
