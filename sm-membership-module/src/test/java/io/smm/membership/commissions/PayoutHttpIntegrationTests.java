package io.smm.membership.commissions;

import static io.smm.membership.testhost.JsonAnswers.answered;
import static io.smm.membership.testhost.JsonAnswers.json;
import static io.smm.membership.testhost.JsonAnswers.list;
import static io.smm.membership.testhost.JsonAnswers.map;
import static io.smm.membership.testhost.JsonAnswers.violationFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

import io.smm.harness.StandInShopApplication;
import io.smm.membership.testhost.HostClient;
import io.smm.membership.web.SpreadsheetCsv;

/**
 * Payouts, reports and the affiliate's own view as JSON and CSV on the stand-in host, over affiliate, click and
 * commission rows written with SQL as the other affiliate features write them. The store's days are Taipei's.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sm.membership.store.time-zone=Asia/Taipei")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PayoutHttpIntegrationTests {

    private static final String OWNER_API = "/api/v1/private/membership/affiliates";
    private static final String OWN_API = "/api/v1/auth/membership/affiliate";
    private static final String SCHEMA = "SALESMANAGER.";

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private JdbcTemplate jdbc;

    private HostClient host;
    private String owner;
    private String affiliateToken;
    private long reported;
    private long paid;
    private long firstApproved;
    private long secondApproved;
    private long order = 880_000_000L + System.nanoTime() % 1_000_000 * 100;

    @BeforeAll
    void affiliatesWithClicksAndCommissions() {
        host = new HostClient(rest);
        owner = host.adminToken();
        affiliateToken = host.customerToken(host.registerCustomer("affiliate"));
        long customerId = ((Number) host.get("/api/v1/auth/membership", affiliateToken).getBody().get("customerId"))
                .longValue();

        reported = affiliate("Mei Lin 林", customerId, "=HYPERLINK(\"x\")");
        click(reported, "2026-02-28T15:59:59Z"); // Taipei 28 Feb 23:59:59, before the period
        click(reported, "2026-02-28T16:00:00Z"); // Taipei 1 Mar 00:00
        click(reported, "2026-03-02T03:00:00Z");
        click(reported, "2026-03-02T04:00:00Z");
        click(reported, "2026-03-03T15:59:59Z"); // Taipei 3 Mar 23:59:59
        long pending = commission(reported, "PENDING", "3.00", "2026-03-01T01:00:00Z");
        commission(reported, "APPROVED", "2.50", "2026-03-03T15:00:00Z");
        long flagged = commission(reported, "FLAGGED", "0.00", "2026-03-03T15:30:00Z");
        jdbc.update("update " + SCHEMA + "SMM_COMMISSION set FLAG = 'SELF_EMAIL' where ID = ?", flagged);
        jdbc.update("insert into " + SCHEMA + "SMM_PAYOUT (STORE_CODE, AFFILIATE_ID, AMOUNT, CURRENCY, REFERENCE, NOTE,"
                + " RECORDED_BY, RECORDED_AT) values ('DEFAULT', ?, 1, 'CAD', 'OWN-REF', 'owner only', 'admin', ?)",
                reported, utc("2026-02-01T00:00:00Z"));
        assertThat(pending).isPositive();

        paid = affiliate("Payee", null, "IBAN FR76 0000");
        long earlier = commission(paid, "PAID", "4.00", "2026-01-10T00:00:00Z");
        entry(earlier, paid, "CLAWBACK", "-1.25");
        firstApproved = commission(paid, "APPROVED", "10.00", "2026-02-01T00:00:00Z");
        secondApproved = commission(paid, "APPROVED", "5.00", "2026-02-02T00:00:00Z");
    }

    @Test
    void namesEveryBrokenFieldOfAPayoutInOneAnswer() {
        ResponseEntity<Map<String, Object>> broken = host.send(HttpMethod.POST, OWNER_API + "/payouts", Map.of(
                "affiliateId", 999_999_999, "commissionIds", List.of(), "reference", "r".repeat(121), "note",
                "n".repeat(501)), owner);
        ResponseEntity<Map<String, Object>> unreadable = host.send(HttpMethod.POST, OWNER_API + "/payouts", Map.of(
                "affiliateId", "first", "commissionIds", List.of("x")), owner);

        assertThat(HostClient.violationFields(broken)).containsExactly("affiliateId", "commissionIds", "note",
                "reference");
        assertThat(HostClient.violationFields(unreadable)).containsExactly("affiliateId", "commissionIds[0]");
        assertThat(host.get(OWNER_API + "/payable", owner).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void recordsAPayoutOfTheApprovedCommissionsLessTheCarriedLineAndWritesItForTheBank() {
        Map<String, Object> payable = json(host.getText(OWNER_API + "/payable?affiliateId=" + paid, owner, null));
        assertThat(list(payable.get("commissions"))).extracting(row -> ((Number) map(row).get("id")).longValue())
                .containsExactly(firstApproved, secondApproved);
        assertThat(list(payable.get("carried"))).singleElement().satisfies(line -> assertThat(map(line))
                .containsEntry("kind", "CLAWBACK").containsEntry("amount", new BigDecimal("-1.25")));
        assertThat(payable).containsEntry("total", new BigDecimal("13.75")).containsEntry("payable", true);

        ResponseEntity<Map<String, Object>> recorded = host.send(HttpMethod.POST, OWNER_API + "/payouts", Map.of(
                "affiliateId", paid, "commissionIds", List.of(firstApproved, secondApproved), "reference", "TX-1",
                "note", "March"), owner);
        ResponseEntity<Map<String, Object>> again = host.send(HttpMethod.POST, OWNER_API + "/payouts", Map.of(
                "affiliateId", paid, "commissionIds", List.of(secondApproved)), owner);

        assertThat(recorded.getStatusCode()).as(recorded.toString()).isEqualTo(HttpStatus.CREATED);
        long payoutId = ((Number) recorded.getBody().get("id")).longValue();
        Map<String, Object> shown = json(host.getText(OWNER_API + "/payouts/" + payoutId, owner, null));
        assertThat(shown).containsEntry("amount", new BigDecimal("13.75")).containsEntry("reference", "TX-1")
                .containsEntry("note", "March").containsEntry("affiliateName", "Payee");
        assertThat(list(shown.get("items"))).extracting(item -> map(item).get("kind")).containsExactly("CLAWBACK",
                "EARNED", "EARNED");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).containsEntry("code", "membership.payout.commissions.not-approved");
        assertThat((String) again.getBody().get("detail")).contains(String.valueOf(secondApproved));
        Map<String, Object> listed = json(host.getText(OWNER_API + "/payouts?affiliateId=" + paid, owner, null));
        assertThat(list(listed.get("items"))).singleElement().satisfies(payout -> assertThat(map(payout))
                .containsEntry("amount", new BigDecimal("13.75")).doesNotContainKey("items"));

        ResponseEntity<String> csv = host.getText(OWNER_API + "/payouts.csv", owner, null);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("payouts-");
        List<String> lines = csv.getBody().lines().collect(Collectors.toList());
        assertThat(lines.get(0)).isEqualTo(SpreadsheetCsv.BOM + String.join(",", PayoutCsv.COLUMNS));
        String today = LocalDate.now(ZoneId.of("Asia/Taipei")).toString();
        assertThat(lines).contains("Payee,BANK,payee@example.com,IBAN FR76 0000,13.75,CAD,TX-1," + today);
        assertThat(host.getText(OWNER_API + "/payouts.csv?from=2020-01-01&to=2020-01-31", owner, null).getBody()
                .lines()).hasSize(1);
        assertThat(host.getText(OWNER_API + "/payouts.csv?from=2026-02-01&to=2026-02-01", owner, null).getBody())
                .contains(",BANK,mei@example.com,\"'=HYPERLINK(\"\"x\"\")\",1.00,CAD,OWN-REF,2026-02-01");
    }

    @Test
    void reportsAnAffiliatesDaysInTheStoreZoneAsJsonAndCsv() {
        String period = "?from=2026-03-01&to=2026-03-03";

        Map<String, Object> report = json(host.getText(OWNER_API + "/" + reported + "/report" + period, owner, null));

        assertThat(report).containsEntry("clicks", 4).containsEntry("orders", 2)
                .containsEntry("conversionRate", new BigDecimal("0.5000")).containsEntry("currency", "CAD")
                .containsEntry("timeZone", "Asia/Taipei");
        assertThat(map(report.get("commission"))).containsEntry("PENDING", new BigDecimal("3.00"))
                .containsEntry("APPROVED", new BigDecimal("2.50")).containsEntry("PAID", new BigDecimal("0.00"))
                .containsEntry("REVERSED", new BigDecimal("0.00")).containsEntry("FLAGGED", new BigDecimal("0.00"));
        assertThat(list(report.get("days"))).extracting(day -> map(day).get("date") + " " + map(day).get("clicks")
                + " " + map(day).get("orders") + " " + map(day).get("commission"))
                .containsExactly("2026-03-01 1 1 3.00", "2026-03-02 2 0 0.00", "2026-03-03 1 1 2.50");
        List<String> csv = host.getText(OWNER_API + "/" + reported + "/report.csv" + period, owner, null).getBody()
                .lines().collect(Collectors.toList());
        assertThat(csv).containsExactly(SpreadsheetCsv.BOM + "date,clicks,orders,commission,currency",
                "2026-03-01,1,1,3.00,CAD", "2026-03-02,2,0,0.00,CAD", "2026-03-03,1,1,2.50,CAD");
        assertThat(fields(OWNER_API + "/" + reported + "/report?from=March&to=2026-02-30")).containsExactly("from",
                "to");
        assertThat(problem(OWNER_API + "/999999999/report.csv", HttpStatus.NOT_FOUND))
                .containsEntry("code", "membership.payout.affiliate.not-found");
    }

    @Test
    void listsCommissionsAndSelfReferralsToTheOwnerInBoundedPages() {
        Map<String, Object> approved = json(host.getText(OWNER_API + "/commissions?affiliateId=" + reported
                + "&state=APPROVED", owner, null));
        Map<String, Object> flags = json(host.getText(OWNER_API + "/flags/self-referral?from=2026-03-03&to=2026-03-03",
                owner, null));

        assertThat(list(approved.get("items"))).singleElement().satisfies(row -> assertThat(map(row))
                .containsEntry("commission", new BigDecimal("2.50")).containsEntry("state", "APPROVED"));
        assertThat(list(flags.get("items"))).extracting(row -> map(row).get("flag")).containsExactly("SELF_EMAIL");
        assertThat(fields(OWNER_API + "/commissions?state=APPROVED&size=101")).containsExactly("size");
        assertThat(fields(OWNER_API + "/commissions?state=LOST")).containsExactly("state");
    }

    @Test
    void showsTheAffiliateTheirOwnResultsOrdersAndPayoutsWithoutCustomersOrOwnerNotes() {
        Map<String, Object> summary = json(host.getText(OWN_API + "/summary?from=2026-03-01&to=2026-03-03",
                affiliateToken, null));
        Map<String, Object> orders = json(host.getText(OWN_API + "/orders?page=0&size=2", affiliateToken, null));
        Map<String, Object> payouts = json(host.getText(OWN_API + "/payouts", affiliateToken, null));

        assertThat(summary).containsEntry("clicks", 4).containsEntry("orders", 2).doesNotContainKey("days");
        assertThat(map(summary.get("commission"))).containsEntry("PENDING", new BigDecimal("3.00"));
        assertThat(orders).containsEntry("totalItems", 3);
        assertThat(list(orders.get("items"))).allSatisfy(row -> assertThat(map(row)).containsKeys("orderId",
                "placedAt", "eligibleAmount", "commission", "state").doesNotContainKey("customerId"));
        assertThat(list(payouts.get("items"))).singleElement().satisfies(payout -> assertThat(map(payout))
                .containsEntry("reference", "OWN-REF").doesNotContainKeys("note", "recordedBy"));
        String stranger = host.customerToken(host.registerCustomer("stranger"));
        ResponseEntity<String> notAnAffiliate = host.getText(OWN_API + "/summary", stranger, null);
        assertThat(notAnAffiliate.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answered(notAnAffiliate, HttpStatus.NOT_FOUND)).containsEntry("code",
                "membership.affiliate.none");
        assertThat(host.getText(OWN_API + "/payouts", null, null).getStatusCode().value()).isIn(401, 403);
        assertThat(host.getText(OWNER_API + "/payouts", affiliateToken, null).getStatusCode().value()).isIn(401, 403);
    }

    private long affiliate(String name, Long customerId, String payoutDetails) {
        String email = name.split(" ")[0].toLowerCase() + "@example.com";
        order++;
        jdbc.update("insert into " + SCHEMA + "SMM_AFFILIATE (STORE_CODE, CUSTOMER_ID, NAME, EMAIL, STATUS,"
                + " PAYOUT_METHOD, PAYOUT_EMAIL, PAYOUT_DETAILS, CREATED_AT, VERSION) values ('DEFAULT', ?, ?, ?,"
                + " 'ACTIVE', 'BANK', ?, ?, ?, 0)", customerId, name + order, email, email, payoutDetails,
                utc("2026-01-01T00:00:00Z"));
        long id = jdbc.queryForObject("select ID from " + SCHEMA + "SMM_AFFILIATE where NAME = ?", Long.class,
                name + order);
        jdbc.update("update " + SCHEMA + "SMM_AFFILIATE set NAME = ? where ID = ?", name, id);
        return id;
    }

    private long commission(long affiliate, String state, String earned, String placedAt) {
        long orderId = ++order;
        jdbc.update("insert into " + SCHEMA + "SMM_COMMISSION (STORE_CODE, ORDER_ID, AFFILIATE_ID, SOURCE,"
                + " ORDER_AMOUNT, ELIGIBLE_AMOUNT, AMOUNT, CURRENCY, STATE, PLACED_AT, DUE_AT) values ('DEFAULT', ?,"
                + " ?, 'COOKIE', 60, 50, ?, 'CAD', ?, ?, ?)", orderId, affiliate, new BigDecimal(earned), state,
                utc(placedAt), utc(placedAt));
        long id = jdbc.queryForObject("select ID from " + SCHEMA + "SMM_COMMISSION where ORDER_ID = ?", Long.class,
                orderId);
        entry(id, affiliate, "EARNED", earned);
        return id;
    }

    private void entry(long commission, long affiliate, String kind, String amount) {
        jdbc.update("insert into " + SCHEMA + "SMM_COMMISSION_ENTRY (STORE_CODE, COMMISSION_ID, AFFILIATE_ID,"
                + " ENTRY_KEY, KIND, AMOUNT, CURRENCY, RECORDED_AT) values ('DEFAULT', ?, ?, ?, ?, ?, 'CAD', ?)",
                commission, affiliate, "order:" + commission + ":" + kind, kind, new BigDecimal(amount),
                utc("2026-03-01T00:00:00Z"));
    }

    private void click(long affiliate, String at) {
        jdbc.update("insert into " + SCHEMA + "SMM_AFFILIATE_CLICK (STORE_CODE, AFFILIATE_ID, TRACKING_ID, CLICKED_AT)"
                + " values ('DEFAULT', ?, 'mei', ?)", affiliate, utc(at));
    }

    private Map<String, Object> problem(String path, HttpStatus status) {
        return answered(host.getText(path, owner, null), status);
    }

    private List<Object> fields(String path) {
        return violationFields(host.getText(path, owner, null));
    }

    private static Timestamp utc(String instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC));
    }
}
