package io.smm.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import io.smm.harness.init.FirstBootData;
import io.smm.harness.security.StandInJwtTokenUtil;

class SecurityIntegrationTests extends StandInHostTestSupport {

    @Autowired
    @Qualifier("JWTTokenUtil")
    private StandInJwtTokenUtil tokens;

    @Autowired
    @Qualifier("userDetailsService")
    private UserDetailsService adminFormLogin;

    @Test
    void defaultAdministratorGetsATokenForItsUserName() {
        HostClient.Answer login = host.post("/api/v1/private/login",
                Map.of("username", FirstBootData.ADMIN_USER, "password", FirstBootData.ADMIN_PASSWORD), null);

        assertThat(login.status).isEqualTo(200);
        assertThat(login.body.get("id").asLong()).isPositive();
        assertThat(tokens.getUsernameFromToken(login.body.get("token").asText())).isEqualTo(FirstBootData.ADMIN_USER);
    }

    @Test
    void wrongPasswordIsRefusedWith401() {
        HostClient.Answer login = host.post("/api/v1/private/login",
                Map.of("username", FirstBootData.ADMIN_USER, "password", "wrong"), null);

        assertThat(login.status).isEqualTo(401);
    }

    @Test
    void registeredCustomerGetsATokenAndItsProfile() {
        String email = unique("registered") + "@test.io";
        HostClient.Answer registration = host.post("/api/v1/customer/register", Map.of("emailAddress", email,
                "password", "secret", "billing", Map.of("country", "CA", "firstName", "Ann", "lastName", "Lee")),
                null);

        HostClient.Answer profile = host.get("/api/v1/auth/customer/profile", registration.body.get("token").asText());

        assertThat(registration.status).as(registration.toString()).isEqualTo(200);
        assertThat(profile.status).isEqualTo(200);
        assertThat(profile.body.get("id").asLong()).isEqualTo(registration.body.get("id").asLong());
        assertThat(profile.body.get("userName").asText()).isEqualTo(email);
        assertThat(profile.body.get("groups").get(0).get("name").asText()).isEqualTo("CUSTOMER");
    }

    @Test
    void customerCreatedByTheCatalogCanLogIn() {
        assertThat(newCustomerToken()).isNotBlank();
    }

    @Test
    void privatePathWithoutTokenIsUnauthorized() {
        assertThat(host.putText("/api/v1/private/orders/1/status", "CANCELED", null).status).isEqualTo(401);
    }

    @Test
    void customerTokenDoesNotOpenPrivatePaths() {
        assertThat(host.putText("/api/v1/private/orders/1/status", "CANCELED", newCustomerToken()).status)
                .isEqualTo(401);
    }

    @Test
    void authPathWithoutTokenIsUnauthorized() {
        assertThat(host.get("/api/v1/auth/customer/profile", null).status).isEqualTo(401);
    }

    @Test
    void malformedOrForgedTokenFailsTheRequestWith500AsOnTheHost() {
        String forged = Jwts.builder().setSubject(FirstBootData.ADMIN_USER).setAudience("api")
                .setExpiration(new Date(System.currentTimeMillis() + 60_000))
                .signWith(SignatureAlgorithm.HS512, "another secret").compact();

        for (String token : List.of("not-a-token", "a.b.c", forged)) {
            HostClient.Answer customer = host.get("/api/v1/auth/customer/profile", token);
            HostClient.Answer owner = host.putText("/api/v1/private/orders/1/status", "CANCELED", token);

            assertThat(customer.status).as(token).isEqualTo(500);
            assertThat(customer.body.get("error").asText()).isEqualTo("Internal Server Error");
            assertThat(customer.body.get("path").asText()).isEqualTo("/api/v1/auth/customer/profile");
            assertThat(customer.body.has("trace")).isFalse();
            assertThat(owner.status).as(token).isEqualTo(500);
        }
    }

    @Test
    void expiredTokenIsUnauthorized() {
        String expired = Jwts.builder().setSubject(FirstBootData.ADMIN_USER).setAudience("api")
                .setExpiration(new Date(System.currentTimeMillis() - 60_000))
                .signWith(SignatureAlgorithm.HS512, "aSecret").compact();

        assertThat(host.get("/api/v1/auth/customer/profile", expired).status).isEqualTo(401);
        assertThat(host.putText("/api/v1/private/orders/1/status", "CANCELED", expired).status).isEqualTo(401);
    }

    @Test
    void adminTokenDoesNotOpenCustomerPaths() {
        assertThat(host.get("/api/v1/auth/customer/profile", adminToken()).status).isEqualTo(401);
    }

    @Test
    void sessionOfAnAdministratorLoginOpensPrivatePathsWithoutToken() {
        HostClient browser = HostClient.withCookies(port());
        browser.post("/api/v1/private/login",
                Map.of("username", FirstBootData.ADMIN_USER, "password", FirstBootData.ADMIN_PASSWORD), null);

        HostClient.Answer withSessionOnly = browser.putText("/api/v1/private/orders/987654/status", "CANCELED", null);

        assertThat(withSessionOnly.status).isEqualTo(404);
    }

    @Test
    void administratorOfAnotherStoreLogsIn() {
        String store = unique("SHOP");
        catalog.createStore(store, "USD");
        String email = unique("manager") + "@test.io";
        catalog.createAdmin(store, email, "secret");

        HostClient.Answer login = host.post("/api/v1/private/login", Map.of("username", email, "password", "secret"),
                null);

        assertThat(login.status).isEqualTo(200);
    }

    @Test
    void formLoginServiceGrantsRolePerPermissionAndReturnsNullForStrangers() {
        UserDetails admin = adminFormLogin.loadUserByUsername(FirstBootData.ADMIN_USER);

        assertThat(admin.getAuthorities()).extracting(Object::toString)
                .contains("ROLE_AUTH", "ROLE_SUPERADMIN", "ROLE_ADMIN", "ROLE_ORDER");
        assertThat(adminFormLogin.loadUserByUsername("nobody@test.io")).isNull();
    }
}
