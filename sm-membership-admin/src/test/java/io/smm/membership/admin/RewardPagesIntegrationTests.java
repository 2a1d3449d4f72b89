package io.smm.membership.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.coupons.CouponBatchService;
import io.smm.membership.coupons.CouponDraft;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.coupons.CouponTerms;
import io.smm.membership.rewards.RewardSettings;
import io.smm.membership.rewards.RewardSettingsService;

/**
 * The owner's rewards pages in a real browser, in English and Traditional Chinese, on a desktop and a phone: the
 * settings (points or a coupon of the store, broken fields shown next to them and nothing saved, then saved) and
 * the referral report (counts per member, a month filter, the CSV link). The pages belong to a store of their own;
 * its referrals are written as the rewards feature keeps them. Screenshots go to
 * {@code target/screenshots/rewards-*.png}.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class RewardPagesIntegrationTests {

    private static final String STORE = "RWDP";
    private static final String OWNER = "owner@rewards.test";
    private static final String PASSWORD = "Secret123!";
    private static final String PAGES = "/membership/admin/rewards";
    private static final String BOUND_IN = "2027-03";

    private static AdminBrowser browser;
    private static Long coupon;
    private static String rewardCode;
    private static long referrer;

    /** Not {@code @LocalServerPort}: the host's legacy placeholder configurer cannot resolve it. */
    @Autowired
    WebServerApplicationContext server;

    @Autowired
    StandInCatalog catalog;

    @Autowired
    CouponService coupons;

    @Autowired
    CouponBatchService batches;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    RewardSettingsService settings;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void storeWithACouponAndReferrals() throws Exception {
        if (coupon == null) {
            catalog.createStore(STORE, "USD");
            catalog.createAdmin(STORE, OWNER, PASSWORD);
            coupon = coupons.create(STORE, coupon("BDAY15", "Birthday 15 %")).getId();
            rewardCode = new TransactionTemplate(transactionManager)
                    .execute(status -> batches.issueSingleUse(STORE, coupon));
            referrer = catalog.createCustomer(STORE, "mei.referrer@rewards.test", PASSWORD, "Mei", "Lin");
            jdbc.update("insert into SALESMANAGER.SMM_INVITE_CODE (STORE_CODE, CUSTOMER_ID, CODE, CREATED_AT)"
                    + " values (?, ?, 'QFRVDBK5', ?)", STORE, referrer, at(1));
            String[] states = { "BOUND", "REWARDED", "CAPPED", "REFUSED_SELF" };
            for (int i = 0; i < states.length; i++) {
                jdbc.update("insert into SALESMANAGER.SMM_REFERRAL (STORE_CODE, FRIEND_CUSTOMER_ID,"
                        + " REFERRER_CUSTOMER_ID, BOUND_AT, STATE) values (?, ?, ?, ?, ?)", STORE,
                        9_150_000_000L + i, referrer, at(2 + i), states[i]);
            }
        }
        browser = AdminBrowser.signedIn(browser, server.getWebServer().getPort(), OWNER, PASSWORD);
    }

    @AfterAll
    static void stopBrowser() {
        browser = AdminBrowser.closed(browser);
    }

    /** Both pages on a desktop and a phone, with nothing wider than the phone. */
    @ParameterizedTest(name = "page \"{0}\"")
    @ValueSource(strings = { "", "/referrals" })
    void fitsAPhoneInEnglishAndTraditionalChinese(String page) throws Exception {
        for (String language : new String[] { "en", "zh_TW" }) {
            String path = PAGES + page + "?lang=" + language;
            String name = "rewards" + page.replace('/', '_') + "-" + language;

            long width = browser.shootOnDesktopAndPhone(path, name);

            assertThat(browser.find(By.id("menu-rewards")).getAttribute("class")).contains("active");
            assertThat(width).as("width of %s on a phone", path).isLessThanOrEqualTo(AdminBrowser.PHONE_WIDTH);
        }
    }

    @Test
    void theSettingsShowEveryBrokenFieldAtOnceAndSaveACouponForBirthdays() throws Exception {
        browser.size(AdminBrowser.PHONE_WIDTH);
        browser.open(PAGES + "?lang=en");
        browser.fill("welcomePoints", "ten");
        browser.find(By.cssSelector("#birthday-reward input[value=COUPON]")).click();
        browser.fill("referrerPoints", "300");
        browser.fill("friendPoints", "-5");
        browser.fill("referralMonthlyCap", "");
        browser.follow(browser.find(By.id("save-reward-settings")));

        assertThat(browser.text(By.cssSelector("#welcome-reward .has-error .field-error")))
                .isEqualTo("Enter a valid value.");
        assertThat(browser.find(By.id("reward-settings-form")).getText()).contains("Enter a whole number from 0 to");
        assertThat(settings.get(STORE).getUpdatedAt()).isNull();
        browser.screenshot("rewards-errors-en-" + AdminBrowser.PHONE_WIDTH + ".png");

        browser.fill("welcomePoints", "100");
        browser.fill("friendPoints", "150");
        browser.follow(browser.find(By.id("save-reward-settings")));

        assertThat(browser.find(By.tagName("body")).getText()).contains("Rewards settings saved.");
        RewardSettings saved = settings.get(STORE);
        assertThat(saved.getWelcomePoints()).isEqualTo(100);
        assertThat(saved.getBirthdayCouponId()).isEqualTo(coupon);
        assertThat(saved.getBirthdayPoints()).isZero();
        assertThat(saved.getFriendPoints()).isEqualTo(150);
        assertThat(saved.getReferralMonthlyCap()).isNull();
        assertThat(browser.find(By.cssSelector("#birthday-reward input[value=COUPON]")).isSelected()).isTrue();
        browser.open(PAGES + "?lang=zh_TW");
        assertThat(browser.find(By.tagName("main")).getText()).contains("獎勵設定", "入會禮", "生日禮", "推薦獎勵",
                "BDAY15 – Birthday 15 %", "每位會員每月最多獲獎的好友數").doesNotContain(rewardCode);
    }

    @Test
    void theReferralReportCountsTheMembersFriendsByMonthWithItsCsv() {
        browser.open(PAGES + "/referrals?lang=en");

        List<WebElement> cells = browser.find(By.id("referrer-" + referrer)).findElements(By.tagName("td"));
        assertThat(cells).extracting(WebElement::getText).containsExactly("mei.referrer@rewards.test", "QFRVDBK5",
                "4", "1", "1", "1", "1");

        browser.open(PAGES + "/referrals?lang=zh_TW&month=" + YearMonth.parse(BOUND_IN).plusMonths(1));
        assertThat(browser.text(By.id("referrals-none"))).isEqualTo("此期間沒有好友透過邀請加入。");

        browser.open(PAGES + "/referrals?lang=en&month=" + BOUND_IN);
        assertThat(browser.find(By.id("referrer-" + referrer)).getText()).contains("QFRVDBK5");
        assertThat(browser.find(By.id("referrals-csv")).getAttribute("href"))
                .endsWith(PAGES + "/referrals.csv?month=" + BOUND_IN);

        browser.open(PAGES + "/referrals?lang=en&month=March");
        assertThat(browser.text(By.id("month-error"))).isEqualTo("Enter a month as 2027-05.");
    }

    private static Timestamp at(int day) {
        return Timestamp.valueOf(LocalDateTime.of(2027, 3, day, 12, 0).atOffset(ZoneOffset.UTC).toLocalDateTime());
    }

    private static CouponDraft coupon(String code, String name) {
        CouponDraft draft = new CouponDraft();
        draft.setCode(code);
        draft.setName(name);
        draft.setKind(CouponTerms.Kind.PERCENT);
        draft.setValue(new BigDecimal("15"));
        return draft;
    }
}
