package io.smm.membership.testhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.harness.order.StandInPayments;

/**
 * Concurrent checkouts of one coupon through a stand-in host's HTTP checkouts, and what came of them: orders placed,
 * checkouts refused and why, the coupon's use count, its ledger rows, the orders that carry its discount, and how
 * long the checkouts took. Carts are filled and given the coupon first, one after the other; then every checkout
 * starts at once.
 */
public final class CouponCheckoutRace {

    private static final String COUPONS = "/api/v1/private/membership/coupons";
    private static final String FULL_TOTAL = "10.00";
    private static final String DISCOUNTED_TOTAL = "9.00";

    private final StandInHost host;
    private final HostClient client;
    private final JdbcTemplate database;
    private final String owner;
    private final String sku;
    private final StandInPayments payments;

    public CouponCheckoutRace(StandInHost host) {
        this.host = host;
        this.client = host.client();
        this.database = new JdbcTemplate(host.context().getBean("dataSource", DataSource.class));
        this.owner = client.adminToken();
        this.payments = host.context().getBean(StandInPayments.class);
        this.sku = "RACE-" + System.nanoTime();
        host.context().getBean(StandInCatalog.class).createProduct(NewProduct.sku(sku).name("Race tea").price("10.00")
                .quantity(1_000_000));
    }

    /** What the checkouts came to. */
    public static final class Outcome {

        public final String code;
        public final int placed;
        public final int usedUp;
        public final int usedByYou;
        public final List<String> otherAnswers;
        public final long uses;
        public final long ledgerRows;
        /** Uses still held by checkouts that have not ended. */
        public final long holds;
        public final long discountedOrders;
        public final long payments;
        /** From the moment every checkout was let go to the last answer; zero when no race was run. */
        public final Duration took;

        Outcome(String code, List<ResponseEntity<Map<String, Object>>> answers, long uses, long ledgerRows,
                long holds, long discountedOrders, long payments, Duration took) {
            this.holds = holds;
            this.code = code;
            this.placed = count(answers, HttpStatus.OK, null);
            this.usedUp = count(answers, HttpStatus.CONFLICT, "membership.coupon.refused.used-up");
            this.usedByYou = count(answers, HttpStatus.CONFLICT, "membership.coupon.refused.used-by-you");
            this.otherAnswers = answers.stream().filter(answer -> answer.getStatusCode() != HttpStatus.OK
                    && answer.getStatusCode() != HttpStatus.CONFLICT).map(String::valueOf)
                    .collect(Collectors.toList());
            this.uses = uses;
            this.ledgerRows = ledgerRows;
            this.discountedOrders = discountedOrders;
            this.payments = payments;
            this.took = took;
        }

        private static int count(List<ResponseEntity<Map<String, Object>>> answers, HttpStatus status, String code) {
            return (int) answers.stream().filter(answer -> answer.getStatusCode() == status)
                    .filter(answer -> code == null || answer.getBody() != null && code.equals(answer.getBody()
                            .get("code")))
                    .count();
        }

        /**
         * Exactly {@code limit} discounted orders placed, counted and paid, every other of the {@code checkouts}
         * refused as used up, uncharged, and no use left held.
         */
        public void assertLimitHeldExactly(int limit, int checkouts) {
            assertThat(otherAnswers).as(toString()).isEmpty();
            assertThat(placed).as(toString()).isEqualTo(limit);
            assertThat(usedUp).as(toString()).isEqualTo(checkouts - limit);
            assertThat(uses).isEqualTo(limit);
            assertThat(ledgerRows).isEqualTo(limit);
            assertThat(holds).isZero();
            assertThat(discountedOrders).isEqualTo(limit);
            assertThat(payments).as("no refused checkout is charged").isEqualTo(limit);
        }

        @Override
        public String toString() {
            return "placed " + placed + ", refused used up " + usedUp + ", refused used by you " + usedByYou
                    + ", other answers " + otherAnswers.size() + "; uses " + uses + ", ledger rows " + ledgerRows
                    + ", holds " + holds + ", discounted orders " + discountedOrders + ", payments taken " + payments
                    + ", in " + took.toMillis() + " ms";
        }
    }

    /** {@code checkouts} guests, each with a cart and an e-mail address of their own, race for {@code limit} uses. */
    public Outcome guestsRaceForTheTotalLimit(int checkouts, int limit, int threads) {
        return guestsRaceForTheTotalLimit(checkouts, limit, threads, List.of(host));
    }

    /**
     * As {@link #guestsRaceForTheTotalLimit(int, int, int)}, the checkouts dealt in turn to {@code nodes}, hosts on
     * this host's database, as a load balancer deals them; payments are counted on every node.
     */
    public Outcome guestsRaceForTheTotalLimit(int checkouts, int limit, int threads, List<StandInHost> nodes) {
        String code = coupon(Map.of("guestsAllowed", true, "totalLimit", limit));
        List<String> carts = carts(checkouts, code, null);
        long paid = paymentsTaken(nodes);
        Raced raced = race(threads, checkouts, i -> nodes.get(i % nodes.size()).client().send(HttpMethod.POST,
                "/api/v1/cart/" + carts.get(i) + "/checkout", guestOrder("racer" + i + "-" + code.toLowerCase()
                        + "@example.com"), null));
        return counted(code, raced, paymentsTaken(nodes) - paid);
    }

    /** The same checkouts as {@link #guestsRaceForTheTotalLimit} without a coupon: the baseline for its time. */
    public Outcome guestsCheckOutWithoutCoupon(int checkouts, int threads) {
        String run = "plain" + System.nanoTime();
        List<String> carts = IntStream.range(0, checkouts).mapToObj(i -> cart()).collect(Collectors.toList());
        long paid = payments.taken();
        Raced raced = race(threads, checkouts, i -> client.send(HttpMethod.POST,
                "/api/v1/cart/" + carts.get(i) + "/checkout", guestOrder("racer" + i + "-" + run + "@example.com",
                        FULL_TOTAL), null));
        return new Outcome(null, raced.answers, 0, 0, 0, 0, payments.taken() - paid, raced.took);
    }

    /** One customer checks out {@code checkouts} carts at once with a coupon each customer may use once. */
    public Outcome oneCustomerRacesForTheirOneUse(int checkouts, int threads) {
        String code = coupon(Map.of("perShopperLimit", 1));
        String email = "racer-" + code.toLowerCase() + "@example.com";
        host.context().getBean(StandInCatalog.class).createCustomer(email, HostClient.CUSTOMER_PASSWORD, "Race",
                "Runner");
        String token = client.customerToken(email);
        List<String> carts = carts(checkouts, code, token);
        long paid = payments.taken();
        Raced raced = race(threads, checkouts, i -> client.checkout(carts.get(i), DISCOUNTED_TOTAL, token));
        return counted(code, raced, payments.taken() - paid);
    }

    /** A coupon for 10 % off, with these terms. */
    public String coupon(Map<String, Object> terms) {
        Map<String, Object> body = new HashMap<>(terms);
        body.put("code", "RACE" + System.nanoTime());
        body.put("name", "Race");
        body.put("kind", "PERCENT");
        body.put("value", "10");
        ResponseEntity<Map<String, Object>> created = client.send(HttpMethod.POST, COUPONS, body, owner);
        if (created.getStatusCode() != HttpStatus.CREATED) {
            throw new IllegalStateException("coupon not created: " + created);
        }
        return (String) created.getBody().get("code");
    }

    /** A cart of one tea with the coupon applied, as a guest or as the customer of {@code token}. */
    public String cartWith(String code, String token) {
        String cart = cart();
        ResponseEntity<Map<String, Object>> applied = client.send(HttpMethod.POST,
                "/api/v1/cart/" + cart + "/promo/" + code, null, token);
        if (applied.getStatusCode() != HttpStatus.CREATED) {
            throw new IllegalStateException("coupon not applied: " + applied);
        }
        return cart;
    }

    /** A guest checkout's body, paying the discounted total by money order. */
    public static Map<String, Object> guestOrder(String email) {
        return guestOrder(email, DISCOUNTED_TOTAL);
    }

    /** A guest checkout's body, paying {@code amount} by money order. */
    public static Map<String, Object> guestOrder(String email, String amount) {
        return Map.of("customer", Map.of("emailAddress", email, "billing", Map.of("firstName", "Race", "lastName",
                "Runner")), "payment", Map.of("paymentType", "MONEYORDER", "transactionType", "CAPTURE",
                        "paymentModule", "moneyorder", "amount", amount));
    }

    /**
     * The coupon's use count, its ledger rows and the orders carrying its discount, read from the database, and the
     * payments taken since {@code paidBefore} were.
     */
    public Outcome outcome(String code, long paidBefore, List<ResponseEntity<Map<String, Object>>> answers) {
        return counted(code, new Raced(answers, Duration.ZERO), payments.taken() - paidBefore);
    }

    private Outcome counted(String code, Raced raced, long paid) {
        return new Outcome(code, raced.answers,
                database.queryForObject("select USES from SALESMANAGER.SMM_COUPON where CODE = ?", Long.class, code),
                database.queryForObject("select count(*) from SALESMANAGER.SMM_COUPON_REDEMPTION r join"
                        + " SALESMANAGER.SMM_COUPON c on c.ID = r.COUPON_ID where c.CODE = ?", Long.class, code),
                database.queryForObject("select count(*) from SALESMANAGER.SMM_COUPON_HOLD h join"
                        + " SALESMANAGER.SMM_COUPON c on c.ID = h.COUPON_ID where c.CODE = ?", Long.class, code),
                database.queryForObject("select count(distinct ORDER_ID) from SALESMANAGER.ORDER_TOTAL"
                        + " where MODULE = 'membership-coupon' and TITLE = ?", Long.class, code),
                paid, raced.took);
    }

    private static long paymentsTaken(List<StandInHost> nodes) {
        return nodes.stream().mapToLong(node -> node.context().getBean(StandInPayments.class).taken()).sum();
    }

    private String cart() {
        return (String) client.send(HttpMethod.POST, "/api/v1/cart", Map.of("product", sku, "quantity", 1), null)
                .getBody().get("code");
    }

    private List<String> carts(int count, String code, String token) {
        return IntStream.range(0, count).mapToObj(i -> cartWith(code, token)).collect(Collectors.toList());
    }

    private static Raced race(int threads, int count,
            IntFunction<ResponseEntity<Map<String, Object>>> checkout) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ResponseEntity<Map<String, Object>>>> running = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                running.add(pool.submit(() -> {
                    start.await();
                    return checkout.apply(index);
                }));
            }
            long started = System.nanoTime();
            start.countDown();
            List<ResponseEntity<Map<String, Object>>> answers = new ArrayList<>();
            for (Future<ResponseEntity<Map<String, Object>>> answer : running) {
                answers.add(answer.get());
            }
            return new Raced(answers, Duration.ofNanos(System.nanoTime() - started));
        } catch (Exception e) {
            throw new IllegalStateException("The race did not finish", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The answers of a race and how long it took. */
    private static final class Raced {

        final List<ResponseEntity<Map<String, Object>>> answers;
        final Duration took;

        Raced(List<ResponseEntity<Map<String, Object>>> answers, Duration took) {
            this.answers = answers;
            this.took = took;
        }
    }
}
