package io.smm.membership.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static io.smm.membership.testhost.HostClient.violationFields;

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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.testhost.HostClient;

/** Member groups through the stand-in host's real security chains, JWTs and customer registration. */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupsHttpIntegrationTests {

    private static final String GROUPS = "/api/v1/private/membership/groups";

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private StandInCatalog catalog;

    private HostClient host;
    private String owner;
    private String defaultTier;

    @BeforeAll
    void groups() {
        host = new HostClient(rest);
        owner = host.adminToken();
        List<Map<String, Object>> existing = host.getList(GROUPS, owner).getBody();
        defaultTier = existing.stream().filter(group -> Boolean.TRUE.equals(group.get("defaultTier")))
                .map(group -> (String) group.get("code")).findFirst()
                .orElseGet(() -> (String) create(tier("HTTPBASE", 100)).getBody().get("code"));
        create(tier("HTTPGOLD", 101));
        Map<String, Object> wholesale = manual("HTTPWHOLESALE");
        wholesale.put("openToApply", true);
        wholesale.put("needsApproval", true);
        wholesale.put("nameZhTw", "批發客戶");
        create(wholesale);
        Map<String, Object> club = manual("HTTPCLUB");
        club.put("openToApply", true);
        create(club);
    }

    @Test
    void aCustomerRegisteredByTheHostHoldsTheDefaultTier() {
        String shopper = host.customerToken(host.registerCustomer("fresh"));

        ResponseEntity<Map<String, Object>> mine = host.get("/api/v1/auth/membership", shopper);

        assertThat(mine.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(code(mine.getBody().get("tier"))).isEqualTo(defaultTier);
        assertThat((List<?>) mine.getBody().get("groups")).isEmpty();
    }

    @Test
    void anApprovedApplicationPutsTheShopperInTheGroupWithAHistory() {
        String email = host.registerCustomer("applicant");
        String shopper = host.customerToken(email);

        ResponseEntity<Map<String, Object>> applied = host.send(HttpMethod.POST,
                "/api/v1/auth/membership/applications", Map.of("group", "httpwholesale", "message", "3 shops"),
                shopper);
        assertThat(applied.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(applied.getBody()).containsEntry("status", "PENDING").containsEntry("message", "3 shops");
        Object id = applied.getBody().get("id");

        ResponseEntity<Map<String, Object>> approved = host.send(HttpMethod.POST,
                "/api/v1/private/membership/applications/" + id + "/approve", null, owner);
        assertThat(approved.getBody()).containsEntry("status", "APPROVED")
                .containsEntry("decidedBy", HostClient.ADMIN);

        ResponseEntity<Map<String, Object>> mine = host.get("/api/v1/auth/membership", shopper);
        assertThat(codes(mine.getBody().get("groups"))).containsExactly("HTTPWHOLESALE");
        long customerId = ((Number) mine.getBody().get("customerId")).longValue();
        Map<String, Object> member = host.get("/api/v1/private/membership/members/" + customerId, owner).getBody();
        Map<?, ?> entry = (Map<?, ?>) ((List<?>) member.get("history")).get(0);
        assertThat(entry.get("type")).isEqualTo("GROUP_JOINED");
        assertThat(entry.get("toGroup")).isEqualTo("HTTPWHOLESALE");
        assertThat(entry.get("actor")).isEqualTo(HostClient.ADMIN);
        assertThat(entry.get("reason")).isEqualTo("Application approved");
    }

    @Test
    void aGroupOpenWithoutApprovalIsJoinedAtOnce() {
        String shopper = host.customerToken(host.registerCustomer("joiner"));

        ResponseEntity<Map<String, Object>> applied = host.send(HttpMethod.POST,
                "/api/v1/auth/membership/applications", Map.of("group", "HTTPCLUB"), shopper);

        assertThat(applied.getBody()).containsEntry("status", "APPROVED");
        assertThat(codes(host.get("/api/v1/auth/membership", shopper).getBody().get("groups")))
                .containsExactly("HTTPCLUB");
    }

    @Test
    void anOwnerMovesATierAndTheShopperSeesIt() {
        String email = host.registerCustomer("mover");
        String shopper = host.customerToken(email);
        long customerId = customerId(email);

        ResponseEntity<Map<String, Object>> moved = host.send(HttpMethod.PUT,
                "/api/v1/private/membership/members/" + customerId + "/tier",
                Map.of("group", "HTTPGOLD", "reason", "loyal since 2019"), owner);

        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<?, ?> change = (Map<?, ?>) ((List<?>) moved.getBody().get("history")).get(0);
        assertThat(change.get("fromGroup")).isEqualTo(defaultTier);
        assertThat(change.get("toGroup")).isEqualTo("HTTPGOLD");
        assertThat(change.get("reason")).isEqualTo("loyal since 2019");
        assertThat(code(host.get("/api/v1/auth/membership", shopper).getBody().get("tier"))).isEqualTo("HTTPGOLD");
    }

    @Test
    void keepsParametersAsSentThoughTheHostEncodesThem() {
        String email = host.registerCustomer("encoded");
        long customerId = customerId(email);
        host.send(HttpMethod.POST, "/api/v1/private/membership/members/" + customerId + "/groups",
                Map.of("group", "HTTPCLUB"), owner);
        String reason = "Tom & Jerry's <club> \"closed\"";

        ResponseEntity<Map<String, Object>> left = host.sendEncoded(HttpMethod.DELETE, UriComponentsBuilder
                .fromPath("/api/v1/private/membership/members/" + customerId + "/groups/HTTPCLUB")
                .queryParam("reason", reason).encode().toUriString(), null, owner);

        Map<?, ?> change = (Map<?, ?>) ((List<?>) left.getBody().get("history")).get(0);
        assertThat(change.get("type")).isEqualTo("GROUP_LEFT");
        assertThat(change.get("reason")).isEqualTo(reason);
    }

    @Test
    void badInputIsRefusedWithTheFieldsNamedAndNothingWritten() {
        Map<String, Object> bad = tier("X", null);
        int before = host.getList(GROUPS, owner).getBody().size();

        ResponseEntity<Map<String, Object>> answer = host.send(HttpMethod.POST, GROUPS, bad, owner);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(violationFields(answer)).containsExactly("code", "rank");
        assertThat(host.getList(GROUPS, owner).getBody()).hasSize(before);
        assertThat(violationFields(host.send(HttpMethod.POST, GROUPS, tier("NORANK", null), owner)))
                .containsExactly("rank");
        assertThat(violationFields(host.send(HttpMethod.POST, GROUPS, Map.of("code", "ZZ", "kind", "GOLDEN",
                "nameEn", "z"),
                owner))).containsExactly("kind");
    }

    @Test
    void namesATakenCodeAnUnreadableRankAndEveryOtherBrokenFieldInOneAnswer() {
        String code = "TAKEN" + System.nanoTime() % 100_000;
        create(manual(code));
        Map<String, Object> bad = manual(code.toLowerCase(java.util.Locale.ROOT));
        bad.put("kind", "TIER");
        bad.put("rank", "first");
        bad.put("openToApply", "yes");
        bad.put("nameEn", " ");

        ResponseEntity<Map<String, Object>> answer = host.send(HttpMethod.POST, GROUPS, bad, owner);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(violationFields(answer)).containsExactly("code", "nameEn", "openToApply", "rank");
    }

    @Test
    void namesAnUnreadablePinWithAMissingGroup() {
        long customerId = customerId(host.registerCustomer("badpin"));

        ResponseEntity<Map<String, Object>> answer = host.send(HttpMethod.PUT,
                "/api/v1/private/membership/members/" + customerId + "/tier", Map.of("pinnedUntil", "soon"), owner);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(violationFields(answer)).containsExactly("group", "pinnedUntil");
    }

    @Test
    void refusesAMoveWithoutGroupAWrongMediaTypeAndAPageBeyondReach() {
        long customerId = customerId(host.registerCustomer("nogroup"));
        HttpHeaders text = new HttpHeaders();
        text.setContentType(MediaType.TEXT_PLAIN);

        ResponseEntity<Map<String, Object>> noGroup = host.send(HttpMethod.PUT,
                "/api/v1/private/membership/members/" + customerId + "/tier", Map.of("reason", "why"), owner);
        ResponseEntity<Map<String, Object>> plain = host.send(HttpMethod.POST, GROUPS, "code=X", owner, text);
        ResponseEntity<Map<String, Object>> far = host.get("/api/v1/private/membership/members?page=200000000",
                owner);

        assertThat(noGroup.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(violationFields(noGroup)).containsExactly("group");
        assertThat(plain.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(far.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(violationFields(far)).containsExactly("page");
    }

    @Test
    void aCustomerOfAnotherStoreSeesTheirStoreWithoutNamingIt() {
        String store = "SHOP" + System.nanoTime() % 100000;
        catalog.createStore(store, "TWD");
        String email = "other-" + store + "@example.com";
        catalog.createCustomer(store, email, HostClient.CUSTOMER_PASSWORD, "Other", "Store");
        String shopper = host.customerToken(email);

        ResponseEntity<Map<String, Object>> mine = host.get("/api/v1/auth/membership", shopper);

        assertThat(mine.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(mine.getBody().get("store")).isEqualTo(store);
    }

    @Test
    void problemsFollowTheShoppersLanguage() {
        HttpHeaders chinese = new HttpHeaders();
        chinese.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-TW");

        ResponseEntity<Map<String, Object>> answer = host.send(HttpMethod.POST, GROUPS, tier("NORANK2", null), owner,
                chinese);

        Map<?, ?> violation = (Map<?, ?>) ((List<?>) answer.getBody().get("violations")).get(0);
        assertThat(violation.get("message")).isEqualTo("等級需要排序（0 為最低）。");
        assertThat(answer.getBody().get("title")).isEqualTo("輸入無效");
    }

    @Test
    void anotherStoresOwnerSeesNothingOfThisStore() {
        String store = "OTHER" + System.nanoTime() % 100000;
        catalog.createStore(store, "TWD");
        catalog.createAdmin(store, "owner-" + store + "@example.com", "secret");
        String otherOwner = host.adminToken("owner-" + store + "@example.com", "secret");
        Map<String, Object> gold = host.getList(GROUPS, owner).getBody().stream()
                .filter(group -> "HTTPGOLD".equals(group.get("code"))).findFirst().orElseThrow();
        String email = host.registerCustomer("visible");

        assertThat(host.getList(GROUPS, otherOwner).getBody()).isEmpty();
        assertThat(host.get(GROUPS + "/" + gold.get("id"), otherOwner).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(host.get("/api/v1/private/membership/members/" + customerId(email), otherOwner).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(host.getList(GROUPS + "?store=" + store, owner).getBody()).isEmpty();
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThat(host.get(GROUPS + "/987654321", owner).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(host.get("/api/v1/private/membership/members/987654321", owner).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(host.send(HttpMethod.POST, "/api/v1/private/membership/applications/987654321/approve", null,
                owner).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shoppersAndGuestsStayOutOfTheOwnerApiAndGuestsOutOfTheShopperApi() {
        String shopper = host.customerToken(host.registerCustomer("intruder"));

        assertThat(host.get(GROUPS, shopper).getStatusCode().value()).isIn(401, 403);
        assertThat(host.get(GROUPS, null).getStatusCode().value()).isIn(401, 403);
        assertThat(host.get("/api/v1/auth/membership", null).getStatusCode().value()).isIn(401, 403);
    }

    @Test
    void theHostsOwnEndpointsStillAnswer() {
        assertThat(host.get("/api/v1/products", null).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(host.get("/api/v1/auth/customer/profile",
                host.customerToken(host.registerCustomer("profile"))).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private long customerId(String email) {
        Map<String, Object> found = host.get("/api/v1/private/membership/members?q=" + email, owner).getBody();
        assertThat(found.get("totalItems")).isEqualTo(1);
        return ((Number) ((Map<?, ?>) ((List<?>) found.get("items")).get(0)).get("customerId")).longValue();
    }

    private ResponseEntity<Map<String, Object>> create(Map<String, Object> draft) {
        ResponseEntity<Map<String, Object>> created = host.send(HttpMethod.POST, GROUPS, draft, owner);
        assertThat(created.getStatusCode()).as(created.toString()).isEqualTo(HttpStatus.CREATED);
        return created;
    }

    private static Map<String, Object> tier(String code, Integer rank) {
        Map<String, Object> draft = new java.util.HashMap<>();
        draft.put("code", code);
        draft.put("kind", "TIER");
        draft.put("rank", rank);
        draft.put("nameEn", "Tier " + code);
        return draft;
    }

    private static Map<String, Object> manual(String code) {
        Map<String, Object> draft = new java.util.HashMap<>();
        draft.put("code", code);
        draft.put("kind", "MANUAL");
        draft.put("nameEn", "Group " + code);
        return draft;
    }

    private static String code(Object group) {
        return (String) ((Map<?, ?>) group).get("code");
    }

    private static List<Object> codes(Object groups) {
        return ((List<?>) groups).stream().map(group -> ((Map<?, ?>) group).get("code"))
                .collect(java.util.stream.Collectors.toList());
    }
}
