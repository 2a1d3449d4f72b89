package io.smm.membership.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring5.view.ThymeleafViewResolver;

import io.smm.harness.StandInShopApplication;

/** What the pages bring (Thymeleaf, a language switch) stays out of the host's own requests. */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class HostUnaffectedIntegrationTests {

    /**
     * Not {@code @LocalServerPort}: the host's legacy placeholder configurer cannot resolve it
     * (docs/host-seams.md#properties-and-the-placeholder-configurer).
     */
    @Autowired
    WebServerApplicationContext server;

    @Autowired
    ThymeleafViewResolver thymeleaf;

    @Test
    void thymeleafRendersOnlyOurViews() throws Exception {
        View error = thymeleaf.resolveViewName("error", Locale.ENGLISH);
        View shop = thymeleaf.resolveViewName("shop", Locale.ENGLISH);
        View ours = thymeleaf.resolveViewName("membership/login", Locale.ENGLISH);

        assertThat(error).isNull();
        assertThat(shop).isNull();
        assertThat(ours).isNotNull();
    }

    @Test
    void langParameterDoesNotSwitchTheHostSessionLocale() throws Exception {
        ShopClient client = new ShopClient(server.getWebServer().getPort());
        client.get("/membership/admin/login");

        client.get("/api/v1/products?lang=zh_TW");
        HttpResponse<String> login = client.get("/membership/admin/login");

        assertThat(login.body()).contains("lang=\"en\"");
    }
}
