package io.smm.membership.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.smm.harness.StandInShopApplication;
import io.smm.membership.testhost.HostClient;

/** The owner's points settings and the shopper's points, through the host's security, as JSON. */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PointsHttpIntegrationTests {

    private static final String SETTINGS = "/api/v1/private/membership/points/settings";

    @Autowired
    private TestRestTemplate rest;

    @Test
    void theOwnerSavesSettingsAndReadsThemBack() {
        HostClient host = new HostClient(rest);
        String owner = host.adminToken();
        Map<String, Object> body = new HashMap<>(Map.of("enabled", true, "pointsPerUnit", 1, "cashValue", 0.01,
                "minRedeem", 100, "maxOrderShare", 50, "expiryMode", "END_OF_PERIOD", "expiryDays", 365,
                "expiryPeriod", "QUARTER", "returnWindowDays", 30, "tiersByPoints", false));
        body.put("tierRates", List.of(Map.of("groupId", 3, "multiplier", 1.5)));

        ResponseEntity<Map<String, Object>> saved = host.send(HttpMethod.PUT, SETTINGS, body, owner);
        Map<String, Object> read = host.get(SETTINGS, owner).getBody();

        assertThat(saved.getStatusCode()).as(saved.toString()).isEqualTo(HttpStatus.OK);
        assertThat(read).containsEntry("expiryPeriod", "QUARTER").containsEntry("cashValue", "0.01")
                .containsEntry("tierRates", List.of(Map.of("groupId", 3, "multiplier", "1.5")));
        assertThat(read.get("updatedAt")).isNotNull();
    }

    @Test
    void brokenSettingsAreNamedTogetherInOne400() {
        HostClient host = new HostClient(rest);

        ResponseEntity<Map<String, Object>> refused = host.send(HttpMethod.PUT, SETTINGS, Map.of("enabled", true,
                "pointsPerUnit", "many", "cashValue", 0, "maxOrderShare", 101, "expiryMode", "NEVER"),
                host.adminToken());

        assertThat(HostClient.violationFields(refused)).contains("pointsPerUnit", "cashValue", "minRedeem",
                "maxOrderShare", "expiryMode", "expiryDays", "expiryPeriod", "returnWindowDays", "tiersByPoints");
    }

    @Test
    void aNewShopperHasNoPointsAndAnEmptyHistory() {
        HostClient host = new HostClient(rest);
        String shopper = host.customerToken(host.registerCustomer("points"));

        ResponseEntity<Map<String, Object>> points = host.get("/api/v1/auth/membership/points", shopper);

        assertThat(points.getStatusCode()).as(points.toString()).isEqualTo(HttpStatus.OK);
        assertThat(points.getBody()).containsEntry("balance", 0).containsEntry("pending", 0)
                .containsEntry("expiringSoon", 0);
        @SuppressWarnings("unchecked")
        Map<String, Object> history = (Map<String, Object>) points.getBody().get("history");
        assertThat(history).containsEntry("items", List.of()).containsEntry("totalItems", 0);
    }
}
