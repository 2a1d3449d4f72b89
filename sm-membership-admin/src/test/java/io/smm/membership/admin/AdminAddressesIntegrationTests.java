package io.smm.membership.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Date;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;

import com.salesmanager.core.model.order.orderstatus.OrderStatus;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;

/**
 * Addresses under the owner's pages that no page answers, over HTTP on the stand-in host: our own "not found"
 * page in the owner's language, not the host's error answer; the style sheet still served.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class AdminAddressesIntegrationTests {

    @Autowired
    WebServerApplicationContext server;

    @Autowired
    ApplicationContext context;

    @Autowired
    StandInCatalog catalog;

    private ShopClient client;

    @BeforeEach
    void signIn() throws Exception {
        client = new ShopClient(server.getWebServer().getPort());
        client.signInToPages(ShopClient.ADMIN, ShopClient.ADMIN_PASSWORD);
    }

    @Test
    void answersAnAddressNoPageHasWithOurNotFoundPageInTheOwnersLanguage() throws Exception {
        for (String path : new String[] { "/membership/admin/no-such-page", "/membership/admin/groups/no/such/page" }) {
            HttpResponse<String> page = client.get(path + "?lang=zh_TW");

            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                    .startsWith("text/html"));
            assertThat(page.body()).contains("id=\"owner-name\"",
                    message(Locale.TRADITIONAL_CHINESE, "membership.admin.error.title.not-found"),
                    message(Locale.TRADITIONAL_CHINESE, "membership.admin.error.no-page"),
                    "href=\"/membership/admin\"");
        }
    }

    @Test
    void stillServesTheStyleSheetAndRefusesAMissingOneBriefly() throws Exception {
        assertThat(client.get("/membership/admin/assets/admin.css").statusCode()).isEqualTo(200);
        assertThat(client.get("/membership/admin/assets/nothing.css").statusCode()).isEqualTo(404);
    }

    @Test
    void anOrderTheStoreDoesNotHaveIsNotFound() throws Exception {
        HttpResponse<String> page = client.get("/membership/admin/orders/987654321/prices?lang=en");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains(message(Locale.ENGLISH, "membership.admin.order-prices.not-found",
                "987654321"));
    }

    @Test
    void anOrderPlacedWithoutMemberPricesStillHasItsPage() throws Exception {
        String sku = "ADDR-" + System.nanoTime();
        catalog.createProduct(NewProduct.sku(sku).name("Green tea").price("10.00").quantity(5));
        long customer = catalog.createCustomer(sku.toLowerCase() + "@example.com", "Secret123!", "Ada", "Order");
        long order = catalog.placeOrder(ShopClient.STORE, customer, Map.of(sku, 1), new Date(), OrderStatus.ORDERED);

        HttpResponse<String> page = client.get("/membership/admin/orders/" + order + "/prices?lang=en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(message(Locale.ENGLISH, "membership.admin.order-prices.title",
                Long.toString(order)));
    }

    private String message(Locale locale, String key, Object... args) {
        return context.getMessage(key, args, locale);
    }
}
