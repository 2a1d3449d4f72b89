package io.smm.membership.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import io.smm.harness.StandInShopApplication;
import io.smm.membership.testhost.HostClient;

/** The owner's campaigns, a member's ledger, adjustments and CSV grants, through the host's security, as JSON. */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PointsOwnerHttpIntegrationTests {

    private static final String API = "/api/v1/private/membership/points";
    private static final String CAMPAIGNS = API + "/campaigns";

    @Autowired
    private TestRestTemplate rest;

    @Test
    void theOwnerCreatesEditsListsAndDeletesACampaignInTheStoresTimeZone() {
        HostClient host = new HostClient(rest);
        String owner = host.adminToken();
        long group = ((Number) host.send(HttpMethod.POST, "/api/v1/private/membership/groups", Map.of("code",
                "PTSGOLD", "kind", "MANUAL", "nameEn", "Gold", "nameZhTw", "金卡"), owner).getBody().get("id"))
                .longValue();

        ResponseEntity<Map<String, Object>> created = host.send(HttpMethod.POST, CAMPAIGNS,
                campaign("Double week", "2027-03-01T00:00", "2027-03-08T00:00", 2, List.of(group)), owner);
        Object id = created.getBody().get("id");
        ResponseEntity<Map<String, Object>> edited = host.send(HttpMethod.PUT, CAMPAIGNS + "/" + id,
                campaign("Triple week", "2027-03-01T00:00", "2027-03-08T00:00", 3, List.of()), owner);
        List<Map<String, Object>> listed = host.getList(CAMPAIGNS, owner).getBody();
        ResponseEntity<Map<String, Object>> deleted = host.send(HttpMethod.DELETE, CAMPAIGNS + "/" + id, null, owner);

        assertThat(created.getStatusCode()).as(created.toString()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).containsEntry("startsAt", "2027-03-01T00:00")
                .containsEntry("groupIds", List.of((int) group));
        assertThat(edited.getBody()).containsEntry("name", "Triple week").containsEntry("multiplier", "3")
                .containsEntry("groupIds", List.of());
        assertThat(listed).anySatisfy(each -> assertThat(each).containsEntry("id", id)
                .containsEntry("endsAt", "2027-03-08T00:00"));
        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(host.getList(CAMPAIGNS, owner).getBody()).noneSatisfy(each -> assertThat(each.get("id"))
                .isEqualTo(id));
        assertThat(host.send(HttpMethod.PUT, CAMPAIGNS + "/" + id, campaign("Again", "2027-03-01T00:00",
                "2027-03-08T00:00", 2, List.of()), owner).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aBrokenCampaignIsNamedFieldByFieldInOne400() {
        HostClient host = new HostClient(rest);

        ResponseEntity<Map<String, Object>> refused = host.send(HttpMethod.POST, CAMPAIGNS,
                campaign(" ", "2027-03-08T00:00", "2027-03-01T00:00", 11, List.of(987654)), host.adminToken());

        assertThat(HostClient.violationFields(refused)).containsExactlyInAnyOrder("name", "endsAt", "multiplier",
                "groupIds");
    }

    @Test
    void theOwnerAdjustsAMembersPointsOnceAndSeesTheLedgerWithTheActor() {
        HostClient host = new HostClient(rest);
        String owner = host.adminToken();
        long member = customerId(host, host.customerToken(host.registerCustomer("ptsowner")));
        Map<String, Object> grant = Map.of("points", 250, "reason", "Survey answered", "key", "form-" + member);

        host.send(HttpMethod.POST, API + "/members/" + member + "/adjustments", grant, owner);
        ResponseEntity<Map<String, Object>> again = host.send(HttpMethod.POST,
                API + "/members/" + member + "/adjustments", grant, owner);
        ResponseEntity<Map<String, Object>> tooMany = host.send(HttpMethod.POST,
                API + "/members/" + member + "/adjustments", Map.of("points", -251, "reason", "Correction"), owner);

        assertThat(again.getStatusCode()).as(again.toString()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody()).containsEntry("usable", 250).containsEntry("total", 250);
        assertThat(history(again)).singleElement().satisfies(item -> assertThat(item).containsEntry("kind", "ADJUST")
                .containsEntry("points", 250).containsEntry("reason", "Survey answered")
                .containsEntry("actor", HostClient.ADMIN));
        assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(tooMany.getBody()).containsEntry("code", "membership.points.refused.balance");
    }

    @Test
    void aBrokenAdjustmentIsNamedInOne400AndAnUnknownMemberIs404() {
        HostClient host = new HostClient(rest);
        String owner = host.adminToken();
        long member = customerId(host, host.customerToken(host.registerCustomer("ptsbroken")));

        ResponseEntity<Map<String, Object>> refused = host.send(HttpMethod.POST,
                API + "/members/" + member + "/adjustments", Map.of("points", 0, "reason", "r".repeat(256)), owner);

        assertThat(HostClient.violationFields(refused)).containsExactly("points", "reason");
        assertThat(host.get(API + "/members/987654321", owner).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aCsvGrantsEachRowOnceAndTheSameFileAgainGrantsNothing() {
        HostClient host = new HostClient(rest);
        String owner = host.adminToken();
        String email = host.registerCustomer("ptscsv");
        long byEmail = customerId(host, host.customerToken(email));
        long byId = customerId(host, host.customerToken(host.registerCustomer("ptscsvid")));
        String csv = "customer,points,reason\n" + email.toUpperCase() + ",100,Review\n" + byId + ",40,Survey\n";

        ResponseEntity<Map<String, Object>> first = upload(csv, owner);
        ResponseEntity<Map<String, Object>> second = upload(csv, owner);

        assertThat(first.getStatusCode()).as(first.toString()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody()).containsEntry("rows", 2).containsEntry("granted", 2)
                .containsEntry("alreadyGranted", 0).containsEntry("points", 140);
        assertThat(second.getBody()).containsEntry("granted", 0).containsEntry("alreadyGranted", 2)
                .containsEntry("uploadId", first.getBody().get("uploadId"));
        assertThat(host.get(API + "/members/" + byEmail, owner).getBody()).containsEntry("usable", 100);
        assertThat(host.get(API + "/members/" + byId, owner).getBody()).containsEntry("usable", 40);
    }

    @Test
    void aCsvWithBrokenRowsNamesEveryOneAndGrantsNothing() {
        HostClient host = new HostClient(rest);
        String owner = host.adminToken();
        long member = customerId(host, host.customerToken(host.registerCustomer("ptscsvbad")));

        ResponseEntity<Map<String, Object>> refused = upload(member + ",100,Fine\nnobody@example.com,10,x\n"
                + member + ",1.5,\n" + member + ",0,zero\n", owner);

        assertThat(HostClient.violationFields(refused)).containsExactlyInAnyOrder("rows[2].customer",
                "rows[3].points", "rows[3].reason", "rows[4].points");
        assertThat(host.get(API + "/members/" + member, owner).getBody()).containsEntry("total", 0);
    }

    private ResponseEntity<Map<String, Object>> upload(String csv, String owner) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(owner);
        headers.setContentType(MediaType.parseMediaType("text/csv;charset=UTF-8"));
        return rest.exchange(API + "/grants", HttpMethod.POST, new HttpEntity<>(csv, headers),
                new ParameterizedTypeReference<Map<String, Object>>() { });
    }

    private static Map<String, Object> campaign(String name, String startsAt, String endsAt, int multiplier,
            List<?> groupIds) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "startsAt", startsAt, "endsAt", endsAt,
                "multiplier", multiplier));
        body.put("groupIds", groupIds);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> history(ResponseEntity<Map<String, Object>> member) {
        return (List<Map<String, Object>>) ((Map<String, Object>) member.getBody().get("history")).get("items");
    }

    private static long customerId(HostClient host, String token) {
        return ((Number) host.get("/api/v1/auth/membership", token).getBody().get("customerId")).longValue();
    }
}
