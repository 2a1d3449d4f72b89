package io.smm.membership.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.access.AccessPreview;
import io.smm.membership.access.AccessRuleDraft;
import io.smm.membership.access.AccessSettingsDraft;
import io.smm.membership.access.BeforeOpening;
import io.smm.membership.access.CategoryAccessDraft;
import io.smm.membership.access.CategoryAccessOwnerService;
import io.smm.membership.access.MultiCategory;
import io.smm.membership.access.Permission;
import io.smm.membership.access.RuleState;
import io.smm.membership.access.Unlisted;
import io.smm.membership.groups.GroupDraft;
import io.smm.membership.groups.GroupKind;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MemberGroup;

/**
 * The category access pages in a real browser, as an owner reads them on a desktop and on a phone in English,
 * 繁體中文 and 简体中文: the tree with set, inherited and default cells, one category's rules with two broken cells
 * shown next to each, and the catalog previewed as a group. The pages belong to a store of their own; screenshots
 * go to {@code target/screenshots}.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class CategoryAccessPagesIntegrationTests {

    private static final String STORE = "CAX";
    private static final String OWNER = "owner@access.test";
    private static final String PASSWORD = "Secret123!";
    private static final String PAGES = "/membership/admin/category-access";

    private static AdminBrowser browser;
    private static Fixture fixture;

    /** Not {@code @LocalServerPort}: the host's legacy placeholder configurer cannot resolve it. */
    @Autowired
    WebServerApplicationContext server;

    @Autowired
    ApplicationContext context;

    @Autowired
    StandInCatalog catalog;

    @Autowired
    GroupService groups;

    @Autowired
    CategoryAccessOwnerService access;

    /** The ids the pages address, made once for the whole class. */
    private static final class Fixture {
        long vip;
        long wholesaleGroup;
        long tea;
        long oolong;
        long vipCorner;
        long wholesale;
        long early;
        long teaware;
        String opens;
    }

    @BeforeEach
    void storeWithRules() throws Exception {
        if (fixture == null) {
            fixture = fixture();
        }
        browser = AdminBrowser.signedIn(browser, server.getWebServer().getPort(), OWNER, PASSWORD);
    }

    @AfterAll
    static void stopBrowser() {
        browser = AdminBrowser.closed(browser);
    }

    static Stream<Arguments> everyPage() {
        List<Arguments> pages = new ArrayList<>();
        for (String language : new String[] { "en", "zh_TW", "zh_CN" }) {
            for (String page : new String[] { "", "/{early}", "/preview?audience=GROUP:{vip}&at=2026-12-07T10:00" }) {
                pages.add(Arguments.of(page, language));
            }
        }
        return pages.stream();
    }

    /** Also leaves a desktop and a phone screenshot of each page, to look at. */
    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyPage")
    void fitsAPhoneScreenWithoutScrollingSideways(String page, String language) throws Exception {
        String path = PAGES + page.replace("{early}", Long.toString(fixture.early))
                .replace("{vip}", Long.toString(fixture.vip)) + (page.contains("?") ? "&" : "?") + "lang=" + language;
        String name = "category-access" + (page.isEmpty() ? "" : page.startsWith("/preview") ? "_preview" : "_rules")
                + "-" + language;

        long width = browser.shootOnDesktopAndPhone(path, name);

        assertThat(browser.find(By.id("owner-name")).getText()).isEqualTo(OWNER);
        assertThat(width).as("width of %s on a phone", path).isLessThanOrEqualTo(AdminBrowser.PHONE_WIDTH);
    }

    @Test
    void showsSetInheritedAndDefaultCellsInTreeOrder() {
        browser.open(PAGES + "?lang=en");

        assertThat(browser.find(By.id("access-matrix")).findElements(By.cssSelector("tbody tr")))
                .extracting(row -> row.getAttribute("id")).containsSubsequence("category-" + fixture.tea,
                        "category-" + fixture.oolong, "category-" + fixture.early);
        assertThat(cell(fixture.tea, "GUESTS")).contains("See price\nDenied\nset here: deny");
        assertThat(cell(fixture.oolong, "GUESTS")).contains("See price\nDenied\ninherited from Tea");
        assertThat(cell(fixture.vipCorner, "GUESTS")).contains("Browse\nDenied\nstore default");
        assertThat(cell(fixture.vipCorner, "GROUP:" + fixture.vip)).contains("Browse\nAllowed\nset here: allow");
        assertThat(cell(fixture.early, "GROUP:" + fixture.vip)).contains("Buy\nFrom " + fixture.opens
                .replace('T', ' ') + "\nset here");
        assertThat(cell(fixture.teaware, "MEMBERS")).contains("Buy\nAllowed\nno rule: open");
        assertThat(browser.text(By.cssSelector("#category-" + fixture.early + " td.access-state")))
                .isEqualTo("Show as coming\nset here");
        assertThat(browser.text(By.id("unlisted-hint"))).isEqualTo(message(Locale.ENGLISH,
                "membership.admin.category-access.settings.unlisted.hint"));
    }

    @Test
    void showsOnlyTheAudiencesPicked() {
        browser.open(PAGES + "?lang=zh_TW&show=GROUP:" + fixture.vip);

        assertThat(browser.find(By.id("access-matrix")).findElements(By.cssSelector("thead th")))
                .extracting(WebElement::getText).containsExactly("類別", "商品數", "開放前", "VIP 俱樂部\n群組");
    }

    /** The second: a group deleted in another tab while the page was open, which the owner service refuses. */
    @Test
    void showsTwoBrokenFieldsNextToEachAndSavesNothing() throws Exception {
        browser.size(AdminBrowser.PHONE_WIDTH);
        browser.open(PAGES + "/" + fixture.vipCorner + "?lang=zh_CN");
        new Select(browser.find(By.name("rows[0].cells[0].choice"))).selectByValue("FROM");
        new Select(browser.find(By.name("rows[1].cells[2].choice"))).selectByValue("ALLOW");
        browser.script("arguments[0].value = 'GROUP:999999'", browser.find(By.name("rows[1].audience")));

        browser.follow(browser.find(By.id("save-category-rules")));

        Locale simplified = Locale.forLanguageTag("zh-CN");
        assertThat(browser.text(By.cssSelector("#cell-GUESTS-BROWSE .field-error")))
                .isEqualTo(message(simplified, "membership.admin.category-access.opens-at.required"));
        assertThat(browser.text(By.id("audience-error-1")))
                .isEqualTo(message(simplified, "membership.access.audience.unknown"));
        assertThat(browser.find(By.cssSelector("main")).findElements(By.className("field-error"))).hasSize(2);
        browser.screenshot("category-access_rules-refused-zh_CN-" + AdminBrowser.PHONE_WIDTH + ".png");
        assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(AdminBrowser.PHONE_WIDTH);
        assertThat(access.entry(STORE, fixture.vipCorner, Locale.ENGLISH).getCells().get("GUESTS").get("BROWSE")
                .getSet()).isNull();
    }

    @Test
    void savesACellAndShowsItSetOnTheTree() {
        browser.open(PAGES + "/" + fixture.oolong + "?lang=zh_TW");
        new Select(browser.find(By.name("rows[0].cells[1].choice"))).selectByValue("ALLOW");

        browser.follow(browser.find(By.id("save-category-rules")));

        try {
            assertThat(browser.text(By.id("notice"))).isEqualTo("已儲存「烏龍茶」的規則。");
            assertThat(access.entry(STORE, fixture.oolong, Locale.ENGLISH).getCells().get("GUESTS")
                    .get("SEE_PRICE").getSet()).isEqualTo("ALLOW");
            browser.open(PAGES + "?lang=zh_TW");
            assertThat(cell(fixture.oolong, "GUESTS")).contains("看價格\n允許\n在此設定：允許");
        } finally {
            rules(fixture.oolong, null);
        }
    }

    @Test
    void previewsTheCatalogAGroupSeesWithItsCounts() {
        browser.open(PAGES + "/preview?lang=zh_TW");
        new Select(browser.find(By.name("audience"))).selectByValue("GROUP:" + fixture.vip);

        browser.follow(browser.find(By.id("show-preview")));

        AccessPreview expected = access.preview(STORE, "GROUP:" + fixture.vip, null, Locale.ENGLISH);
        assertThat(browser.text(By.cssSelector("#count-products dd")))
                .isEqualTo(Long.toString(expected.getListedProducts()));
        assertThat(browser.text(By.cssSelector("#count-listed dd")))
                .isEqualTo(Long.toString(expected.getListedCategories()));
        assertThat(browser.find(By.id("preview-" + fixture.vipCorner)).getAttribute("class")).contains("listed");
        assertThat(browser.text(By.id("preview-summary"))).matches("以「VIP 俱樂部」身分，時間 \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
        browser.open(PAGES + "/preview?lang=en&audience=GUESTS");
        assertThat(browser.find(By.id("preview-" + fixture.vipCorner)).getAttribute("class")).contains("unlisted");
        assertThat(browser.text(By.cssSelector("#preview-" + fixture.early + " td:nth-child(2)"))).isEqualTo("Hidden");
    }

    @Test
    void savesTheStoreSettings() {
        browser.open(PAGES + "?lang=en");
        browser.find(By.cssSelector("input[name=unlisted][value=OPEN]")).click();

        browser.follow(browser.find(By.id("save-access-settings")));

        try {
            assertThat(browser.text(By.id("notice"))).isEqualTo("Category access settings saved.");
            assertThat(access.settings(STORE).getUnlisted()).isEqualTo(Unlisted.OPEN);
        } finally {
            AccessSettingsDraft closed = new AccessSettingsDraft();
            closed.setUnlisted(Unlisted.CLOSED);
            closed.setMultiCategory(MultiCategory.ALL);
            access.saveSettings(STORE, closed);
        }
    }

    @Test
    void showsAValueThatIsNoSettingNextToItAndSavesNothing() {
        browser.open(PAGES + "?lang=zh_TW");
        browser.script("arguments[0].value = 'SOMETIMES'; arguments[0].checked = true",
                browser.find(By.cssSelector("input[name=multiCategory][value=ANY]")));

        browser.follow(browser.find(By.id("save-access-settings")));

        assertThat(browser.text(By.cssSelector("#multi-category-setting .field-error")))
                .isEqualTo(message(Locale.TRADITIONAL_CHINESE, "membership.admin.form.type-mismatch"));
        assertThat(access.settings(STORE).getMultiCategory()).isEqualTo(MultiCategory.ALL);
    }

    @Test
    void answersAnUnknownCategoryWithTheNotFoundPage() {
        browser.open(PAGES + "/999999999?lang=en");

        assertThat(browser.text(By.tagName("h1")))
                .isEqualTo(message(Locale.ENGLISH, "membership.admin.error.title.not-found"));
    }

    private String cell(long category, String audience) {
        return browser.text(By.cssSelector("#category-" + category + " td[data-audience='" + audience + "']"));
    }

    private Fixture fixture() {
        catalog.createStore(STORE, "TWD");
        catalog.createAdmin(STORE, OWNER, PASSWORD);
        Fixture made = new Fixture();
        made.vip = group("CAXVIP", GroupKind.MANUAL, "VIP club", "VIP 俱樂部", "VIP 俱乐部").getId();
        group("CAXGOLD", GroupKind.TIER, "Gold", "金級會員", "金级会员");
        made.wholesaleGroup = group("CAXWHOLE", GroupKind.MANUAL, "Wholesale buyers", "批發客戶", "批发客户").getId();
        made.tea = category("CAX-TEA", "Tea", "茶葉", "茶叶", null);
        made.oolong = category("CAX-OOLONG", "Oolong", "烏龍茶", "乌龙茶", made.tea);
        made.vipCorner = category("CAX-VIP", "VIP corner", "VIP 專區", "VIP 专区", null);
        made.wholesale = category("CAX-WHOLE", "Wholesale line", "批發商品", "批发商品", null);
        made.early = category("CAX-EARLY", "Spring first flush", "春季頭採", "春季头采", made.tea);
        product("CAX-1", made.oolong);
        product("CAX-2", made.oolong);
        product("CAX-3", made.vipCorner);
        product("CAX-4", made.wholesale);
        product("CAX-5", made.early);
        made.teaware = category("CAX-WARE", "Teaware", "茶具", "茶具", null);
        made.opens = LocalDate.now().plusDays(3).atTime(10, 0).toString();
        String vip = "GROUP:" + made.vip;
        rules(made.tea, null, rule("GUESTS", Permission.SEE_PRICE, RuleState.DENY, null),
                rule(vip, Permission.BROWSE, RuleState.ALLOW, null), rule(vip, Permission.SEE_PRICE, RuleState.ALLOW, null));
        rules(made.vipCorner, null, rule(vip, Permission.BROWSE, RuleState.ALLOW, null));
        rules(made.wholesale, null, rule("MEMBERS", Permission.BROWSE, RuleState.ALLOW, null),
                rule("MEMBERS", Permission.BUY, RuleState.DENY, null),
                rule("GROUP:" + made.wholesaleGroup, Permission.BUY, RuleState.ALLOW, null));
        rules(made.early, BeforeOpening.COMING, rule(vip, Permission.BUY, RuleState.ALLOW, made.opens),
                rule("MEMBERS", Permission.BROWSE, RuleState.ALLOW, made.opens));
        return made;
    }

    private void rules(long category, BeforeOpening beforeOpening, AccessRuleDraft... rules) {
        CategoryAccessDraft draft = new CategoryAccessDraft();
        draft.setBeforeOpening(beforeOpening);
        draft.setRules(new ArrayList<>(List.of(rules)));
        access.save(STORE, category, draft, Locale.ENGLISH);
    }

    private static AccessRuleDraft rule(String audience, Permission permission, RuleState state, String opensAt) {
        AccessRuleDraft rule = new AccessRuleDraft();
        rule.setAudience(audience);
        rule.setPermission(permission);
        rule.setState(state);
        rule.setOpensAt(opensAt);
        return rule;
    }

    private MemberGroup group(String code, GroupKind kind, String english, String traditional, String simplified) {
        GroupDraft draft = new GroupDraft();
        draft.setCode(code);
        draft.setKind(kind);
        draft.setRank(kind == GroupKind.TIER ? 0 : null);
        draft.setDefaultTier(kind == GroupKind.TIER);
        draft.setNameEn(english);
        draft.setNameZhTw(traditional);
        draft.setNameZhCn(simplified);
        return groups.create(STORE, draft);
    }

    private long category(String code, String english, String traditional, String simplified, Long parent) {
        long id = catalog.createCategory(STORE, code, english, parent);
        catalog.nameCategory(id, "zh_TW", traditional);
        catalog.nameCategory(id, "zh_CN", simplified);
        return id;
    }

    private void product(String sku, long category) {
        catalog.createProduct(NewProduct.sku(sku).name("Tea " + sku).price("300").quantity(10).categories(category)
                .store(STORE));
    }

    private String message(Locale locale, String key, Object... args) {
        return context.getMessage(key, args, locale);
    }
}
