package io.smm.membership.tiers;

import static org.assertj.core.api.Assertions.assertThat;
import static io.smm.membership.testhost.HostClient.violationFields;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.testhost.HostClient;

/** Tiers set up by the owner's JSON and moved by orders placed and canceled through the host. */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TierHttpIntegrationTests {

    private static final String TIERS = "/api/v1/private/membership/tiers";
    /** Ranks no other test of the shared store uses, two per test. */
    private static final AtomicInteger RANKS = new AtomicInteger(600);

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private StandInCatalog catalog;

    @Autowired
    private SpendOrderRepository ledger;

    private HostClient host;
    private String owner;
    private String base;
    private String gold;

    @BeforeEach
    void twoTiers() {
        host = new HostClient(rest);
        owner = host.adminToken();
        String suffix = String.valueOf(System.nanoTime() % 100000);
        int rank = RANKS.getAndAdd(2);
        base = "TB" + suffix;
        gold = "TG" + suffix;
        assertThat(host.send(HttpMethod.POST, "/api/v1/private/membership/groups",
                Map.of("code", base, "kind", "TIER", "rank", rank, "nameEn", "Base"), owner).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(host.send(HttpMethod.POST, "/api/v1/private/membership/groups",
                Map.of("code", gold, "kind", "TIER", "rank", rank + 1, "nameEn", "Gold"), owner).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @AfterEach
    void switchTiersOff() {
        host.send(HttpMethod.PUT, TIERS, Map.of("enabled", false, "graceDays", 30, "tiers", List.of()), owner);
    }

    @Test
    void refusesALadderWhoseKeepThresholdIsAboveItsUpgradeOne() {
        ResponseEntity<Map<String, Object>> refused = host.send(HttpMethod.PUT, TIERS,
                setup(tier(base, "0", "0"), tier(gold, "25", "30")), owner);

        assertThat(violationFields(refused)).containsExactly("tiers[1].keepAt");
    }

    @Test
    void namesTheFieldOfAnAmountItCannotReadOrCannotKeep() {
        Map<String, Object> unreadable = setup(tier(base, "0", "0"), tier(gold, "25", "20"));
        unreadable.put("tiers", List.of(Map.of("tier", base, "upgradeAt", "abc", "keepAt", "0")));
        Map<String, Object> huge = setup(tier(base, "0", "0"), tier(gold, "1E+20", "20"));

        assertThat(violationFields(host.send(HttpMethod.PUT, TIERS, unreadable, owner)))
                .containsExactly("tiers[0].upgradeAt");
        assertThat(violationFields(host.send(HttpMethod.PUT, TIERS, huge, owner)))
                .containsExactly("tiers[1].upgradeAt");
    }

    @Test
    void namesEveryUnreadableAndBrokenFieldOfTheSettingsAndTheLadderInOneAnswer() {
        Map<String, Object> ladder = setup(tier(base, "0", "0"), Map.of("tier", gold, "upgradeAt", "25",
                "keepAt", "lots", "windowKind", "MONTHLY"));
        ladder.put("windowDays", "a year");
        ladder.put("graceDays", -1);
        List<Object> tiers = new ArrayList<>((List<?>) ladder.get("tiers"));
        tiers.add(Map.of("tier", "NOSUCHTIER", "upgradeAt", "50", "keepAt", "60"));
        ladder.put("tiers", tiers);

        List<Object> fields = violationFields(host.send(HttpMethod.PUT, TIERS, ladder, owner));

        assertThat(fields).containsExactly("graceDays", "tiers[1].keepAt", "tiers[1].windowKind", "tiers[2].keepAt",
                "tiers[2].tier", "windowDays");
    }

    @Test
    void anOrderPlacedThroughTheHostMovesTheCustomerUpAndACancelStartsTheGrace() {
        ResponseEntity<Map<String, Object>> saved = host.send(HttpMethod.PUT, TIERS,
                setup(tier(base, "0", "0"), tier(gold, "25", "20")), owner);
        String shopper = host.customerToken(host.registerCustomer("climber"));
        long customerId = ((Number) host.get("/api/v1/auth/membership", shopper).getBody().get("customerId"))
                .longValue();
        host.send(HttpMethod.PUT, "/api/v1/private/membership/members/" + customerId + "/tier",
                Map.of("group", base), owner);
        String sku = "TIER-" + System.nanoTime();
        catalog.createProduct(NewProduct.sku(sku).name(sku).price("12.50").quantity(10));
        String cart = (String) host.send(HttpMethod.POST, "/api/v1/cart", Map.of("product", sku, "quantity", 2), null)
                .getBody().get("code");

        Map<String, Object> progressBefore = host.get("/api/v1/auth/membership/tier", shopper).getBody();
        long orderId = ((Number) host.checkout(cart, "25.00", shopper).getBody().get("id")).longValue();
        Map<String, Object> afterOrder = host.get("/api/v1/private/membership/members/" + customerId, owner)
                .getBody();
        host.changeOrderStatus(orderId, "CANCELED", owner);
        Map<String, Object> progressAfterCancel = host.get("/api/v1/auth/membership/tier", shopper).getBody();

        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<?>) saved.getBody().get("tiers")).hasSize(2);
        assertThat(host.getText(TIERS, owner, null).getBody()).as("amounts at the currency's decimals")
                .contains("\"upgradeAt\":25.00,\"keepAt\":20.00,");
        assertThat(tierCode(afterOrder)).isEqualTo(gold);
        assertThat(((Map<?, ?>) ((List<?>) afterOrder.get("history")).get(0)).get("reason"))
                .isEqualTo("upgraded: spend in 365 days 25.00 ≥ 25.00");
        assertThat(tierCode(host.get("/api/v1/private/membership/members/" + customerId, owner).getBody()))
                .isEqualTo(gold);
        assertThat(progressBefore).containsEntry("tier", base).containsEntry("spend", 0.0)
                .containsEntry("windowDays", 365).containsEntry("pendingDowngrade", null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> higher = (List<Map<String, Object>>) progressBefore.get("higherTiers");
        assertThat(higher).singleElement().satisfies(next -> assertThat(next).containsEntry("tier", gold)
                .containsEntry("upgradeAt", 25.0).containsEntry("amountLeft", 25.0).containsEntry("expressAt", null));
        assertThat(progressAfterCancel).containsEntry("tier", gold).containsEntry("spend", 0.0)
                .containsEntry("keepAt", 20.0);
        assertThat(((Map<?, ?>) progressAfterCancel.get("pendingDowngrade")).get("to")).isEqualTo(base);
        assertThat(((Map<?, ?>) progressAfterCancel.get("pendingDowngrade")).get("dueAt")).isNotNull();
    }

    @Test
    void aTierPinnedByTheOwnerDoesNotMoveUntilThePinEnds() {
        host.send(HttpMethod.PUT, TIERS, setup(tier(base, "0", "0"), tier(gold, "25", "20")), owner);
        String shopper = host.customerToken(host.registerCustomer("pinned"));
        long customerId = ((Number) host.get("/api/v1/auth/membership", shopper).getBody().get("customerId"))
                .longValue();
        String member = "/api/v1/private/membership/members/" + customerId + "/tier";

        ResponseEntity<Map<String, Object>> past = host.send(HttpMethod.PUT, member, Map.of("group", gold,
                "pinnedUntil", Instant.now().minusSeconds(60).toString()), owner);
        ResponseEntity<Map<String, Object>> pinned = host.send(HttpMethod.PUT, member, Map.of("group", gold,
                "reason", "launch partner", "pinnedUntil", Instant.now().plusSeconds(86_400).toString()), owner);
        String sku = "PIN-" + System.nanoTime();
        catalog.createProduct(NewProduct.sku(sku).name(sku).price("1.00").quantity(10));
        String cart = (String) host.send(HttpMethod.POST, "/api/v1/cart", Map.of("product", sku, "quantity", 1), null)
                .getBody().get("code");
        host.checkout(cart, "1.00", shopper);
        Map<String, Object> progress = host.get("/api/v1/auth/membership/tier", shopper).getBody();

        assertThat(past.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(((Map<?, ?>) ((List<?>) past.getBody().get("violations")).get(0)).get("field"))
                .isEqualTo("pinnedUntil");
        assertThat(pinned.getStatusCode()).as(String.valueOf(pinned.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(tierCode(pinned.getBody())).isEqualTo(gold);
        assertThat(progress).containsEntry("tier", gold).containsEntry("pendingDowngrade", null);
        assertThat(progress.get("pinnedUntil")).isNotNull();
    }

    @Test
    void theBackfillCountsOrdersTakenBeforeTheInstallAndCanRunAgain() throws InterruptedException {
        String shopper = host.customerToken(host.registerCustomer("veteran"));
        String sku = "OLD-" + System.nanoTime();
        catalog.createProduct(NewProduct.sku(sku).name(sku).price("30.00").quantity(10));
        String cart = (String) host.send(HttpMethod.POST, "/api/v1/cart", Map.of("product", sku, "quantity", 1), null)
                .getBody().get("code");
        long orderId = ((Number) host.checkout(cart, "30.00", shopper).getBody().get("id")).longValue();
        ledger.delete(ledger.findByStoreCodeAndOrderId("DEFAULT", orderId).orElseThrow());

        Map<String, Object> first = backfillAndWait();
        Map<String, Object> second = backfillAndWait();

        assertThat(first).containsEntry("status", "FINISHED");
        assertThat(second).containsEntry("status", "FINISHED").containsEntry("ordersRead", first.get("ordersRead"));
        assertThat(ledger.findByStoreCodeAndOrderId("DEFAULT", orderId)).hasValueSatisfying(
                row -> assertThat(row.getTotal()).isEqualByComparingTo("30.00"));
    }

    private Map<String, Object> backfillAndWait() throws InterruptedException {
        return runAndWait(TIERS + "/backfill");
    }

    /** Starts the background work at {@code path} and waits for a run that started after this call to finish. */
    private Map<String, Object> runAndWait(String path) throws InterruptedException {
        Instant asked = Instant.now();
        assertThat(host.send(HttpMethod.POST, path, null, owner).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        Map<String, Object> state = host.get(path, owner).getBody();
        for (int tries = 0; tries < 200 && !finishedSince(state, asked); tries++) {
            Thread.sleep(100);
            state = host.get(path, owner).getBody();
        }
        assertThat(finishedSince(state, asked)).as(String.valueOf(state)).isTrue();
        return state;
    }

    private static boolean finishedSince(Map<String, Object> state, Instant asked) {
        return "FINISHED".equals(state.get("status")) && state.get("startedAt") != null
                && !Instant.parse((String) state.get("startedAt")).isBefore(asked.minusMillis(5));
    }

    @Test
    void theOwnerRunsTheDailyJobNowAndReadsHowItWent() throws InterruptedException {
        host.send(HttpMethod.PUT, TIERS, setup(tier(base, "0", "0"), tier(gold, "25", "20")), owner);

        Map<String, Object> state = runAndWait(TIERS + "/job");

        assertThat(state).containsEntry("status", "FINISHED").containsKeys("evaluated", "moved");
        assertThat(Instant.parse((String) state.get("finishedAt"))).isAfterOrEqualTo(
                Instant.parse((String) state.get("startedAt")));
    }

    private static Object tierCode(Map<String, Object> detail) {
        return ((Map<?, ?>) ((Map<?, ?>) detail.get("member")).get("tier")).get("code");
    }

    private static Map<String, Object> setup(Map<String, Object> lower, Map<String, Object> higher) {
        Map<String, Object> setup = new HashMap<>();
        setup.put("enabled", true);
        setup.put("windowDays", 365);
        setup.put("graceDays", 30);
        setup.put("tiers", List.of(lower, higher));
        return setup;
    }

    private static Map<String, Object> tier(String code, String upgradeAt, String keepAt) {
        return Map.of("tier", code, "upgradeAt", upgradeAt, "keepAt", keepAt);
    }
}
