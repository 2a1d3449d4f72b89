package io.smm.membership.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.harness.order.StandInFaults;
import io.smm.membership.orders.OrderPlacementListener;
import io.smm.membership.orders.OrderStatusListener;
import io.smm.membership.testhost.HostClient;
import io.smm.membership.testhost.LogCapture;

/**
 * Our writes and the host's order, or its status change, commit or roll back together: a listener's row is there
 * exactly when the host's change is, whichever side fails.
 */
@SpringBootTest(classes = { io.smm.harness.StandInShopApplication.class,
        OrderAdviceIntegrationTests.Echo.class }, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderAdviceIntegrationTests {

    private static final AtomicBoolean LISTENER_FAILS = new AtomicBoolean();
    private static final AtomicBoolean STATUS_LISTENER_FAILS = new AtomicBoolean();

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private StandInCatalog catalog;

    @Autowired
    private StandInFaults faults;

    @Autowired
    private JdbcTemplate jdbc;

    private HostClient host;

    @BeforeEach
    void echoTable() {
        host = new HostClient(rest);
        jdbc.execute("CREATE TABLE IF NOT EXISTS SALESMANAGER.TEST_ORDER_ECHO (ORDER_ID BIGINT, CUSTOMER_ID BIGINT)");
        jdbc.execute("CREATE TABLE IF NOT EXISTS SALESMANAGER.TEST_STATUS_ECHO (ORDER_ID BIGINT, STATUS VARCHAR(20))");
        LISTENER_FAILS.set(false);
        STATUS_LISTENER_FAILS.set(false);
    }

    @Test
    void commitsTheListenersRowWithTheOrder() {
        Checkout checkout = new Checkout("ok");

        Map<String, Object> placed = checkout.run();

        assertThat(placed).containsKey("id");
        assertThat(echoes(((Number) placed.get("id")).longValue())).isEqualTo(1);
        assertThat(catalog.quantityOf(checkout.sku)).isEqualTo(8);
    }

    @Test
    void rollsTheOrderBackWhenAListenerFails() {
        Checkout checkout = new Checkout("listener-fails");
        LISTENER_FAILS.set(true);

        Map<String, Object> refused = LogCapture.expectingHostErrors(checkout::run);

        assertThat(refused).doesNotContainKey("id");
        assertThat(catalog.quantityOf(checkout.sku)).isEqualTo(10);
        assertThat((java.util.List<?>) host.get("/api/v1/auth/orders", checkout.shopper).getBody().get("orders"))
                .isEmpty();
    }

    @Test
    void writesNothingWhenTheHostFails() {
        Checkout checkout = new Checkout("host-fails");
        long before = jdbc.queryForObject("select count(*) from SALESMANAGER.TEST_ORDER_ECHO", Long.class);
        faults.failNextOrderAfterPersist();

        Map<String, Object> refused = LogCapture.expectingHostErrors(checkout::run);

        assertThat(refused).doesNotContainKey("id");
        assertThat(jdbc.queryForObject("select count(*) from SALESMANAGER.TEST_ORDER_ECHO", Long.class))
                .isEqualTo(before);
        assertThat(catalog.quantityOf(checkout.sku)).isEqualTo(10);
    }

    @Test
    void commitsTheStatusListenersRowWithTheStatusChange() {
        Checkout checkout = new Checkout("status");
        long orderId = ((Number) checkout.run().get("id")).longValue();

        ResponseEntity<String> canceled = host.changeOrderStatus(orderId, "CANCELED", host.adminToken());

        assertThat(canceled.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForList("select STATUS from SALESMANAGER.TEST_STATUS_ECHO where ORDER_ID = ?",
                String.class, orderId)).containsExactly("CANCELED");
        assertThat(statusOf(checkout, orderId)).isEqualTo("CANCELED");
    }

    @Test
    void rollsTheStatusChangeBackWhenAListenerFails() {
        Checkout checkout = new Checkout("status-fails");
        long orderId = ((Number) checkout.run().get("id")).longValue();
        STATUS_LISTENER_FAILS.set(true);

        String owner = host.adminToken();

        ResponseEntity<String> refused = LogCapture.expectingHostErrors(() -> host.changeOrderStatus(orderId,
                "CANCELED", owner));

        assertThat(refused.getStatusCode().isError()).isTrue();
        assertThat(statusOf(checkout, orderId)).isEqualTo("ORDERED");
    }

    private String statusOf(Checkout checkout, long orderId) {
        return ((List<?>) host.get("/api/v1/auth/orders", checkout.shopper).getBody().get("orders")).stream()
                .map(order -> (Map<?, ?>) order).filter(order -> ((Number) order.get("id")).longValue() == orderId)
                .map(order -> String.valueOf(order.get("orderStatus"))).findFirst().orElseThrow();
    }

    private long echoes(long orderId) {
        return jdbc.queryForObject("select count(*) from SALESMANAGER.TEST_ORDER_ECHO where ORDER_ID = ?", Long.class,
                orderId);
    }

    /** A customer with a cart of two units of a fresh 10.00 product, 10 in stock. */
    private final class Checkout {

        final String sku = "ADV-" + System.nanoTime();
        final String shopper;
        final String cart;

        Checkout(String prefix) {
            catalog.createProduct(NewProduct.sku(sku).name(sku).price("10.00").quantity(10));
            shopper = host.customerToken(host.registerCustomer(prefix));
            cart = (String) host.send(HttpMethod.POST, "/api/v1/cart", Map.of("product", sku, "quantity", 2), null)
                    .getBody().get("code");
        }

        Map<String, Object> run() {
            return host.checkout(cart, "20.00", shopper).getBody();
        }
    }

    /** A listener that writes a row in the order's transaction, and fails on demand. */
    @TestConfiguration
    static class Echo {

        @Bean
        OrderPlacementListener membershipTestOrderEcho(JdbcTemplate jdbc) {
            return order -> {
                jdbc.update("insert into SALESMANAGER.TEST_ORDER_ECHO (ORDER_ID, CUSTOMER_ID) values (?, ?)",
                        order.orderId(), order.customerId());
                if (LISTENER_FAILS.get()) {
                    throw new IllegalStateException("listener failed on purpose");
                }
            };
        }

        @Bean
        OrderStatusListener membershipTestStatusEcho(JdbcTemplate jdbc) {
            return order -> {
                jdbc.update("insert into SALESMANAGER.TEST_STATUS_ECHO (ORDER_ID, STATUS) values (?, ?)",
                        order.orderId(), order.status());
                if (STATUS_LISTENER_FAILS.get()) {
                    throw new IllegalStateException("status listener failed on purpose");
                }
            };
        }
    }

}
