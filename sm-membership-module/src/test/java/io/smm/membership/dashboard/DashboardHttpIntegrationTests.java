package io.smm.membership.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

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

/** The owner's dashboard as JSON through the host's security, its members read from the host's customers. */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardHttpIntegrationTests {

    private static final String API = "/api/v1/private/membership/dashboard";

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private StandInCatalog catalog;

    @Autowired
    private OrderSpanRefresher spans;

    @Test
    void aNewCustomerIsCountedPerTierAndListedBehindTheFigure() {
        HostClient host = new HostClient(rest);
        String owner = host.adminToken();
        long before = ((Number) allRowValue(host.get(API + "/panels/members?preset=this-month", owner).getBody(),
                "new")).longValue();
        long customer = host.customerId(host.customerToken(host.registerCustomer("dashboard")));

        ResponseEntity<Map<String, Object>> members = host.get(API + "/panels/members?preset=this-month", owner);
        ResponseEntity<Map<String, Object>> listed = host.get(API + "/members?figure=NEW_MEMBERS&preset=this-month"
                + "&size=100", owner);

        assertThat(members.getStatusCode()).as(members.toString()).isEqualTo(HttpStatus.OK);
        assertThat(((Number) allRowValue(members.getBody(), "new")).longValue()).isEqualTo(before + 1);
        assertThat(listed.getStatusCode()).as(listed.toString()).isEqualTo(HttpStatus.OK);
        assertThat((List<?>) listed.getBody().get("items")).extracting(item -> ((Map<?, ?>) item).get("customerId"))
                .anySatisfy(id -> assertThat(((Number) id).longValue()).isEqualTo(customer));
    }

    @Test
    void aCheckoutAndItsRefundCountInTheSalesOnceTheFiguresAreRefreshed() throws InterruptedException {
        HostClient host = new HostClient(rest);
        String owner = host.adminToken();
        String shopper = host.customerToken(host.registerCustomer("dashboard-buyer"));
        String sku = "DSH-" + System.nanoTime() % 1_000_000;
        catalog.createProduct(NewProduct.sku(sku).name("Sencha").price("40.00").quantity(10));
        refresh();
        BigDecimal before = revenue(host, owner);
        String cart = (String) host.send(HttpMethod.POST, "/api/v1/cart", Map.of("product", sku, "quantity", 1), null)
                .getBody().get("code");
        long order = ((Number) host.checkout(cart, "40.00", shopper).getBody().get("id")).longValue();
        host.send(HttpMethod.POST, "/api/v1/private/membership/orders/" + order + "/refunds", Map.of("key",
                "dashboard-part", "amount", "15.00"), owner);

        refresh();

        assertThat(revenue(host, owner)).isEqualByComparingTo(before.add(new BigDecimal("25.00")));
        assertThat(host.get(API + "/panels/sales?preset=this-month", owner).getBody().get("ordersCountedAt"))
                .isNotNull();
    }

    private void refresh() throws InterruptedException {
        while (!spans.refresh()) {
            Thread.sleep(50); // the scheduled refresh holds the lease
        }
    }

    private static BigDecimal revenue(HostClient host, String owner) {
        return new BigDecimal(allRowValue(host.get(API + "/panels/sales?preset=this-month", owner).getBody(),
                "revenue").toString());
    }

    @Test
    void theMembersBehindAFigureTakeThePeriodAsAPresetToo() {
        HostClient host = new HostClient(rest);
        String owner = host.adminToken();

        ResponseEntity<Map<String, Object>> year = host.get(API + "/members?figure=ACTIVE&preset=this-year", owner);
        ResponseEntity<Map<String, Object>> refused = host.get(API + "/members?figure=NOPE&preset=someday", owner);

        assertThat(year.getStatusCode()).as(year.toString()).isEqualTo(HttpStatus.OK);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(HostClient.violationFields(refused)).containsExactlyInAnyOrder("figure", "preset");
    }

    @Test
    void brokenParametersAreNamedTogetherInOne400() {
        HostClient host = new HostClient(rest);

        ResponseEntity<Map<String, Object>> refused = host.get(API + "/members?figure=NOPE&from=yesterday"
                + "&to=2024-13-01&size=0", host.adminToken());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(HostClient.violationFields(refused)).containsExactlyInAnyOrder("figure", "from", "to", "size");
    }

    @SuppressWarnings("unchecked")
    private static Object allRowValue(Map<String, Object> dashboard, String measure) {
        Map<String, Object> panel = ((List<Map<String, Object>>) dashboard.get("panels")).get(0);
        return ((List<Map<String, Object>>) panel.get("rows")).stream().filter(row -> "ALL".equals(row.get("key")))
                .flatMap(row -> ((List<Map<String, Object>>) row.get("values")).stream())
                .filter(value -> measure.equals(value.get("measure"))).findFirst().orElseThrow().get("current");
    }
}
