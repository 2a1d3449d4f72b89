package io.smm.membership.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.harness.order.StandInFaults;
import io.smm.harness.order.StandInPayments;
import io.smm.membership.jobs.HoldSweeper;
import io.smm.membership.testhost.HostClient;
import io.smm.membership.testhost.LogCapture;

/**
 * Points at the stand-in host's till: chosen for a cart through our JSON, shown as the host's discount lines, taken
 * from the balance with the order, refused with the reason and nothing kept, put back when the checkout fails, and
 * returned when the order is refunded.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PointsTillHttpIntegrationTests {

    private static final String STORE = "DEFAULT";

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private StandInCatalog catalog;

    @Autowired
    private StandInFaults faults;

    @Autowired
    private StandInPayments payments;

    @Autowired
    private PointsLedger ledger;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private HoldSweeper sweeper;

    private HostClient host;
    private String owner;
    private String suffix;
    private String sku;

    @BeforeAll
    void ownerProductAndPointsOn() {
        host = new HostClient(rest);
        owner = host.adminToken();
        suffix = String.valueOf(System.nanoTime() % 1_000_000);
        sku = "PTS-" + suffix;
        catalog.createProduct(NewProduct.sku(sku).name("Tea").price("10.00").quantity(1_000));
        points(true);
    }

    @Test
    void aCartPaidInPartWithPointsTakesThemFromTheBalanceAndShowsTheDiscountOnTheOrder() {
        Member member = member("paid", 2000);
        String cart = cart(2);

        ResponseEntity<Map<String, Object>> chosen = choose(cart, 500, member);
        Map<String, Object> shown = host.get(pointsOf(cart), member.token).getBody();
        ResponseEntity<Map<String, Object>> placed = host.checkout(cart, "15.00", member.token);

        assertThat(chosen.getStatusCode()).as(chosen.toString()).isEqualTo(HttpStatus.OK);
        assertThat(chosen.getBody()).containsEntry("points", 500).containsEntry("balance", 2000)
                .containsEntry("max", 1000);
        assertThat(new BigDecimal(chosen.getBody().get("discount").toString())).isEqualByComparingTo("5.00");
        assertThat(shown).isEqualTo(chosen.getBody());
        assertThat(placed.getStatusCode()).as(placed.toString()).isEqualTo(HttpStatus.OK);
        assertThat(usable(member)).isEqualTo(1500);
        assertThat(ledger.account(STORE, member.customerId).pending()).isEqualTo(15); // earned on 15.00, pending
        assertThat(pointsLines(((Number) placed.getBody().get("id")).longValue()))
                .containsExactly(new BigDecimal("5.00"));
        assertThat(pointsTitles(((Number) placed.getBody().get("id")).longValue())).containsExactly("500 points");
        assertThat(host.get(pointsOf(cart(1)), member.token).getBody()).containsEntry("points", 0)
                .containsEntry("balance", 1500);
        assertThat(history(member)).extracting(item -> item.get("kind"), item -> item.get("points"),
                item -> item.get("orderId")).startsWith(tuple("EARN", 15, placed.getBody().get("id")),
                        tuple("REDEEM", -500, placed.getBody().get("id")));
    }

    /** The shopper's points history as their JSON shows it, latest first. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> history(Member member) {
        return (List<Map<String, Object>>) ((Map<String, Object>) host.get("/api/v1/auth/membership/points",
                member.token).getBody().get("history")).get("items");
    }

    @Test
    void pointsPayTheStoresShareOfWhatIsLeftAfterTheCoupon() {
        Member member = member("coupon", 2000);
        String cart = cart(2);
        Map<String, Object> coupon = Map.of("code", "PTS" + suffix, "name", "Ten", "kind", "PERCENT", "value", "10");
        assertThat(host.send(HttpMethod.POST, "/api/v1/private/membership/coupons", coupon, owner).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        host.send(HttpMethod.POST, "/api/v1/cart/" + cart + "/promo/PTS" + suffix, null, member.token);

        // 20.00 less the coupon's 2.00: points pay at most half of 18.00
        ResponseEntity<Map<String, Object>> tooMany = choose(cart, 901, member);
        ResponseEntity<Map<String, Object>> most = choose(cart, 900, member);
        ResponseEntity<Map<String, Object>> placed = host.checkout(cart, "9.00", member.token);

        assertThat(tooMany.getBody()).containsEntry("code", "membership.points.refused.share");
        assertThat(most.getBody()).containsEntry("max", 900);
        assertThat(placed.getStatusCode()).as(placed.toString()).isEqualTo(HttpStatus.OK);
        assertThat(usable(member)).isEqualTo(1100);
    }

    @Test
    void refusesPointsTheCartCannotTakeWithTheReasonAndKeepsTheChoiceAsItWas() {
        Member member = member("refused", 1000);
        String cart = cart(1);
        choose(cart, 200, member);

        // 50 % of 10.00 is 500 points
        Map<Long, String> reasons = Map.of(1001L, "balance", 99L, "minimum", 501L, "share");
        reasons.forEach((points, reason) -> {
            ResponseEntity<Map<String, Object>> refused = choose(cart, points, member);
            assertThat(refused.getStatusCode()).as(reason).isEqualTo(HttpStatus.CONFLICT);
            assertThat(refused.getBody()).as(reason).containsEntry("code", "membership.points.refused." + reason);
        });

        assertThat(host.get(pointsOf(cart), member.token).getBody()).containsEntry("points", 200)
                .containsEntry("max", 500);
        assertThat(usable(member)).isEqualTo(1000);
    }

    @Test
    void answersTheRefusalInTheShoppersLanguageABadNumberAsA400AndAnUnknownCartAsA404() {
        Member member = member("language", 100);
        String cart = cart(1);
        HttpHeaders chinese = new HttpHeaders();
        chinese.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-TW");

        ResponseEntity<Map<String, Object>> refused = host.send(HttpMethod.PUT, pointsOf(cart),
                Map.of("points", 1000), member.token, chinese);
        ResponseEntity<Map<String, Object>> negative = choose(cart, -1, member);
        ResponseEntity<Map<String, Object>> unknown = choose("no-such-cart", 100, member);

        assertThat(refused.getBody()).containsEntry("detail", "您的點數不足以折抵這麼多。");
        assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(HostClient.violationFields(negative)).containsExactly("points");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(host.get(pointsOf("no-such-cart"), member.token).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void titlesThePointsLinesInTheShoppersLanguage() {
        Member member = member("titled", 3000);
        Map<String, String> titles = Map.of("zh-TW", "1,000 點", "zh-CN", "1,000 积分", "en", "1,000 points");
        titles.forEach((language, title) -> {
            String cart = cart(2);
            choose(cart, 1000, member);
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);

            ResponseEntity<Map<String, Object>> placed = host.send(HttpMethod.POST, "/api/v1/auth/cart/" + cart
                    + "/checkout", Map.of("payment", Map.of("paymentType", "MONEYORDER", "transactionType", "CAPTURE",
                            "paymentModule", "moneyorder", "amount", "10.00")), member.token, headers);

            assertThat(placed.getStatusCode()).as(placed.toString()).isEqualTo(HttpStatus.OK);
            assertThat(pointsTitles(((Number) placed.getBody().get("id")).longValue())).as(language)
                    .containsOnly(title);
        });
    }

    @Test
    void refusesPointsForAStoreWhosePointsAreOffAndForACartWithoutItemsInTheShoppersLanguage() {
        Member member = member("nowhere", 1000);
        String emptied = cart(1);
        host.send(HttpMethod.PUT, "/api/v1/cart/" + emptied, Map.of("product", sku, "quantity", 0), null);
        HttpHeaders chinese = new HttpHeaders();
        chinese.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
        String cart = cart(1);

        ResponseEntity<Map<String, Object>> empty = choose(emptied, 100, member);
        ResponseEntity<Map<String, Object>> emptyInChinese = host.send(HttpMethod.PUT, pointsOf(emptied),
                Map.of("points", 100), member.token, chinese);
        ResponseEntity<Map<String, Object>> off;
        ResponseEntity<Map<String, Object>> clearedWhileOff;
        points(false);
        try {
            off = choose(cart, 100, member);
            clearedWhileOff = choose(cart, 0, member);
        } finally {
            points(true);
        }

        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(empty.getBody()).containsEntry("code", "membership.points.refused.empty-cart");
        assertThat(emptyInChinese.getBody()).containsEntry("detail", "请先将商品加入购物车，再使用积分。");
        assertThat(off.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(off.getBody()).containsEntry("code", "membership.points.refused.off")
                .containsEntry("detail", "This shop does not take points.");
        assertThat(clearedWhileOff.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(host.get(pointsOf(cart), member.token).getBody()).containsEntry("points", 0);
        assertThat(usable(member)).isEqualTo(1000);
    }

    @Test
    void refusesACheckoutWhosePointsWereSpentSinceTheCartWasPricedAndChargesNothing() {
        Member member = member("spent", 1000);
        String cart = cart(2);
        choose(cart, 1000, member);
        ledger.adjust(STORE, member.customerId, -500, "spent at the counter", "test", "test:spent-" + suffix);
        long paid = payments.taken();

        ResponseEntity<Map<String, Object>> refused;
        LogCapture log = LogCapture.withInfoFrom("io.smm.membership");
        try (log) {
            refused = host.checkout(cart, "10.00", member.token);
        }

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody()).containsEntry("code", "membership.points.refused.balance");
        assertThat(log.errorsAndStackTraces()).isEmpty();
        assertThat(payments.taken()).isEqualTo(paid);
        assertThat(usable(member)).isEqualTo(500);
    }

    @Test
    void aFailedCheckoutPutsThePointsBack() {
        Member member = member("failed", 1000);
        String cart = cart(2);
        choose(cart, 400, member);

        payments.declineNextPayment();
        ResponseEntity<Map<String, Object>> declined = LogCapture.expectingHostErrors(
                () -> host.checkout(cart, "16.00", member.token));
        faults.killNextOrderConnectionBeforeCommit();
        ResponseEntity<Map<String, Object>> lost = LogCapture.expectingHostErrors(
                () -> host.checkout(cart, "16.00", member.token));

        assertThat(declined.getStatusCode().is2xxSuccessful()).as(declined.toString()).isFalse();
        assertThat(lost.getStatusCode().is2xxSuccessful()).as(lost.toString()).isFalse();
        assertThat(usable(member)).isEqualTo(1000);
        assertThat(host.checkout(cart, "16.00", member.token).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(usable(member)).isEqualTo(600);
    }

    @Test
    void theHoldSweeperReleasesPointsHeldByACheckoutThatNeverFinishedOnceTheHoldHasExpired() {
        Member member = member("abandoned", 1000);
        String cart = cart(2);
        // the node holding this checkout dies right after its hold: nothing releases it
        ledger.hold(STORE, member.customerId, cart, 400, Instant.now());

        sweeper.sweep(Instant.now());
        long whileHeld = usable(member);
        sweeper.sweep(Instant.now().plus(Duration.ofMinutes(16)));

        assertThat(whileHeld).isEqualTo(600);
        assertThat(usable(member)).isEqualTo(1000);
        assertThat(jdbc.queryForObject("select STATE from SALESMANAGER.SMM_POINTS_HOLD where CART_CODE = ?",
                String.class, cart)).isEqualTo("RELEASED");
        assertThat(jdbc.queryForObject("select sum(POINTS) from SALESMANAGER.SMM_POINTS_ENTRY where CART_CODE = ?"
                + " and KIND = 'RELEASE'", Long.class, cart)).isEqualTo(400);
        assertThat(jdbc.queryForObject("select sum(l.REMAINING) from SALESMANAGER.SMM_POINTS_LOT l"
                + " join SALESMANAGER.SMM_POINTS_ACCOUNT a on a.ID = l.ACCOUNT_ID where a.CUSTOMER_ID = ?",
                Long.class, member.customerId)).isEqualTo(1000);
        assertThat(ledger.check(STORE, member.customerId).holds()).isTrue();
    }

    @Test
    void aRefundReturnsTheRedeemedPoints() {
        Member member = member("refund", 1000);
        String cart = cart(2);
        choose(cart, 1000, member);
        ResponseEntity<Map<String, Object>> placed = host.checkout(cart, "10.00", member.token);
        assertThat(usable(member)).isZero();

        host.changeOrderStatus(((Number) placed.getBody().get("id")).longValue(), "REFUNDED", owner);

        assertThat(usable(member)).isEqualTo(1000);
    }

    @Test
    void aRefundOfHalfTheOrderReturnsHalfTheRedeemedPoints() {
        Member member = member("half", 1000);
        String cart = cart(2);
        choose(cart, 1000, member);
        long order = ((Number) host.checkout(cart, "10.00", member.token).getBody().get("id")).longValue();

        ResponseEntity<Map<String, Object>> refunded = host.send(HttpMethod.POST,
                "/api/v1/private/membership/orders/" + order + "/refunds",
                Map.of("amount", "5.00", "reason", "One tea returned", "key", "half-" + suffix), owner);

        assertThat(refunded.getStatusCode()).as(refunded.toString()).isEqualTo(HttpStatus.CREATED);
        assertThat(usable(member)).isEqualTo(500);
    }

    @Test
    void aGuestHasNoPointsAndEarnsNone() {
        String cart = cart(1);

        ResponseEntity<Map<String, Object>> placed = host.send(HttpMethod.POST, "/api/v1/cart/" + cart + "/checkout",
                Map.of("customer", Map.of("emailAddress", "guest" + suffix + "@example.com", "billing",
                        Map.of("firstName", "Ann", "lastName", "Lee")),
                        "payment", Map.of("paymentType", "MONEYORDER", "transactionType", "CAPTURE",
                                "paymentModule", "moneyorder", "amount", "10.00")), null);

        assertThat(placed.getStatusCode()).as(placed.toString()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForObject("select count(*) from SALESMANAGER.SMM_POINTS_ENTRY where ORDER_ID = ?",
                Long.class, ((Number) placed.getBody().get("id")).longValue())).isZero();
    }

    /** Points on or off for the store, at the default terms: 1 point a unit, 0.01 a point, 100 to 50 % of an order. */
    private void points(boolean enabled) {
        Map<String, Object> settings = new java.util.HashMap<>();
        settings.put("enabled", enabled);
        settings.put("pointsPerUnit", "1");
        settings.put("cashValue", "0.01");
        settings.put("minRedeem", 100);
        settings.put("maxOrderShare", "50");
        settings.put("expiryMode", "DAYS_AFTER_EARNING");
        settings.put("expiryDays", 365);
        settings.put("expiryPeriod", "YEAR");
        settings.put("returnWindowDays", 30);
        settings.put("tiersByPoints", false);
        settings.put("tierRates", List.of());
        ResponseEntity<Map<String, Object>> saved = host.send(HttpMethod.PUT,
                "/api/v1/private/membership/points/settings", settings, owner);
        assertThat(saved.getStatusCode()).as(saved.toString()).isEqualTo(HttpStatus.OK);
    }

    private void grant(long customerId, long points, String prefix) {
        assertThat(ledger.grant(STORE, customerId, points, "test:" + prefix + suffix, "test")).isTrue();
    }

    /** A logged-in customer with these usable points. */
    private Member member(String prefix, long points) {
        String token = host.customerToken(host.registerCustomer(prefix + suffix));
        long customerId = ((Number) host.get("/api/v1/auth/membership", token).getBody().get("customerId"))
                .longValue();
        grant(customerId, points, prefix);
        return new Member(token, customerId);
    }

    private long usable(Member member) {
        return ledger.account(STORE, member.customerId).usable();
    }

    private ResponseEntity<Map<String, Object>> choose(String cart, long points, Member member) {
        return host.send(HttpMethod.PUT, pointsOf(cart), Map.of("points", points), member.token);
    }

    private static String pointsOf(String cart) {
        return "/api/v1/auth/membership/cart/" + cart + "/points";
    }

    private String cart(int quantity) {
        return (String) host.send(HttpMethod.POST, "/api/v1/cart", Map.of("product", sku, "quantity", quantity),
                null).getBody().get("code");
    }

    private List<BigDecimal> pointsLines(long orderId) {
        return jdbc.queryForList("select VALUE from SALESMANAGER.ORDER_TOTAL where ORDER_ID = ?"
                + " and MODULE = 'membership-points'", BigDecimal.class, orderId).stream()
                .map(value -> value.setScale(2, java.math.RoundingMode.UNNECESSARY))
                .collect(java.util.stream.Collectors.toList());
    }

    private List<String> pointsTitles(long orderId) {
        return jdbc.queryForList("select TITLE from SALESMANAGER.ORDER_TOTAL where ORDER_ID = ?"
                + " and MODULE = 'membership-points'", String.class, orderId);
    }

    private static final class Member {

        final String token;
        final long customerId;

        Member(String token, long customerId) {
            this.token = token;
            this.customerId = customerId;
        }
    }
}
