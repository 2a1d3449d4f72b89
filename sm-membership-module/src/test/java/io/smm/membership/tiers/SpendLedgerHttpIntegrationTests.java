package io.smm.membership.tiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.testhost.HostClient;

/** Orders placed and changed through the host keep their spend row in step. */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpendLedgerHttpIntegrationTests {

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private StandInCatalog catalog;

    @Autowired
    private SpendOrderRepository ledger;

    @Test
    void recordsAPlacedOrderAndFollowsItsStatus() {
        HostClient host = new HostClient(rest);
        String sku = "SPEND-" + System.nanoTime();
        catalog.createProduct(NewProduct.sku(sku).name(sku).price("12.50").quantity(10));
        String shopper = host.customerToken(host.registerCustomer("spender"));
        String cart = (String) host.send(HttpMethod.POST, "/api/v1/cart", Map.of("product", sku, "quantity", 2), null)
                .getBody().get("code");

        long orderId = ((Number) host.checkout(cart, "25.00", shopper).getBody().get("id")).longValue();
        SpendOrder placed = ledger.findByStoreCodeAndOrderId("DEFAULT", orderId).orElseThrow();
        host.changeOrderStatus(orderId, "CANCELED", host.adminToken());
        SpendOrder canceled = ledger.findByStoreCodeAndOrderId("DEFAULT", orderId).orElseThrow();

        assertThat(placed.getStatus()).isEqualTo("ORDERED");
        assertThat(placed.getTotal()).isEqualByComparingTo("25.00");
        assertThat(canceled.getStatus()).isEqualTo("CANCELED");
        assertThat(canceled.getTotal()).isEqualByComparingTo("25.00");
    }
}
