package io.smm.membership.access;

import static io.smm.membership.testhost.HostClient.violationFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
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

/** The owner's and the shopper's category access JSON on the stand-in host: a VIP corner only VIP may enter. */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CategoryAccessHttpIntegrationTests {

    private static final String OWNER_API = "/api/v1/private/membership/category-access";
    private static final String SHOPPER_API = "/api/v1/membership/access";

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private StandInCatalog catalog;

    private HostClient host;
    private String owner;
    private long shop;
    private long corner;
    private long productId;
    private String vipGroup;
    private String vip;
    private String member;

    @BeforeAll
    void aVipCornerOnlyVipMayEnter() {
        host = new HostClient(rest);
        owner = host.adminToken();
        String suffix = String.valueOf(System.nanoTime() % 1000000);
        shop = catalog.createCategory("ca-shop-" + suffix, "Shop");
        corner = catalog.createCategory("ca-vip-" + suffix, "VIP corner", shop);
        catalog.nameCategory(corner, "zh_TW", "貴賓專區");
        productId = catalog.createProduct(NewProduct.sku("CA-" + suffix).name("Limited").price("10.00")
                .categories(corner).quantity(5));
        ResponseEntity<Map<String, Object>> group = host.send(HttpMethod.POST, "/api/v1/private/membership/groups",
                Map.of("code", "CAVIP" + suffix, "kind", "MANUAL", "nameEn", "VIP club", "nameZhTw", "貴賓會"),
                owner);
        vipGroup = "GROUP:" + group.getBody().get("id");
        vip = host.newCustomerIn("CAVIP" + suffix, "cavip", owner);
        member = host.customerToken(host.registerCustomer("camember"));
        ResponseEntity<Map<String, Object>> saved = host.send(HttpMethod.PUT, OWNER_API + "/" + corner,
                Map.of("beforeOpening", "HIDDEN", "rules", List.of(rule(vipGroup, "BROWSE", "ALLOW", null),
                        rule(vipGroup, "SEE_PRICE", "ALLOW", null), rule(vipGroup, "BUY", "ALLOW", null))), owner);
        assertThat(saved.getStatusCode()).as(saved.toString()).isEqualTo(HttpStatus.OK);
    }

    @AfterAll
    void openTheCornerAgain() {
        host.send(HttpMethod.PUT, OWNER_API + "/" + corner, Map.of("rules", List.of()), owner);
    }

    private static Map<String, Object> rule(String audience, String permission, String state, String opensAt) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("audience", audience);
        rule.put("permission", permission);
        rule.put("state", state);
        rule.put("opensAt", opensAt);
        return rule;
    }

    @Test
    void theOwnerReadsTheMatrixWithInheritedAndDefaultCells() {
        Map<String, Object> overview = host.get(OWNER_API, owner).getBody();
        Map<String, Object> entry = host.get(OWNER_API + "/" + corner + "?lang=zh_TW", owner).getBody();

        assertThat(list(overview.get("audiences"))).extracting(audience -> map(audience).get("key"))
                .contains("GUESTS", "MEMBERS", vipGroup);
        assertThat(list(overview.get("categories")))
                .extracting(category -> (Object) ((Number) map(category).get("id")).longValue())
                .containsSubsequence(shop, corner);
        assertThat(map(overview.get("settings")).get("multiCategory")).isEqualTo("ALL");
        assertThat(entry.get("name")).isEqualTo("貴賓專區");
        assertThat(entry.get("depth")).isEqualTo(1);
        assertThat(entry.get("productCount")).isEqualTo(1);
        assertThat(cell(entry, vipGroup, "BUY")).containsEntry("set", "ALLOW").containsEntry("effective", "ALLOWED");
        assertThat(cell(entry, "GUESTS", "BROWSE")).containsEntry("set", null).containsEntry("effective", "DENIED")
                .containsEntry("fromDefault", true);
        assertThat(host.get(OWNER_API + "/987654321", owner).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aSubcategoryShowsWhereItsCellsComeFrom() {
        long inner = catalog.createCategory("ca-inner-" + System.nanoTime() % 1000000, "Inner", corner);

        Map<String, Object> entry = host.get(OWNER_API + "/" + inner, owner).getBody();

        assertThat(cell(entry, vipGroup, "BROWSE")).containsEntry("set", null)
                .containsEntry("inheritedFrom", (int) corner).containsEntry("effective", "ALLOWED");
    }

    @Test
    void oneProblemNamesEveryBrokenFieldOfARule() {
        ResponseEntity<Map<String, Object>> refused = host.send(HttpMethod.PUT, OWNER_API + "/" + corner,
                Map.of("beforeOpening", "SOON", "rules", List.of(rule("GROUP:999999999", "LOOK", "ALLOW", null),
                        rule("MEMBERS", "BUY", "DENY", "2026-12-07T10:00"), rule("GUESTS", "BUY", "ALLOW", "later"),
                        rule("GUESTS", "BUY", "DENY", null))), owner);

        assertThat(violationFields(refused)).containsExactly("beforeOpening", "rules[0].audience",
                "rules[0].permission", "rules[1].opensAt", "rules[2].opensAt", "rules[3]");
        assertThat(cell(host.get(OWNER_API + "/" + corner, owner).getBody(), vipGroup, "BUY"))
                .containsEntry("set", "ALLOW");
    }

    @Test
    void theSettingsAreReadAndRefusedFieldByField() {
        ResponseEntity<Map<String, Object>> refused = host.send(HttpMethod.PUT, OWNER_API + "/settings",
                Map.of("unlisted", "MAYBE"), owner);

        assertThat(violationFields(refused)).containsExactly("multiCategory", "unlisted");
        assertThat(host.get(OWNER_API + "/settings", owner).getBody()).containsEntry("unlisted", "CLOSED")
                .containsEntry("multiCategory", "ALL");
    }

    @Test
    void thePreviewShowsTheCatalogEachAudienceSees() {
        Map<String, Object> guests = host.get(OWNER_API + "/preview?audience=GUESTS", owner).getBody();
        Map<String, Object> vips = host.get(OWNER_API + "/preview?audience=" + vipGroup + "&at=2030-01-01T00:00",
                owner).getBody();

        assertThat(previewed(guests)).containsEntry("listed", false);
        assertThat(previewed(vips)).containsEntry("listed", true).containsEntry("mayBuy", true);
        assertThat(((Number) vips.get("listedProducts")).longValue())
                .isGreaterThan(((Number) guests.get("listedProducts")).longValue());
        assertThat(vips.get("at")).isEqualTo("2030-01-01T00:00");
        assertThat(violationFields(host.get(OWNER_API + "/preview?audience=EVERYONE", owner)))
                .containsExactly("audience");
    }

    @Test
    void aShopperWithoutAccessGetsAProductAsUnknownAndACategoryWithTheWayIn() {
        ResponseEntity<Map<String, Object>> product = host.get(SHOPPER_API + "/products/" + productId, member);
        Map<String, Object> category = host.get(SHOPPER_API + "/categories/" + corner + "?lang=zh_TW", member)
                .getBody();
        Map<String, Object> english = host.get(SHOPPER_API + "/categories/" + corner, null).getBody();

        assertThat(product.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(host.get(SHOPPER_API + "/products/987654321", member).getBody())
                .containsEntry("code", product.getBody().get("code"));
        assertThat(category).containsEntry("listed", false).doesNotContainKey("name");
        Map<String, Object> reason = map(category.get("reason"));
        assertThat(reason.get("kind")).isEqualTo("JOIN_GROUP");
        assertThat(reason.get("missing")).isEqualTo("BROWSE");
        assertThat(list(reason.get("groups"))).singleElement()
                .satisfies(group -> assertThat(map(group).get("name")).isEqualTo("貴賓會"));
        assertThat(reason.get("message")).isEqualTo("貴賓會 會員可瀏覽這些商品");
        assertThat(map(english.get("reason")).get("message")).isEqualTo("Members of VIP club see these products");
        assertThat(host.get(SHOPPER_API + "/categories/987654321", member).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aVipMayDoEverythingWithTheCornerAndItsProduct() {
        Map<String, Object> product = host.get(SHOPPER_API + "/products/" + productId, vip).getBody();
        Map<String, Object> category = host.get(SHOPPER_API + "/categories/" + corner, vip).getBody();

        assertThat(((Number) product.get("productId")).longValue()).isEqualTo(productId);
        assertThat(product).containsEntry("listed", true)
                .containsEntry("reason", null);
        assertThat(map(product.get("buy"))).containsEntry("state", "ALLOWED");
        assertThat(category).containsEntry("name", "VIP corner");
    }

    private static Map<String, Object> cell(Map<String, Object> entry, String audience, String permission) {
        return map(map(map(entry.get("cells")).get(audience)).get(permission));
    }

    private Map<String, Object> previewed(Map<String, Object> preview) {
        return list(preview.get("categories")).stream().map(CategoryAccessHttpIntegrationTests::map)
                .filter(category -> ((Number) category.get("id")).longValue() == corner).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object json) {
        return (Map<String, Object>) json;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object json) {
        return (List<Object>) json;
    }
}
