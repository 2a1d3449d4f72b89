package io.smm.membership.host.access;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.identity.Shopper;
import io.smm.membership.testhost.FixedAccessViews;
import io.smm.membership.testhost.HostClient;

/** The stand-in host with access views each test sets per shopper, open again after every test. */
@SpringBootTest(classes = { StandInShopApplication.class, AccessSeamTestViews.class },
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StandInWithViews {

    static final Shopper GUEST = Shopper.guest(AccessSeamTestViews.STORE);

    @Autowired
    StandInCatalog catalog;

    @Autowired
    FixedAccessViews views;

    @Autowired
    private TestRestTemplate rest;

    HostClient host;

    @BeforeAll
    void aClient() {
        host = new HostClient(rest);
    }

    @AfterEach
    void everythingOpenAgain() {
        views.clear();
    }

    static String suffix() {
        return String.valueOf(System.nanoTime() % 1_000_000);
    }
}
