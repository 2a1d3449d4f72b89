package io.smm.membership.tiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.smm.harness.StandInShopApplication;
import io.smm.membership.testhost.HostClient;

/** The owner's tier charts as JSON on the stand-in host: a move made this month, and months out of range refused. */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TierChartsHttpIntegrationTests {

    private static final String CHARTS = "/api/v1/private/membership/tiers/charts";

    @Autowired
    private TestRestTemplate rest;

    @Test
    void countsAMemberMovedUpThisMonthInTheLastMonth() {
        HostClient host = new HostClient(rest);
        String owner = host.adminToken();
        String suffix = String.valueOf(System.nanoTime() % 100000);
        String base = "CB" + suffix;
        String gold = "CG" + suffix;
        int rank = 800 + (int) (System.nanoTime() % 90) * 2;
        assertThat(host.send(HttpMethod.POST, "/api/v1/private/membership/groups",
                Map.of("code", base, "kind", "TIER", "rank", rank, "nameEn", "Chart base"), owner).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(host.send(HttpMethod.POST, "/api/v1/private/membership/groups",
                Map.of("code", gold, "kind", "TIER", "rank", rank + 1, "nameEn", "Chart gold"), owner).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        String shopper = host.customerToken(host.registerCustomer("charted"));
        long customerId = ((Number) host.get("/api/v1/auth/membership", shopper).getBody().get("customerId"))
                .longValue();
        host.send(HttpMethod.PUT, "/api/v1/private/membership/members/" + customerId + "/tier",
                Map.of("group", gold), owner);

        ResponseEntity<Map<String, Object>> answer = host.get(CHARTS + "?months=2", owner);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> chart = answer.getBody();
        assertThat((List<?>) chart.get("months")).hasSize(2).allSatisfy(month -> assertThat((String) month)
                .matches("\\d{4}-\\d{2}"));
        assertThat((List<?>) chart.get("tiers")).anySatisfy(tier -> assertThat(asMap(tier))
                .containsEntry("code", gold).containsEntry("name", "Chart gold")
                .containsEntry("counts", List.of(0, 1)));
        assertThat(((Number) ((List<?>) chart.get("upgrades")).get(1)).longValue()).isPositive();
        assertThat((List<?>) chart.get("downgrades")).hasSize(2);
    }

    @Test
    void refusesZeroAndThirtySevenMonthsNamingTheField() {
        HostClient host = new HostClient(rest);
        String owner = host.adminToken();

        ResponseEntity<Map<String, Object>> none = host.get(CHARTS + "?months=0", owner);
        ResponseEntity<Map<String, Object>> tooMany = host.get(CHARTS + "?months=37", owner);
        ResponseEntity<Map<String, Object>> byDefault = host.get(CHARTS, owner);

        for (ResponseEntity<Map<String, Object>> refused : List.of(none, tooMany)) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(((List<?>) refused.getBody().get("violations")).stream()
                    .map(violation -> asMap(violation).get("field")).collect(Collectors.toList()))
                    .containsExactly("months");
        }
        assertThat((List<?>) byDefault.getBody().get("months")).hasSize(12);
    }

    @Test
    void isForTheOwnerOnly() {
        HostClient host = new HostClient(rest);

        ResponseEntity<Map<String, Object>> anonymous = host.get(CHARTS, null);

        assertThat(anonymous.getStatusCode()).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object json) {
        return (Map<String, Object>) json;
    }
}
