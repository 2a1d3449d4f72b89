package io.smm.membership.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

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
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.affiliates.AffiliateDraft;
import io.smm.membership.affiliates.AffiliateService;
import io.smm.membership.affiliates.AffiliateStatus;
import io.smm.membership.affiliates.AffiliateView;
import io.smm.membership.affiliates.ClickInput;
import io.smm.membership.affiliates.RejectReason;
import io.smm.membership.affiliates.TrackingService;
import io.smm.membership.commissions.PayoutService;

/**
 * The owner's affiliate pages in a real browser, in English and Traditional Chinese, on a desktop and a phone: the
 * list and its search, the applications (a refusal without a reason, an approval), the settings with broken
 * fields, an affiliate's report with its chart, a payout recorded, and the flags. The pages belong to a store of
 * their own; its commissions are written as the commission ledger keeps them. Screenshots go to
 * {@code target/screenshots/affiliates-*.png}.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class AffiliatePagesIntegrationTests {

    private static final String STORE = "AFFP";
    private static final String OWNER = "owner@affiliates.test";
    private static final String PASSWORD = "Secret123!";
    private static final String PAGES = "/membership/admin/affiliates";

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
    AffiliateService affiliates;

    @Autowired
    TrackingService tracking;

    @Autowired
    PayoutService payouts;

    @Autowired
    JdbcTemplate jdbc;

    /** What the pages show, made once for the whole class. */
    private static final class Fixture {
        long mei;
        long alex;
        long approvedFirst;
        long approvedSecond;
        long nextOrder = 9_140_000_000L;
    }

    @BeforeEach
    void storeWithAffiliatesClicksAndCommissions() throws Exception {
        if (fixture == null) {
            fixture = fixture();
        }
        browser = AdminBrowser.signedIn(browser, server.getWebServer().getPort(), OWNER, PASSWORD);
    }

    @AfterAll
    static void stopBrowser() {
        browser = AdminBrowser.closed(browser);
    }

    /** Every page on a desktop and a phone, with nothing wider than the phone. */
    @ParameterizedTest(name = "page \"{0}\"")
    @ValueSource(strings = { "", "/new", "/applications", "/{mei}", "/payouts", "/flags", "/settings" })
    void fitsAPhoneInEnglishAndTraditionalChinese(String page) throws Exception {
        for (String language : new String[] { "en", "zh_TW" }) {
            String path = PAGES + page.replace("{mei}", Long.toString(fixture.mei)) + "?lang=" + language;
            String name = "affiliates" + page.replaceAll("[{}]", "").replace('/', '_') + "-" + language;

            long width = browser.shootOnDesktopAndPhone(path, name);

            assertThat(browser.find(By.id("menu-affiliates")).getAttribute("class")).contains("active");
            assertThat(width).as("width of %s on a phone", path).isLessThanOrEqualTo(AdminBrowser.PHONE_WIDTH);
        }
    }

    @Test
    void searchesByAnEarlierTrackingIdAndFiltersByStatus() {
        browser.open(PAGES + "?lang=en");
        assertThat(browser.find(By.id("affiliates")).findElements(By.cssSelector("tbody tr")).size())
                .isGreaterThanOrEqualTo(4);

        browser.fill("q", "mei-old");
        browser.follow(browser.find(By.cssSelector("#affiliate-filters button")));

        List<WebElement> rows = browser.find(By.id("affiliates")).findElements(By.cssSelector("tbody tr"));
        assertThat(rows).extracting(row -> row.getAttribute("id")).containsExactly("affiliate-" + fixture.mei);
        assertThat(browser.text(By.cssSelector("#affiliate-" + fixture.mei + " .code"))).isEqualTo("mei-lin");
        assertThat(browser.text(By.cssSelector("#affiliate-" + fixture.mei + " td.number"))).isEqualTo("8 %");

        browser.open(PAGES + "?status=APPLIED&lang=zh_TW");
        List<WebElement> applied = browser.find(By.id("affiliates")).findElements(By.cssSelector("tbody tr"));
        assertThat(applied).allSatisfy(row -> assertThat(row.getText()).contains("申請中"));
        assertThat(applied).extracting(WebElement::getText).anySatisfy(row -> assertThat(row).contains("Pat Pending"))
                .noneSatisfy(row -> assertThat(row).contains("Mei Lin"));
    }

    @Test
    void showsEveryBrokenFieldOfANewAffiliateOnItsOwnRowAndCreatesItOnceRight() throws Exception {
        browser.open(PAGES + "/new?lang=en");
        browser.fill("email", "not-an-address");
        browser.fill("categoryRates[1].categoryId", "12");
        browser.fill("categoryRates[1].rate", "150");
        browser.fill("categoryRates[2].rate", "5");

        browser.follow(browser.find(By.id("save-affiliate")));

        assertThat(errorOf("name")).isEqualTo(message(Locale.ENGLISH, "membership.affiliate.name.required"));
        assertThat(errorOf("email")).isEqualTo(message(Locale.ENGLISH, "membership.affiliate.email.invalid"));
        assertThat(cellErrorOf("categoryRates[0].rate")).isEmpty();
        assertThat(cellErrorOf("categoryRates[1].rate")).isEqualTo(message(Locale.ENGLISH,
                "membership.affiliate.rate.range", "4"));
        assertThat(cellErrorOf("categoryRates[2].categoryId")).isEqualTo(message(Locale.ENGLISH,
                "membership.affiliate.category.required"));
        browser.screenshot("affiliates_new-refused-en-" + AdminBrowser.DESKTOP_WIDTH + ".png");

        browser.fill("name", "Nora Newcomer");
        browser.fill("email", "nora@affiliates.test");
        browser.fill("categoryRates[1].rate", "15");
        browser.fill("categoryRates[2].rate", "");
        browser.follow(browser.find(By.id("save-affiliate")));

        AffiliateView created = affiliates.search(STORE, "nora@affiliates.test", null, PageRequest.of(0, 5))
                .map(item -> affiliates.get(STORE, item.getId())).getContent().get(0);
        assertThat(browser.text(By.id("notice"))).isEqualTo(message(Locale.ENGLISH,
                "membership.admin.affiliate.created", "Nora Newcomer", created.getTrackingId()));
        assertThat(created.getCategoryRates()).singleElement().satisfies(rate -> {
            assertThat(rate.getCategoryId()).isEqualTo(12L);
            assertThat(rate.getRate()).isEqualByComparingTo("15");
        });
    }

    @Test
    void refusesOnlyWithAReasonAndApproves() throws Exception {
        AffiliateView refused = apply("Ren Refused", "ren.refused@affiliates.test");
        AffiliateView approved = apply("Abby Approved", "abby.approved@affiliates.test");
        browser.open(PAGES + "/applications?lang=zh_TW");

        browser.follow(browser.find(By.id("refuse-" + refused.getId())));

        assertThat(browser.text(By.cssSelector("#application-" + refused.getId() + " .field-error")))
                .isEqualTo(message(Locale.TRADITIONAL_CHINESE, "membership.affiliate.reason.required"));
        assertThat(affiliates.get(STORE, refused.getId()).getStatus()).isEqualTo(AffiliateStatus.APPLIED);
        browser.screenshot("affiliates_applications-refused-zh_TW-" + AdminBrowser.DESKTOP_WIDTH + ".png");

        browser.find(By.id("reason-" + refused.getId())).sendKeys("No site yet");
        browser.follow(browser.find(By.id("refuse-" + refused.getId())));
        assertThat(browser.text(By.id("notice"))).isEqualTo(message(Locale.TRADITIONAL_CHINESE,
                "membership.admin.affiliate.refused", "Ren Refused"));
        assertThat(affiliates.get(STORE, refused.getId()).getRefusalReason()).isEqualTo("No site yet");

        browser.follow(browser.find(By.id("approve-" + approved.getId())));
        assertThat(browser.text(By.id("notice"))).isEqualTo(message(Locale.TRADITIONAL_CHINESE,
                "membership.admin.affiliate.approved", "Abby Approved"));
        assertThat(affiliates.get(STORE, approved.getId()).getStatus()).isEqualTo(AffiliateStatus.ACTIVE);
        assertThat(browser.find(By.tagName("main")).findElements(By.id("application-" + approved.getId())))
                .isEmpty();
    }

    @Test
    void showsEveryBrokenSettingNextToItsFieldAndSavesNothing() throws Exception {
        for (String language : new String[] { "en", "zh_TW" }) {
            Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.TRADITIONAL_CHINESE;
            browser.size(AdminBrowser.PHONE_WIDTH);
            browser.open(PAGES + "/settings?lang=" + language);
            browser.fill("cookieDays", "0");
            browser.fill("defaultRate", "120");
            browser.fill("burstClicksPerHour", "many");

            browser.follow(browser.find(By.id("save-affiliate-settings")));

            assertThat(errorOf("cookieDays")).isEqualTo(message(locale, "membership.affiliate.settings.range",
                    "1", "365"));
            assertThat(errorOf("defaultRate")).isEqualTo(message(locale, "membership.affiliate.rate.range", "4"));
            assertThat(errorOf("burstClicksPerHour")).isNotBlank();
            assertThat(browser.find(By.name("burstClicksPerHour")).getAttribute("value")).isEqualTo("many");
            browser.screenshot("affiliates_settings-refused-" + language + "-" + AdminBrowser.PHONE_WIDTH + ".png");
            assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
                    .isLessThanOrEqualTo(AdminBrowser.PHONE_WIDTH);
        }
        assertThat(jdbc.queryForObject("select count(*) from SALESMANAGER.SMM_AFFILIATE_SETTINGS where STORE_CODE = ?",
                Long.class, STORE)).isZero();
    }

    @Test
    void reportsClicksOrdersAndCommissionWithAChartOfTheDays() throws Exception {
        browser.open(PAGES + "/" + fixture.mei + "?lang=en");

        assertThat(browser.text(By.id("report-clicks"))).isEqualTo("12");
        assertThat(browser.text(By.id("report-orders"))).isEqualTo("3");
        assertThat(browser.text(By.id("report-conversion"))).isEqualTo("25 %");
        assertThat(browser.text(By.id("report-commission-PENDING"))).isEqualTo("4.00 USD");
        assertThat(browser.text(By.id("affiliate-old-ids"))).contains("mei-old");
        assertThat(browser.text(By.id("affiliate-link"))).matches(".*http://localhost:\\d+/a/mei-lin");
        WebElement chart = browser.find(By.cssSelector("#report-chart svg.bar-chart"));
        assertThat(chart.findElements(By.cssSelector("rect.bar"))).hasSize(2 * 30);
        assertThat(chart.findElements(By.cssSelector("text.group-label")).size()).isGreaterThan(3);
        assertThat(browser.find(By.id("report-days")).findElements(By.cssSelector("tbody tr"))).hasSize(30);
        assertThat(browser.find(By.id("report-csv")).getAttribute("href")).contains("/report.csv?from=");

        browser.fill("from", "2026-13-01");
        browser.follow(browser.find(By.cssSelector("#report-period button")));
        assertThat(browser.text(By.cssSelector("#report-period .field-error")))
                .isEqualTo(message(Locale.ENGLISH, "membership.period.date"));

        browser.open(PAGES + "/" + fixture.mei + "?lang=zh_TW");
        assertThat(browser.text(By.cssSelector("#affiliate-report h2"))).isEqualTo("報表");
        assertThat(browser.find(By.cssSelector("#report-chart svg title")).getAttribute("textContent"))
                .startsWith("點擊，");
    }

    @Test
    void recordsAPayoutOfTheTickedCommissionsWithTheCarriedLine() throws Exception {
        browser.open(PAGES + "/payouts?lang=en");
        assertThat(browser.text(By.id("total-" + fixture.alex))).isEqualTo("7.00 USD");
        assertThat(browser.find(By.id("carried-" + carriedEntry())).getText()).contains("-2.00");
        browser.size(AdminBrowser.PHONE_WIDTH);
        browser.open(PAGES + "/payouts?lang=zh_TW");
        browser.find(By.id("pay-" + fixture.approvedSecond)).click();
        browser.find(By.id("reference-" + fixture.alex)).sendKeys("BANK-0427");

        browser.follow(browser.find(By.id("record-" + fixture.alex)));

        assertThat(browser.text(By.id("notice"))).isEqualTo(message(Locale.TRADITIONAL_CHINESE,
                "membership.admin.affiliate.payouts.recorded", "3.00", "USD", "Alex Wong"));
        browser.screenshot("affiliates_payouts-recorded-zh_TW-" + AdminBrowser.PHONE_WIDTH + ".png");
        assertThat(payouts.payouts(STORE, fixture.alex, PageRequest.of(0, 5)).getContent()).singleElement()
                .satisfies(payout -> {
                    assertThat(payout.getReference()).isEqualTo("BANK-0427");
                    assertThat(payout.getAmount()).isEqualByComparingTo("3.00");
                });
        assertThat(browser.find(By.id("commission-" + fixture.approvedSecond)).isDisplayed()).isTrue();
        assertThat(browser.find(By.tagName("main")).findElements(By.id("commission-" + fixture.approvedFirst)))
                .isEmpty();
    }

    @Test
    void flagsSelfReferralsBurstsAndIgnoredClicks() {
        browser.open(PAGES + "/flags?lang=en");

        assertThat(browser.find(By.id("self-referrals")).getText()).contains("Mei Lin",
                message(Locale.ENGLISH, "membership.admin.affiliate.flags.reason.SELF_EMAIL"));
        assertThat(browser.find(By.id("bursts")).getText()).contains("Alex Wong", "35");
        assertThat(browser.text(By.id("reject-UNKNOWN_ID"))).isEqualTo("2");
        assertThat(browser.text(By.id("reject-FOREIGN_REDIRECT"))).isEqualTo("0");
    }

    private String errorOf(String field) {
        return browser.find(By.name(field)).findElement(By.xpath("./ancestor::div[contains(@class,'field')][1]"))
                .findElement(By.className("field-error")).getText().trim();
    }

    /** The error under a cell of the rates per category; empty for none. */
    private String cellErrorOf(String field) {
        return browser.find(By.name(field)).findElement(By.xpath("./ancestor::td[1]"))
                .findElements(By.className("field-error")).stream().map(error -> error.getText().trim())
                .findFirst().orElse("");
    }

    private long carriedEntry() {
        return jdbc.queryForObject("select ID from SALESMANAGER.SMM_COMMISSION_ENTRY where STORE_CODE = ? and KIND = "
                + "'CLAWBACK'", Long.class, STORE);
    }

    private AffiliateView apply(String name, String email) {
        AffiliateDraft draft = new AffiliateDraft();
        draft.setName(name);
        draft.setEmail(email);
        draft.setStatus(AffiliateStatus.APPLIED);
        draft.setPayoutMethod("Bank transfer");
        draft.setPayoutEmail(email);
        return affiliates.create(STORE, draft, OWNER);
    }

    private Fixture fixture() {
        catalog.createStore(STORE, "USD");
        catalog.createAdmin(STORE, OWNER, PASSWORD);
        Fixture made = new Fixture();
        AffiliateDraft mei = new AffiliateDraft();
        mei.setName("Mei Lin");
        mei.setEmail("mei.lin@affiliates.test");
        mei.setTrackingId("mei-old");
        mei.setRate(new BigDecimal("8"));
        mei.getCategoryRates().add(new AffiliateDraft.CategoryRate(12L, new BigDecimal("12.5")));
        mei.setPayoutMethod("Bank transfer");
        mei.setPayoutEmail("pay.mei@affiliates.test");
        mei.setPayoutDetails("IBAN TW00 0000 1234");
        made.mei = affiliates.create(STORE, mei, OWNER).getId();
        mei.setTrackingId("mei-lin");
        affiliates.update(STORE, made.mei, mei);
        AffiliateDraft alex = new AffiliateDraft();
        alex.setName("Alex Wong");
        alex.setEmail("alex.wong@affiliates.test");
        alex.setPayoutMethod("PayPal");
        alex.setPayoutEmail("alex.pay@affiliates.test");
        made.alex = affiliates.create(STORE, alex, OWNER).getId();
        apply("Pat Pending", "pat.pending@affiliates.test");
        apply("Quinn Queued", "quinn.queued@affiliates.test");

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 12; i++) {
            click(made.mei, "mei-lin", now.minus(i * 2L, ChronoUnit.DAYS).minus(i, ChronoUnit.MINUTES),
                    "hash-mei-" + i);
        }
        for (int i = 0; i < 35; i++) {
            click(made.alex, "alex-wong", now.truncatedTo(ChronoUnit.HOURS).minus(3, ChronoUnit.HOURS)
                    .plus(i, ChronoUnit.MINUTES), "hash-burst");
        }
        tracking.reject(STORE, RejectReason.UNKNOWN_ID, "nobody", "198.51.100.7");
        tracking.reject(STORE, RejectReason.UNKNOWN_ID, "nobody-else", "198.51.100.8");
        tracking.click(STORE, new ClickInput("alex-wong", "/teas", null, "198.51.100.9", null));

        commission(made, made.mei, "PENDING", null, "1.50", now.minus(1, ChronoUnit.DAYS));
        commission(made, made.mei, "PENDING", null, "2.50", now.minus(4, ChronoUnit.DAYS));
        commission(made, made.mei, "FLAGGED", "SELF_EMAIL", "0.00", now.minus(2, ChronoUnit.DAYS));
        commission(made, made.mei, "PENDING", null, "0.00", now.minus(6, ChronoUnit.DAYS));
        made.approvedFirst = commission(made, made.alex, "APPROVED", null, "5.00", now.minus(40, ChronoUnit.DAYS));
        made.approvedSecond = commission(made, made.alex, "APPROVED", null, "4.00", now.minus(35, ChronoUnit.DAYS));
        long paid = commission(made, made.alex, "PAID", null, "6.00", now.minus(90, ChronoUnit.DAYS));
        jdbc.update("insert into SALESMANAGER.SMM_COMMISSION_ENTRY (STORE_CODE, COMMISSION_ID, AFFILIATE_ID, "
                + "ENTRY_KEY, KIND, AMOUNT, CURRENCY, RECORDED_AT) values (?, ?, ?, ?, 'CLAWBACK', -2.00, 'USD', ?)",
                STORE, paid, made.alex, "order:" + paid + ":refund:1", utc(now.minus(20, ChronoUnit.DAYS)));
        return made;
    }

    private void click(long affiliate, String trackingId, Instant at, String ipHash) {
        jdbc.update("insert into SALESMANAGER.SMM_AFFILIATE_CLICK (STORE_CODE, AFFILIATE_ID, TRACKING_ID, "
                + "CLICKED_AT, LANDING_PATH, REFERRER, IP_HASH) values (?, ?, ?, ?, '/teas', 'https://blog.test/', ?)",
                STORE, affiliate, trackingId, utc(at), ipHash);
    }

    /** A commission as the ledger keeps it, with its earned entry; a paid one is not in any payout here. */
    private long commission(Fixture made, long affiliate, String state, String flag, String amount, Instant placed) {
        long order = made.nextOrder++;
        jdbc.update("insert into SALESMANAGER.SMM_COMMISSION (STORE_CODE, ORDER_ID, AFFILIATE_ID, SOURCE, "
                + "ORDER_AMOUNT, ELIGIBLE_AMOUNT, AMOUNT, CURRENCY, STATE, FLAG, PLACED_AT, DUE_AT, APPROVED_AT) "
                + "values (?, ?, ?, 'COOKIE', 60.00, 50.00, ?, 'USD', ?, ?, ?, ?, ?)", STORE, order, affiliate,
                new BigDecimal(amount), state, flag, utc(placed), utc(placed.plus(30, ChronoUnit.DAYS)),
                "APPROVED".equals(state) || "PAID".equals(state) ? utc(placed.plus(30, ChronoUnit.DAYS)) : null);
        long id = jdbc.queryForObject("select ID from SALESMANAGER.SMM_COMMISSION where STORE_CODE = ? and "
                + "ORDER_ID = ?", Long.class, STORE, order);
        jdbc.update("insert into SALESMANAGER.SMM_COMMISSION_ENTRY (STORE_CODE, COMMISSION_ID, AFFILIATE_ID, "
                + "ENTRY_KEY, KIND, AMOUNT, CURRENCY, RECORDED_AT) values (?, ?, ?, ?, 'EARNED', ?, 'USD', ?)",
                STORE, id, affiliate, "order:" + order + ":earned", new BigDecimal(amount), utc(placed));
        return id;
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private String message(Locale locale, String key, Object... args) {
        return context.getMessage(key, args, locale);
    }
}
