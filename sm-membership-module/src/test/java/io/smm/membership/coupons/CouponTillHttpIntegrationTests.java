package io.smm.membership.coupons;

import static org.assertj.core.api.Assertions.assertThat;
import static io.smm.membership.testhost.HostClient.violationFields;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.salesmanager.core.business.exception.ServiceException;
import com.salesmanager.core.model.order.Order;

import ch.qos.logback.classic.Level;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.harness.order.PromoCodeCalculatorModule;
import io.smm.harness.order.StandInFaults;
import io.smm.harness.order.StandInOrderService;
import io.smm.harness.order.StandInPayments;
import io.smm.membership.testhost.CouponCheckoutRace;
import io.smm.membership.testhost.HostClient;
import io.smm.membership.testhost.LogCapture;

/**
 * Coupons at the stand-in host's till: applied through the host's promo endpoint and ours, shown as discount lines,
 * refused with the reason, counted once with the order, refused at checkout when used up meanwhile, given back.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouponTillHttpIntegrationTests {

    private static final String COUPONS = "/api/v1/private/membership/coupons";
    private static final String REFUSAL_LOG = "io.smm.membership.host.checkout.CouponRefusalFilter";

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private StandInCatalog catalog;

    @Autowired
    private StandInFaults faults;

    @Autowired
    private StandInPayments payments;

    @Autowired
    private StandInOrderService orders;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Autowired
    private JdbcTemplate jdbc;

    private HostClient host;
    private String owner;
    private String suffix;
    private String sku;
    private String otherSku;
    private long otherProduct;

    @BeforeAll
    void ownerAndTwoProducts() {
        host = new HostClient(rest);
        owner = host.adminToken();
        suffix = String.valueOf(System.nanoTime() % 1_000_000);
        sku = "TILL-" + suffix;
        otherSku = "TILL-OTHER-" + suffix;
        catalog.createProduct(NewProduct.sku(sku).name("Tea").price("10.00").quantity(1_000));
        otherProduct = catalog.createProduct(NewProduct.sku(otherSku).name("Cup").price("5.00").quantity(1_000));
    }

    @Test
    void showsTheDiscountAsTheHostsDiscountLinesAndKeepsTheCodeOnTheCart() {
        String code = coupon("TEN", Map.of("guestsAllowed", true));
        String cart = cart(sku, 2);

        ResponseEntity<Map<String, Object>> applied = promo(cart, code.toLowerCase());

        assertThat(applied.getStatusCode()).as(applied.toString()).isEqualTo(HttpStatus.CREATED);
        assertThat(total(applied.getBody())).isEqualByComparingTo("18.00");
        assertThat(applied.getBody().get("promoCode")).isEqualTo(code.toLowerCase());
        assertThat(discountLines(host.get("/api/v1/cart/" + cart, null).getBody())).containsExactly("2.00");
    }

    @Test
    void refusesACodeWithTheExactReasonAndLeavesTheCartsCouponAsItWas() {
        String good = coupon("GOOD", Map.of("guestsAllowed", true));
        String expired = coupon("OLD", Map.of("guestsAllowed", true, "startsAt", ago(10), "endsAt", ago(1)));
        String later = coupon("LATER", Map.of("guestsAllowed", true, "startsAt", Instant.now().plus(2,
                ChronoUnit.DAYS).toString()));
        String members = coupon("MEMBERS", Map.of());
        String big = coupon("BIG", Map.of("guestsAllowed", true, "minSubtotal", "100"));
        String cups = coupon("CUPS", Map.of("guestsAllowed", true, "products", List.of(otherProduct)));
        String cart = cart(sku, 2);
        assertThat(promo(cart, good).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        Map<String, String> reasons = Map.of("NOPE" + suffix, "unknown", expired, "expired", later, "not-started",
                members, "log-in-first", big, "minimum-not-reached", cups, "nothing-eligible");
        reasons.forEach((code, reason) -> {
            ResponseEntity<Map<String, Object>> refused = promo(cart, code);
            assertThat(refused.getStatusCode()).as(code).isEqualTo(HttpStatus.CONFLICT);
            assertThat(refused.getBody()).as(code).containsEntry("code", "membership.coupon.refused." + reason);
        });

        assertThat(total(host.get("/api/v1/cart/" + cart, null).getBody())).isEqualByComparingTo("18.00");
    }

    @Test
    void logsARefusedPromoCodeInOneInfoLineAndNoneOfTheHostsErrors() {
        String expired = coupon("QUIET", Map.of("guestsAllowed", true, "startsAt", ago(10), "endsAt", ago(1)));
        String cart = cart(sku, 1);

        ResponseEntity<Map<String, Object>> refused;
        LogCapture log = LogCapture.withInfoFrom(REFUSAL_LOG);
        try (log) {
            refused = promo(cart, expired);
        }

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(log.errorsAndStackTraces()).isEmpty();
        assertThat(log.messages(REFUSAL_LOG, Level.INFO)).singleElement().asString()
                .contains("/promo/" + expired, "membership.coupon.refused.expired");
    }

    @Test
    void logsRefusedCheckoutsInOneInfoLineEachAndNoneOfTheHostsErrors() {
        String code = coupon("QUIETLAST", Map.of("guestsAllowed", true, "totalLimit", 1));
        String token = host.customerToken(host.registerCustomer("quiet" + suffix));
        String firstCart = cart(sku, 1);
        String memberCart = cart(sku, 1);
        String guestCart = cart(sku, 1);
        promo(firstCart, code);
        promo(memberCart, code, token);
        promo(guestCart, code);
        assertThat(guestCheckout(firstCart, "9.00", "first" + suffix + "@example.com").getStatusCode())
                .isEqualTo(HttpStatus.OK);

        ResponseEntity<Map<String, Object>> member;
        ResponseEntity<Map<String, Object>> guest;
        LogCapture log = LogCapture.withInfoFrom(REFUSAL_LOG);
        try (log) {
            member = host.checkout(memberCart, "9.00", token);
            guest = guestCheckout(guestCart, "9.00", "guest" + suffix + "@example.com");
        }

        assertThat(member.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(guest.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(log.errorsAndStackTraces()).isEmpty();
        assertThat(log.messages(REFUSAL_LOG, Level.INFO)).hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("membership.coupon.refused.used-up"));
    }

    @Test
    void stillLogsTheHostsErrorForACheckoutThatFailsForAnotherReason() {
        String code = coupon("LOUD", Map.of("guestsAllowed", true));
        String token = host.customerToken(host.registerCustomer("loud" + suffix));
        String cart = cart(sku, 1);
        promo(cart, code, token);

        ResponseEntity<Map<String, Object>> failed;
        LogCapture hostLog = LogCapture.expectingHostErrors();
        try (hostLog) {
            failed = host.checkout(cart, "1.00", token);
        }

        assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(hostLog.events()).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getThrowableProxy().getMessage()).contains("Payment.amount does not match");
        });
    }

    @Test
    void answersInTheShoppersLanguage() {
        String cart = cart(sku, 1);

        HttpHeaders chinese = new HttpHeaders();
        chinese.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-TW");

        ResponseEntity<Map<String, Object>> refused = host.send(HttpMethod.POST,
                "/api/v1/cart/" + cart + "/promo/NOPE" + suffix, null, null, chinese);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody()).containsEntry("detail", "查無此優惠碼。");
    }

    @Test
    void countsTheUseOnceWithTheOrderAndNothingForAFailedCheckout() {
        String code = coupon("ONCE", Map.of("totalLimit", 5));
        String token = host.customerToken(host.registerCustomer("till" + suffix));
        String cart = cart(sku, 2);
        promo(cart, code, token);

        faults.killNextOrderConnectionBeforeCommit();
        ResponseEntity<Map<String, Object>> failed = LogCapture.expectingHostErrors(() -> host.checkout(cart, "18.00",
                token));
        ResponseEntity<Map<String, Object>> placed = host.checkout(cart, "18.00", token);

        assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(placed.getStatusCode()).as(placed.toString()).isEqualTo(HttpStatus.OK);
        assertThat(uses(code)).isEqualTo(1);
    }

    @Test
    void refusesACheckoutWhoseCouponWasUsedUpSinceTheCartWasPriced() {
        String code = coupon("LAST", Map.of("totalLimit", 1));
        String first = host.customerToken(host.registerCustomer("first" + suffix));
        String second = host.customerToken(host.registerCustomer("second" + suffix));
        String firstCart = cart(sku, 1);
        String secondCart = cart(sku, 1);
        promo(firstCart, code, first);
        promo(secondCart, code, second);

        ResponseEntity<Map<String, Object>> placed = host.checkout(firstCart, "9.00", first);
        ResponseEntity<Map<String, Object>> refused = host.checkout(secondCart, "9.00", second);

        assertThat(placed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody()).containsEntry("code", "membership.coupon.refused.used-up");
        assertThat(host.get("/api/v1/auth/orders", second).getBody().get("recordsTotal")).isEqualTo(0);
        assertThat(uses(code)).isEqualTo(1);
    }

    @Test
    void countsTheUseOfACheckoutWhateverTheSpellingOfItsPath() {
        String code = coupon("SLASH", Map.of("guestsAllowed", true, "totalLimit", 5));
        String cart = cart(sku, 1);
        promo(cart, code);

        ResponseEntity<Map<String, Object>> placed = host.send(HttpMethod.POST, "/api/v1/cart/" + cart
                + "/checkout/", CouponCheckoutRace.guestOrder("slash" + suffix + "@example.com"), null);

        assertThat(placed.getStatusCode()).as(placed.toString()).isEqualTo(HttpStatus.OK);
        assertThat(uses(code)).isEqualTo(1);
    }

    @Test
    void countsAGuestByTheirEmailAddressWhateverItsCase() {
        String code = coupon("GUEST", Map.of("guestsAllowed", true, "perShopperLimit", 1));
        String firstCart = cart(sku, 1);
        String secondCart = cart(sku, 1);
        promo(firstCart, code);
        promo(secondCart, code);

        ResponseEntity<Map<String, Object>> placed = guestCheckout(firstCart, "9.00", "Ann" + suffix + "@Example.com");
        ResponseEntity<Map<String, Object>> refused = guestCheckout(secondCart, "9.00",
                "ann" + suffix + "@example.COM");

        assertThat(placed.getStatusCode()).as(placed.toString()).isEqualTo(HttpStatus.OK);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody()).containsEntry("code", "membership.coupon.refused.used-by-you");
    }

    @Test
    void givesTheUseBackWhenTheOrderIsCanceledUnlessTheOwnerSaysNever() {
        String code = coupon("BACK", Map.of());
        String token = host.customerToken(host.registerCustomer("back" + suffix));
        long kept = placeWith(code, token);
        host.changeOrderStatus(kept, "CANCELED", owner);
        assertThat(uses(code)).isZero();

        host.send(HttpMethod.PUT, COUPONS + "/settings", Map.of("giveBackOnCancel", false, "giveBackOnRefund", true,
                "hostPromoEnabled", true), owner);
        try {
            long canceled = placeWith(code, token);
            host.changeOrderStatus(canceled, "CANCELED", owner);
            assertThat(uses(code)).isEqualTo(1);
        } finally {
            host.send(HttpMethod.PUT, COUPONS + "/settings", Map.of("giveBackOnCancel", true, "giveBackOnRefund",
                    true, "hostPromoEnabled", true), owner);
        }
    }

    @Test
    void letsTheHostsOwnPromoCodeWorkUntilTheOwnerSwitchesItOff() {
        String cart = cart(sku, 1);
        assertThat(total(promo(cart, PromoCodeCalculatorModule.CODE).getBody())).isEqualByComparingTo("9.00");

        ResponseEntity<Map<String, Object>> settings = host.send(HttpMethod.PUT, COUPONS + "/settings",
                Map.of("giveBackOnCancel", true, "giveBackOnRefund", true, "hostPromoEnabled", false), owner);
        try {
            assertThat(settings.getBody()).containsEntry("hostPromoEnabled", false);
            assertThat(total(host.get("/api/v1/cart/" + cart, null).getBody())).isEqualByComparingTo("10.00");
            ResponseEntity<Map<String, Object>> refused = promo(cart(sku, 1), PromoCodeCalculatorModule.CODE);
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(refused.getBody()).containsEntry("code", "membership.coupon.refused.unknown");
        } finally {
            host.send(HttpMethod.PUT, COUPONS + "/settings", Map.of("giveBackOnCancel", true, "giveBackOnRefund",
                    true, "hostPromoEnabled", true), owner);
        }
    }

    @Test
    void showsNoDiscountOnTheTotalOnceTheCartsCouponNoLongerApplies() {
        String code = coupon("GONE", Map.of("guestsAllowed", true));
        String cart = cart(sku, 1);
        promo(cart, code);
        assertThat(totalLine(host.get("/api/v1/cart/" + cart + "/total", null).getBody())).isEqualByComparingTo("9.00");
        List<?> found = (List<?>) host.get(COUPONS + "?q=" + code, owner).getBody().get("items");
        host.send(HttpMethod.POST, COUPONS + "/" + ((Map<?, ?>) found.get(0)).get("id") + "/disable", null, owner);

        ResponseEntity<Map<String, Object>> total = host.get("/api/v1/cart/" + cart + "/total", null);

        assertThat(total.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(totalLine(total.getBody())).isEqualByComparingTo("10.00");
    }

    @Test
    void refusesTheHostsOwnCodeThroughOurEndpointWhichIsForMembershipCouponsOnly() {
        String token = host.customerToken(host.registerCustomer("hostcode" + suffix));
        String cart = cart(sku, 1);

        ResponseEntity<Map<String, Object>> refused = host.send(HttpMethod.PUT, "/api/v1/auth/membership/cart/"
                + cart + "/coupon/" + PromoCodeCalculatorModule.CODE, null, token);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody()).containsEntry("code", "membership.coupon.refused.unknown");
        assertThat(total(host.get("/api/v1/cart/" + cart, null).getBody())).isEqualByComparingTo("10.00");
    }

    @Test
    void givesTheUseBackOnRefundUnlessTheOwnerSaysNever() {
        String code = coupon("REFUND", Map.of());
        String token = host.customerToken(host.registerCustomer("refund" + suffix));
        host.changeOrderStatus(placeWith(code, token), "REFUNDED", owner);
        assertThat(uses(code)).isZero();

        host.send(HttpMethod.PUT, COUPONS + "/settings", Map.of("giveBackOnCancel", true, "giveBackOnRefund", false,
                "hostPromoEnabled", true), owner);
        try {
            host.changeOrderStatus(placeWith(code, token), "REFUNDED", owner);
            assertThat(uses(code)).isEqualTo(1);
        } finally {
            host.send(HttpMethod.PUT, COUPONS + "/settings", Map.of("giveBackOnCancel", true, "giveBackOnRefund",
                    true, "hostPromoEnabled", true), owner);
        }
    }

    @Test
    void aPartRefundedByTheOwnerKeepsTheUseCountedAndWritesItsShareOnce() {
        String code = coupon("PART", Map.of());
        long order = placeWith(code, host.customerToken(host.registerCustomer("part" + suffix)));
        Map<String, Object> refund = Map.of("amount", "4.50", "reason", "One cup arrived broken", "key",
                "rma-" + suffix);

        ResponseEntity<Map<String, Object>> first = host.send(HttpMethod.POST, refundsOf(order), refund, owner);
        ResponseEntity<Map<String, Object>> again = host.send(HttpMethod.POST, refundsOf(order), refund, owner);

        assertThat(first.getStatusCode()).as(first.toString()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getBody().get("id")).isEqualTo(first.getBody().get("id"));
        assertThat(host.getList(refundsOf(order), owner).getBody()).singleElement()
                .satisfies(recorded -> assertThat(recorded).containsEntry("source", "OWNER")
                        .containsEntry("reason", "One cup arrived broken"));
        assertThat(host.getText(refundsOf(order), owner, null).getBody()).contains("\"amount\":4.50,");
        assertThat(uses(code)).isEqualTo(1);
        assertThat(refundedShares(order)).containsExactly(new BigDecimal("0.5000")); // 1.00 off 9.00 paid
    }

    @Test
    void aPartRefundedThroughTheHostsPaymentKeepsTheUseAndRefundingTheRestGivesItBack() {
        String code = coupon("HOSTPART", Map.of());
        long order = placeWith(code, host.customerToken(host.registerCustomer("hostpart" + suffix)));

        refundThroughTheHost(order, "3.00");
        int usesAfterPart = uses(code);
        List<BigDecimal> shares = refundedShares(order);
        refundThroughTheHost(order, "6.00");

        assertThat(usesAfterPart).isEqualTo(1);
        assertThat(shares).containsExactly(new BigDecimal("0.3300"));
        assertThat(host.getList(refundsOf(order), owner).getBody()).singleElement()
                .satisfies(recorded -> assertThat(recorded).containsEntry("source", "HOST_PAYMENT"));
        assertThat(uses(code)).isZero();
    }

    @Test
    void namesEveryBrokenFieldOfARefundAndRecordsNothing() {
        long order = placeWith(coupon("BADREFUND", Map.of()), host.customerToken(host.registerCustomer("badrefund"
                + suffix)));

        ResponseEntity<Map<String, Object>> unreadable = host.send(HttpMethod.POST, refundsOf(order),
                Map.of("amount", "lots", "reason", "x".repeat(501), "key", " "), owner);
        ResponseEntity<Map<String, Object>> badLines = host.send(HttpMethod.POST, refundsOf(order),
                Map.of("lines", List.of(Map.of("sku", "NOT-" + sku, "quantity", 1), Map.of("sku", sku, "quantity",
                        2), Map.of("sku", sku, "quantity", "one"))), owner);
        ResponseEntity<Map<String, Object>> tooMuch = host.send(HttpMethod.POST, refundsOf(order),
                Map.of("amount", "9.01"), owner);
        ResponseEntity<Map<String, Object>> noOrder = host.send(HttpMethod.POST, refundsOf(987_654_321L),
                Map.of("amount", "1.00"), owner);

        assertThat(violationFields(unreadable)).containsExactlyInAnyOrder("amount", "reason", "key");
        assertThat(violationFields(badLines)).containsExactlyInAnyOrder("lines[2].quantity",
                "lines[0].sku", "lines[1].quantity");
        assertThat(violationFields(tooMuch)).containsExactly("amount");
        assertThat(tooMuch.getBody().get("violations")).asString().contains("At most 9.00 of this order");
        assertThat(noOrder.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(host.getList(refundsOf(order), owner).getBody()).isEmpty();
    }

    private static String refundsOf(long order) {
        return "/api/v1/private/membership/orders/" + order + "/refunds";
    }

    /** As the host's owner pages would: the order loaded, refunded through {@code paymentService}, in a transaction. */
    private void refundThroughTheHost(long orderId, String amount) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            Order order = orders.getById(orderId);
            try {
                payments.processRefund(order, null, order.getMerchant(), new BigDecimal(amount));
            } catch (ServiceException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The discount's shares the coupon ledger wrote down for the order's refunds, first first. */
    private List<BigDecimal> refundedShares(long order) {
        return jdbc.queryForList("select f.DISCOUNT_SHARE from SALESMANAGER.SMM_COUPON_REFUND f"
                + " join SALESMANAGER.SMM_COUPON_REDEMPTION r on r.ID = f.REDEMPTION_ID where r.ORDER_ID = ?"
                + " order by f.ID", BigDecimal.class, order);
    }

    @Test
    void refusesSettingsWithoutAllThreeSwitches() {
        ResponseEntity<Map<String, Object>> refused = host.send(HttpMethod.PUT, COUPONS + "/settings",
                Map.of("giveBackOnCancel", "yes"), owner);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("violations")).asString().contains("giveBackOnCancel", "giveBackOnRefund",
                "hostPromoEnabled");
    }

    @Test
    void letsALoggedInShopperApplyReadAndRemoveACouponThroughOurEndpoint() {
        String code = coupon("OURS", Map.of());
        String token = host.customerToken(host.registerCustomer("ours" + suffix));
        String cart = cart(sku, 3);
        String path = "/api/v1/auth/membership/cart/" + cart + "/coupon";

        ResponseEntity<Map<String, Object>> applied = host.send(HttpMethod.PUT, path + "/" + code, null, token);
        ResponseEntity<Map<String, Object>> refused = host.send(HttpMethod.PUT, path + "/NOPE" + suffix, null, token);

        assertThat(applied.getStatusCode()).as(applied.toString()).isEqualTo(HttpStatus.OK);
        assertThat(applied.getBody()).containsEntry("code", code).containsEntry("currency", "CAD");
        assertThat(new BigDecimal(applied.getBody().get("discount").toString())).isEqualByComparingTo("3.00");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody()).containsEntry("code", "membership.coupon.refused.unknown");
        assertThat(host.get(path, token).getBody()).containsEntry("code", code);
        assertThat(host.send(HttpMethod.DELETE, path, null, token).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(host.get(path, token).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(host.get("/api/v1/auth/membership/cart/no-such-cart/coupon", token).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private long placeWith(String code, String token) {
        String cart = cart(sku, 1);
        promo(cart, code, token);
        ResponseEntity<Map<String, Object>> placed = host.checkout(cart, "9.00", token);
        assertThat(placed.getStatusCode()).as(placed.toString()).isEqualTo(HttpStatus.OK);
        return ((Number) placed.getBody().get("id")).longValue();
    }

    private String coupon(String prefix, Map<String, Object> terms) {
        Map<String, Object> body = new HashMap<>(terms);
        body.put("code", prefix + suffix);
        body.put("name", prefix);
        body.put("kind", "PERCENT");
        body.put("value", "10");
        ResponseEntity<Map<String, Object>> created = host.send(HttpMethod.POST, COUPONS, body, owner);
        assertThat(created.getStatusCode()).as(created.toString()).isEqualTo(HttpStatus.CREATED);
        return (String) created.getBody().get("code");
    }

    private int uses(String code) {
        List<?> found = (List<?>) host.get(COUPONS + "?q=" + code, owner).getBody().get("items");
        return ((Number) ((Map<?, ?>) found.get(0)).get("uses")).intValue();
    }

    private String cart(String productSku, int quantity) {
        return (String) host.send(HttpMethod.POST, "/api/v1/cart", Map.of("product", productSku, "quantity",
                quantity), null).getBody().get("code");
    }

    private ResponseEntity<Map<String, Object>> promo(String cart, String code) {
        return promo(cart, code, null);
    }

    /** The host's promo endpoint, as a guest or (with a token) as a logged-in customer. */
    private ResponseEntity<Map<String, Object>> promo(String cart, String code, String token) {
        return host.send(HttpMethod.POST, "/api/v1/cart/" + cart + "/promo/" + code, null, token);
    }

    private ResponseEntity<Map<String, Object>> guestCheckout(String cart, String amount, String email) {
        return host.send(HttpMethod.POST, "/api/v1/cart/" + cart + "/checkout", Map.of("customer",
                Map.of("emailAddress", email, "billing", Map.of("firstName", "Ann", "lastName", "Lee")),
                "payment", Map.of("paymentType", "MONEYORDER", "transactionType", "CAPTURE", "paymentModule",
                        "moneyorder", "amount", amount)), null);
    }

    private static String ago(int days) {
        return Instant.now().minus(days, ChronoUnit.DAYS).toString();
    }

    private static BigDecimal total(Map<String, Object> cart) {
        return new BigDecimal(cart.get("total").toString());
    }

    /** The {@code order.total.total} line of the host's total endpoint. */
    private static BigDecimal totalLine(Map<String, Object> summary) {
        return ((List<?>) summary.get("totals")).stream().map(line -> (Map<?, ?>) line)
                .filter(line -> "order.total.total".equals(line.get("code")))
                .map(line -> new BigDecimal(line.get("value").toString())).findFirst().orElseThrow();
    }

    private static List<String> discountLines(Map<String, Object> cart) {
        return ((List<?>) cart.get("totals")).stream().map(line -> (Map<?, ?>) line)
                .filter(line -> "order.total.discount".equals(line.get("code")))
                .map(line -> new BigDecimal(line.get("value").toString()).setScale(2).toPlainString())
                .collect(java.util.stream.Collectors.toList());
    }
}
