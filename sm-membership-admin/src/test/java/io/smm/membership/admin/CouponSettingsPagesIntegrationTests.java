package io.smm.membership.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.admin.web.AdminTime;
import io.smm.membership.coupons.CouponSettings;
import io.smm.membership.coupons.CouponSettingsService;

/**
 * The coupon settings page over plain HTTP on the stand-in host: its switches show the store's settings in English
 * and Traditional Chinese, saving changes them, the coupon list links to it, and only a signed-in administrator
 * reaches it. Each test starts, and ends, with the store's settings never saved (the defaults), since the other
 * page tests share the store.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class CouponSettingsPagesIntegrationTests {

    private static final String SETTINGS = "/membership/admin/coupons/settings";

    @Autowired
    WebServerApplicationContext server;

    @Autowired
    CouponSettingsService settings;

    @Autowired
    AdminTime time;

    @Autowired
    StandInCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    private ShopClient client;

    @BeforeEach
    void signInWithDefaults() throws Exception {
        neverSaved();
        client = new ShopClient(server.getWebServer().getPort());
        client.signInToPages(ShopClient.ADMIN, ShopClient.ADMIN_PASSWORD);
    }

    @AfterEach
    void neverSaved() {
        jdbc.update("delete from SALESMANAGER.SMM_COUPON_SETTINGS where STORE_CODE = ?", ShopClient.STORE);
    }

    @Test
    void showsTheDefaultsBeforeAnySave() throws Exception {
        String page = client.get(SETTINGS + "?lang=en").body();

        assertThat(page).contains("Coupon settings", "Not saved yet: these are the defaults.")
                .doesNotContain("Last saved");
        assertThat(switches(page)).containsExactly(true, true, true);
    }

    @Test
    void showsTheSavedSwitchesAndWhenInEnglishAndTraditionalChinese() throws Exception {
        CouponSettings saved = settings.save(ShopClient.STORE, false, true, false);
        String storeTime = time.format(saved.getUpdatedAt());

        HttpResponse<String> english = client.get(SETTINGS + "?lang=en");
        HttpResponse<String> traditional = client.get(SETTINGS + "?lang=zh_TW");

        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("Give the use back when an order is canceled",
                "Give the use back when an order is refunded",
                "Let the shop&#39;s own promo code (Shopizer&#39;s built-in Drools rule) work next to these coupons",
                "any code that is not one of them is refused as unknown.",
                "Last saved " + storeTime + " (" + time.getZoneId() + ").",
                "id=\"menu-coupons\"");
        assertThat(switches(english.body())).containsExactly(false, true, false);
        assertThat(traditional.statusCode()).isEqualTo(200);
        assertThat(traditional.body()).contains(">優惠券設定<", "訂單取消時退回使用次數", "訂單退款時退回使用次數",
                "Shopizer 內建 Drools 規則", "上次儲存：" + storeTime + "（" + time.getZoneId() + "）。");
        assertThat(switches(traditional.body())).containsExactly(false, true, false);
    }

    @Test
    void savesTheSwitchesAndSaysSo() throws Exception {
        Map<String, String> form = form();
        form.put("giveBackOnCancel", "true");

        HttpResponse<String> saved = client.postForm(SETTINGS, form);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElse("")).endsWith(SETTINGS);
        CouponSettings now = settings.get(ShopClient.STORE);
        assertThat(settings.get(ShopClient.STORE).getUpdatedAt()).isNotNull();
        assertThat(now.isGiveBackOnCancel()).isTrue();
        assertThat(now.isGiveBackOnRefund()).isFalse();
        assertThat(now.isHostPromoEnabled()).isFalse();
        String page = client.get(SETTINGS + "?lang=en").body();
        assertThat(page).contains("Coupon settings saved.",
                "Last saved " + time.format(now.getUpdatedAt()));
        assertThat(switches(page)).containsExactly(true, false, false);
        form.put("giveBackOnRefund", "true");
        form.put("hostPromoEnabled", "true");
        client.postForm(SETTINGS, form);
        assertThat(switches(client.get(SETTINGS).body())).containsExactly(true, true, true);
    }

    @Test
    void showsAValueThatIsNoSwitchNextToItAndSavesNothing() throws Exception {
        Map<String, String> form = form();
        form.put("hostPromoEnabled", "maybe");

        HttpResponse<String> page = client.postForm(SETTINGS + "?lang=en", form);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsPattern("name=\"hostPromoEnabled\"[\\s\\S]{0,600}Enter a valid value.");
        assertThat(settings.get(ShopClient.STORE).getUpdatedAt()).isNull();
    }

    @Test
    void couponListLinksToTheSettings() throws Exception {
        String list = client.get("/membership/admin/coupons?lang=en").body();

        assertThat(list).containsPattern("id=\"coupon-settings-link\" href=\"" + SETTINGS + "\">Coupon settings<");
    }

    @Test
    void onlyASignedInAdministratorReachesThePage() throws Exception {
        catalog.createCustomer("cora.settings@example.com", "Secret123!", "Cora", "Settings");
        ShopClient customer = new ShopClient(server.getWebServer().getPort());
        String refused = customer.signInToPages("cora.settings@example.com", "Secret123!");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", customer.csrfToken("/membership/admin/login"));

        HttpResponse<String> page = customer.get(SETTINGS);
        HttpResponse<String> save = customer.postForm(SETTINGS, form);

        assertThat(refused).endsWith("/membership/admin/login?error");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/membership/admin/login");
        assertThat(save.statusCode()).isEqualTo(302);
        assertThat(save.headers().firstValue("Location").orElse("")).endsWith("/membership/admin/login");
        assertThat(settings.get(ShopClient.STORE).getUpdatedAt()).isNull();
    }

    @Test
    void postWithoutCsrfTokenIsRefused() throws Exception {
        Map<String, String> form = form();
        form.remove("_csrf");

        HttpResponse<String> save = client.postForm(SETTINGS, form);

        assertThat(save.statusCode()).isEqualTo(403);
        assertThat(settings.get(ShopClient.STORE).getUpdatedAt()).isNull();
    }

    /** All three switches off, as a browser sends the form with none ticked. */
    private Map<String, String> form() throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_giveBackOnCancel", "on");
        form.put("_giveBackOnRefund", "on");
        form.put("_hostPromoEnabled", "on");
        form.put("_csrf", client.csrfToken(SETTINGS));
        return form;
    }

    /** Whether each switch is ticked, in page order: on cancel, on refund, host promo. */
    private static Boolean[] switches(String page) {
        Boolean[] ticked = new Boolean[3];
        String[] fields = { "giveBackOnCancel", "giveBackOnRefund", "hostPromoEnabled" };
        for (int i = 0; i < fields.length; i++) {
            Matcher input = Pattern.compile("<input type=\"checkbox\"[^>]*name=\"" + fields[i] + "\"[^>]*>")
                    .matcher(page);
            assertThat(input.find()).as("a checkbox " + fields[i]).isTrue();
            ticked[i] = input.group().contains("checked");
        }
        return ticked;
    }
}
