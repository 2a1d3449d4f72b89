package io.smm.membership.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import io.smm.harness.StandInShopApplication;
import io.smm.membership.testhost.HostClient;

/** The owner's points reports through the host's security: the liability's months, the expiring list, their CSV. */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PointsReportsHttpIntegrationTests {

    private static final String STORE = "DEFAULT";
    private static final String LIABILITY = "/api/v1/private/membership/points/liability";
    private static final String EXPIRING = "/api/v1/private/membership/points/expiring";

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private PointsLedger ledger;

    @Autowired
    private JdbcTemplate jdbc;

    private HostClient host;
    private String owner;
    private String email;
    private long customerId;

    /** A member with 250 points expiring in three days. */
    @BeforeAll
    void memberWithPointsExpiringSoon() {
        host = new HostClient(rest);
        owner = host.adminToken();
        email = host.registerCustomer("expiring" + System.nanoTime() % 1_000_000);
        String token = host.customerToken(email);
        customerId = ((Number) host.get("/api/v1/auth/membership", token).getBody().get("customerId")).longValue();
        assertThat(ledger.grant(STORE, customerId, 250, "test:expiring:" + customerId, "test")).isTrue();
        Instant soon = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        jdbc.update("update SALESMANAGER.SMM_POINTS_LOT set EXPIRES_AT = ? where ACCOUNT_ID = (select ID from"
                + " SALESMANAGER.SMM_POINTS_ACCOUNT where STORE_CODE = ? and CUSTOMER_ID = ?)",
                Timestamp.valueOf(LocalDateTime.ofInstant(soon, ZoneOffset.UTC)), STORE, customerId);
    }

    @Test
    void theLiabilityShowsTheLastTwelveMonthsValuedAtTheStoresCashValue() {
        ResponseEntity<Map<String, Object>> answer = host.get(LIABILITY, owner);

        assertThat(answer.getStatusCode()).as(answer.toString()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> months = months(answer.getBody());
        assertThat(months).hasSize(12);
        Map<String, Object> current = months.get(11);
        assertThat(current).containsEntry("current", true);
        long outstanding = ((Number) current.get("outstanding")).longValue();
        assertThat(outstanding).isGreaterThanOrEqualTo(250);
        BigDecimal cashValue = new BigDecimal(current.get("cashValue").toString());
        assertThat(cashValue).isEqualByComparingTo(new BigDecimal(answer.getBody().get("pointValue").toString())
                .multiply(BigDecimal.valueOf(outstanding)).setScale(cashValue.scale(), RoundingMode.HALF_UP));
    }

    @Test
    void brokenMonthsAreNamedTogetherInOne400() {
        ResponseEntity<Map<String, Object>> refused = host.get(LIABILITY + "?from=2026-13&to=later", owner);

        assertThat(HostClient.violationFields(refused)).containsExactly("from", "to");
    }

    @Test
    void theExpiringListFindsTheMemberPageByPage() {
        Map<String, Object> found = null;
        String after = "";
        for (int page = 0; page < 1000 && found == null && after != null; page++) {
            ResponseEntity<Map<String, Object>> answer = host.get(EXPIRING + "?days=5&size=1&after=" + after, owner);
            assertThat(answer.getStatusCode()).as(answer.toString()).isEqualTo(HttpStatus.OK);
            found = items(answer.getBody()).stream()
                    .filter(item -> ((Number) item.get("customerId")).longValue() == customerId).findFirst()
                    .orElse(null);
            after = (String) answer.getBody().get("next");
        }

        assertThat(found).isNotNull().containsEntry("points", 250).containsEntry("email", email);
    }

    @Test
    void brokenExpiringParametersAreNamedTogetherInOne400() {
        ResponseEntity<Map<String, Object>> refused = host.get(EXPIRING + "?days=366&size=x&after=nowhere", owner);

        assertThat(HostClient.violationFields(refused)).containsExactlyInAnyOrder("days", "size", "after");
        assertThat(HostClient.violationFields(host.get(EXPIRING + ".csv?days=0", owner))).containsExactly("days");
    }

    @Test
    void theCsvFilesHaveEveryMonthAndEveryMember() {
        ResponseEntity<byte[]> liability = host.getBytes(LIABILITY + ".csv", owner);
        ResponseEntity<byte[]> expiring = host.getBytes(EXPIRING + ".csv?days=5", owner);

        List<String> months = lines(liability);
        assertThat(months).hasSize(13);
        assertThat(months.get(0)).isEqualTo("\uFEFFmonth,as_of,usable,pending,outstanding,cash_value,currency");
        assertThat(lines(expiring)).anyMatch(line -> line.startsWith(customerId + "," + email + ",")
                && line.contains(",250,"));
    }

    private static List<String> lines(ResponseEntity<byte[]> answer) {
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return List.of(new String(answer.getBody(), StandardCharsets.UTF_8).split("\r\n"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> months(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("months");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("items");
    }
}
