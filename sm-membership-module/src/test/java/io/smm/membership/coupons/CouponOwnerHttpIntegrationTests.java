package io.smm.membership.coupons;

import static org.assertj.core.api.Assertions.assertThat;
import static io.smm.membership.testhost.HostClient.violationFields;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

/** The owner's coupon JSON on the stand-in host: create, read, find, change, disable, and what it refuses. */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouponOwnerHttpIntegrationTests {

    private static final String COUPONS = "/api/v1/private/membership/coupons";

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private StandInCatalog catalog;

    private HostClient host;
    private String owner;
    private String suffix;
    private long category;
    private long product;

    @BeforeAll
    void ownerWithAGroupACategoryAndAProduct() {
        host = new HostClient(rest);
        owner = host.adminToken();
        suffix = String.valueOf(System.nanoTime() % 1_000_000);
        host.send(HttpMethod.POST, "/api/v1/private/membership/groups",
                Map.of("code", "CPVIP", "kind", "MANUAL", "nameEn", "Coupon VIP"), owner);
        category = catalog.createCategory("cp-" + suffix, "Coupons");
        product = catalog.createProduct(NewProduct.sku("CP-" + suffix).name("Couponed").price("10.00")
                .categories(category).quantity(50));
    }

    @Test
    void keepsACouponWithItsCodeInUpperCaseAndShowsItsStatus() {
        Map<String, Object> body = coupon("spring" + suffix);
        body.put("groups", List.of("CPVIP"));
        body.put("categories", List.of(category));
        body.put("excludedProducts", List.of(product));
        body.put("totalLimit", 100);
        body.put("perShopperLimit", 1);

        ResponseEntity<Map<String, Object>> created = host.send(HttpMethod.POST, COUPONS, body, owner);

        assertThat(created.getStatusCode()).as(created.toString()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).containsEntry("code", "SPRING" + suffix).containsEntry("status", "ACTIVE")
                .containsEntry("groups", List.of("CPVIP")).containsEntry("uses", 0)
                .containsEntry("categories", List.of((int) category));
        Object id = created.getBody().get("id");
        assertThat(host.get(COUPONS + "/" + id, owner).getBody()).containsEntry("name", "Spring sale");
        assertThat(items(host.get(COUPONS + "?q=spring" + suffix + "&status=active", owner)))
                .extracting(found -> found.get("id")).containsExactly(id);
    }

    @Test
    void refusesASecondCouponWithTheSameCodeInAnotherCase() {
        assertThat(host.send(HttpMethod.POST, COUPONS, coupon("twice" + suffix), owner).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        ResponseEntity<Map<String, Object>> again = host.send(HttpMethod.POST, COUPONS,
                coupon("TWICE" + suffix), owner);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(violationFields(again)).containsExactly("code");
    }

    @Test
    void namesEveryBrokenField() {
        Map<String, Object> body = coupon("bad code!");
        body.put("value", "120");
        body.put("startsAt", "2027-01-02T00:00:00Z");
        body.put("endsAt", "2027-01-01T00:00:00Z");
        body.put("totalLimit", 0);
        body.put("groups", List.of("NOSUCHGROUP"));
        body.put("products", List.of(987_654_321L));

        ResponseEntity<Map<String, Object>> refused = host.send(HttpMethod.POST, COUPONS, body, owner);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(violationFields(refused)).containsExactlyInAnyOrder("code", "value", "endsAt", "totalLimit", "groups",
                "products");
        assertThat(host.get(COUPONS + "?q=bad", owner).getBody().get("totalItems")).isEqualTo(0);
    }

    @Test
    void namesATakenCodeWithEveryOtherBrokenFieldInOneAnswer() {
        assertThat(host.send(HttpMethod.POST, COUPONS, coupon("taken" + suffix), owner).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        Map<String, Object> body = coupon("TAKEN" + suffix);
        body.put("value", 150);
        body.put("categories", List.of("abc"));

        ResponseEntity<Map<String, Object>> refused = host.send(HttpMethod.POST, COUPONS, body, owner);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(violationFields(refused)).containsExactlyInAnyOrder("code", "value", "categories[0]");
    }

    @Test
    void readsEveryFieldOnItsOwnSoOneUnreadableValueHidesNoOther() {
        Map<String, Object> body = coupon("bad code!");
        body.put("kind", "HALF");
        body.put("value", "ten");
        body.put("startsAt", "tomorrow");
        body.put("totalLimit", "many");
        body.put("active", "maybe");
        body.put("products", List.of(987_654_321L));

        ResponseEntity<Map<String, Object>> refused = host.send(HttpMethod.POST, COUPONS, body, owner);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(violations(refused)).containsOnlyKeys("code", "kind", "value", "startsAt", "totalLimit", "active",
                "products").containsEntry("kind", "Must be one of PERCENT, AMOUNT.")
                .containsEntry("value", "Must be a number, such as 12.50.")
                .containsEntry("totalLimit", "Must be a whole number, such as 12.")
                .containsEntry("products", "No category or product 987654321 in this store.");
        assertThat(host.send(HttpMethod.POST, COUPONS, "{\"code\": ", owner).getStatusCode())
                .as("a body that is no JSON at all").isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void changesAndDisablesACouponButNeverForgetsIt() {
        Object id = host.send(HttpMethod.POST, COUPONS, coupon("change" + suffix), owner).getBody().get("id");
        Map<String, Object> changed = coupon("change" + suffix);
        changed.put("kind", "AMOUNT");
        changed.put("value", "5.00");

        changed.put("version", 0);
        assertThat(host.send(HttpMethod.PUT, COUPONS + "/" + id, changed, owner).getBody())
                .containsEntry("kind", "AMOUNT").containsEntry("version", 1);
        assertThat(host.send(HttpMethod.PUT, COUPONS + "/" + id, changed, owner).getStatusCode())
                .as("a change based on version 0, which the first change passed").isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<Map<String, Object>> disabled = host.send(HttpMethod.POST, COUPONS + "/" + id + "/disable",
                null, owner);

        assertThat(disabled.getBody()).containsEntry("status", "DISABLED").containsEntry("active", false);
        assertThat(items(host.get(COUPONS + "?q=change" + suffix + "&status=DISABLED", owner))).hasSize(1);
        assertThat(violationFields(host.get(COUPONS + "?status=GONE", owner))).containsExactly("status");
    }

    @Test
    void isTheOwnersOnly() {
        String shopper = host.customerToken(host.registerCustomer("cp"));

        assertThat(host.get(COUPONS, shopper).getStatusCode().value()).isIn(401, 403);
        assertThat(host.get(COUPONS, null).getStatusCode().value()).isIn(401, 403);
    }

    private static Map<String, Object> coupon(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Spring sale");
        body.put("kind", "PERCENT");
        body.put("value", "10");
        return body;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(ResponseEntity<Map<String, Object>> page) {
        return (List<Map<String, Object>>) page.getBody().get("items");
    }

    private static Map<Object, Object> violations(ResponseEntity<Map<String, Object>> answer) {
        return ((List<?>) answer.getBody().get("violations")).stream().map(v -> (Map<?, ?>) v)
                .collect(Collectors.toMap(v -> v.get("field"), v -> v.get("message")));
    }
}
