package io.smm.membership.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.context.WebServerApplicationContext;

import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;

/**
 * The pages' security chain on the stand-in host (docs/host-seams.md#the-admin-pages-security-chain), over plain HTTP:
 * form login with the host's administrators, CSRF on, and a login that stays on the pages: its session cookie does
 * not open the host's private API, and the host's admin JWT does not open the pages.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class AdminSecurityIntegrationTests {

    /**
     * Not {@code @LocalServerPort}: the host's legacy placeholder configurer cannot resolve it
     * (docs/host-seams.md#properties-and-the-placeholder-configurer).
     */
    @Autowired
    WebServerApplicationContext server;

    @Autowired
    StandInCatalog catalog;

    private ShopClient client;

    @BeforeEach
    void newSession() {
        client = new ShopClient(port());
    }

    @Test
    void pagesRedirectToLoginWhenSignedOut() throws Exception {
        HttpResponse<String> groups = client.get("/membership/admin/groups");

        assertThat(groups.statusCode()).isEqualTo(302);
        assertThat(groups.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/membership/admin/login"));
    }

    @Test
    void loginPageAndAssetsAreOpen() throws Exception {
        HttpResponse<String> login = client.get("/membership/admin/login");
        HttpResponse<String> css = client.get("/membership/admin/assets/admin.css");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("name=\"_csrf\"");
        assertThat(css.statusCode()).isEqualTo(200);
    }

    @Test
    void administratorSignsIn() throws Exception {
        String landing = client.signInToPages(ShopClient.ADMIN, ShopClient.ADMIN_PASSWORD);

        HttpResponse<String> groups = client.get("/membership/admin/groups");

        assertThat(landing).endsWith("/membership/admin/dashboard");
        assertThat(groups.statusCode()).isEqualTo(200);
        assertThat(groups.body()).contains(ShopClient.ADMIN);
    }

    @Test
    void wrongPasswordUnknownUserAndCustomerAreRefused() throws Exception {
        catalog.createCustomer("carol.customer@example.com", "Secret123!", "Carol", "Customer");

        String wrongPassword = new ShopClient(port()).signInToPages(ShopClient.ADMIN, "not-the-password");
        String unknownUser = new ShopClient(port()).signInToPages("nobody@example.com", "password");
        String customer = new ShopClient(port()).signInToPages("carol.customer@example.com", "Secret123!");

        assertThat(wrongPassword).endsWith("/membership/admin/login?error");
        assertThat(unknownUser).endsWith("/membership/admin/login?error");
        assertThat(customer).endsWith("/membership/admin/login?error");
    }

    @Test
    void postWithoutCsrfTokenIsRefused() throws Exception {
        client.signInToPages(ShopClient.ADMIN, ShopClient.ADMIN_PASSWORD);
        Map<String, String> group = new LinkedHashMap<>();
        group.put("code", "NOCSRF");
        group.put("kind", "MANUAL");
        group.put("nameEn", "No token");

        HttpResponse<String> withoutToken = client.postForm("/membership/admin/groups/new", group);
        group.put("_csrf", client.csrfToken("/membership/admin/groups/new"));
        HttpResponse<String> withToken = client.postForm("/membership/admin/groups/new", group);

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withToken.statusCode()).isEqualTo(302);
    }

    @Test
    void pagesSessionDoesNotOpenTheHostPrivateApi() throws Exception {
        client.signInToPages(ShopClient.ADMIN, ShopClient.ADMIN_PASSWORD);

        HttpResponse<String> page = client.get("/membership/admin/groups");
        HttpResponse<String> api = client.get("/api/v1/private/membership/groups");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(api.statusCode()).isIn(401, 403);
    }

    @Test
    void hostAdminTokenOpensTheApiButNotThePages() throws Exception {
        String token = client.adminToken();

        HttpResponse<String> api = client.get("/api/v1/private/membership/groups", "Authorization", "Bearer " + token);
        HttpResponse<String> page = client.get("/membership/admin/groups", "Authorization", "Bearer " + token);

        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(page.statusCode()).isEqualTo(302);
    }

    @Test
    void signingOutEndsThePagesSession() throws Exception {
        client.signInToPages(ShopClient.ADMIN, ShopClient.ADMIN_PASSWORD);
        String token = client.csrfToken("/membership/admin/groups");

        HttpResponse<String> logout = client.postForm("/membership/admin/logout", Map.of("_csrf", token));
        HttpResponse<String> groups = client.get("/membership/admin/groups");

        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/membership/admin/login?logout"));
        assertThat(groups.statusCode()).isEqualTo(302);
    }

    @Test
    void unknownGroupShowsANotFoundPage() throws Exception {
        client.signInToPages(ShopClient.ADMIN, ShopClient.ADMIN_PASSWORD);

        HttpResponse<String> missing = client.get("/membership/admin/groups/987654/edit?lang=en");
        HttpResponse<String> notANumber = client.get("/membership/admin/members/abc");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("No group 987654 in this store.").doesNotContain("Exception");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.body()).doesNotContain("Exception");
    }

    private int port() {
        return server.getWebServer().getPort();
    }
}
