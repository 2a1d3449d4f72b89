package io.smm.membership.offers;

import static io.smm.membership.testhost.HostClient.violationFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
import org.springframework.jdbc.core.JdbcTemplate;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.testhost.HostClient;

/**
 * An offer pushed to a saved segment over the stand-in host: the owner's JSON, the codes for the mailing tool, and a
 * bound code at the host's till, usable once by its member alone; a segment draft's broken fields in one 400.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SegmentOffersHttpIntegrationTests {

    private static final String API = "/api/v1/private/membership";

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private StandInCatalog catalog;

    @Autowired
    private JdbcTemplate jdbc;

    private HostClient host;
    private String owner;
    private String suffix;
    private String sku;
    private String memberEmail;
    private String memberToken;
    private long memberId;
    private String shopperToken;
    private long segment;

    /** A member and another shopper, of whom the member alone is in a segment of the members registered in 1990. */
    @BeforeAll
    void ownerMemberShopperAndSegment() {
        host = new HostClient(rest);
        owner = host.adminToken();
        suffix = String.valueOf(System.nanoTime() % 1_000_000);
        sku = "OFFER-" + suffix;
        catalog.createProduct(NewProduct.sku(sku).name("Tea").price("10.00").quantity(1_000));
        memberEmail = host.registerCustomer("reached");
        memberToken = host.customerToken(memberEmail);
        memberId = host.customerId(memberToken);
        shopperToken = host.customerToken(host.registerCustomer("other"));
        jdbc.update("insert into SALESMANAGER.SMM_MEMBER_SCORE (STORE_CODE, CUSTOMER_ID, REGISTERED_AT,"
                + " LIFETIME_ORDERS, LIFETIME_SPEND, WINDOW_ORDERS, WINDOW_SPEND, SEGMENT, RUN_ID, SCORED_AT)"
                + " values ('DEFAULT', ?, ?, 1, 80, 0, 0, 'HIBERNATING', 1, ?)", memberId,
                java.sql.Timestamp.valueOf("1990-01-15 12:00:00"), java.sql.Timestamp.from(Instant.now()));
        ResponseEntity<Map<String, Object>> created = host.send(HttpMethod.POST, API + "/segments", Map.of("name",
                "Born 1990 " + suffix, "registeredFrom", "1990-01-01", "registeredTo", "1990-01-31"), owner);
        assertThat(created.getStatusCode()).as(created.toString()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).containsEntry("members", 1);
        segment = ((Number) created.getBody().get("id")).longValue();
    }

    @Test
    void aPushedCodeIsItsMembersOnceAndRefusedToAnotherShopperAndToGuests() {
        Map<String, Object> offer = pushed("codes-" + suffix, "CODES");
        String csv = host.getText(API + "/offers/" + offer.get("id") + "/codes.csv", owner, "en").getBody();
        String[] lines = csv.strip().split("\r?\n");
        String code = lines[1].substring(lines[1].lastIndexOf(',') + 1);

        ResponseEntity<Map<String, Object>> other = promo(cart(), code, shopperToken);
        ResponseEntity<Map<String, Object>> guest = promo(cart(), code, null);
        String cart = cart();
        ResponseEntity<Map<String, Object>> applied = promo(cart, code, memberToken);
        ResponseEntity<Map<String, Object>> placed = host.checkout(cart, "9.00", memberToken);
        ResponseEntity<Map<String, Object>> again = promo(cart(), code, memberToken);

        assertThat(lines).hasSize(2);
        assertThat(lines[0]).contains("member_id", "name", "email", "code");
        assertThat(lines[1]).startsWith(memberId + ",").contains(memberEmail);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(other.getBody()).containsEntry("code", "membership.coupon.refused.not-yours");
        assertThat(guest.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(guest.getBody()).containsEntry("code", "membership.coupon.refused.log-in-first");
        assertThat(applied.getStatusCode()).as(applied.toString()).isEqualTo(HttpStatus.CREATED);
        assertThat(placed.getStatusCode()).as(placed.toString()).isEqualTo(HttpStatus.OK);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(host.get(API + "/offers/" + offer.get("id") + "/report", owner).getBody())
                .containsEntry("reached", 1).containsEntry("codesUsed", 1).containsEntry("orders", 1);
    }

    @Test
    void aGroupPushLetsTheReachedMemberAloneUseItsCoupon() {
        Map<String, Object> offer = pushed("group-" + suffix, "GROUP");
        String csv = host.getText(API + "/offers/" + offer.get("id") + "/codes.csv", owner, "en").getBody();
        String line = csv.strip().split("\r?\n")[1];
        String code = line.substring(line.lastIndexOf(',') + 1);

        ResponseEntity<Map<String, Object>> other = promo(cart(), code, shopperToken);
        ResponseEntity<Map<String, Object>> applied = promo(cart(), code, memberToken);

        assertThat(offer).containsEntry("mode", "GROUP").containsKey("groupId");
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(other.getBody()).containsEntry("code", "membership.coupon.refused.not-for-your-group");
        assertThat(applied.getStatusCode()).as(applied.toString()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void namesEveryBrokenFieldOfASegmentDraftInOne400() {
        Map<String, Object> draft = new HashMap<>();
        draft.put("name", " ");
        draft.put("rfmSegments", List.of("CHAMPIONS", "HEROES"));
        draft.put("tiers", List.of("NO-SUCH-TIER"));
        draft.put("spendMin", 500);
        draft.put("spendMax", 100);
        draft.put("ordersMin", -1);

        ResponseEntity<Map<String, Object>> refused = host.send(HttpMethod.POST, API + "/segments", draft, owner);

        assertThat(violationFields(refused)).containsExactlyInAnyOrder("name", "rfmSegments[1]", "tiers[0]",
                "spendMin", "spendMax", "ordersMin");
        assertThat(violationFields(host.get(API + "/segments/members", owner))).containsExactly("rfm");
    }

    private Map<String, Object> pushed(String key, String mode) {
        Map<String, Object> template = host.send(HttpMethod.POST, API + "/coupons", Map.of("code", "TPL" + key
                .toUpperCase().replace("-", ""), "name", "Win back", "kind", "PERCENT", "value", "10",
                "guestsAllowed", true), owner).getBody();
        ResponseEntity<Map<String, Object>> accepted = host.send(HttpMethod.POST, API + "/segments/" + segment
                + "/offers", Map.of("key", key, "templateId", template.get("id"), "controlPercent", 0, "mode", mode),
                owner);
        assertThat(accepted.getStatusCode()).as(accepted.toString()).isEqualTo(HttpStatus.ACCEPTED);
        Map<String, Object> offer = accepted.getBody();
        for (int tries = 0; "RUNNING".equals(offer.get("status")) && tries < 200; tries++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
            offer = host.get(API + "/offers/" + offer.get("id"), owner).getBody();
        }
        assertThat(offer).containsEntry("status", "DONE").containsEntry("done", 1);
        return offer;
    }

    private String cart() {
        return (String) host.send(HttpMethod.POST, "/api/v1/cart", Map.of("product", sku, "quantity", 1), null)
                .getBody().get("code");
    }

    private ResponseEntity<Map<String, Object>> promo(String cart, String code, String token) {
        return host.send(HttpMethod.POST, "/api/v1/cart/" + cart + "/promo/" + code, null, token);
    }
}
