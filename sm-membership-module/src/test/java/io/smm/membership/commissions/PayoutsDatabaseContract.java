package io.smm.membership.commissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.membership.affiliates.AffiliateDirectory;
import io.smm.membership.affiliates.AffiliateTrackingConfiguration;
import io.smm.membership.affiliates.AffiliatesConfiguration;
import io.smm.membership.affiliates.ClickReports;
import io.smm.membership.errors.ConflictException;
import io.smm.membership.errors.NotFoundException;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.testdb.DatabaseContract;
import io.smm.membership.time.DayPeriod;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/**
 * Payouts and reports on one kind of database, over commission, entry and click rows written with plain SQL as the
 * commissions and tracking features write them (docs/affiliates.md). Each test has its own affiliates.
 */
public abstract class PayoutsDatabaseContract extends DatabaseContract {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final Instant PLACED = Instant.parse("2026-03-01T04:00:00Z");

    private final AtomicLong orders = new AtomicLong(700_000);

    @Override
    protected Class<?>[] moreConfiguration() {
        return new Class<?>[] { AffiliatesConfiguration.class, AffiliateTrackingConfiguration.class,
                PayoutsConfiguration.class };
    }

    private PayoutService payouts() {
        return context.getBean(PayoutService.class);
    }

    @Test
    void paysTheSelectedCommissionsEntriesAndCarriesTheUnpaidClawback() {
        long affiliate = affiliate("Ann");
        long earlier = commission(affiliate, "PAID", "4.00");
        long earlierPayout = payoutOf(affiliate, "4.00", entriesOf(earlier));
        entry(earlier, affiliate, "CLAWBACK", "-1.25");
        long reduced = commission(affiliate, "APPROVED", "10.00");
        entry(reduced, affiliate, "REDUCED", "-2.50");
        long whole = commission(affiliate, "APPROVED", "5.00");
        long pending = commission(affiliate, "PENDING", "7.00");
        long notSelected = commission(affiliate, "APPROVED", "3.00");

        PayoutView paid = payouts().record(STORE, draft(affiliate, reduced, whole), "owner");

        assertThat(paid.getAmount()).isEqualByComparingTo("11.25");
        assertThat(paid.getItems()).extracting(PayoutItemView::getKind)
                .containsExactly("CLAWBACK", "EARNED", "REDUCED", "EARNED");
        assertThat(stateOf(reduced)).isEqualTo("PAID");
        assertThat(stateOf(whole)).isEqualTo("PAID");
        assertThat(count("select count(*) from " + table("SMM_COMMISSION") + " where PAYOUT_ID = "
                + paid.getId())).isEqualTo(2);
        assertThat(stateOf(pending)).isEqualTo("PENDING");
        assertThat(stateOf(notSelected)).isEqualTo("APPROVED");
        assertThat(count("select count(*) from " + table("SMM_PAYOUT_ITEM") + " where PAYOUT_ID = " + earlierPayout))
                .isEqualTo(1);
        assertThat(payouts().get(STORE, paid.getId()).getItems()).extracting(PayoutItemView::getAmount)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("-1.25"),
                        new BigDecimal("10"), new BigDecimal("-2.5"), new BigDecimal("5"));
        PayoutPlan next = payouts().payable(STORE, affiliate);
        assertThat(next.getCommissions()).extracting(ReportCommissionRow::getId).containsExactly(notSelected);
        assertThat(next.getCarried()).isEmpty();
        assertThat(next.getTotal()).isEqualByComparingTo("3.00");
    }

    @Test
    void paysNothingWhenOneSelectedCommissionIsNoLongerApproved() {
        long affiliate = affiliate("Bo");
        long other = affiliate("Cy");
        long approved = commission(affiliate, "APPROVED", "10.00");
        long pending = commission(affiliate, "PENDING", "7.00");
        long reversed = commission(affiliate, "REVERSED", "2.00");
        long othersApproved = commission(other, "APPROVED", "1.00");

        assertThatThrownBy(() -> payouts().record(STORE, draft(affiliate, approved, pending, reversed, othersApproved),
                "owner")).isInstanceOfSatisfying(ConflictException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("membership.payout.commissions.not-approved");
                    assertThat(refused.arguments()).containsExactly(List.of(pending, reversed, othersApproved)
                            .stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")));
                });

        assertThat(stateOf(approved)).isEqualTo("APPROVED");
        assertThat(stateOf(othersApproved)).isEqualTo("APPROVED");
        assertThat(count("select count(*) from " + table("SMM_COMMISSION") + " where PAYOUT_ID is not null"
                + " and AFFILIATE_ID in (" + affiliate + ", " + other + ")")).isZero();
        assertThat(payoutsOf(affiliate)).isZero();
    }

    @Test
    void refusesAPayoutThatTheCarriedNegativeLinesTakeToZeroOrBelowAndWritesNothing() {
        long affiliate = affiliate("Di");
        long earlier = commission(affiliate, "PAID", "6.00");
        payoutOf(affiliate, "6.00", entriesOf(earlier));
        entry(earlier, affiliate, "CLAWBACK", "-6.00");
        long small = commission(affiliate, "APPROVED", "6.00");

        assertThatThrownBy(() -> payouts().record(STORE, draft(affiliate, small), "owner"))
                .isInstanceOfSatisfying(ConflictException.class, refused -> assertThat(refused.code())
                        .isEqualTo("membership.payout.not-positive"));

        assertThat(stateOf(small)).isEqualTo("APPROVED");
        assertThat(payoutsOf(affiliate)).isEqualTo(1);
        PayoutPlan plan = payouts().payable(STORE, affiliate);
        assertThat(plan.getCarried()).extracting(PayoutItemView::getAmount).usingElementComparator(
                BigDecimal::compareTo).containsExactly(new BigDecimal("-6"));
        assertThat(plan.getTotal()).isEqualByComparingTo("0.00");
        assertThat(plan.isPayable()).isFalse();
    }

    @Test
    void paysACommissionOnceWhenPayoutsOfItRace() throws Exception {
        long affiliate = affiliate("Ed");
        long contested = commission(affiliate, "APPROVED", "8.00");

        List<Optional<Boolean>> outcomes = race(i -> payouts().record(STORE, draft(affiliate, contested), "owner" + i)
                .getAmount().signum() > 0);

        assertThat(outcomes).filteredOn(Optional::isPresent).hasSize(1);
        assertThat(payoutsOf(affiliate)).isEqualTo(1);
        assertThat(count("select count(*) from " + table("SMM_PAYOUT_ITEM") + " i join " + table("SMM_PAYOUT")
                + " p on p.ID = i.PAYOUT_ID where p.AFFILIATE_ID = " + affiliate)).isEqualTo(1);
        assertThat(stateOf(contested)).isEqualTo("PAID");
    }

    @Test
    void carriesAClawbackIntoOnlyOneOfTwoRacingPayoutsOfDifferentCommissions() throws Exception {
        long affiliate = affiliate("Flo");
        long earlier = commission(affiliate, "PAID", "2.00");
        payoutOf(affiliate, "2.00", entriesOf(earlier));
        long clawback = entry(earlier, affiliate, "CLAWBACK", "-1.00");
        long[] approved = new long[THREADS];
        for (int i = 0; i < THREADS; i++) {
            approved[i] = commission(affiliate, "APPROVED", "3.00");
        }

        List<Optional<Boolean>> outcomes = race(i -> payouts().record(STORE, draft(affiliate, approved[i]), "owner")
                .getAmount().compareTo(new BigDecimal("2.00")) == 0);

        assertThat(outcomes).allMatch(Optional::isPresent).filteredOn(Optional::get).hasSize(1);
        assertThat(count("select count(*) from " + table("SMM_PAYOUT_ITEM") + " where ENTRY_ID = " + clawback))
                .isEqualTo(1);
        assertThat(payoutsOf(affiliate)).isEqualTo(1 + THREADS);
    }

    @Test
    void namesEveryBrokenFieldOfAPayout() {
        PayoutDraft broken = new PayoutDraft();
        broken.setAffiliateId(999_999L);
        broken.setCommissionIds(List.of());
        broken.setReference("r".repeat(121));
        broken.setNote("n".repeat(501));

        assertThatThrownBy(() -> payouts().record(STORE, broken, "owner")).isInstanceOfSatisfying(
                InvalidInputException.class, refused -> assertThat(refused.violations()).extracting(Violation::code)
                        .containsExactlyInAnyOrder("membership.payout.affiliate.unknown",
                                "membership.payout.commissions.required", "membership.payout.reference.length",
                                "membership.payout.note.length"));
        assertThatThrownBy(() -> payouts().record(STORE, new PayoutDraft(), "owner")).isInstanceOfSatisfying(
                InvalidInputException.class, refused -> assertThat(refused.violations()).extracting(Violation::field)
                        .containsExactlyInAnyOrder("affiliateId", "commissionIds"));
        assertThatThrownBy(() -> payouts().record("OTHER", draft(affiliate("Gus"), 1L), "owner"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
                        .extracting(Violation::field).containsExactly("affiliateId"));
    }

    @Test
    void listsPayoutsLatestFirstAndFindsOneOnlyInItsStore() {
        long affiliate = affiliate("Hal");
        PayoutView first = payouts().record(STORE, draft(affiliate, commission(affiliate, "APPROVED", "1.00")),
                "owner");
        PayoutView second = payouts().record(STORE, draft(affiliate, commission(affiliate, "APPROVED", "2.00")),
                "owner");

        Page<PayoutView> page = payouts().payouts(STORE, affiliate, PageRequest.of(0, 10));

        assertThat(page.getContent()).extracting(PayoutView::getId).containsExactly(second.getId(), first.getId());
        assertThat(page.getContent()).allSatisfy(payout -> {
            assertThat(payout.getAffiliateName()).isEqualTo("Hal");
            assertThat(payout.getItems()).isNull();
        });
        assertThatThrownBy(() -> payouts().get("OTHER", first.getId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void reportsClicksOrdersAndCommissionByStateAndByDayOfTheStoreZone() {
        long affiliate = affiliate("Ivy");
        click(affiliate, "2026-02-28T15:59:59Z"); // Taipei 28 Feb, before the period
        click(affiliate, "2026-02-28T16:00:00Z"); // Taipei 1 Mar 00:00
        click(affiliate, "2026-03-01T15:59:59Z"); // Taipei 1 Mar 23:59:59
        click(affiliate, "2026-03-02T16:00:00Z"); // Taipei 3 Mar
        click(affiliate, "2026-03-03T15:59:59Z"); // Taipei 3 Mar, the last second of the period
        click(affiliate, "2026-03-03T16:00:00Z"); // Taipei 4 Mar, after it
        click(affiliate("Other"), "2026-03-01T00:00:00Z");
        long approved = commissionAt(affiliate, "APPROVED", "10.00", "2026-02-28T16:00:00Z");
        entry(approved, affiliate, "REDUCED", "-2.50");
        commissionAt(affiliate, "PENDING", "3.00", "2026-03-03T15:59:59Z");
        long reversed = commissionAt(affiliate, "REVERSED", "4.00", "2026-03-03T01:00:00Z");
        entry(reversed, affiliate, "REVERSED", "-4.00");
        long paid = commissionAt(affiliate, "PAID", "6.00", "2026-03-03T02:00:00Z");
        entry(paid, affiliate, "CLAWBACK", "-1.00");
        commissionAt(affiliate, "FLAGGED", "0.00", "2026-03-03T03:00:00Z");
        commissionAt(affiliate, "PENDING", "99.00", "2026-02-28T15:59:59Z");

        ReportView report = inTransaction(reports -> reports.report(STORE, affiliate,
                DayPeriod.of("2026-03-01", "2026-03-03", LocalDate.of(2026, 3, 15), TAIPEI)));

        assertThat(report.getClicks()).isEqualTo(4);
        assertThat(report.getOrders()).isEqualTo(4);
        assertThat(report.getConversionRate()).isEqualByComparingTo("1");
        assertThat(report.getCommission()).containsOnlyKeys("PENDING", "APPROVED", "PAID", "REVERSED", "FLAGGED");
        assertThat(report.getCommission().get("PENDING")).isEqualByComparingTo("3.00");
        assertThat(report.getCommission().get("APPROVED")).isEqualByComparingTo("7.50");
        assertThat(report.getCommission().get("PAID")).isEqualByComparingTo("5.00");
        assertThat(report.getCommission().get("REVERSED")).isEqualByComparingTo("0");
        assertThat(report.getCommission().get("FLAGGED")).isEqualByComparingTo("0");
        assertThat(report.getDays()).extracting(ReportDay::getDate).containsExactly("2026-03-01", "2026-03-02",
                "2026-03-03");
        assertThat(report.getDays()).extracting(ReportDay::getClicks).containsExactly(2L, 0L, 2L);
        assertThat(report.getDays()).extracting(ReportDay::getOrders).containsExactly(1L, 0L, 3L);
        assertThat(report.getDays()).extracting(ReportDay::getCommission).usingElementComparator(
                BigDecimal::compareTo).containsExactly(new BigDecimal("7.50"), BigDecimal.ZERO, new BigDecimal("8"));
        ReportView quiet = inTransaction(reports -> reports.report(STORE, affiliate,
                DayPeriod.of("2026-01-01", "2026-01-02", LocalDate.of(2026, 3, 15), TAIPEI)));
        assertThat(quiet.getConversionRate()).isNull();
        assertThat(quiet.getDays()).extracting(ReportDay::getClicks).containsExactly(0L, 0L);
    }

    @Test
    void listsCommissionsByAffiliateAndStateAndTheSelfReferralsOfAPeriod() {
        long affiliate = affiliate("Jo");
        long older = commissionAt(affiliate, "APPROVED", "1.00", "2026-03-01T01:00:00Z");
        long newer = commissionAt(affiliate, "APPROVED", "2.00", "2026-03-02T01:00:00Z");
        entry(newer, affiliate, "REDUCED", "-0.50");
        long flagged = commissionAt(affiliate, "FLAGGED", "0.00", "2026-03-02T02:00:00Z");
        jdbc.update("update " + table("SMM_COMMISSION") + " set FLAG = 'SELF_EMAIL' where ID = ?", flagged);
        ReportService reports = context.getBean(ReportService.class);

        Page<ReportCommissionRow> approved = reports.commissions(STORE, affiliate, "approved", PageRequest.of(0, 1));
        Page<ReportCommissionRow> all = reports.commissions(STORE, affiliate, null, PageRequest.of(0, 10));
        Page<ReportCommissionRow> flags = inTransaction(service -> service.selfReferrals(STORE,
                DayPeriod.of("2026-03-02", "2026-03-02", LocalDate.of(2026, 3, 15), ZoneOffset.UTC),
                PageRequest.of(0, 10)));

        assertThat(approved.getTotalElements()).isEqualTo(2);
        assertThat(approved.getContent()).singleElement().satisfies(row -> {
            assertThat(row.getId()).isEqualTo(newer);
            assertThat(row.getCommission()).isEqualByComparingTo("1.50");
            assertThat(row.getEligibleAmount()).isEqualByComparingTo("100.00");
            assertThat(row.getPlacedAt()).isEqualTo("2026-03-02T01:00:00Z");
        });
        assertThat(all.getContent()).extracting(ReportCommissionRow::getId).containsExactly(flagged, newer, older);
        assertThat(flags.getContent()).filteredOn(row -> row.getAffiliateId() == affiliate).singleElement()
                .satisfies(row -> assertThat(row.getFlag()).isEqualTo("SELF_EMAIL"));
        assertThatThrownBy(() -> reports.commissions(STORE, affiliate, "LOST", PageRequest.of(0, 10)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
                        .extracting(Violation::field).containsExactly("state"));
    }

    @Test
    void findsTheAffiliateOfACustomer() {
        long affiliate = affiliate("Kai");
        jdbc.update("update " + table("SMM_AFFILIATE") + " set CUSTOMER_ID = ? where ID = ?", 4242L, affiliate);
        ReportService reports = context.getBean(ReportService.class);

        assertThat(reports.affiliateOf(STORE, 4242)).isEqualTo(affiliate);
        assertThatThrownBy(() -> reports.affiliateOf(STORE, 4343)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.affiliateOf("OTHER", 4242)).isInstanceOf(NotFoundException.class);
    }

    /** A report service in the store zone of Taipei, its calls each in a transaction as the bean's are. */
    private <T> T inTransaction(Function<ReportService, T> call) {
        ReportService reports = new ReportService(context.getBean(ReportLedger.class),
                context.getBean(AffiliateDirectory.class), context.getBean(ClickReports.class),
                new MoneyRule(RoundingMode.HALF_UP), storeCode -> Optional.of(Currency.getInstance("CAD")),
                Clock.systemUTC(), TAIPEI);
        return new TransactionTemplate(context.getBean(JpaTransactionManager.class)).execute(status ->
                call.apply(reports));
    }

    private static PayoutDraft draft(long affiliateId, Long... commissionIds) {
        PayoutDraft draft = new PayoutDraft();
        draft.setAffiliateId(affiliateId);
        draft.setCommissionIds(List.of(commissionIds));
        draft.setReference("BANK-" + affiliateId);
        return draft;
    }

    private long affiliate(String name) {
        String email = name.toLowerCase() + orders.incrementAndGet() + "@example.com";
        jdbc.update("insert into " + table("SMM_AFFILIATE") + " (STORE_CODE, NAME, EMAIL, STATUS, PAYOUT_METHOD,"
                + " PAYOUT_EMAIL, CREATED_AT, VERSION) values (?, ?, ?, 'ACTIVE', 'BANK', ?, ?, 0)", STORE, name, email,
                email, utc(PLACED));
        return jdbc.queryForObject("select ID from " + table("SMM_AFFILIATE") + " where EMAIL = ?", Long.class,
                email);
    }

    private long commission(long affiliate, String state, String earned) {
        return commissionAt(affiliate, state, earned, PLACED.toString());
    }

    /** A commission on a new order with its EARNED entry, as the commissions feature writes one. */
    private long commissionAt(long affiliate, String state, String earned, String placedAt) {
        long order = orders.incrementAndGet();
        Timestamp placed = utc(Instant.parse(placedAt));
        jdbc.update("insert into " + table("SMM_COMMISSION") + " (STORE_CODE, ORDER_ID, AFFILIATE_ID, SOURCE,"
                + " ORDER_AMOUNT, ELIGIBLE_AMOUNT, AMOUNT, CURRENCY, STATE, PLACED_AT, DUE_AT) values (?, ?, ?,"
                + " 'COOKIE', 120, 100, ?, 'CAD', ?, ?, ?)", STORE, order, affiliate, new BigDecimal(earned), state,
                placed, placed);
        long id = jdbc.queryForObject("select ID from " + table("SMM_COMMISSION") + " where STORE_CODE = ?"
                + " and ORDER_ID = ?", Long.class, STORE, order);
        entry(id, affiliate, "EARNED", earned);
        return id;
    }

    private long entry(long commission, long affiliate, String kind, String amount) {
        String key = "order:" + commission + ":" + kind + ":" + orders.incrementAndGet();
        jdbc.update("insert into " + table("SMM_COMMISSION_ENTRY") + " (STORE_CODE, COMMISSION_ID, AFFILIATE_ID,"
                + " ENTRY_KEY, KIND, AMOUNT, CURRENCY, RECORDED_AT) values (?, ?, ?, ?, ?, ?, 'CAD', ?)", STORE,
                commission, affiliate, key, kind, new BigDecimal(amount), utc(PLACED));
        return jdbc.queryForObject("select ID from " + table("SMM_COMMISSION_ENTRY") + " where ENTRY_KEY = ?",
                Long.class, key);
    }

    private List<Long> entriesOf(long commission) {
        return jdbc.queryForList("select ID from " + table("SMM_COMMISSION_ENTRY") + " where COMMISSION_ID = ?",
                Long.class, commission);
    }

    /** An earlier payout of these entries, as one recorded before. */
    private long payoutOf(long affiliate, String amount, List<Long> entries) {
        String reference = "EARLIER-" + orders.incrementAndGet();
        jdbc.update("insert into " + table("SMM_PAYOUT") + " (STORE_CODE, AFFILIATE_ID, AMOUNT, CURRENCY, REFERENCE,"
                + " RECORDED_AT) values (?, ?, ?, 'CAD', ?, ?)", STORE, affiliate, new BigDecimal(amount), reference,
                utc(PLACED));
        long payout = jdbc.queryForObject("select ID from " + table("SMM_PAYOUT") + " where REFERENCE = ?",
                Long.class, reference);
        entries.forEach(entry -> jdbc.update("insert into " + table("SMM_PAYOUT_ITEM") + " (ENTRY_ID, PAYOUT_ID)"
                + " values (?, ?)", entry, payout));
        return payout;
    }

    private void click(long affiliate, String at) {
        jdbc.update("insert into " + table("SMM_AFFILIATE_CLICK") + " (STORE_CODE, AFFILIATE_ID, TRACKING_ID,"
                + " CLICKED_AT) values (?, ?, 'tracked', ?)", STORE, affiliate, utc(Instant.parse(at)));
    }

    private String stateOf(long commission) {
        return jdbc.queryForObject("select STATE from " + table("SMM_COMMISSION") + " where ID = ?", String.class,
                commission);
    }

    private long payoutsOf(long affiliate) {
        return count("select count(*) from " + table("SMM_PAYOUT") + " where AFFILIATE_ID = " + affiliate);
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
