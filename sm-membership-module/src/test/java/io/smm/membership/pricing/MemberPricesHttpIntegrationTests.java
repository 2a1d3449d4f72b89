package io.smm.membership.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static io.smm.membership.testhost.HostClient.violationFields;

import java.math.BigDecimal;
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

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.testhost.HostClient;
import io.smm.membership.testhost.LogCapture;

/** One product seen by a guest and by a VIP through the host's own catalog, cart and checkout. */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberPricesHttpIntegrationTests {

    private static final String RULES = "/api/v1/private/membership/price-rules";

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private StandInCatalog catalog;

    private HostClient host;
    private String owner;
    private long parentCategory;
    private long productId;
    private String sku;
    private String vip;
    private String wholesaler;

    @BeforeAll
    void vipWithTwentyPercentOffACategory() {
        host = new HostClient(rest);
        owner = host.adminToken();
        String suffix = String.valueOf(System.nanoTime() % 1000000);
        parentCategory = catalog.createCategory("pr-parent-" + suffix, "Parent");
        long child = catalog.createCategory("pr-child-" + suffix, "Child", parentCategory);
        sku = "PR-" + suffix;
        productId = catalog.createProduct(NewProduct.sku(sku).name("Priced").price("10.00").categories(child)
                .quantity(50));
        vip = memberOf("PRVIP", "vip");
        ResponseEntity<Map<String, Object>> created = host.send(HttpMethod.POST, RULES,
                rule("VIP twenty off", "PERCENT_OFF", "20"), owner);
        assertThat(created.getStatusCode()).as(created.toString()).isEqualTo(HttpStatus.CREATED);
        wholesaler = memberOf("PRWHOLE", "wholesaler");
        Map<String, Object> wholesale = rule("wholesale price", "FIXED_PRICE", "7.50");
        wholesale.put("groups", List.of("PRWHOLE"));
        wholesale.put("target", "PRODUCT");
        wholesale.put("targetId", productId);
        assertThat(host.send(HttpMethod.POST, RULES, wholesale, owner).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private String memberOf(String group, String prefix) {
        host.send(HttpMethod.POST, "/api/v1/private/membership/groups",
                Map.of("code", group, "kind", "MANUAL", "nameEn", group), owner);
        return host.newCustomerIn(group, prefix, owner);
    }

    @Test
    void guestsSeeTheBasePriceAndVipsTheMemberPriceInDetailAndListing() {
        assertThat(price(host.get("/api/v1/product/" + productId, null).getBody())).isEqualByComparingTo("10.00");
        Map<String, Object> detail = host.get("/api/v1/product/" + productId, vip).getBody();
        assertThat(price(detail)).isEqualByComparingTo("8.00");
        assertThat(detail.get("originalPrice")).asString().contains("10.00");
        assertThat(detail.get("discounted")).isEqualTo(true);
        List<?> listed = (List<?>) host.get("/api/v1/products?category=" + parentCategory, vip).getBody()
                .get("products");
        assertThat(listed).singleElement().satisfies(p -> assertThat(price((Map<?, ?>) p))
                .isEqualByComparingTo("8.00"));
    }

    @Test
    void aGuestAVipAndAWholesalerEachSeeTheirPriceInDetailListingCartAndOrder() {
        String[][] shoppers = { { null, "10.00" }, { vip, "8.00" }, { wholesaler, "7.50" } };
        for (String[] shopper : shoppers) {
            String token = shopper[0];
            BigDecimal unit = new BigDecimal(shopper[1]);
            List<?> listed = (List<?>) host.get("/api/v1/products?category=" + parentCategory, token).getBody()
                    .get("products");
            String cart = cartOf(2);

            assertThat(price(host.get("/api/v1/product/" + productId, token).getBody())).isEqualByComparingTo(unit);
            assertThat(listed).singleElement().satisfies(p -> assertThat(price((Map<?, ?>) p))
                    .isEqualByComparingTo(unit));
            assertThat(total(host.get("/api/v1/cart/" + cart, token).getBody()))
                    .isEqualByComparingTo(unit.multiply(BigDecimal.valueOf(2)));
            if (token != null) {
                ResponseEntity<Map<String, Object>> placed = host.checkout(cart,
                        unit.multiply(BigDecimal.valueOf(2)).toPlainString(), token);
                assertThat(host.getList("/api/v1/private/membership/orders/" + placed.getBody().get("id")
                        + "/prices", owner).getBody()).singleElement().satisfies(line -> assertThat(
                                new BigDecimal(line.get("finalPrice").toString())).isEqualByComparingTo(unit));
            }
        }
    }

    @Test
    void theCartAndThePlacedOrderChargeTheMemberPrice() {
        String cart = cartOf(2);

        Map<String, Object> seenByVip = host.get("/api/v1/cart/" + cart, vip).getBody();
        ResponseEntity<Map<String, Object>> baseCheckout = LogCapture.expectingHostErrors(() -> checkout(cart,
                "20.00"));
        ResponseEntity<Map<String, Object>> memberCheckout = checkout(cart, "16.00");

        assertThat(total(seenByVip)).isEqualByComparingTo("16.00");
        assertThat(baseCheckout.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(memberCheckout.getStatusCode()).as(memberCheckout.toString()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aRuleChangedBetweenCartAndCheckoutRefusesTheOldTotalUntilTheShopperRecalculates() {
        String cart = cartOf(2);
        BigDecimal shown = total(host.get("/api/v1/cart/" + cart, vip).getBody());
        Map<String, Object> flash = rule("flash sale", "FIXED_PRICE", "5.00");
        flash.put("target", "PRODUCT");
        flash.put("targetId", productId);
        long flashId = ((Number) host.send(HttpMethod.POST, RULES, flash, owner).getBody().get("id")).longValue();
        try {
            ResponseEntity<Map<String, Object>> stale = LogCapture.expectingHostErrors(() -> checkout(cart,
                    "16.00"));
            BigDecimal recalculated = total(host.get("/api/v1/cart/" + cart, vip).getBody());
            ResponseEntity<Map<String, Object>> placed = checkout(cart, "10.00");

            assertThat(shown).isEqualByComparingTo("16.00");
            assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(stale.getHeaders().getContentType()).hasToString("application/problem+json;charset=UTF-8");
            assertThat(stale.getBody()).containsEntry("status", 503)
                    .containsEntry("code", "membership.problem.checkout-total-changed")
                    .containsEntry("detail", "Prices changed since you last saw your cart: its total is now 10.00, "
                            + "not 16.00. Review your cart and confirm again.");
            assertThat(recalculated).isEqualByComparingTo("10.00");
            assertThat(placed.getStatusCode()).as(placed.toString()).isEqualTo(HttpStatus.OK);
            assertThat(host.getList("/api/v1/private/membership/orders/" + placed.getBody().get("id") + "/prices",
                    owner).getBody()).singleElement().satisfies(line -> assertThat(line)
                            .containsEntry("ruleName", "flash sale"));
        } finally {
            host.send(HttpMethod.DELETE, RULES + "/" + flashId, null, owner);
        }
    }

    @Test
    void leavesTheHostsOtherCheckoutRefusalsAsTheyWere() {
        ResponseEntity<Map<String, Object>> unknownCart = LogCapture.expectingHostErrors(() -> checkout(
                "no-such-cart", "16.00"));

        assertThat(unknownCart.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(unknownCart.getHeaders().getContentType()).hasToString("application/json");
        assertThat(unknownCart.getBody()).doesNotContainKey("code").containsEntry("status", 503);
    }

    @Test
    void aQuantityTierPricesTheCartAndTheOrderFromItsMinimumQuantity() {
        Map<String, Object> tier = rule("ten or more", "FIXED_PRICE", "6.00");
        tier.put("target", "PRODUCT");
        tier.put("targetId", productId);
        tier.put("minQuantity", 10);
        long tierId = ((Number) host.send(HttpMethod.POST, RULES, tier, owner).getBody().get("id")).longValue();
        String nine = cartOf(9);
        String ten = cartOf(10);

        BigDecimal nineTotal = total(host.get("/api/v1/cart/" + nine, vip).getBody());
        BigDecimal tenTotal = total(host.get("/api/v1/cart/" + ten, vip).getBody());
        ResponseEntity<Map<String, Object>> placed = checkout(ten, "60.00");
        host.send(HttpMethod.DELETE, RULES + "/" + tierId, null, owner);

        assertThat(nineTotal).isEqualByComparingTo("72.00");
        assertThat(tenTotal).isEqualByComparingTo("60.00");
        assertThat(placed.getStatusCode()).as(placed.toString()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> lines = host.getList("/api/v1/private/membership/orders/" + placed.getBody()
                .get("id") + "/prices", owner).getBody();
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line).containsEntry("quantity", 10).containsEntry("ruleName", "ten or more")
                    .containsEntry("ruleMinQuantity", 10).containsEntry("groupCodes", "PRVIP");
            assertThat(new BigDecimal(line.get("basePrice").toString())).isEqualByComparingTo("10.00");
            assertThat(new BigDecimal(line.get("finalPrice").toString())).isEqualByComparingTo("6.00");
        });
    }

    @Test
    void showsEachShopperTheirPriceAndTheQuantityTiersTheyCanReach() {
        Map<String, Object> tier = rule("five or more", "FIXED_PRICE", "7.00");
        tier.put("minQuantity", 5);
        long tierId = ((Number) host.send(HttpMethod.POST, RULES, tier, owner).getBody().get("id")).longValue();

        Map<String, Object> forVip = host.get("/api/v1/membership/products/" + productId + "/prices", vip).getBody();
        Map<String, Object> forGuest = host.get("/api/v1/membership/products/" + productId + "/prices", null)
                .getBody();
        host.send(HttpMethod.DELETE, RULES + "/" + tierId, null, owner);

        assertThat(new BigDecimal(forVip.get("price").toString())).isEqualByComparingTo("8.00");
        assertThat(values(forVip.get("tiers"), "minQuantity")).containsExactly(1, 5);
        assertThat(new BigDecimal(forGuest.get("price").toString())).isEqualByComparingTo("10.00");
        assertThat((List<?>) forGuest.get("tiers")).hasSize(1);
        assertThat(host.get("/api/v1/membership/products/987654321/prices", vip).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void simulatesAPriceForAGroupOrAGuestExplainingEveryRule() {
        String simulation = "/api/v1/private/membership/price-rules/simulation?product=" + productId;

        Map<String, Object> asVip = host.get(simulation + "&group=PRVIP", owner).getBody();
        Map<String, Object> asGuest = host.get(simulation, owner).getBody();

        assertThat(new BigDecimal(asVip.get("finalPrice").toString())).isEqualByComparingTo("8.00");
        assertThat(verdictOf(asVip, "VIP twenty off")).isEqualTo("APPLIED");
        assertThat(new BigDecimal(asGuest.get("finalPrice").toString())).isEqualByComparingTo("10.00");
        assertThat(verdictOf(asGuest, "VIP twenty off")).isEqualTo("NOT_FOR_THESE_GROUPS");
    }

    @Test
    void listsTheRuleForTheOwnerAndGivesAnAdminTokenNoMemberPrice() {
        List<Map<String, Object>> rules = host.getList(RULES, owner).getBody();

        assertThat(rules).anySatisfy(rule -> assertThat(rule).containsEntry("name", "VIP twenty off")
                .containsEntry("groups", List.of("PRVIP")));
        assertThat(price(host.get("/api/v1/product/" + productId, owner).getBody())).isEqualByComparingTo("10.00");
    }

    @Test
    void namesEveryUnreadableAndBrokenFieldOfARuleInOneAnswer() {
        Map<String, Object> rule = rule("", "HALF_OFF", "ten");
        rule.put("target", "PRODUCT");
        rule.put("targetId", 999_999);
        rule.put("groups", List.of("NOSUCHGROUP"));
        rule.put("minQuantity", "some");
        rule.put("endsAt", "2026-13-01");

        ResponseEntity<Map<String, Object>> refused = host.send(HttpMethod.POST, RULES, rule, owner);

        assertThat(violationFields(refused)).containsExactly("adjustment", "endsAt", "groups", "minQuantity", "name",
                "targetId", "value");
        assertThat(((List<?>) refused.getBody().get("violations")).stream().map(v -> (Object) ((Map<?, ?>) v).get("message")))
                .contains("No product or category 999999 in this store.");
    }

    @Test
    void refusesBadRulesNamingTheField() {
        assertThat(violationFields(host.send(HttpMethod.POST, RULES, rule("too much", "PERCENT_OFF", "150"), owner)))
                .containsExactly("value");
        assertThat(violationFields(host.send(HttpMethod.POST, RULES, rule("too big", "AMOUNT_OFF", "1E+20"), owner)))
                .containsExactly("value");
        Map<String, Object> unknownGroup = rule("nobody", "PERCENT_OFF", "5");
        unknownGroup.put("groups", List.of("NOSUCHGROUP"));
        assertThat(violationFields(host.send(HttpMethod.POST, RULES, unknownGroup, owner))).containsExactly("groups");
        Map<String, Object> missingProduct = rule("ghost", "FIXED_PRICE", "1");
        missingProduct.put("target", "PRODUCT");
        missingProduct.put("targetId", 987654321);
        assertThat(violationFields(host.send(HttpMethod.POST, RULES, missingProduct, owner))).containsExactly("targetId");
        Map<String, Object> backwards = rule("backwards", "PERCENT_OFF", "5");
        backwards.put("startsAt", "2026-02-01T00:00:00Z");
        backwards.put("endsAt", "2026-01-01T00:00:00Z");
        assertThat(violationFields(host.send(HttpMethod.POST, RULES, backwards, owner))).containsExactly("endsAt");
        assertThat(violationFields(host.send(HttpMethod.POST, RULES, rule("same again", "PERCENT_OFF", "20"), owner)))
                .containsExactly("rule");
    }

    private static List<Object> values(Object list, String key) {
        return ((List<?>) list).stream().map(entry -> ((Map<?, ?>) entry).get(key))
                .collect(java.util.stream.Collectors.toList());
    }

    private static Object verdictOf(Map<String, Object> simulation, String ruleName) {
        return ((List<?>) simulation.get("rules")).stream().map(rule -> (Map<?, ?>) rule)
                .filter(rule -> ruleName.equals(rule.get("name"))).map(rule -> rule.get("verdict")).findFirst()
                .orElse(null);
    }

    private String cartOf(int quantity) {
        return (String) host.send(HttpMethod.POST, "/api/v1/cart", Map.of("product", sku, "quantity", quantity), null)
                .getBody().get("code");
    }

    private static BigDecimal total(Map<String, Object> cart) {
        return new BigDecimal(cart.get("total").toString());
    }

    private ResponseEntity<Map<String, Object>> checkout(String cart, String amount) {
        return host.checkout(cart, amount, vip);
    }

    private Map<String, Object> rule(String name, String adjustment, String value) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("name", name);
        rule.put("groups", List.of("PRVIP"));
        rule.put("target", "CATEGORY");
        rule.put("targetId", parentCategory);
        rule.put("adjustment", adjustment);
        rule.put("value", value);
        return rule;
    }

    private static BigDecimal price(Map<?, ?> product) {
        return new BigDecimal(product.get("price").toString());
    }
}
