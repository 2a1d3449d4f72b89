package io.smm.membership.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.groups.ApplicationService;
import io.smm.membership.groups.GroupApplication;
import io.smm.membership.groups.GroupDraft;
import io.smm.membership.groups.GroupKind;
import io.smm.membership.groups.GroupService;
import io.smm.membership.identity.Shopper;
import io.smm.membership.pricing.PriceRule;
import io.smm.membership.pricing.PriceRuleService;

/**
 * The owner's pages in a real browser on the stand-in host, in English and in traditional Chinese: sign in,
 * create groups through their inline errors, decide applications in the queue, and see the result on the member
 * page. Expected texts come from the host's message source, so the checks follow the bundles. Skipped when
 * Chromium is not installed (TESTING.md).
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class AdminPagesIntegrationTests {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Paths.get("target/screenshots");

    private static WebDriver browser;

    /**
     * Not {@code @LocalServerPort}: the host's legacy placeholder configurer cannot resolve it
     * (docs/host-seams.md#properties-and-the-placeholder-configurer).
     */
    @Autowired
    WebServerApplicationContext server;

    @Autowired
    ApplicationService applications;

    @Autowired
    GroupService groups;

    @Autowired
    StandInCatalog catalog;

    @Autowired
    ApplicationContext context;

    @Autowired
    PriceRuleService rules;


    /** Keeps what the browser showed when a scenario fails, next to the screenshots. */
    @RegisterExtension
    final TestWatcher keepFailedPage = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext test, Throwable cause) {
            if (browser != null) {
                try {
                    String name = test.getRequiredTestMethod().getName() + "-failed";
                    screenshot(name + ".png");
                    Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.getPageSource());
                } catch (Exception ignored) {
                    // the failure itself is what the report must show
                }
            }
        }
    };

    @BeforeAll
    static void startBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and ChromeDriver are not installed");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath());
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Both scenarios share the store: its default tier is this one, whichever scenario runs first. */
    @BeforeEach
    void storeWithADefaultTier() {
        if (groups.findByCode(ShopClient.STORE, "BASIC").isEmpty()) {
            GroupDraft basic = new GroupDraft();
            basic.setCode("BASIC");
            basic.setKind(GroupKind.TIER);
            basic.setRank(0);
            basic.setNameEn("Basic");
            basic.setNameZhTw("基本會員");
            basic.setNameZhCn("基本会员");
            basic.setDefaultTier(true);
            groups.create(ShopClient.STORE, basic);
        }
    }

    @BeforeEach
    void newSession() {
        open("/membership/admin/login");
        browser.manage().deleteAllCookies();
    }

    @Test
    void ownerWorksInEnglish() throws Exception {
        open("/membership/admin");
        assertThat(browser.getCurrentUrl()).endsWith("/membership/admin/login");
        follow(browser.findElement(By.id("lang-en")));
        signIn();
        Locale english = Locale.ENGLISH;

        assertThat(text(By.id("owner-name"))).isEqualTo(ShopClient.ADMIN);
        assertThat(text(By.id("owner-store"))).isEqualTo(message(english, "membership.admin.store", "DEFAULT"));
        assertThat(text(By.tagName("h1"))).isEqualTo(message(english, "membership.admin.dashboard.title"));

        follow(browser.findElement(By.id("menu-groups")));
        follow(browser.findElement(By.id("new-group")));
        fill("code", "silver");
        choose("kind", "TIER");
        fill("nameEn", "Silver");
        save();
        assertThat(fieldError("rank")).isEqualTo(message(english, "membership.group.rank.required"));
        fill("rank", "10");
        save();
        assertThat(text(By.id("notice"))).isEqualTo(message(english, "membership.admin.group.created", "SILVER"));
        assertThat(text(By.id("group-SILVER"))).contains("Silver", message(english, "membership.admin.group.kind.tier"),
                "10");
        assertThat(text(By.id("group-BASIC"))).contains(message(english, "membership.admin.group.flag.default-tier"));

        follow(browser.findElement(By.id("new-group")));
        fill("code", "Silver");
        choose("kind", "MANUAL");
        fill("nameEn", "VIP club");
        tick("openToApply");
        tick("needsApproval");
        save();
        assertThat(fieldError("code")).isEqualTo(message(english, "membership.group.code.duplicate", "SILVER"));
        fill("code", "vip");
        save();
        assertThat(text(By.id("group-VIP"))).contains("VIP club", message(english, "membership.admin.group.flag.approval"));
        WebElement groupsPage = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("#group-BASIC form[action$='/delete'] button")).click();
        assertThat(browser.switchTo().alert().getText()).isEqualTo(
                message(english, "membership.admin.group.delete.confirm", "BASIC"));
        browser.switchTo().alert().accept();
        waitUntilLeft(groupsPage);
        assertThat(text(By.id("notice"))).isEqualTo(message(english, "membership.group.delete.default-tier", "BASIC"));

        long amy = catalog.createCustomer("amy.lee@example.com", "Secret123!", "Amy", "Lee");
        long ben = catalog.createCustomer("ben.wong@example.com", "Secret123!", "Ben", "Wong");
        GroupApplication amyApplies = applications.apply(Shopper.customer(ShopClient.STORE, amy), "VIP",
                "Loyal since 2019");
        GroupApplication benApplies = applications.apply(Shopper.customer(ShopClient.STORE, ben), "VIP", null);

        follow(browser.findElement(By.id("menu-applications")));
        assertThat(text(By.id("application-" + amyApplies.getId()))).contains("Amy Lee", "VIP club (VIP)",
                "Loyal since 2019");
        decide(benApplies, "reject", "");
        assertThat(rowError(benApplies)).isEqualTo(message(english, "membership.application.reason.required"));
        decide(benApplies, "reject", "Members only after two orders");
        assertThat(text(By.id("notice"))).isEqualTo(
                message(english, "membership.admin.application.rejected", "Ben Wong", "VIP"));
        decide(amyApplies, "approve", null);
        assertThat(text(By.id("notice"))).isEqualTo(
                message(english, "membership.admin.application.approved", "Amy Lee", "VIP"));
        follow(browser.findElement(By.id("status-REJECTED")));
        assertThat(text(By.id("application-" + benApplies.getId()))).contains("Ben Wong",
                "Members only after two orders");

        follow(browser.findElement(By.id("menu-members")));
        fill("q", "amy");
        follow(browser.findElement(By.cssSelector("#member-search button")));
        follow(browser.findElement(By.linkText("Amy Lee")));
        assertThat(text(By.id("member-tier"))).contains("Basic (BASIC)",
                message(english, "membership.admin.member.tier.by-default"));
        assertThat(text(By.id("member-groups"))).contains("VIP club (VIP)");
        assertThat(text(By.cssSelector("#history tbody tr"))).contains(
                message(english, "membership.admin.history.type.group-joined"), "VIP", ShopClient.ADMIN,
                message(english, "membership.history.reason.application-approved"));
        screenshot("admin-en.png");
    }

    @Test
    void ownerWorksInTraditionalChinese() throws Exception {
        open("/membership/admin/login");
        follow(browser.findElement(By.id("lang-zh_TW")));
        Locale traditional = Locale.TRADITIONAL_CHINESE;
        assertThat(text(By.tagName("h1"))).isEqualTo(message(traditional, "membership.admin.login.title"));
        signIn();
        assertThat(text(By.tagName("h1"))).isEqualTo(message(traditional, "membership.admin.dashboard.title"));
        follow(browser.findElement(By.id("menu-groups")));

        assertThat(text(By.tagName("h1"))).isEqualTo(message(traditional, "membership.admin.group.list.title"));
        follow(browser.findElement(By.id("new-group")));
        fill("code", "JADE");
        choose("kind", "TIER");
        fill("nameEn", "Jade");
        fill("nameZhTw", "翡翠會員");
        fill("nameZhCn", "翡翠会员");
        tick("openToApply");
        tick("needsApproval");
        save();
        assertThat(fieldError("rank")).isEqualTo(message(traditional, "membership.group.rank.required"));
        fill("rank", "20");
        save();
        assertThat(text(By.id("notice"))).isEqualTo(message(traditional, "membership.admin.group.created", "JADE"));
        assertThat(text(By.id("group-JADE"))).contains("翡翠會員", message(traditional, "membership.admin.group.kind.tier"));

        follow(browser.findElement(By.id("new-group")));
        fill("code", "jade");
        choose("kind", "MANUAL");
        fill("rank", "3");
        fill("nameEn", "Tea club");
        fill("nameZhTw", "品茶會");
        save();
        assertThat(fieldError("code")).isEqualTo(message(traditional, "membership.group.code.duplicate", "JADE"));
        assertThat(fieldError("rank")).isEqualTo(message(traditional, "membership.group.rank.manual"));
        fill("code", "TEA");
        fill("rank", "");
        tick("openToApply");
        tick("needsApproval");
        save();
        assertThat(text(By.id("group-TEA"))).contains("品茶會", message(traditional, "membership.admin.group.kind.manual"));

        long mei = catalog.createCustomer("mei.chen@example.com", "Secret123!", "美玲", "陳");
        GroupApplication meiApplies = applications.apply(Shopper.customer(ShopClient.STORE, mei), "TEA",
                "我每週都來買茶");

        follow(browser.findElement(By.id("menu-applications")));
        assertThat(text(By.id("application-" + meiApplies.getId()))).contains("陳美玲", "品茶會 (TEA)",
                "我每週都來買茶");
        decide(meiApplies, "approve", null);
        assertThat(text(By.id("notice"))).isEqualTo(
                message(traditional, "membership.admin.application.approved", "陳美玲", "TEA"));

        open("/membership/admin/members/" + mei);
        assertThat(text(By.id("member-groups"))).contains("品茶會 (TEA)");
        assertThat(text(By.id("spend-last"))).isEqualTo(message(traditional,
                "membership.admin.member.picture.no-order"));
        assertThat(text(By.id("member-rfm"))).contains(message(traditional, "membership.admin.member.picture.rfm.none"));
        assertThat(text(By.cssSelector("#history tbody tr"))).contains(
                message(traditional, "membership.admin.history.type.group-joined"), "TEA",
                message(traditional, "membership.history.reason.application-approved"));
        fill("reason", "季度升級");
        new Select(browser.findElement(By.id("tier-group"))).selectByValue("JADE");
        follow(browser.findElement(By.cssSelector("#tier-form button")));
        assertThat(text(By.id("notice"))).isEqualTo(message(traditional, "membership.admin.member.tier.moved", "JADE"));
        assertThat(text(By.id("member-tier"))).contains("翡翠會員 (JADE)");
        assertThat(text(By.cssSelector("#history tbody tr"))).contains(
                message(traditional, "membership.admin.history.type.tier-changed"), "JADE", "季度升級");
        screenshot("admin-zh_TW.png");
    }

    @Test
    void ownerPricesAProductInEnglish() throws Exception {
        priceRuleFlow("en", Locale.ENGLISH, "Members twenty off");
        screenshot("admin-price-simulator-en.png");
    }

    @Test
    void ownerPricesAProductInTraditionalChinese() throws Exception {
        priceRuleFlow("zh_TW", Locale.TRADITIONAL_CHINESE, "會員八折");
        screenshot("admin-price-simulator-zh_TW.png");
    }

    /** Creates a rule through its inline error, then simulates it for its group. */
    private void priceRuleFlow(String language, Locale locale, String ruleName) {
        for (PriceRule rule : rules.list(ShopClient.STORE)) {
            rules.delete(ShopClient.STORE, rule.getId());
        }
        if (groups.findByCode(ShopClient.STORE, "PRICED").isEmpty()) {
            GroupDraft priced = new GroupDraft();
            priced.setCode("PRICED");
            priced.setKind(GroupKind.MANUAL);
            priced.setNameEn("Priced club");
            priced.setNameZhTw("價格俱樂部");
            groups.create(ShopClient.STORE, priced);
        }
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        long product = catalog.createProduct(NewProduct.sku("SEL-" + suffix).name("Oolong tea " + suffix)
                .price("10.00"));
        catalog.nameProduct(product, "zh_TW", "烏龍茶" + suffix);
        String shown = ("en".equals(language) ? "Oolong tea " : "烏龍茶") + suffix + " (#" + product + ")";
        open("/membership/admin/login?lang=" + language);
        signIn();

        follow(browser.findElement(By.id("menu-price-rules")));
        follow(browser.findElement(By.id("new-price-rule")));
        fill("name", ruleName);
        browser.findElement(By.cssSelector("input[name='groups'][value='PRICED']")).click();
        choose("target", "PRODUCT");
        pick("targetId", ("en".equals(language) ? "oolong TEA " : "烏龍茶") + suffix, shown,
                "picker-price-rule-" + language + ".png");
        assertThat(browser.findElement(By.name("targetId")).getAttribute("value")).isEqualTo(String.valueOf(product));
        choose("adjustment", "PERCENT_OFF");
        fill("value", "120");
        follow(browser.findElement(By.id("save-price-rule")));
        assertThat(fieldError("value")).isEqualTo(message(locale, "membership.price-rule.percent.range"));
        assertThat(browser.findElement(By.name("name")).getAttribute("value")).isEqualTo(ruleName);
        fill("value", "20");
        follow(browser.findElement(By.id("save-price-rule")));
        assertThat(text(By.id("notice"))).isEqualTo(message(locale, "membership.admin.price-rule.created", ruleName));
        assertThat(rules.list(ShopClient.STORE)).singleElement().extracting(PriceRule::getTargetId).isEqualTo(product);
        assertThat(text(By.id("price-rules"))).contains(shown);

        open("/membership/admin/coupons/new");
        pick("productsText", "SEL-" + suffix, shown, "picker-coupon-" + language + ".png");
        assertThat(browser.findElement(By.name("productsText")).getAttribute("value")).isEqualTo(String.valueOf(product));

        follow(browser.findElement(By.id("menu-price-simulator")));
        choose("group", "PRICED");
        pick("product", "SEL-" + suffix, shown, null);
        follow(browser.findElement(By.id("simulate")));
        assertThat(text(By.id("final-price"))).isEqualTo("8.00");
        assertThat(text(By.id("simulated-product"))).isEqualTo(shown);
        assertThat(text(By.xpath("//table[@id='verdicts']//tr[td/a[text()='" + ruleName + "']]")))
                .contains(message(locale, "membership.admin.price-simulator.verdict.applied", "8", 1));
    }

    @Test
    void wrongPasswordIsRefused() {
        open("/membership/admin/login?lang=en");

        signIn(ShopClient.ADMIN, "not-the-password");

        assertThat(browser.getCurrentUrl()).endsWith("/membership/admin/login?error");
        assertThat(text(By.id("notice"))).isEqualTo(message(Locale.ENGLISH, "membership.admin.login.failed"));
        assertThat(browser.findElements(By.id("owner-name"))).isEmpty();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port() + path);
    }

    private void signIn() {
        signIn(ShopClient.ADMIN, ShopClient.ADMIN_PASSWORD);
    }

    private void signIn(String user, String password) {
        fill("username", user);
        fill("password", password);
        follow(browser.findElement(By.id("login-submit")));
    }

    /** Clicks a link or submit button and waits for the page it leads to, so no assertion reads the old one. */
    private void follow(WebElement linkOrButton) {
        WebElement oldPage = browser.findElement(By.tagName("html"));
        linkOrButton.click();
        waitUntilLeft(oldPage);
    }

    /**
     * Waits until the old page's root is gone. Chromium reports a node of a page being replaced either as stale
     * or as "does not belong to the document"; both mean the browser has left it.
     */
    private void waitUntilLeft(WebElement oldPage) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> {
            try {
                oldPage.isEnabled();
                return false;
            } catch (StaleElementReferenceException left) {
                return true;
            } catch (WebDriverException leaving) {
                return leaving.getMessage() != null && leaving.getMessage().contains("does not belong to the document");
            }
        });
    }

    private void fill(String name, String value) {
        WebElement field = browser.findElement(By.name(name));
        field.clear();
        field.sendKeys(value);
    }

    /** Types into a field's picker, waits for the list, screenshots it open, and picks the first with the keyboard. */
    private void pick(String field, String typed, String shown, String screenshot) {
        WebElement finder = browser.findElement(By.id(field + "-find"));
        finder.sendKeys(typed);
        WebElement option = new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> {
            List<WebElement> options = finder.findElement(By.xpath("..")).findElements(By.cssSelector("[role=option]"));
            return options.isEmpty() || !options.get(0).isDisplayed() ? null : options.get(0);
        });
        assertThat(option.getText()).contains(shown);
        if (screenshot != null) {
            try {
                screenshot(screenshot);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        finder.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        assertThat(browser.findElement(By.xpath("//*[@name='" + field + "']/ancestor::div[contains(@class,'picker')]"
                + "//li[contains(@class,'chip')]")).getText()).contains(shown);
    }

    private void choose(String name, String value) {
        new Select(browser.findElement(By.name(name))).selectByValue(value);
    }

    private void tick(String name) {
        WebElement box = browser.findElement(By.name(name));
        if (!box.isSelected()) {
            box.click();
        }
    }

    private void save() {
        follow(browser.findElement(By.id("save-group")));
    }

    private String fieldError(String name) {
        return text(By.xpath("//*[@name='" + name + "']/ancestor::div[contains(@class,'field')][1]"
                + "//p[contains(@class,'field-error')]"));
    }

    private void decide(GroupApplication application, String decision, String reason) {
        WebElement row = browser.findElement(By.id("application-" + application.getId()));
        if (reason != null) {
            WebElement field = row.findElement(By.name("reason"));
            field.clear();
            field.sendKeys(reason);
        }
        follow(row.findElement(By.cssSelector("form[action$='/" + decision + "'] button")));
    }

    private String rowError(GroupApplication application) {
        return browser.findElement(By.id("application-" + application.getId()))
                .findElement(By.className("field-error")).getText().trim();
    }

    private String text(By locator) {
        return browser.findElement(locator).getText().trim();
    }

    private String message(Locale locale, String key, Object... args) {
        return context.getMessage(key, args, locale);
    }

    private static void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private int port() {
        return server.getWebServer().getPort();
    }
}
