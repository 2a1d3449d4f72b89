package io.smm.membership.commissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.membership.affiliates.AffiliateCard;
import io.smm.membership.affiliates.AffiliateProperties;
import io.smm.membership.affiliates.AffiliateStatus;
import io.smm.membership.affiliates.Attribution;
import io.smm.membership.checkout.CartContents;
import io.smm.membership.checkout.Checkout;
import io.smm.membership.checkout.CheckoutCart;
import io.smm.membership.checkout.CheckoutLine;
import io.smm.membership.checkout.OrderGiveBack;
import io.smm.membership.checkout.PlacedOrder;
import io.smm.membership.identity.Shopper;
import io.smm.membership.orders.OrderFacts;
import io.smm.membership.testdb.DatabaseContract;

/**
 * Commissions on every database the host runs on, under concurrency: one commission however many times its order,
 * or orders of its cart, are confirmed at once (the others refused), and a refund racing the approval job ends in one final state with every entry kept.
 */
abstract class CommissionsDatabaseContract extends DatabaseContract {

    private static final Currency CAD = Currency.getInstance("CAD");
    private static final AtomicLong ORDERS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 1000);

    private CommissionParticipant participant;
    private CommissionApproval approval;
    private TransactionTemplate inTransaction;

    @Override
    protected Class<?>[] moreConfiguration() {
        return new Class<?>[] { CommissionsWiring.class };
    }

    @BeforeAll
    void commissionBeans() {
        participant = context.getBean(CommissionParticipant.class);
        approval = context.getBean(CommissionApproval.class);
        inTransaction = new TransactionTemplate(context.getBean("transactionManager",
                PlatformTransactionManager.class));
    }

    @Test
    void anOrderConfirmedManyTimesAtOnceHasOneCommissionAndOneEarnedEntry() throws Exception {
        OrderFacts order = order(Instant.now());
        CommissionQuote quote = quote();

        List<Optional<Boolean>> outcomes = race(i -> confirm(quote, order, "once-" + i + "-" + order.orderId()));

        assertThat(outcomes.stream().filter(Optional::isPresent).count()).as("refused as placed twice").isEqualTo(1);
        assertThat(commissionsOf(order)).isEqualTo(1);
        assertThat(count("select count(*) from " + table("SMM_COMMISSION_ENTRY") + " where ENTRY_KEY = 'order:"
                + order.orderId() + ":earned'")).isEqualTo(1);
    }

    @Test
    void oneCartCheckedOutManyTimesAtOnceEarnsOneCommission() throws Exception {
        List<OrderFacts> orders = IntStream.range(0, THREADS).mapToObj(i -> order(Instant.now()))
                .collect(Collectors.toList());
        String cart = "twice-" + orders.get(0).orderId();
        CommissionQuote quote = quote();

        race(i -> confirm(quote, orders.get(i), cart)); // each placed, or refused when it lost to another at once
        boolean againLater = confirm(quote, order(Instant.now()), cart);

        assertThat(count("select count(*) from " + table("SMM_COMMISSION") + " where CART_CODE = '" + cart + "'"))
                .isEqualTo(1);
        assertThat(againLater).as("a later order of the cart is placed, without a commission").isTrue();
        assertThat(count("select count(*) from " + table("SMM_COMMISSION") + " where CART_CODE = '" + cart + "'"))
                .isEqualTo(1);
    }

    @Test
    void ordersRefundedInFullWhileTheJobApprovesThemEndReversedAtZeroAndTheOthersApproved() throws Exception {
        List<OrderFacts> orders = dueOrders(THREADS * 30);

        race(i -> i == 0 ? approval.approveDue(null, Instant.now()) >= 0 : giveBack(OrderGiveBack.whole(
                orders.get(i * 30), OrderGiveBack.Kind.REFUNDED)));

        for (int i = 0; i < orders.size(); i++) {
            boolean refunded = i % 30 == 0 && i > 0;
            assertThat(stateOf(orders.get(i))).as("order " + i).isEqualTo(refunded ? "REVERSED" : "APPROVED");
            assertThat(sumOf(orders.get(i))).as("order " + i).isEqualByComparingTo(refunded ? "0" : "5.00");
            assertThat(entriesOf(orders.get(i))).as("order " + i).isEqualTo(refunded ? 2 : 1);
        }
    }

    @Test
    void ordersRefundedInPartWhileTheJobApprovesThemEndApprovedWithTheReducedSum() throws Exception {
        List<OrderFacts> orders = dueOrders(THREADS * 30);

        race(i -> i == 0 ? approval.approveDue(null, Instant.now()) >= 0 : giveBack(OrderGiveBack.partial(
                orders.get(i * 30), new BigDecimal("40.00"), orders.get(i * 30).total(), "part-" + i)));

        for (int i = 0; i < orders.size(); i++) {
            boolean refunded = i % 30 == 0 && i > 0;
            assertThat(stateOf(orders.get(i))).as("order " + i).isEqualTo("APPROVED");
            // 5.00 × 40.00 / 113.00 = 1.77
            assertThat(sumOf(orders.get(i))).as("order " + i).isEqualByComparingTo(refunded ? "3.23" : "5.00");
        }
    }

    @Test
    void theSameRefundReplayedAtOnceIsTakenOnce() throws Exception {
        OrderFacts order = dueOrders(1).get(0);

        race(i -> giveBack(OrderGiveBack.partial(order, new BigDecimal("40.00"), order.total(), "once")));

        assertThat(entriesOf(order)).isEqualTo(2);
        assertThat(sumOf(order)).isEqualByComparingTo("3.23");
    }

    @Test
    void aFullRefundAfterPayoutLeavesItPaidWithAClawbackOfWhatRemains() {
        OrderFacts order = dueOrders(1).get(0);
        giveBack(OrderGiveBack.partial(order, new BigDecimal("40.00"), order.total(), "before"));
        jdbc.update("update " + table("SMM_COMMISSION") + " set STATE = 'PAID' where ORDER_ID = ?", order.orderId());

        giveBack(OrderGiveBack.whole(order, OrderGiveBack.Kind.REFUNDED));
        giveBack(OrderGiveBack.whole(order, OrderGiveBack.Kind.CANCELED));

        assertThat(stateOf(order)).isEqualTo("PAID");
        assertThat(sumOf(order)).isEqualByComparingTo("0");
        assertThat(count("select count(*) from " + table("SMM_COMMISSION_ENTRY") + " e join "
                + table("SMM_COMMISSION") + " c on c.ID = e.COMMISSION_ID where e.KIND = 'CLAWBACK' and c.ORDER_ID = "
                + order.orderId())).isEqualTo(1);
    }

    @Test
    void theJobApprovesOnlyWhatIsDueAndNothingTwice() {
        OrderFacts due = dueOrders(1).get(0);
        OrderFacts recent = order(Instant.now());
        confirm(quote(), recent, "cart-" + recent.orderId());

        approval.approveDue(null, Instant.now());
        int again = approval.approveDue(null, Instant.now());

        assertThat(stateOf(due)).isEqualTo("APPROVED");
        assertThat(stateOf(recent)).isEqualTo("PENDING");
        assertThat(again).isZero();
    }

    @Test
    void anOwnersApprovalApprovesTheirStoresCommissionsOnly() {
        OrderFacts due = dueOrders(1).get(0);

        int ofAnother = approval.approveDue("ANOTHER", Instant.now());
        String untouched = stateOf(due);
        approval.approveDue(STORE, Instant.now());

        assertThat(ofAnother).isZero();
        assertThat(untouched).isEqualTo("PENDING");
        assertThat(stateOf(due)).isEqualTo("APPROVED");
    }

    @Test
    void theJobLeavesItsWorkToTheNodeHoldingItsLease() {
        OrderFacts due = dueOrders(1).get(0);
        String lease = "update " + table("SMM_JOB_LEASE") + " set LEASE_OWNER = ?, LEASE_UNTIL = ? where JOB = ?";
        jdbc.update(lease, "another-node", Timestamp.from(Instant.now().plus(Duration.ofDays(1))),
                CommissionApproval.JOB);
        int approved;
        try {
            approved = approval.approveDue(null, Instant.now());
        } finally {
            jdbc.update(lease, null, null, CommissionApproval.JOB);
        }

        assertThat(approved).isEqualTo(-1);
        assertThat(stateOf(due)).isEqualTo("PENDING");
    }

    /** Orders placed 31 days ago, each with its commission of 5.00 (100.00 eligible at the default 5 %). */
    private List<OrderFacts> dueOrders(int count) {
        Instant placed = Instant.now().minus(Duration.ofDays(31));
        List<OrderFacts> orders = IntStream.range(0, count).mapToObj(i -> order(placed)).collect(Collectors.toList());
        CommissionQuote quote = quote();
        orders.forEach(order -> confirm(quote, order, "cart-" + order.orderId()));
        return orders;
    }

    /** Confirms the order of the cart in a transaction of its own, as the host's order transaction would. */
    private boolean confirm(CommissionQuote quote, OrderFacts order, String cartCode) {
        Checkout checkout = new Checkout(() -> Shopper.guest(STORE));
        CheckoutCart cart = checkout.cart(cartCode, STORE, "CAD");
        inTransaction.executeWithoutResult(status -> participant.confirm(checkout, cart, quote,
                new PlacedOrder(order, List.of())));
        return true;
    }

    private boolean giveBack(OrderGiveBack giveBack) {
        inTransaction.executeWithoutResult(status -> participant.giveBack(giveBack));
        return true;
    }

    private static CommissionQuote quote() {
        AffiliateCard affiliate = new AffiliateCard(1L, STORE, "Ann", "ann@example.com", null, AffiliateStatus.ACTIVE,
                "ann", null, Map.of(), null);
        return new CommissionQuote(Attribution.ofCoupon(affiliate), new CartContents(STORE, CAD,
                List.of(new CheckoutLine(5L, Set.of(), new BigDecimal("100.00"), 1)), null, "shopper@example.com"));
    }

    private static OrderFacts order(Instant placedAt) {
        return new OrderFacts(ORDERS.incrementAndGet(), 7L, STORE, placedAt, "ORDERED", new BigDecimal("113.00"),
                new BigDecimal("8.00"), new BigDecimal("5.00"), CAD);
    }

    private long commissionsOf(OrderFacts order) {
        return count("select count(*) from " + table("SMM_COMMISSION") + " where ORDER_ID = " + order.orderId());
    }

    private String stateOf(OrderFacts order) {
        return jdbc.queryForObject("select STATE from " + table("SMM_COMMISSION") + " where ORDER_ID = ?",
                String.class, order.orderId());
    }

    private BigDecimal sumOf(OrderFacts order) {
        return jdbc.queryForObject("select coalesce(sum(e.AMOUNT), 0) from " + table("SMM_COMMISSION_ENTRY") + " e join "
                + table("SMM_COMMISSION") + " c on c.ID = e.COMMISSION_ID where c.ORDER_ID = ?", BigDecimal.class,
                order.orderId());
    }

    private long entriesOf(OrderFacts order) {
        return count("select count(*) from " + table("SMM_COMMISSION_ENTRY") + " e join " + table("SMM_COMMISSION")
                + " c on c.ID = e.COMMISSION_ID where c.ORDER_ID = " + order.orderId());
    }

    /** Commissions with one active affiliate in memory, instead of the affiliates' own beans. */
    @Configuration(proxyBeanMethods = false)
    @Import(CommissionsConfiguration.class)
    static class CommissionsWiring {

        @Bean
        FakeAffiliates affiliates() {
            return new FakeAffiliates().with(new AffiliateCard(1L, STORE, "Ann", "ann@example.com", 42L,
                    AffiliateStatus.ACTIVE, "ann", null, Map.of(), null));
        }

        @Bean
        AffiliateProperties affiliateProperties() {
            AffiliateProperties properties = new AffiliateProperties();
            properties.setApprovalBatchSize(10);
            return properties;
        }
    }
}
