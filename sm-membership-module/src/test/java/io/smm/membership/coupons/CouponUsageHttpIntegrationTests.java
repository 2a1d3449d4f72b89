package io.smm.membership.coupons;

import static io.smm.membership.testhost.JsonAnswers.json;
import static io.smm.membership.testhost.JsonAnswers.list;
import static io.smm.membership.testhost.JsonAnswers.map;
import static io.smm.membership.testhost.JsonAnswers.violationFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.testhost.HostClient;

/**
 * A coupon's usage report as JSON and CSV on the stand-in host, over ledger rows written at known instants: "now"
 * is 15 March 2026, 12:00 in Taipei (UTC+8), the store's time zone, so its days begin at 16:00 UTC.
 */
@SpringBootTest(classes = { StandInShopApplication.class, CouponUsageHttpIntegrationTests.MarchInTaipei.class },
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sm.membership.store.time-zone=Asia/Taipei")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouponUsageHttpIntegrationTests {

    private static final String COUPONS = "/api/v1/private/membership/coupons";
    private static final Instant NOW = Instant.parse("2026-03-15T04:00:00Z");

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private StandInCatalog catalog;

    @Autowired
    private CouponService coupons;

    @Autowired
    private CouponUseLedger redemptions;

    @Autowired
    @Qualifier("membershipClock")
    private MovableClock clock;

    @Autowired
    @Qualifier("transactionManager")
    private PlatformTransactionManager transactionManager;

    private HostClient host;
    private String owner;
    private long couponId;
    private long customerId;
    private String customerEmail;
    private long firstOrder;

    @BeforeAll
    void fiveUsesOneGivenBack() {
        host = new HostClient(rest);
        owner = host.adminToken();
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        customerEmail = "mei.lin." + suffix + "@example.com";
        customerId = catalog.createCustomer(customerEmail, HostClient.CUSTOMER_PASSWORD, "Mei", "Lin");
        couponId = ((Number) host.send(HttpMethod.POST, COUPONS, Map.of("code", "USAGE" + suffix, "name", "Usage",
                "kind", "PERCENT", "value", "10"), owner).getBody().get("id")).longValue();
        firstOrder = 5_000_000_000L + System.nanoTime() % 1_000_000 * 10;
        Coupon coupon = coupons.get("DEFAULT", couponId);
        CouponShopper customer = CouponShopper.customer(customerId, Set.of());
        CouponShopper guest = CouponShopper.guest("Guest.One@Example.com", Set.of());
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.executeWithoutResult(status -> {
            redeem(coupon, firstOrder, guest, "1.00", "USD", "2026-02-13T15:59:59Z");        // Taipei 13 Feb 23:59:59
            redeem(coupon, firstOrder + 1, customer, "300", "JPY", "2026-02-13T16:00:00Z");  // Taipei 14 Feb 00:00
            redeem(coupon, firstOrder + 2, customer, "5.00", "USD", "2026-03-13T15:59:59Z"); // Taipei 13 Mar
            redeem(coupon, firstOrder + 3, guest, "2.5", "USD", "2026-03-13T16:00:00Z");     // Taipei 14 Mar
            redeem(coupon, firstOrder + 4, customer, "3.00", "USD", "2026-03-15T01:00:00Z"); // Taipei 15 Mar 09:00
            clock.now = Instant.parse("2026-03-15T02:00:00Z");
            redemptions.giveBack("DEFAULT", firstOrder + 4, CouponRedemption.GivenBackFor.REFUNDED);
        });
        clock.now = NOW;
    }

    @Test
    void showsTotalsAndAPageOfUsesLatestFirstWithWhoUsedThem() throws Exception {
        Map<String, Object> usage = json(raw(COUPONS + "/" + couponId + "/usage?page=0&size=2"));

        Map<String, Object> totals = map(usage.get("totals"));
        assertThat(totals).containsEntry("counted", 4).containsEntry("givenBack", 1);
        List<Map<String, Object>> discounts = list(totals.get("discounts"));
        assertThat(discounts).extracting(discount -> discount.get("currency")).containsExactly("JPY", "USD");
        assertThat(discounts.get(0)).containsEntry("given", 300).containsEntry("givenBack", 0);
        assertThat(discounts.get(1)).containsEntry("given", new BigDecimal("8.50"))
                .containsEntry("givenBack", new BigDecimal("3.00"));
        Map<String, Object> page = map(usage.get("redemptions"));
        assertThat(page).containsEntry("totalItems", 5).containsEntry("totalPages", 3);
        List<Map<String, Object>> rows = list(page.get("items"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("orderId", firstOrder + 4)
                .containsEntry("customerId", Math.toIntExact(customerId)).containsEntry("customerName", "Mei Lin")
                .containsEntry("email", customerEmail).containsEntry("guest", false)
                .containsEntry("discount", new BigDecimal("3.00")).containsEntry("currency", "USD")
                .containsEntry("redeemedAt", "2026-03-15T01:00:00Z")
                .containsEntry("givenBackAt", "2026-03-15T02:00:00Z").containsEntry("givenBackFor", "REFUNDED");
        assertThat(rows.get(1)).containsEntry("orderId", firstOrder + 3).containsEntry("customerId", null)
                .containsEntry("customerName", null).containsEntry("email", "guest.one@example.com")
                .containsEntry("guest", true).containsEntry("discount", new BigDecimal("2.50"))
                .containsEntry("givenBackAt", null).containsEntry("givenBackFor", null);
    }

    @Test
    void countsRedemptionsPerDayOfTheStoreZoneWithZerosForQuietDays() throws Exception {
        Map<String, Object> month = json(raw(COUPONS + "/" + couponId + "/usage/daily?days=30"));
        Map<String, Object> today = json(raw(COUPONS + "/" + couponId + "/usage/daily?days=1"));

        List<Object> days = list(month.get("days"));
        List<Object> counts = list(month.get("redemptions"));
        assertThat(month).containsEntry("timeZone", "Asia/Taipei").containsEntry("total", 4);
        assertThat(days).hasSize(30).startsWith("2026-02-14").endsWith("2026-03-15");
        assertThat(counts).hasSize(30);
        Map<Object, Object> nonZero = new TreeMap<>();
        for (int day = 0; day < days.size(); day++) {
            if (!Integer.valueOf(0).equals(counts.get(day))) {
                nonZero.put(days.get(day), counts.get(day));
            }
        }
        assertThat(nonZero).as("the use at 23:59:59 on 13 February, Taipei time, lies before the first day")
                .containsExactly(Map.entry("2026-02-14", 1), Map.entry("2026-03-13", 1),
                        Map.entry("2026-03-14", 1), Map.entry("2026-03-15", 1));
        assertThat(today).containsEntry("days", List.of("2026-03-15")).containsEntry("redemptions", List.of(1));
        assertThat(list(json(raw(COUPONS + "/" + couponId + "/usage/daily")).get("days"))).hasSize(30);
    }

    @Test
    void exportsEveryUseAsCsvInTheStoreZone() {
        ResponseEntity<String> csv = raw(COUPONS + "/" + couponId + "/usage.csv");

        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("coupon-usage-USAGE");
        List<String> lines = csv.getBody().lines().collect(Collectors.toList());
        assertThat(lines).hasSize(1 + 5);
        assertThat(lines.get(0)).isEqualTo("\uFEFForder_id,customer_id,customer_name,email,guest,discount,currency,"
                + "redeemed_at,given_back_at,given_back_for");
        assertThat(lines.get(1)).isEqualTo((firstOrder + 4) + "," + customerId + ",Mei Lin," + customerEmail
                + ",false,3.00,USD,2026-03-15T09:00,2026-03-15T10:00,REFUNDED");
        assertThat(lines.get(4)).isEqualTo((firstOrder + 1) + "," + customerId + ",Mei Lin," + customerEmail
                + ",false,300,JPY,2026-02-14T00:00,,");
        assertThat(lines.get(5)).isEqualTo(firstOrder + ",,,guest.one@example.com,true,1.00,USD,2026-02-13T23:59:59,,");
    }

    @Test
    void writesNamesByTheirOwnScriptWhateverTheLanguageAsked() throws Exception {
        long chinese = catalog.createCustomer("wang.hao." + System.nanoTime() % 1_000_000 + "@example.com",
                HostClient.CUSTOMER_PASSWORD, "浩", "王");
        Map<String, Object> body = Map.of("code", "NAMES" + System.nanoTime() % 1_000_000, "name", "Names",
                "kind", "PERCENT", "value", "5");
        long namesId = ((Number) host.send(HttpMethod.POST, COUPONS, body, owner).getBody().get("id")).longValue();
        Coupon coupon = coupons.get("DEFAULT", namesId);
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            redemptions.redeem(coupon, firstOrder + 50, CouponShopper.customer(customerId, Set.of()), BigDecimal.ONE,
                    "USD");
            redemptions.redeem(coupon, firstOrder + 51, CouponShopper.customer(chinese, Set.of()), BigDecimal.ONE,
                    "USD");
        });
        String path = COUPONS + "/" + namesId + "/usage";

        List<Map<String, Object>> inChinese = list(map(json(raw(path, "zh-TW")).get("redemptions")).get("items"));
        List<Map<String, Object>> inEnglish = list(map(json(raw(path, "en")).get("redemptions")).get("items"));
        String csv = raw(path + ".csv", "zh-TW").getBody();

        assertThat(inChinese).extracting(row -> row.get("customerName")).containsExactly("王浩", "Mei Lin");
        assertThat(inEnglish).extracting(row -> row.get("customerName")).containsExactly("王浩", "Mei Lin");
        assertThat(csv).contains("," + chinese + ",王浩,").contains("," + customerId + ",Mei Lin,");
    }

    @Test
    void exportsALedgerLongerThanOneReadOfItEveryUseOnce() {
        Map<String, Object> body = Map.of("code", "LONG" + System.nanoTime() % 1_000_000, "name", "Long",
                "kind", "PERCENT", "value", "5");
        long longId = ((Number) host.send(HttpMethod.POST, COUPONS, body, owner).getBody().get("id")).longValue();
        Coupon coupon = coupons.get("DEFAULT", longId);
        long first = firstOrder + 100;
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            for (long order = first; order < first + 501; order++) {
                redemptions.redeem(coupon, order, CouponShopper.guest(order + "@example.com", Set.of()),
                        BigDecimal.ONE, "USD");
            }
        });

        List<String> lines = raw(COUPONS + "/" + longId + "/usage.csv").getBody().lines().skip(1)
                .collect(Collectors.toList());

        List<Long> orders = lines.stream().map(line -> Long.valueOf(line.substring(0, line.indexOf(','))))
                .collect(Collectors.toList());
        assertThat(orders).hasSize(501).doesNotHaveDuplicates().startsWith(first + 500).endsWith(first);
    }

    @Test
    void answers404ForACouponTheStoreDoesNotHave() {
        for (String path : List.of("/usage", "/usage/daily", "/usage.csv")) {
            assertThat(raw(COUPONS + "/987654321" + path).getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void namesTheBadParameter() throws Exception {
        assertThat(fields(COUPONS + "/" + couponId + "/usage?page=-1")).containsExactly("page");
        assertThat(fields(COUPONS + "/" + couponId + "/usage?size=0")).containsExactly("size");
        assertThat(fields(COUPONS + "/" + couponId + "/usage?size=101")).containsExactly("size");
        assertThat(fields(COUPONS + "/" + couponId + "/usage/daily?days=0")).containsExactly("days");
        assertThat(fields(COUPONS + "/" + couponId + "/usage/daily?days=367")).containsExactly("days");
        assertThat(raw(COUPONS + "/" + couponId + "/usage/daily?days=366").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void isTheOwnersOnly() {
        String shopper = host.customerToken(host.registerCustomer("usage"));

        assertThat(host.get(COUPONS + "/" + couponId + "/usage", shopper).getStatusCode().value()).isIn(401, 403);
        assertThat(host.get(COUPONS + "/" + couponId + "/usage.csv", null).getStatusCode().value()).isIn(401, 403);
    }

    private void redeem(Coupon coupon, long order, CouponShopper shopper, String discount, String currency,
            String at) {
        clock.now = Instant.parse(at);
        redemptions.redeem(coupon, order, shopper, new BigDecimal(discount), currency);
    }

    private ResponseEntity<String> raw(String path) {
        return raw(path, null);
    }

    private ResponseEntity<String> raw(String path, String language) {
        return host.getText(path, owner, language);
    }

    private List<Object> fields(String path) {
        return violationFields(raw(path));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class MarchInTaipei {

        @Bean
        MovableClock membershipClock() {
            return new MovableClock();
        }
    }

    /** The membership clock, set by the test before each ledger write. */
    static final class MovableClock extends Clock {

        volatile Instant now = NOW;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
