package io.smm.membership.analytics;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The owner's analytics settings and an RFM run asked for, through the host's security, as JSON. */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnalyticsHttpIntegrationTests {

    private static final String API = "/api/v1/private/membership/analytics";

    @Autowired
    private TestRestTemplate rest;

    @Test
    void brokenSettingsAreNamedTogetherInOne400() {
        HostClient host = new HostClient(rest);

        ResponseEntity<Map<String, Object>> refused = host.send(HttpMethod.PUT, API + "/settings", Map.of(
                "windowDays", 29, "sleepDays", "long", "f2Orders", 1, "f3Orders", 3, "f4Orders", 3),
                host.adminToken());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(HostClient.violationFields(refused)).containsExactlyInAnyOrder("windowDays", "sleepDays",
                "f2Orders", "f4Orders", "f5Orders");
    }

    @Test
    void anOwnerAsksForARunAndReadsItsEnd() throws InterruptedException {
        HostClient host = new HostClient(rest);
        String owner = host.adminToken();

        ResponseEntity<Map<String, Object>> accepted = host.send(HttpMethod.POST, API + "/rfm/runs", Map.of(), owner);
        Map<String, Object> latest = host.get(API + "/rfm/runs/latest", owner).getBody();
        for (int wait = 0; wait < 100 && "RUNNING".equals(latest.get("status")); wait++) {
            Thread.sleep(100);
            latest = host.get(API + "/rfm/runs/latest", owner).getBody();
        }

        assertThat(accepted.getStatusCode()).as(accepted.toString()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(latest).containsEntry("id", accepted.getBody().get("id")).containsEntry("status", "DONE");
        assertThat(host.get(API + "/rfm/segments", owner).getBody()).containsKeys("sizes", "moves", "lastRun");
    }
}
