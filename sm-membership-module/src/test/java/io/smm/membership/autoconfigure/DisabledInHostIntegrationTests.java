package io.smm.membership.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import io.smm.harness.StandInShopApplication;
import io.smm.membership.testhost.HostClient;

/** With {@code sm.membership.enabled=false} the host runs as if the extension were not installed. */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sm.membership.enabled=false")
class DisabledInHostIntegrationTests {

    static {
        // a database of its own: the other host contexts of this JVM have created our tables in theirs
        System.setProperty("db.jdbcUrl",
                "jdbc:h2:mem:DISABLED;DB_CLOSE_DELAY=-1;INIT=CREATE SCHEMA IF NOT EXISTS SALESMANAGER");
    }

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private JdbcTemplate jdbc;

    @AfterAll
    static void forgetDatabase() {
        System.clearProperty("db.jdbcUrl");
    }

    @Test
    void createsNoTableAndNoBeanOfOurs() {
        assertThat(jdbc.queryForObject("select count(*) from INFORMATION_SCHEMA.TABLES where TABLE_NAME like 'SMM_%'",
                Long.class)).isZero();
        assertThat(context.getBeanDefinitionNames()).noneMatch(name -> name.startsWith("membership"));
    }

    @Test
    void answersNoneOfOurPathsWhileTheHostsStillAnswer() {
        HostClient host = new HostClient(rest);
        String owner = host.adminToken();
        String shopper = host.customerToken(host.registerCustomer("disabled"));

        assertThat(host.get("/api/v1/private/membership/groups", owner).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(host.get("/api/v1/auth/membership", shopper).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(host.get("/api/v1/products", null).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(host.get("/api/v1/auth/customer/profile", shopper).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
