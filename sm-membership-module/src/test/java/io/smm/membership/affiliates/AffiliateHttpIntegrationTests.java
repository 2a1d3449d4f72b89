package io.smm.membership.affiliates;

import static io.smm.membership.testhost.HostClient.violationFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.smm.harness.StandInShopApplication;
import io.smm.membership.testhost.HostClient;

/**
 * The affiliate registry's JSON on the stand-in host: the owner's affiliates, tracking ids, decisions, coupons and
 * settings, and a customer's own application and account.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AffiliateHttpIntegrationTests {

    private static final String AFFILIATES = "/api/v1/private/membership/affiliates";
    private static final String MINE = "/api/v1/auth/membership/affiliate";

    @Autowired
    private TestRestTemplate rest;

    private HostClient host;
    private String owner;
    private String suffix;

    @BeforeAll
    void owner() {
        host = new HostClient(rest);
        owner = host.adminToken();
        suffix = String.valueOf(System.nanoTime() % 1_000_000);
    }

    @Test
    void generatesReadableTrackingIdsAndKeepsAnOldOneFindable() {
        Map<String, Object> first = created(affiliate("Zoë Ng " + suffix, "zoe" + suffix + "@example.com"));
        Map<String, Object> second = created(affiliate("ZOE NG " + suffix, "zoe.ng" + suffix + "@example.com"));
        Map<String, Object> change = affiliate("Zoë Ng " + suffix, "zoe" + suffix + "@example.com");
        change.put("trackingId", "Zoe-Shop-" + suffix);

        ResponseEntity<Map<String, Object>> changed = host.send(HttpMethod.PUT, AFFILIATES + "/" + first.get("id"),
                change, owner);

        assertThat(first.get("trackingId")).isEqualTo("zoe-ng-" + suffix);
        assertThat(second.get("trackingId")).isEqualTo("zoe-ng-" + suffix + "-2");
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(changed.getBody()).containsEntry("trackingId", "zoe-shop-" + suffix)
                .containsEntry("oldTrackingIds", List.of("zoe-ng-" + suffix));
        assertThat(items(host.get(AFFILIATES + "?q=ZOE-NG-" + suffix + "&status=active", owner)))
                .extracting(item -> item.get("id")).containsExactlyInAnyOrder(first.get("id"), second.get("id"));
        Map<String, Object> third = affiliate("Other " + suffix, "other" + suffix + "@example.com");
        third.put("trackingId", "zoe-ng-" + suffix);
        ResponseEntity<Map<String, Object>> taken = host.send(HttpMethod.POST, AFFILIATES, third, owner);
        assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(violationFields(taken)).containsExactly("trackingId");
    }

    @Test
    void keepsRatesByCategoryAndNamesEveryBrokenFieldInOneAnswer() {
        Map<String, Object> body = affiliate("Rates " + suffix, "rates" + suffix + "@example.com");
        body.put("rate", "7.5");
        body.put("categoryRates", List.of(Map.of("categoryId", 12, "rate", "10"), Map.of("categoryId", 13,
                "rate", "2.25")));
        Map<String, Object> broken = new HashMap<>(Map.of("name", " ", "email", "nobody", "trackingId", "-x",
                "rate", "100.5", "payoutEmail", "pay@", "status", "REFUSED"));
        broken.put("categoryRates", List.of(Map.of("categoryId", 12, "rate", "-1"), Map.of("categoryId", 12,
                "rate", "ten")));

        Map<String, Object> saved = created(body);
        ResponseEntity<Map<String, Object>> refused = host.send(HttpMethod.POST, AFFILIATES, broken, owner);

        assertThat(saved).containsEntry("rate", 7.5).containsEntry("effectiveRate", 7.5).containsEntry("categoryRates",
                List.of(Map.of("categoryId", 12, "rate", 10), Map.of("categoryId", 13, "rate", 2.25)));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(violationFields(refused)).containsExactlyInAnyOrder("name", "email", "trackingId", "rate",
                "payoutEmail", "status", "categoryRates[0].rate", "categoryRates[1].categoryId",
                "categoryRates[1].rate");
    }

    @Test
    void aCustomerAppliesIsRefusedWithAReasonAppliesAgainAndIsApprovedSuspendedAndActivated() {
        String customer = host.customerToken(host.registerCustomer("aff"));
        assertThat(host.get(MINE, customer).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<Map<String, Object>> applied = host.send(HttpMethod.POST, MINE, Map.of("payoutMethod",
                "PayPal", "payoutEmail", "pay" + suffix + "@example.com", "note", "My blog"), customer);
        ResponseEntity<Map<String, Object>> twice = host.send(HttpMethod.POST, MINE, Map.of(), customer);
        Object id = items(host.get(AFFILIATES + "/applications?size=100", owner)).stream()
                .filter(item -> item.get("trackingId").equals(applied.getBody().get("trackingId")))
                .map(item -> item.get("id")).findFirst().orElseThrow();
        ResponseEntity<Map<String, Object>> noReason = host.send(HttpMethod.POST, AFFILIATES + "/" + id + "/refuse",
                Map.of("reason", " "), owner);
        host.send(HttpMethod.POST, AFFILIATES + "/" + id + "/refuse", Map.of("reason", "No content yet"), owner);
        Map<String, Object> refused = host.get(MINE, customer).getBody();
        ResponseEntity<Map<String, Object>> again = host.send(HttpMethod.POST, MINE, Map.of("note", "Now I have"),
                customer);
        ResponseEntity<Map<String, Object>> approved = host.send(HttpMethod.POST, AFFILIATES + "/" + id + "/approve",
                null, owner);
        ResponseEntity<Map<String, Object>> approvedTwice = host.send(HttpMethod.POST,
                AFFILIATES + "/" + id + "/approve", null, owner);
        ResponseEntity<Map<String, Object>> suspended = host.send(HttpMethod.POST,
                AFFILIATES + "/" + id + "/suspend", null, owner);
        ResponseEntity<Map<String, Object>> activated = host.send(HttpMethod.POST,
                AFFILIATES + "/" + id + "/activate", null, owner);

        assertThat(applied.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(applied.getBody()).containsEntry("status", "APPLIED").containsEntry("payoutMethod", "PayPal")
                .containsEntry("rate", 5);
        assertThat(applied.getBody().get("link")).asString().startsWith("http://localhost:")
                .endsWith("/a/" + applied.getBody().get("trackingId"));
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(violationFields(noReason)).containsExactly("reason");
        assertThat(refused).containsEntry("status", "REFUSED").containsEntry("refusalReason", "No content yet");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getBody()).containsEntry("status", "APPLIED").containsEntry("refusalReason", null)
                .containsEntry("trackingId", applied.getBody().get("trackingId"));
        assertThat(approved.getBody()).containsEntry("status", "ACTIVE").containsEntry("decidedBy", HostClient.ADMIN);
        assertThat(approvedTwice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(suspended.getBody()).containsEntry("status", "SUSPENDED");
        assertThat(activated.getBody()).containsEntry("status", "ACTIVE");
    }

    @Test
    void anAffiliateChangesItsPayoutDetailsAndIsToldWhichAreBroken() {
        String customer = host.customerToken(host.registerCustomer("pay"));
        host.send(HttpMethod.POST, MINE, Map.of("trackingId", "Payer-" + suffix), customer);

        ResponseEntity<Map<String, Object>> changed = host.send(HttpMethod.PUT, MINE + "/payout", Map.of(
                "payoutMethod", "Bank transfer", "payoutDetails", "IBAN 123"), customer);
        ResponseEntity<Map<String, Object>> broken = host.send(HttpMethod.PUT, MINE + "/payout", Map.of(
                "payoutEmail", "nope", "payoutMethod", "x".repeat(41)), customer);

        assertThat(changed.getBody()).containsEntry("trackingId", "payer-" + suffix)
                .containsEntry("payoutMethod", "Bank transfer").containsEntry("payoutDetails", "IBAN 123");
        assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(violationFields(broken)).containsExactlyInAnyOrder("payoutEmail", "payoutMethod");
    }

    @Test
    void bindsACouponToOneAffiliateOnly() {
        String code = "AFF" + suffix;
        host.send(HttpMethod.POST, "/api/v1/private/membership/coupons", Map.of("code", code, "name", "Aff",
                "kind", "PERCENT", "value", "10"), owner);
        Object first = created(affiliate("Binder " + suffix, "binder" + suffix + "@example.com")).get("id");
        Object second = created(affiliate("Other binder " + suffix, "ob" + suffix + "@example.com")).get("id");

        ResponseEntity<Map<String, Object>> bound = host.send(HttpMethod.PUT,
                AFFILIATES + "/" + first + "/coupons/" + code.toLowerCase(), null, owner);
        ResponseEntity<Map<String, Object>> elsewhere = host.send(HttpMethod.PUT,
                AFFILIATES + "/" + second + "/coupons/" + code, null, owner);
        ResponseEntity<Map<String, Object>> notTheirs = host.send(HttpMethod.DELETE,
                AFFILIATES + "/" + second + "/coupons/" + code, null, owner);
        ResponseEntity<Map<String, Object>> unbound = host.send(HttpMethod.DELETE,
                AFFILIATES + "/" + first + "/coupons/" + code, null, owner);
        ResponseEntity<Map<String, Object>> moved = host.send(HttpMethod.PUT,
                AFFILIATES + "/" + second + "/coupons/" + code, null, owner);

        assertThat(bound.getBody()).containsEntry("coupons", List.of(code));
        assertThat(elsewhere.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(notTheirs.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unbound.getBody()).containsEntry("coupons", List.of());
        assertThat(moved.getBody()).containsEntry("coupons", List.of(code));
        assertThat(host.send(HttpMethod.PUT, AFFILIATES + "/" + first + "/coupons/NOSUCH" + suffix, null, owner)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void settingsNameEveryBrokenFieldAndClosedApplicationsRefuseApplicants() {
        Map<String, Object> defaults = host.get(AFFILIATES + "/settings", owner).getBody();
        Map<String, Object> closed = new HashMap<>(defaults);
        closed.remove("updatedAt");
        closed.put("applicationsOpen", false);
        String customer = host.customerToken(host.registerCustomer("closed"));

        ResponseEntity<Map<String, Object>> broken = host.send(HttpMethod.PUT, AFFILIATES + "/settings", Map.of(
                "cookieDays", 0, "model", "SOME_CLICK", "returnWindowDays", 366, "defaultRate", "101",
                "clickRetentionDays", 6, "burstClicksPerHour", 10_001), owner);
        ResponseEntity<Map<String, Object>> saved = host.send(HttpMethod.PUT, AFFILIATES + "/settings", closed,
                owner);
        ResponseEntity<Map<String, Object>> refused = host.send(HttpMethod.POST, MINE, Map.of(), customer);
        closed.put("applicationsOpen", true);
        host.send(HttpMethod.PUT, AFFILIATES + "/settings", closed, owner);

        assertThat(defaults).containsEntry("cookieDays", 30).containsEntry("model", "LAST_CLICK")
                .containsEntry("defaultRate", 5).containsEntry("applicationsOpen", true);
        assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(violationFields(broken)).containsExactlyInAnyOrder("cookieDays", "model", "returnWindowDays",
                "defaultRate", "clickRetentionDays", "burstClicksPerHour", "applicationsOpen");
        assertThat(saved.getBody()).containsEntry("applicationsOpen", false);
        assertThat(saved.getBody().get("updatedAt")).isNotNull();
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody()).containsEntry("code", "membership.affiliate.applications-closed");
    }

    @Test
    void givesAnAffiliateItsOwnOldTrackingIdBack() {
        Map<String, Object> body = affiliate("Back " + suffix, "back" + suffix + "@example.com");
        body.put("trackingId", "back-one-" + suffix);
        Object id = created(body).get("id");
        body.put("trackingId", "back-two-" + suffix);
        host.send(HttpMethod.PUT, AFFILIATES + "/" + id, body, owner);
        body.put("trackingId", "BACK-ONE-" + suffix);

        ResponseEntity<Map<String, Object>> back = host.send(HttpMethod.PUT, AFFILIATES + "/" + id, body, owner);

        assertThat(back.getBody()).containsEntry("trackingId", "back-one-" + suffix)
                .containsEntry("oldTrackingIds", List.of("back-two-" + suffix));
    }

    @Test
    void answersAnUnknownAffiliateWith404AndAnUnknownStatusWith400() {
        ResponseEntity<Map<String, Object>> unknown = host.get(AFFILIATES + "/987654321", owner);
        ResponseEntity<Map<String, Object>> badStatus = host.get(AFFILIATES + "?status=SLEEPING", owner);

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).containsEntry("code", "membership.affiliate.not-found");
        assertThat(badStatus.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(violationFields(badStatus)).containsExactly("status");
    }

    @Test
    void isTheOwnersOnly() {
        String shopper = host.customerToken(host.registerCustomer("aff"));

        assertThat(host.get(AFFILIATES, shopper).getStatusCode().value()).isIn(401, 403);
    }

    private Map<String, Object> created(Map<String, Object> body) {
        ResponseEntity<Map<String, Object>> created = host.send(HttpMethod.POST, AFFILIATES, body, owner);
        assertThat(created.getStatusCode()).as(created.toString()).isEqualTo(HttpStatus.CREATED);
        return created.getBody();
    }

    private static Map<String, Object> affiliate(String name, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("email", email);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(ResponseEntity<Map<String, Object>> page) {
        return (List<Map<String, Object>>) page.getBody().get("items");
    }
}
