package io.smm.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The demo's orders of today, placed as a storefront places them once the web server is up: log in, fill a cart,
 * apply a coupon, read the total, check out. Unlike the year of history, which is written before the server
 * starts, they go through the whole checkout: the shopper's member prices and quantity tiers, coupons, the prices
 * kept with each order (the order prices page) and tier moves at checkout. The {@link DemoGate} stays closed until
 * they are placed.
 */
final class DemoCheckouts implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(DemoCheckouts.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DemoGate gate;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Supplier<List<Basket>> baskets;
    private String base;

    /** @param baskets today's orders, asked for once the demo's data is in */
    DemoCheckouts(DemoGate gate, Supplier<List<Basket>> baskets) {
        this.gate = gate;
        this.baskets = baskets;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
        if (!gate.isClosed() || port == null) {
            gate.open();
            return;
        }
        base = "http://localhost:" + port;
        int placed = 0;
        List<Basket> today = baskets.get();
        try {
            for (Basket basket : today) {
                checkout(basket);
                placed++;
            }
        } catch (IOException | RuntimeException e) {
            log.warn("The demo placed {} of its {} orders of today: {}", placed, today.size(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            gate.open();
        }
        log.info("sm-membership demo: {} orders of today placed through the checkout", placed);
    }

    private void checkout(Basket basket) throws IOException, InterruptedException {
        String token = send("POST", "/api/v1/customer/login", Map.of("username", basket.login, "password",
                DemoData.PASSWORD), null).path("token").asText();
        String cookie = basket.trackingId == null ? null : followLink(basket.trackingId);
        String cart = null;
        for (Map.Entry<String, Integer> line : basket.quantitiesBySku.entrySet()) {
            Map<String, Object> item = Map.of("product", line.getKey(), "quantity", line.getValue());
            cart = cart == null ? send("POST", "/api/v1/cart", item, null).path("code").asText()
                    : send("PUT", "/api/v1/cart/" + cart, item, null).path("code").asText(cart);
        }
        if (basket.coupon != null) {
            send("POST", "/api/v1/cart/" + cart + "/promo/" + basket.coupon, null, token);
        }
        if (basket.points > 0) {
            send("PUT", "/api/v1/auth/membership/cart/" + cart + "/points", Map.of("points", basket.points), token);
        }
        BigDecimal total = send("GET", "/api/v1/cart/" + cart, null, token).path("total").decimalValue();
        send("POST", "/api/v1/auth/cart/" + cart + "/checkout", Map.of("payment", Map.of("paymentType", "MONEYORDER",
                "transactionType", "CAPTURE", "paymentModule", "moneyorder", "amount", total.toPlainString()),
                "currency", "CAD", "customerAgreement", true), token, cookie);
    }

    /** The shopper arrives through an affiliate's short link: the signed cookie it sets, as a browser keeps it. */
    private String followLink(String trackingId) throws IOException, InterruptedException {
        HttpResponse<Void> link = http.send(HttpRequest.newBuilder(URI.create(base + "/a/" + trackingId + "?to=/"))
                .header(DemoGate.HEADER, gate.token()).build(), HttpResponse.BodyHandlers.discarding());
        return link.headers().firstValue("Set-Cookie").map(cookie -> cookie.split(";", 2)[0]).orElse(null);
    }

    private JsonNode send(String method, String path, Object body, String token)
            throws IOException, InterruptedException {
        return send(method, path, body, token, null);
    }

    private JsonNode send(String method, String path, Object body, String token, String cookie)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header(DemoGate.HEADER, gate.token())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    /** What one demo shopper buys today, lines in order, with a coupon code or none, and points or none. */
    static final class Basket {

        private final String login;
        private final Map<String, Integer> quantitiesBySku = new LinkedHashMap<>();
        private String coupon;
        private String trackingId;
        private long points;

        private Basket(String login) {
            this.login = login;
        }

        static Basket of(String login) {
            return new Basket(login);
        }

        Basket add(String sku, int quantity) {
            quantitiesBySku.put(sku, quantity);
            return this;
        }

        Basket coupon(String code) {
            this.coupon = code;
            return this;
        }

        /** The shopper pays part of the cart with these points. */
        Basket points(long points) {
            this.points = points;
            return this;
        }

        /** The shopper came through this affiliate's short link. */
        Basket via(String trackingId) {
            this.trackingId = trackingId;
            return this;
        }
    }
}
