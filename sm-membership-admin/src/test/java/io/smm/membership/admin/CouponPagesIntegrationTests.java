package io.smm.membership.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.data.domain.Pageable;

import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.admin.web.AdminTime;
import io.smm.membership.coupons.Coupon;
import io.smm.membership.coupons.CouponDraft;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.coupons.CouponStatus;
import io.smm.membership.coupons.CouponTerms;
import io.smm.membership.groups.GroupDraft;
import io.smm.membership.groups.GroupKind;
import io.smm.membership.groups.GroupService;

/**
 * The coupon pages over plain HTTP on the stand-in host: the list with its search and status filter, the form
 * with the module's violations next to their fields, edit and disable. Coupons are never deleted, so every test
 * makes codes of its own.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class CouponPagesIntegrationTests {

    private static final String COUPONS = "/membership/admin/coupons";
    private static final String GROUP = "CPPAGE";

    @Autowired
    WebServerApplicationContext server;

    @Autowired
    CouponService coupons;

    @Autowired
    GroupService groups;

    @Autowired
    StandInCatalog catalog;

    @Autowired
    AdminTime time;

    private ShopClient client;
    /** A word in this test's codes and names only, to search the list by. */
    private String tag;

    @BeforeEach
    void signIn() throws Exception {
        if (groups.findByCode(ShopClient.STORE, GROUP).isEmpty()) {
            GroupDraft group = new GroupDraft();
            group.setCode(GROUP);
            group.setKind(GroupKind.MANUAL);
            group.setNameEn("Coupon page group");
            groups.create(ShopClient.STORE, group);
        }
        tag = "T" + Long.toString(System.nanoTime(), 36).toUpperCase();
        client = new ShopClient(server.getWebServer().getPort());
        client.signInToPages(ShopClient.ADMIN, ShopClient.ADMIN_PASSWORD);
    }

    @Test
    void listsCouponsAndFiltersThemByStatus() throws Exception {
        Coupon active = coupons.create(ShopClient.STORE, draft(tag + "-ON", CouponTerms.Kind.PERCENT, "10"));
        CouponDraft amount = draft(tag + "-OFF", CouponTerms.Kind.AMOUNT, "5");
        amount.setTotalLimit(100);
        amount.setStartsAt(Instant.parse("2026-03-01T00:00:00Z"));
        Coupon disabled = coupons.create(ShopClient.STORE, amount);
        coupons.disable(ShopClient.STORE, disabled.getId());

        String all = client.get(COUPONS + "?q=" + tag).body();
        String onlyActive = client.get(COUPONS + "?q=" + tag.toLowerCase() + "&status=ACTIVE").body();
        String onlyDisabled = client.get(COUPONS + "?q=" + tag + "&status=DISABLED").body();
        HttpResponse<String> unknownStatus = client.get(COUPONS + "?q=" + tag + "&status=GONE");

        assertThat(unknownStatus.statusCode()).isEqualTo(200);
        assertThat(unknownStatus.body()).contains(tag + "-ON", tag + "-OFF");
        assertThat(all).contains(tag + "-ON", tag + "-OFF", "10 %", "5.00", "0 / 100", "0 / no limit",
                time.format(Instant.parse("2026-03-01T00:00:00Z")) + " – —",
                COUPONS + "/" + active.getId() + "\"", "id=\"menu-coupons\"");
        assertThat(onlyActive).contains(tag + "-ON").doesNotContain(tag + "-OFF")
                .containsPattern("id=\"coupon-status-" + active.getId() + "\">Active<");
        assertThat(onlyDisabled).contains(tag + "-OFF").doesNotContain(tag + "-ON")
                .containsPattern("id=\"coupon-status-" + disabled.getId() + "\">Disabled<");
    }

    @Test
    void showsViolationsNextToTheirFieldsAndSavesNothing() throws Exception {
        coupons.create(ShopClient.STORE, draft(tag + "-TAKEN", CouponTerms.Kind.AMOUNT, "5"));
        Map<String, String> form = form(tag.toLowerCase() + "-taken", "PERCENT", "150");

        HttpResponse<String> taken = client.postForm(COUPONS + "/new", form);
        form.put("code", tag + "-FREE");
        HttpResponse<String> tooMuch = client.postForm(COUPONS + "/new", form);

        assertThat(taken.statusCode()).isEqualTo(200);
        assertThat(taken.body()).containsPattern("id=\"value\"[^>]*value=\"150\"[\\s\\S]{0,300}A percent off is at most 100.");
        assertThat(tooMuch.statusCode()).isEqualTo(200);
        assertThat(tooMuch.body()).contains("A percent off is at most 100.");
        form.put("value", "15");
        form.put("code", tag.toLowerCase() + "-taken");
        HttpResponse<String> codeOnly = client.postForm(COUPONS + "/new", form);
        assertThat(codeOnly.body()).containsPattern("id=\"code\"[^>]*value=\"" + tag.toLowerCase()
                + "-taken\"[\\s\\S]{0,400}The code " + tag + "-TAKEN is taken in this store \\(codes ignore case\\).");
        assertThat(coupons.search(ShopClient.STORE, tag, null, Pageable.unpaged()).getContent())
                .extracting(Coupon::getCode).containsExactly(tag + "-TAKEN");
    }

    @Test
    void showsATakenCodeAnUnreadableLimitAndEveryOtherErrorAtOnceInEachLanguage() throws Exception {
        coupons.create(ShopClient.STORE, draft(tag + "-ALL", CouponTerms.Kind.AMOUNT, "5"));
        String[][] expected = {
                { "en", "The code " + tag + "-ALL is taken in this store (codes ignore case).",
                        "A percent off is at most 100.", "Enter ids as numbers separated by commas; abc is not one.",
                        "Enter a valid value." },
                { "zh_TW", "本商店已有代碼 " + tag + "-ALL（代碼不分大小寫）。", "折扣百分比最多為 100。",
                        "請輸入以逗號分隔的數字編號；abc 不是數字。", "請輸入有效的值。" },
                { "zh_CN", "本商店已有代码 " + tag + "-ALL（代码不区分大小写）。", "折扣百分比最多为 100。",
                        "请输入以逗号分隔的数字编号；abc 不是数字。", "请输入有效的值。" } };
        for (String[] language : expected) {
            client.get(COUPONS + "?lang=" + language[0]);
            Map<String, String> form = form(tag.toLowerCase() + "-all", "PERCENT", "150");
            form.put("categoriesText", "abc");
            form.put("totalLimit", "many");

            HttpResponse<String> page = client.postForm(COUPONS + "/new", form);

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).as(language[0])
                    .containsPattern("id=\"code\"[^>]*>[\\s\\S]{0,400}" + Pattern.quote(language[1]))
                    .containsPattern("id=\"value\"[^>]*value=\"150\"[\\s\\S]{0,300}" + Pattern.quote(language[2]))
                    .containsPattern("id=\"categoriesText\"[^>]*value=\"abc\"[\\s\\S]{0,300}"
                            + Pattern.quote(language[3]))
                    .containsPattern("id=\"totalLimit\"[^>]*>[\\s\\S]{0,300}"
                            + Pattern.quote(language[4]));
        }
        client.get(COUPONS + "?lang=en");
        assertThat(coupons.search(ShopClient.STORE, tag, null, Pageable.unpaged()).getContent())
                .extracting(Coupon::getCode).containsExactly(tag + "-ALL");
    }

    @Test
    void rejectsAScopeIdThatIsNoNumberOrUnknownOnItsField() throws Exception {
        Map<String, String> form = form(tag + "-IDS", "PERCENT", "10");
        form.put("productsText", "12，abc");

        HttpResponse<String> page = client.postForm(COUPONS + "/new", form);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsPattern(
                "id=\"productsText\"[^>]*value=\"12，abc\"[\\s\\S]{0,300}Enter ids as numbers separated by commas; abc is not one.");
        form.put("productsText", "987654321");
        HttpResponse<String> unknown = client.postForm(COUPONS + "/new", form);
        assertThat(unknown.body()).containsPattern(
                "id=\"productsText\"[^>]*value=\"987654321\"[\\s\\S]{0,300}No category or product 987654321 in this store.");
        assertThat(coupons.search(ShopClient.STORE, tag, null, Pageable.unpaged()).getContent()).isEmpty();
    }

    @Test
    void createsAndEditsACoupon() throws Exception {
        Long category = catalog.createCategory("CP" + tag, "Coupon category");
        Map<String, String> form = form(tag.toLowerCase() + "-new", "PERCENT", "10");
        form.put("categoriesText", " " + category + " ,");
        form.put("startsAtLocal", "2026-12-25T02:00");

        HttpResponse<String> created = client.postForm(COUPONS + "/new", form);

        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElse("")).endsWith(COUPONS);
        Coupon coupon = coupons.search(ShopClient.STORE, tag, null, Pageable.unpaged()).getContent().get(0);
        assertThat(coupon.getCode()).isEqualTo(tag + "-NEW");
        assertThat(coupon.getStartsAt()).isEqualTo(LocalDateTime.parse("2026-12-25T02:00").atZone(time.zone()).toInstant());
        assertThat(client.get(COUPONS).body()).contains("Coupon " + tag + "-NEW created.");
        String edit = client.get(COUPONS + "/" + coupon.getId()).body();
        assertThat(edit).containsPattern("<input type=\"datetime-local\"[^>]*name=\"startsAtLocal\"")
                .containsPattern("<input type=\"text\"[^>]*name=\"categoriesText\"")
                .contains("value=\"2026-12-25T02:00\"", "value=\"" + category + "\"", "value=\"10\"")
                .containsPattern("value=\"" + GROUP + "\"[^>]*checked");

        assertThat(edit).containsPattern("<input type=\"hidden\"[^>]*name=\"version\"[^>]*value=\"0\"");

        form.put("value", "25");
        form.put("version", "0");
        HttpResponse<String> updated = client.postForm(COUPONS + "/" + coupon.getId(), form);
        form.put("value", "30");
        HttpResponse<String> stale = client.postForm(COUPONS + "/" + coupon.getId(), form);

        assertThat(updated.statusCode()).isEqualTo(302);
        assertThat(stale.statusCode()).as("a second save of the page read at version 0").isEqualTo(409);
        assertThat(coupons.get(ShopClient.STORE, coupon.getId()).getValue()).isEqualByComparingTo("25");
        assertThat(client.get(COUPONS + "?q=" + tag).body()).contains("25 %", "Coupon " + tag + "-NEW saved.");
    }

    @Test
    void disablesACoupon() throws Exception {
        Coupon coupon = coupons.create(ShopClient.STORE, draft(tag + "-STOP", CouponTerms.Kind.PERCENT, "10"));
        String edit = client.get(COUPONS + "/" + coupon.getId()).body();
        assertThat(edit).contains("id=\"disable-coupon\"", "data-confirm=\"Disable the coupon " + tag + "-STOP?\"");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", client.csrfToken(COUPONS + "/" + coupon.getId()));

        HttpResponse<String> disabled = client.postForm(COUPONS + "/" + coupon.getId() + "/disable", form);

        assertThat(disabled.statusCode()).isEqualTo(302);
        assertThat(coupons.get(ShopClient.STORE, coupon.getId()).statusAt(Instant.now()))
                .isEqualTo(CouponStatus.DISABLED);
        assertThat(client.get(COUPONS + "?q=" + tag).body())
                .containsPattern("id=\"coupon-status-" + coupon.getId() + "\">Disabled<");
        assertThat(client.get(COUPONS + "/" + coupon.getId()).body()).doesNotContain("id=\"disable-coupon\"");
    }

    @Test
    void showsTraditionalChineseLabels() throws Exception {
        Coupon coupon = coupons.create(ShopClient.STORE, draft(tag + "-TW", CouponTerms.Kind.PERCENT, "10"));

        String list = client.get(COUPONS + "?lang=zh_TW&q=" + tag).body();
        String form = client.get(COUPONS + "/" + coupon.getId()).body();

        assertThat(list).contains(">優惠券<", "代碼或名稱", "所有狀態", ">已停用<", ">新增優惠券<")
                .containsPattern("id=\"coupon-status-" + coupon.getId() + "\">生效中<");
        assertThat(form).contains("優惠券 " + tag + "-TW", "折扣百分比", "排除的商品", "停用優惠券");
    }

    @Test
    void postWithoutCsrfTokenIsRefused() throws Exception {
        Coupon coupon = coupons.create(ShopClient.STORE, draft(tag + "-CSRF", CouponTerms.Kind.PERCENT, "10"));
        Map<String, String> form = form(tag + "-NOTOKEN", "PERCENT", "10");
        form.remove("_csrf");

        HttpResponse<String> create = client.postForm(COUPONS + "/new", form);
        HttpResponse<String> disable = client.postForm(COUPONS + "/" + coupon.getId() + "/disable", Map.of());

        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(disable.statusCode()).isEqualTo(403);
        assertThat(coupons.search(ShopClient.STORE, tag, null, Pageable.unpaged()).getContent())
                .extracting(Coupon::getCode).containsExactly(tag + "-CSRF");
        assertThat(coupons.get(ShopClient.STORE, coupon.getId()).isActive()).isTrue();
    }

    private Map<String, String> form(String code, String kind, String value) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("code", code);
        form.put("name", "Page coupon " + tag);
        form.put("kind", kind);
        form.put("value", value);
        form.put("base", "ORDER");
        form.put("active", "true");
        form.put("_active", "on");
        form.put("groups", GROUP);
        form.put("totalLimit", "50");
        form.put("_csrf", client.csrfToken(COUPONS + "/new"));
        return form;
    }

    private static CouponDraft draft(String code, CouponTerms.Kind kind, String value) {
        CouponDraft draft = new CouponDraft();
        draft.setCode(code);
        draft.setName("Coupon " + code);
        draft.setKind(kind);
        draft.setValue(new BigDecimal(value));
        return draft;
    }
}
