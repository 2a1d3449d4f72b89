package io.smm.membership.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.context.WebServerApplicationContext;

import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.groups.GroupDraft;
import io.smm.membership.groups.GroupKind;
import io.smm.membership.groups.GroupService;
import io.smm.membership.points.PointsCampaignDraft;
import io.smm.membership.points.PointsCampaignService;
import io.smm.membership.points.PointsLedger;

/**
 * The owner's points pages in a real browser, in English and Traditional Chinese, on a desktop and a phone:
 * settings with a multiplier per tier and broken fields, campaigns (a broken one, a new one, delete, categories by
 * their names on the list and in the form's picker), a member found
 * by e-mail with an adjustment sent twice that writes once, and a CSV grant with broken rows and then granted once.
 * The pages belong to a store of their own. Screenshots go to {@code target/screenshots/points-*.png}.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class PointsOwnerPagesIntegrationTests {

    private static final String STORE = "PTSO";
    private static final String OWNER = "owner@points.test";
    private static final String PASSWORD = "Secret123!";
    private static final String PAGES = "/membership/admin/points";
    private static final long NO_SUCH_CATEGORY = 987654321L;

    private static AdminBrowser browser;
    private static Fixture fixture;

    /** Not {@code @LocalServerPort}: the host's legacy placeholder configurer cannot resolve it. */
    @Autowired
    WebServerApplicationContext server;

    @Autowired
    StandInCatalog catalog;

    @Autowired
    GroupService groups;

    @Autowired
    PointsLedger ledger;

    @Autowired
    PointsCampaignService campaigns;

    /** What the pages show, made once for the whole class. */
    private static final class Fixture {
        long gold;
        long mei;
        long alex;
        long oolong;
        long campaign;
    }

    @BeforeEach
    void storeWithATierMembersAndACampaign() throws Exception {
        if (fixture == null) {
            fixture = fixture();
        }
        browser = AdminBrowser.signedIn(browser, server.getWebServer().getPort(), OWNER, PASSWORD);
    }

    @AfterAll
    static void stopBrowser() {
        browser = AdminBrowser.closed(browser);
    }

    /** Every page on a desktop and a phone, with nothing wider than the phone and every text translated. */
    @ParameterizedTest(name = "page \"{0}\"")
    @ValueSource(strings = { "", "/campaigns", "/campaigns/new", "/campaigns/{campaign}", "/members",
            "/members/{mei}", "/grants" })
    void fitsAPhoneInEnglishAndTraditionalChinese(String page) throws Exception {
        for (String language : new String[] { "en", "zh_TW" }) {
            String path = PAGES + page.replace("{mei}", Long.toString(fixture.mei))
                    .replace("{campaign}", Long.toString(fixture.campaign)) + "?lang=" + language;
            String name = "points" + page.replaceAll("[{}]", "").replace('/', '_') + "-" + language;

            long width = browser.shootOnDesktopAndPhone(path, name);

            assertThat(browser.find(By.id("menu-points")).getAttribute("class")).contains("active");
            assertThat(browser.find(By.id("points-sections")).findElement(By.cssSelector("a.active"))).isNotNull();
            assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("??", "membership.");
            assertThat(width).as("width of %s on a phone", path).isLessThanOrEqualTo(AdminBrowser.PHONE_WIDTH);
        }
    }

    @Test
    void settingsShowATierMultiplierAndNameEveryBrokenFieldInline() {
        browser.open(PAGES + "?lang=en");
        assertThat(browser.find(By.id("tier-rates")).getText()).contains("Gold");

        browser.fill("pointsPerUnit", "many");
        browser.fill("tierRates[0].multiplier", "101");
        browser.fill("expiryDays", "0");
        browser.follow(browser.find(By.id("save-points-settings")));

        assertThat(errorsOf("pointsPerUnit")).isNotEmpty();
        assertThat(errorsOf("tierRates0.multiplier")).contains("From 0 to 100.");
        assertThat(errorsOf("expiryDays")).contains("From 1 to 3650.");

        browser.fill("pointsPerUnit", "2");
        browser.fill("tierRates[0].multiplier", "1.5");
        browser.fill("expiryDays", "180");
        browser.follow(browser.find(By.id("save-points-settings")));

        assertThat(browser.text(By.id("notice"))).isEqualTo("Points settings saved.");
        assertThat(browser.find(By.name("tierRates[0].multiplier")).getAttribute("value")).isEqualTo("1.5");
        assertThat(browser.find(By.name("pointsPerUnit")).getAttribute("value")).isEqualTo("2");
    }

    @Test
    void aBrokenCampaignIsRefusedInlineAndAGoodOneIsListedThenDeleted() {
        browser.open(PAGES + "/campaigns/new?lang=zh_TW");
        browser.fill("name", " ");
        setValue("starts", "2027-05-10T00:00");
        setValue("ends", "2027-05-01T00:00");
        browser.fill("multiplier", "11");
        browser.follow(browser.find(By.id("save-campaign")));

        assertThat(errorsOf("name")).contains("請輸入活動名稱。");
        assertThat(errorsOf("ends")).contains("結束時間須晚於開始時間。");
        assertThat(errorsOf("multiplier")).contains("須大於 0 且不超過 10。");

        browser.fill("name", "五月雙倍");
        setValue("ends", "2027-05-17T00:00");
        browser.fill("multiplier", "2");
        browser.find(By.cssSelector("#campaign-groups input[value='" + fixture.gold + "']")).click();
        browser.follow(browser.find(By.id("save-campaign")));

        WebElement row = browser.find(By.xpath("//table[@id='campaigns']//tr[td/a[text()='五月雙倍']]"));
        assertThat(row.getText()).contains("2027-05-10 00:00", "2027-05-17 00:00", "×2", "金卡");
        browser.follow(row.findElement(By.cssSelector("button.danger")));
        assertThat(browser.find(By.id("campaigns")).getText()).doesNotContain("五月雙倍");
    }

    @Test
    void aCampaignsCategoriesAreNamedInThePagesLanguageOnTheListAndInTheForm() {
        browser.open(PAGES + "/campaigns?lang=zh_TW");
        assertThat(browser.text(By.id("campaign-" + fixture.campaign)))
                .contains("烏龍茶 (#" + fixture.oolong + ")", "#" + NO_SUCH_CATEGORY + "（本店沒有此項）");

        browser.open(PAGES + "/campaigns/" + fixture.campaign + "?lang=en");
        assertThat(browser.text(By.id("campaign-form")))
                .contains("Oolong (#" + fixture.oolong + ")", "#" + NO_SUCH_CATEGORY + " (not in this store)");
    }

    @Test
    void theOwnerFindsAMemberByEmailAndAnAdjustmentSentTwiceWritesOnce() {
        browser.open(PAGES + "/members?lang=en");
        browser.fill("q", "nobody@points.test");
        browser.follow(browser.find(By.cssSelector("#member-search button")));
        assertThat(browser.text(By.id("member-not-found"))).contains("nobody@points.test");

        browser.fill("q", "ALEX.WONG@points.test");
        browser.follow(browser.find(By.cssSelector("#member-search button")));
        assertThat(browser.text(By.id("member-name"))).isEqualTo("Alex Wong");

        browser.fill("points", "0");
        browser.follow(browser.find(By.id("save-adjustment")));
        assertThat(errorsOf("points")).contains("Give a number of points other than zero.");
        assertThat(errorsOf("reason")).contains("Give a reason for the adjustment.");

        browser.fill("points", "120");
        browser.fill("reason", "Survey answered");
        String submitTwice = "const form = document.getElementById('adjust-form');"
                + "const body = new URLSearchParams(new FormData(form)).toString();"
                + "for (let i = 0; i < 2; i++) { const request = new XMLHttpRequest();"
                + " request.open('POST', form.action, false);"
                + " request.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');"
                + " request.send(body); }";
        browser.script(submitTwice);
        browser.open(PAGES + "/members/" + fixture.alex + "?lang=en");

        assertThat(browser.text(By.id("balance-usable"))).isEqualTo("120");
        List<WebElement> rows = browser.find(By.id("history")).findElements(By.cssSelector("tbody tr"));
        assertThat(rows).singleElement().satisfies(entry -> assertThat(entry.getText())
                .contains("Adjustment", "+120", "Survey answered", "by " + OWNER));

        browser.fill("points", "-500");
        browser.fill("reason", "Correction");
        browser.follow(browser.find(By.id("save-adjustment")));
        assertThat(errorsOf("points")).contains("You do not have that many points to use.");
    }

    @Test
    void aCsvWithBrokenRowsListsThemAndAGoodOneGrantsOnce() throws Exception {
        Path broken = csv("broken", "customer,points,reason\nmei.lin@points.test,10,Fine\nnobody@points.test,5,x\n"
                + fixture.mei + ",1.5,\n");
        Path good = csv("good", "customer,points,reason\nmei.lin@points.test,30,Review written\n");

        upload(broken, "en");
        List<WebElement> problems = browser.find(By.id("grant-problems")).findElements(By.cssSelector("tbody tr"));
        assertThat(problems).extracting(WebElement::getText).containsExactly(
                "3 Customer No customer nobody@points.test in this store.",
                "4 Points Points are a whole number.",
                "4 Reason Give a reason for the adjustment.");
        upload(good, "zh_TW");
        assertThat(browser.text(By.id("grant-granted"))).isEqualTo("本次發放列數：1（30 點）");
        upload(good, "en");

        assertThat(browser.text(By.id("grant-granted"))).isEqualTo("Rows granted now: 0 (0 points)");
        assertThat(browser.text(By.id("grant-already"))).isEqualTo("Rows granted before (not again): 1");
        assertThat(ledger.account(STORE, fixture.mei).usable()).isEqualTo(330);
    }

    private void upload(Path file, String language) {
        browser.open(PAGES + "/grants?lang=" + language);
        browser.find(By.id("grant-file")).sendKeys(file.toAbsolutePath().toString());
        browser.follow(browser.find(By.id("grant-upload")));
    }

    private static Path csv(String name, String text) throws Exception {
        Path dir = Files.createDirectories(Paths.get("target/points-csv"));
        return Files.writeString(dir.resolve(name + ".csv"), text, StandardCharsets.UTF_8);
    }

    /** The error texts shown next to the field with this id. */
    private static String errorsOf(String fieldId) {
        return browser.find(By.id(fieldId)).findElement(By.xpath("ancestor::*[contains(@class,'field')][1]"))
                .findElements(By.className("field-error")).stream().map(WebElement::getText)
                .reduce("", (all, one) -> all + one);
    }

    /** A date-time input takes its value as the browser's picker would set it. */
    private static void setValue(String name, String value) {
        browser.script("document.getElementsByName(arguments[0])[0].value = arguments[1];", name, value);
    }

    private Fixture fixture() {
        catalog.createStore(STORE, "USD");
        catalog.createAdmin(STORE, OWNER, PASSWORD);
        Fixture made = new Fixture();
        GroupDraft gold = new GroupDraft();
        gold.setCode("GOLD");
        gold.setKind(GroupKind.TIER);
        gold.setRank(1);
        gold.setNameEn("Gold");
        gold.setNameZhTw("金卡");
        gold.setNameZhCn("金卡");
        made.gold = groups.create(STORE, gold).getId();
        made.mei = catalog.createCustomer(STORE, "mei.lin@points.test", PASSWORD, "Mei", "Lin");
        made.alex = catalog.createCustomer(STORE, "alex.wong@points.test", PASSWORD, "Alex", "Wong");
        ledger.adjust(STORE, made.mei, 300, "Welcome back", OWNER, "fixture:mei");
        made.oolong = catalog.createCategory(STORE, "PTSO-OOLONG", "Oolong", null);
        catalog.nameCategory(made.oolong, "zh_TW", "烏龍茶");
        PointsCampaignDraft doubleWeek = new PointsCampaignDraft();
        doubleWeek.setName("Double week");
        doubleWeek.setStartsAt(LocalDateTime.parse("2027-03-01T00:00"));
        doubleWeek.setEndsAt(LocalDateTime.parse("2027-03-08T00:00"));
        doubleWeek.setMultiplier(new BigDecimal("2"));
        doubleWeek.setCategoryIds(List.of(made.oolong, NO_SUCH_CATEGORY));
        made.campaign = campaigns.create(STORE, doubleWeek).getId();
        return made;
    }
}
