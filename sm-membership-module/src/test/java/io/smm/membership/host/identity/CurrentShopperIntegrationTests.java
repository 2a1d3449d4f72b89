package io.smm.membership.host.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.shoppingcart.ShoppingCart;

import io.smm.harness.StandInShopApplication;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.identity.Shopper;
import io.smm.membership.testhost.HostClient;

/** Who the resolver says is shopping, on the paths and with the tokens a storefront sends. */
@SpringBootTest(classes = { StandInShopApplication.class, CurrentShopperIntegrationTests.Probe.class },
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CurrentShopperIntegrationTests {

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @PersistenceContext
    private EntityManager entityManager;

    @Test
    void readsACustomerTokenOnAPublicPath() {
        HostClient host = new HostClient(rest);
        String email = host.registerCustomer("public");

        Map<String, Object> seen = host.get("/api/v1/products/probe-shopper", host.customerToken(email)).getBody();

        assertThat(seen.get("customerId")).isEqualTo(customerIdOf(email));
        assertThat(seen.get("store")).isEqualTo("DEFAULT");
    }

    @Test
    void readsTheCustomerOfACartWithoutAToken() {
        HostClient host = new HostClient(rest);
        String email = host.registerCustomer("cart");
        String cartCode = "probe" + System.nanoTime();
        cartOf(email, cartCode);

        Map<String, Object> seen = host.get("/api/v1/cart/" + cartCode + "/probe-shopper", null).getBody();

        assertThat(seen.get("customerId")).isEqualTo(customerIdOf(email));
    }

    @Test
    void seesAGuestWithoutTokenWithAForgedTokenAndOnOwnerPaths() {
        HostClient host = new HostClient(rest);
        String token = host.customerToken(host.registerCustomer("owner-path"));

        assertThat(host.get("/api/v1/products/probe-shopper", null).getBody().get("customerId")).isNull();
        assertThat(host.get("/api/v1/products/probe-shopper", token.substring(0, token.length() - 3) + "abc")
                .getBody().get("customerId")).isNull();
        assertThat(host.get("/api/v1/products/probe-shopper?store=OTHER", null).getBody().get("store"))
                .isEqualTo("OTHER");
        assertThat(host.get("/api/v1/private/probe-shopper", host.adminToken()).getBody().get("customerId"))
                .isNull();
    }

    private Object customerIdOf(String email) {
        Number id = (Number) entityManager.createQuery("select c.id from Customer c where c.nick = :nick")
                .setParameter("nick", email).getSingleResult();
        return id.intValue();
    }

    private void cartOf(String email, String code) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            ShoppingCart cart = new ShoppingCart();
            cart.setShoppingCartCode(code);
            cart.setCustomerId(((Number) customerIdOf(email)).longValue());
            cart.setMerchantStore(entityManager.createQuery("select m from MerchantStore m where m.code = 'DEFAULT'",
                    MerchantStore.class).getSingleResult());
            entityManager.persist(cart);
        });
    }

    /** Shows what the resolver sees, on a public, a cart and an owner path. */
    @TestConfiguration
    static class Probe {

        @Bean
        ProbeController membershipTestProbeController(CurrentShopper shopper) {
            return new ProbeController(shopper);
        }
    }

    @RestController
    static class ProbeController {

        private final CurrentShopper shopper;

        ProbeController(CurrentShopper shopper) {
            this.shopper = shopper;
        }

        @GetMapping({ "/api/v1/products/probe-shopper", "/api/v1/cart/{code}/probe-shopper",
                "/api/v1/private/probe-shopper" })
        Map<String, Object> seen() {
            Shopper seen = shopper.get();
            Map<String, Object> body = new java.util.HashMap<>();
            body.put("store", seen.storeCode());
            body.put("customerId", seen.customerId().orElse(null));
            return body;
        }
    }
}
