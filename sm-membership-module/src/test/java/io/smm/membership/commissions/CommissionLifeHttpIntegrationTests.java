package io.smm.membership.commissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.testhost.HostClient;

/**
 * A commission's whole life through the stand-in host: credited by a click's cookie, by a click naming the cart or by
 * a bound coupon at checkout, pending, approved once
 * the return window has passed, paid; canceled, refunded in full and in part before and after payout; flagged for
 * each of the affiliate's three identities; nothing for a suspended affiliate.
 */
@SpringBootTest(classes = { StandInShopApplication.class, CommissionLifeHttpIntegrationTests.MovedClock.class },
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommissionLifeHttpIntegrationTests {

    private static final String COMMISSIONS = "SALESMANAGER.SMM_COMMISSION";
    private static final String ENTRIES = "SALESMANAGER.SMM_COMMISSION_ENTRY";
    private static final String APPROVE_DUE = "/api/v1/private/membership/affiliates/commissions/approve-due";
    private static final String COOKIE = "smm_aff";

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private StandInCatalog catalog;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    @Qualifier("membershipClock")
    private MovableClock clock;

    private HostClient host;
    private String owner;
    private String suffix;
    private String sku;

    @BeforeAll
    void ownerAndProduct() {
        host = new HostClient(rest);
        owner = host.adminToken();
        suffix = String.valueOf(System.nanoTime() % 1_000_000);
        sku = "AFF-" + suffix;
        catalog.createProduct(NewProduct.sku(sku).name("Tea").price("10.00").quantity(10_000));
    }

    @AfterEach
    void clockBackToNow() {
        clock.offset = Duration.ZERO;
    }

    @Test
    void aCheckoutWithABoundCouponIsPendingUntilTheReturnWindowHasPassedThenApproved() {
        long affiliate = affiliate("pending", "ACTIVE", null, null);
        long order = guestCheckout(boundCoupon(affiliate), "shopper" + suffix + "@example.com");

        Map<String, Object> written = commissionOf(order);
        int approvedEarly = approveDue();
        String stateEarly = stateOf(order);
        clock.offset = Duration.ofDays(30).plusMinutes(1);
        int approvedLater = approveDue();

        assertThat(written).containsEntry("STATE", "PENDING").containsEntry("SOURCE", "COUPON")
                .containsEntry("AFFILIATE_ID", affiliate);
        assertThat((BigDecimal) written.get("ELIGIBLE_AMOUNT")).isEqualByComparingTo("9.00"); // 10.00 less 10 %
        assertThat((BigDecimal) written.get("AMOUNT")).isEqualByComparingTo("0.90"); // at the affiliate's 10 %
        assertThat(Duration.between(((Timestamp) written.get("PLACED_AT")).toInstant(),
                ((Timestamp) written.get("DUE_AT")).toInstant())).isEqualTo(Duration.ofDays(30));
        assertThat(entriesOf(order)).containsExactly("EARNED 0.90");
        assertThat(stateEarly).isEqualTo("PENDING");
        assertThat(approvedLater).isGreaterThan(approvedEarly);
        assertThat(stateOf(order)).isEqualTo("APPROVED");
    }

    @Test
    void aClickOnALinkCreditsTheOrderByItsCookie() {
        long affiliate = affiliate("cookie", "ACTIVE", null, null);
        String cookie = clickedCookie("/api/v1/products?aff=COOKIE" + suffix);
        String cart = cart(null);

        long order = placedId(host.send(HttpMethod.POST, "/api/v1/cart/" + cart + "/checkout",
                guestOrder("buyer-cookie" + suffix + "@example.com", "10.00"), null, cookieHeader(cookie)));

        assertThat(commissionOf(order)).containsEntry("STATE", "PENDING").containsEntry("SOURCE", "COOKIE")
                .containsEntry("AFFILIATE_ID", affiliate).containsEntry("TRACKING_ID", "cookie" + suffix);
        assertThat(entriesOf(order)).containsExactly("EARNED 1.00");
    }

    @Test
    void aClickNamingTheCartCreditsItsOrderWithoutACookie() {
        long affiliate = affiliate("cart", "ACTIVE", null, null);
        String cart = cart(null);
        clickedCookie("/api/v1/cart/" + cart + "?aff=cart" + suffix);

        long order = placedId(host.send(HttpMethod.POST, "/api/v1/cart/" + cart + "/checkout",
                guestOrder("buyer-cart" + suffix + "@example.com", "10.00"), null));

        assertThat(commissionOf(order)).containsEntry("SOURCE", "CART").containsEntry("AFFILIATE_ID", affiliate);
    }

    @Test
    void aClickOfASuspendedAffiliateCreditsNothing() {
        affiliate("suspclick", "SUSPENDED", null, null);
        String cart = cart(null);
        host.getText("/api/v1/cart/" + cart + "?aff=suspclick" + suffix, null, null);

        long order = placedId(host.send(HttpMethod.POST, "/api/v1/cart/" + cart + "/checkout",
                guestOrder("buyer-suspclick" + suffix + "@example.com", "10.00"), null));

        assertThat(count("select count(*) from " + COMMISSIONS + " where ORDER_ID = " + order)).isZero();
    }

    @Test
    void aCancelOrFullRefundBeforeApprovalReversesIt() {
        String code = boundCoupon(affiliate("reversed", "ACTIVE", null, null));
        long canceled = guestCheckout(code, "cancel" + suffix + "@example.com");
        long refunded = guestCheckout(code, "refund" + suffix + "@example.com");

        host.changeOrderStatus(canceled, "CANCELED", owner);
        host.changeOrderStatus(refunded, "REFUNDED", owner);
        host.changeOrderStatus(refunded, "CANCELED", owner);

        assertThat(stateOf(canceled)).isEqualTo("REVERSED");
        assertThat(entriesOf(canceled)).containsExactly("EARNED 0.90", "REVERSED -0.90");
        assertThat(stateOf(refunded)).isEqualTo("REVERSED");
        assertThat(entriesOf(refunded)).containsExactly("EARNED 0.90", "REVERSED -0.90");
    }

    @Test
    void aPartialRefundReducesItInProportionOnceAndApprovalKeepsTheReducedSum() {
        long order = guestCheckout(boundCoupon(affiliate("partial", "ACTIVE", null, null)),
                "buyer-partial" + suffix + "@example.com");
        Map<String, Object> refund = Map.of("amount", "4.50", "reason", "One cup broke", "key", "p-" + suffix);

        ResponseEntity<Map<String, Object>> first = host.send(HttpMethod.POST, refundsOf(order), refund, owner);
        host.send(HttpMethod.POST, refundsOf(order), refund, owner);
        clock.offset = Duration.ofDays(31);
        approveDue();

        assertThat(first.getStatusCode()).as(first.toString()).isEqualTo(HttpStatus.CREATED);
        assertThat(entriesOf(order)).containsExactly("EARNED 0.90", "REDUCED -0.45");
        assertThat(stateOf(order)).isEqualTo("APPROVED");
    }

    @Test
    void afterPayoutARefundIsNeverEditedButClawedBack() {
        String code = boundCoupon(affiliate("paid", "ACTIVE", null, null));
        long part = guestCheckout(code, "paidpart" + suffix + "@example.com");
        long whole = guestCheckout(code, "paidwhole" + suffix + "@example.com");
        jdbc.update("update " + COMMISSIONS + " set STATE = 'PAID' where ORDER_ID in (?, ?)", part, whole);

        host.send(HttpMethod.POST, refundsOf(part), Map.of("amount", "3.00", "reason", "Late", "key", "a" + suffix),
                owner);
        host.changeOrderStatus(whole, "REFUNDED", owner);

        assertThat(stateOf(part)).isEqualTo("PAID");
        assertThat(entriesOf(part)).containsExactly("EARNED 0.90", "CLAWBACK -0.30");
        assertThat(stateOf(whole)).isEqualTo("PAID");
        assertThat(entriesOf(whole)).containsExactly("EARNED 0.90", "CLAWBACK -0.90");
    }

    @Test
    void theAffiliatesOwnAccountEmailOrPayoutEmailIsFlaggedAndEarnsNothing() {
        String email = host.registerCustomer("selfacct");
        String token = host.customerToken(email);
        long customerId = ((Number) host.get("/api/v1/auth/membership", token).getBody().get("customerId"))
                .longValue();
        String byAccount = boundCoupon(affiliate("selfacct", "ACTIVE", customerId, null));
        String byEmail = boundCoupon(affiliate("selfmail", "ACTIVE", null, null));
        String byPayout = boundCoupon(affiliate("selfpay", "ACTIVE", null, "payout-selfpay" + suffix
                + "@example.com"));

        long ownAccount = customerCheckout(byAccount, token);
        long ownEmail = guestCheckout(byEmail, "SelfMail" + suffix + "@Example.COM");
        long ownPayout = guestCheckout(byPayout, "PAYOUT-selfpay" + suffix + "@example.com");

        assertThat(flagOf(ownAccount)).isEqualTo("FLAGGED SELF_ACCOUNT 0");
        assertThat(flagOf(ownEmail)).isEqualTo("FLAGGED SELF_EMAIL 0");
        assertThat(flagOf(ownPayout)).isEqualTo("FLAGGED SELF_PAYOUT_EMAIL 0");
        clock.offset = Duration.ofDays(31);
        approveDue();
        assertThat(stateOf(ownEmail)).isEqualTo("FLAGGED");
    }

    @Test
    void aSuspendedAffiliateEarnsNothing() {
        long order = guestCheckout(boundCoupon(affiliate("suspended", "SUSPENDED", null, null)),
                "buyer-suspended" + suffix + "@example.com");

        assertThat(count("select count(*) from " + COMMISSIONS + " where ORDER_ID = " + order)).isZero();
    }

    private int approveDue() {
        ResponseEntity<Map<String, Object>> approved = host.send(HttpMethod.POST, APPROVE_DUE, null, owner);
        assertThat(approved.getStatusCode()).as(approved.toString()).isEqualTo(HttpStatus.OK);
        return ((Number) approved.getBody().get("approved")).intValue();
    }

    /** An affiliate at 10 %, written as the registry would; its id. */
    private long affiliate(String name, String status, Long customerId, String payoutEmail) {
        String email = name + suffix + "@example.com";
        jdbc.update("insert into SALESMANAGER.SMM_AFFILIATE (STORE_CODE, CUSTOMER_ID, NAME, EMAIL, STATUS, RATE,"
                + " PAYOUT_EMAIL, CREATED_AT, VERSION) values ('DEFAULT', ?, ?, ?, ?, 10, ?, ?, 0)", customerId, name,
                email, status, payoutEmail, Timestamp.from(Instant.now()));
        long id = jdbc.queryForObject("select ID from SALESMANAGER.SMM_AFFILIATE where EMAIL = ?", Long.class, email);
        jdbc.update("insert into SALESMANAGER.SMM_AFFILIATE_TRACKING_ID (STORE_CODE, TRACKING_ID, AFFILIATE_ID,"
                + " IN_USE, CREATED_AT) values ('DEFAULT', ?, ?, true, ?)", name + suffix, id,
                Timestamp.from(Instant.now()));
        return id;
    }

    /** A coupon for 10 % off, guests allowed, bound to the affiliate; its code. */
    private String boundCoupon(long affiliate) {
        Map<String, Object> body = new HashMap<>(Map.of("code", "AFF" + affiliate + "X" + suffix, "name", "Aff",
                "kind", "PERCENT", "value", "10", "guestsAllowed", true));
        ResponseEntity<Map<String, Object>> created = host.send(HttpMethod.POST, "/api/v1/private/membership/coupons",
                body, owner);
        assertThat(created.getStatusCode()).as(created.toString()).isEqualTo(HttpStatus.CREATED);
        String code = (String) created.getBody().get("code");
        long couponId = jdbc.queryForObject("select ID from SALESMANAGER.SMM_COUPON where CODE = ?", Long.class, code);
        jdbc.update("insert into SALESMANAGER.SMM_AFFILIATE_COUPON (COUPON_ID, STORE_CODE, AFFILIATE_ID, BOUND_AT)"
                + " values (?, 'DEFAULT', ?, ?)", couponId, affiliate, Timestamp.from(Instant.now()));
        return code;
    }

    private long guestCheckout(String code, String email) {
        return placedId(host.send(HttpMethod.POST, "/api/v1/cart/" + cartWith(code, null) + "/checkout",
                guestOrder(email, "9.00"), null));
    }

    private static Map<String, Object> guestOrder(String email, String amount) {
        return Map.of("customer", Map.of("emailAddress", email, "billing", Map.of("firstName", "Ann", "lastName",
                "Lee")), "payment", Map.of("paymentType", "MONEYORDER", "transactionType", "CAPTURE",
                "paymentModule", "moneyorder", "amount", amount));
    }

    /** Follows a link with {@code ?aff=}: the tracking cookie it set, as {@code name=value}. */
    private String clickedCookie(String path) {
        List<String> set = host.getText(path, null, null).getHeaders().get(HttpHeaders.SET_COOKIE);
        assertThat(set).as(path).anySatisfy(cookie -> assertThat(cookie).startsWith(COOKIE + "="));
        return set.stream().filter(cookie -> cookie.startsWith(COOKIE + "=")).findFirst().orElseThrow()
                .split(";")[0];
    }

    private static HttpHeaders cookieHeader(String cookie) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookie);
        return headers;
    }

    private long customerCheckout(String code, String token) {
        return placedId(host.checkout(cartWith(code, token), "9.00", token));
    }

    private String cart(String token) {
        return (String) host.send(HttpMethod.POST, "/api/v1/cart", Map.of("product", sku, "quantity", 1), token)
                .getBody().get("code");
    }

    private String cartWith(String code, String token) {
        String cart = cart(token);
        ResponseEntity<Map<String, Object>> applied = host.send(HttpMethod.POST, "/api/v1/cart/" + cart + "/promo/"
                + code, null, token);
        assertThat(applied.getStatusCode()).as(applied.toString()).isEqualTo(HttpStatus.CREATED);
        return cart;
    }

    private static long placedId(ResponseEntity<Map<String, Object>> placed) {
        assertThat(placed.getStatusCode()).as(placed.toString()).isEqualTo(HttpStatus.OK);
        return ((Number) placed.getBody().get("id")).longValue();
    }

    private static String refundsOf(long order) {
        return "/api/v1/private/membership/orders/" + order + "/refunds";
    }

    private Map<String, Object> commissionOf(long order) {
        return jdbc.queryForMap("select * from " + COMMISSIONS + " where ORDER_ID = ?", order);
    }

    private String stateOf(long order) {
        return jdbc.queryForObject("select STATE from " + COMMISSIONS + " where ORDER_ID = ?", String.class, order);
    }

    private String flagOf(long order) {
        Map<String, Object> commission = commissionOf(order);
        return commission.get("STATE") + " " + commission.get("FLAG") + " "
                + ((BigDecimal) commission.get("AMOUNT")).stripTrailingZeros().toPlainString();
    }

    /** The order's commission entries, first first, as "KIND amount" at two decimals. */
    private List<String> entriesOf(long order) {
        return jdbc.query("select e.KIND, e.AMOUNT from " + ENTRIES + " e join " + COMMISSIONS + " c on c.ID ="
                + " e.COMMISSION_ID where c.ORDER_ID = ? order by e.ID", (row, i) -> row.getString(1) + " "
                + row.getBigDecimal(2).setScale(2).toPlainString(), order);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class MovedClock {

        @Bean
        MovableClock membershipClock() {
            return new MovableClock();
        }
    }

    /** The membership clock: now, moved ahead by the test to let a return window pass. */
    static final class MovableClock extends Clock {

        volatile Duration offset = Duration.ZERO;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
