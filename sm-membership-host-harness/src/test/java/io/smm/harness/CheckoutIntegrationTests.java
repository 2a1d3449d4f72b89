package io.smm.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesmanager.core.model.order.Order;
import com.salesmanager.core.model.order.OrderTotal;
import com.salesmanager.core.model.order.orderstatus.OrderStatus;
import com.salesmanager.core.model.order.orderstatus.OrderStatusHistory;

import io.smm.harness.order.StandInFaults;
import io.smm.harness.order.StandInOrderService;

class CheckoutIntegrationTests extends StandInHostTestSupport {

    @Autowired
    private StandInFaults faults;

    @Autowired
    private StandInOrderService orderService;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @AfterEach
    void noPendingFault() {
        faults.reset();
    }

    @Test
    void checkoutWithTheComputedAmountPlacesTheOrderAndTakesStock() {
        String sku = newProduct("10.00", 5);
        String cart = cartWith(sku, 2);
        String customer = newCustomerToken();

        HostClient.Answer checkout = checkout(cart, "20.00", customer);
        HostClient.Answer orders = host.get("/api/v1/auth/orders", customer);

        assertThat(checkout.status).as(checkout.toString()).isEqualTo(200);
        assertThat(checkout.body.get("id").asLong()).isPositive();
        assertThat(catalog.quantityOf(sku)).isEqualTo(3);
        JsonNode order = orders.body.get("orders").get(0);
        assertThat(order.get("id").asLong()).isEqualTo(checkout.body.get("id").asLong());
        assertThat(order.get("orderStatus").asText()).isEqualTo("ORDERED");
        assertThat(order.get("total").get("value").decimalValue()).isEqualByComparingTo("20.00");
    }

    @Test
    void checkoutWithAnotherAmountIsRefusedWith503() {
        String sku = newProduct("10.00", 5);
        String cart = cartWith(sku, 2);

        HostClient.Answer checkout = checkout(cart, "19.00", newCustomerToken());

        assertThat(checkout.status).isEqualTo(503);
        assertThat(catalog.quantityOf(sku)).isEqualTo(5);
    }

    @Test
    void failureAfterTheOrderIsPersistedRollsEverythingBack() {
        String sku = newProduct("10.00", 5);
        String cart = cartWith(sku, 1);
        String customer = newCustomerToken();
        faults.failNextOrderAfterPersist();

        HostClient.Answer checkout = checkout(cart, "10.00", customer);

        assertThat(checkout.status).isEqualTo(503);
        assertThat(catalog.quantityOf(sku)).isEqualTo(5);
        assertThat(host.get("/api/v1/auth/orders", customer).body.get("orders")).isEmpty();
    }

    @Test
    void insufficientStockFailsTheCheckout() {
        String sku = newProduct("10.00", 1);
        String cart = cartWith(sku, 2);

        assertThat(checkout(cart, "20.00", newCustomerToken()).status).isEqualTo(503);
        assertThat(catalog.quantityOf(sku)).isEqualTo(1);
    }

    @Test
    void administratorChangesTheOrderStatus() {
        String cart = cartWith(newProduct("4.00", 5), 1);
        long orderId = checkout(cart, "4.00", newCustomerToken()).body.get("id").asLong();

        HostClient.Answer change = host.putText("/api/v1/private/orders/" + orderId + "/status", "CANCELED",
                adminToken());

        assertThat(change.status).isEqualTo(200);
        assertThat(orderService.getById(orderId).getStatus()).isEqualTo(OrderStatus.CANCELED);
    }

    @Test
    void catalogPlacesADatedOrderThatTheCustomerSeesInTheirOrders() {
        String beans = newProduct("12.50", 10);
        String mug = newProduct("8.00", 10);
        String email = unique("regular") + "@test.io";
        long customerId = catalog.createCustomer(email, "secret", "Rae", "Regular");
        Date purchasedAt = Date.from(Instant.now().minus(Duration.ofDays(200)));
        Map<String, Integer> lines = new LinkedHashMap<>();
        lines.put(beans, 2);
        lines.put(mug, 1);

        Long orderId = catalog.placeOrder("DEFAULT", customerId, lines, purchasedAt, OrderStatus.DELIVERED);
        HostClient.Answer orders = host.get("/api/v1/auth/orders", customerToken(email));

        Order order = orderService.getById(orderId);
        assertThat(order.getCustomerId()).isEqualTo(customerId);
        assertThat(order.getDatePurchased()).isInSameDayAs(purchasedAt);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(order.getTotal()).isEqualByComparingTo("33.00");
        assertThat(catalog.quantityOf(beans)).isEqualTo(8);
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            Order stored = orderService.getById(orderId);
            assertThat(stored.getOrderProducts()).hasSize(2);
            assertThat(stored.getOrderTotal()).extracting(OrderTotal::getOrderTotalCode)
                    .containsExactly("order.total.subtotal", "order.total.total");
            assertThat(stored.getOrderTotal()).allSatisfy(total -> assertThat(total.getValue())
                    .isEqualByComparingTo("33.00"));
            assertThat(stored.getOrderHistory()).extracting(OrderStatusHistory::getStatus)
                    .containsExactly(OrderStatus.ORDERED, OrderStatus.DELIVERED);
            assertThat(stored.getOrderHistory()).allSatisfy(row -> assertThat(row.getDateAdded())
                    .hasSameTimeAs(purchasedAt));
        });
        assertThat(orders.status).as(orders.toString()).isEqualTo(200);
        JsonNode listed = orders.body.get("orders").get(0);
        assertThat(listed.get("id").asLong()).isEqualTo(orderId);
        assertThat(listed.get("orderStatus").asText()).isEqualTo("DELIVERED");
        assertThat(listed.get("total").get("value").decimalValue()).isEqualByComparingTo("33.00");
        assertThat(listed.get("products").findValuesAsText("sku")).containsExactly(beans, mug);
    }

    @Test
    void catalogOrderBeyondTheStockIsRefusedAndTakesNoStock() {
        String sku = newProduct("5.00", 1);
        long customerId = catalog.createCustomer(unique("eager") + "@test.io", "secret", "Eve", "Eager");

        assertThatThrownBy(() -> catalog.placeOrder("DEFAULT", customerId, Map.of(sku, 2), new Date(),
                OrderStatus.DELIVERED)).isInstanceOf(IllegalStateException.class);
        assertThat(catalog.quantityOf(sku)).isEqualTo(1);
    }

    @Test
    void cartIsRepricedAndTotalledOnEveryRead() {
        String sku = newProduct("2.50", 10);
        String cart = cartWith(sku, 1);

        host.put("/api/v1/cart/" + cart, Map.of("product", sku, "quantity", 4), null);
        HostClient.Answer read = host.get("/api/v1/cart/" + cart, null);

        assertThat(read.status).isEqualTo(200);
        assertThat(read.body.get("products").get(0).get("price").decimalValue()).isEqualByComparingTo("2.50");
        assertThat(read.body.get("subtotal").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(read.body.get("total").decimalValue()).isEqualByComparingTo("10.00");
    }

    @Test
    void moduleAppendedToOrderTotalsPostProcessorsDiscountsTheCartTotal() {
        String sku = unique(TestSeams.ONE_OFF_PER_UNIT_PREFIX);
        catalog.createProduct(NewProduct.sku(sku).price("10.00"));
        String cart = cartWith(sku, 2);

        HostClient.Answer total = host.get("/api/v1/cart/" + cart + "/total", null);
        HostClient.Answer withPromo = host.post("/api/v1/cart/" + cart + "/promo/SAVE", Map.of(), null);

        assertThat(total.status).isEqualTo(200);
        assertThat(total.body.get("total").asText()).contains("18.00");
        List<String> codes = total.body.get("totals").findValuesAsText("code");
        assertThat(codes).containsExactly("order.total.subtotal", "order.total.discount", "order.total.total");
        assertThat(withPromo.status).isEqualTo(201);
        assertThat(withPromo.body.get("promoCode").asText()).isEqualTo("SAVE");
    }

    @Test
    void unknownCartIsNotFound() {
        assertThat(host.get("/api/v1/cart/nosuchcart", null).status).isEqualTo(404);
    }

    private String newProduct(String price, int stock) {
        String sku = unique("SKU-");
        catalog.createProduct(NewProduct.sku(sku).price(price).quantity(stock));
        return sku;
    }

    private HostClient.Answer checkout(String cart, String amount, String customerToken) {
        return host.post("/api/v1/auth/cart/" + cart + "/checkout", Map.of("payment",
                Map.of("paymentType", "MONEYORDER", "transactionType", "CAPTURE", "paymentModule", "moneyorder",
                        "amount", amount)), customerToken);
    }
}
