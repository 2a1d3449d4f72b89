package io.smm.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.env.Environment;

import io.smm.harness.init.FirstBootData;

/**
 * One running stand-in host shared by every integration test class (same configuration, so one cached
 * context). Tests keep apart by using {@link #unique(String)} names.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, classes = {StandInShopApplication.class,
    TestSeams.class}, properties = "not.in.files=set-in-boot-properties")
abstract class StandInHostTestSupport {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /**
     * Not {@code @LocalServerPort}: that is {@code @Value("${local.server.port}")}, which the legacy placeholder
     * configurer cannot resolve (the port lives only in Boot's Environment) — the host's placeholder trap.
     */
    @Autowired
    private Environment environment;

    @Autowired
    protected StandInCatalog catalog;

    protected HostClient host;

    @BeforeEach
    void connect() {
        host = HostClient.stateless(port());
    }

    protected int port() {
        return environment.getRequiredProperty("local.server.port", Integer.class);
    }

    protected static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }

    protected String adminToken() {
        return token(host.post("/api/v1/private/login",
                Map.of("username", FirstBootData.ADMIN_USER, "password", FirstBootData.ADMIN_PASSWORD), null));
    }

    /** A new customer of store DEFAULT, logged in. */
    protected String newCustomerToken() {
        String email = unique("shopper") + "@test.io";
        catalog.createCustomer(email, "secret", "Sam", "Shopper");
        return customerToken(email);
    }

    /** The token of a customer whose password is {@code secret}. */
    protected String customerToken(String email) {
        return token(host.post("/api/v1/customer/login", Map.of("username", email, "password", "secret"), null));
    }

    /** A new anonymous cart holding {@code quantity} of the product; returns the cart code. */
    protected String cartWith(String sku, int quantity) {
        HostClient.Answer cart = host.post("/api/v1/cart", Map.of("product", sku, "quantity", quantity), null);
        assertThat(cart.status).as(cart.toString()).isEqualTo(201);
        return cart.body.get("code").asText();
    }

    private static String token(HostClient.Answer login) {
        assertThat(login.status).as(login.toString()).isEqualTo(200);
        return login.body.get("token").asText();
    }
}
