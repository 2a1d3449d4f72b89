package io.smm.membership.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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

import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.points.PointsGrants;

/**
 * The owner's points reports in a real browser, in English and Traditional Chinese, on a desktop and a phone: the
 * liability's chart and table over months of history, a broken month named next to its field, and the expiring
 * list with its days filter, pages and CSV link. The pages belong to a store of their own, whose points were granted
 * months ago (the ledger's times moved back). Screenshots go to {@code target/screenshots/points-*.png}.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class PointsReportsPagesIntegrationTests {

    private static final String STORE = "PTSR";
    private static final String OWNER = "owner@points-reports.test";
    private static final String PASSWORD = "Secret123!";
    private static final String PAGES = "/membership/admin/points";

    private static AdminBrowser browser;
    private static long[] members;

    /** Not {@code @LocalServerPort}: the host's legacy placeholder configurer cannot resolve it. */
    @Autowired
    WebServerApplicationContext server;

    @Autowired
    StandInCatalog catalog;

    @Autowired
    PointsGrants grants;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void storeWithPointsHistory() throws Exception {
        if (members == null) {
            members = members();
        }
        browser = AdminBrowser.signedIn(browser, server.getWebServer().getPort(), OWNER, PASSWORD);
    }

    @AfterAll
    static void stopBrowser() {
        browser = AdminBrowser.closed(browser);
    }

    @ParameterizedTest(name = "page \"{0}\"")
    @ValueSource(strings = { "/liability", "/expiring" })
    void fitsAPhoneInEnglishAndTraditionalChinese(String page) throws Exception {
        for (String language : new String[] { "en", "zh_TW" }) {
            String path = PAGES + page + "?lang=" + language;

            long width = browser.shootOnDesktopAndPhone(path, "points" + page.replace('/', '_') + "-" + language);

            assertThat(browser.find(By.id("menu-points")).getAttribute("class")).contains("active");
            assertThat(browser.find(By.id("section" + page.replace('/', '-'))).getAttribute("class"))
                    .contains("active");
            assertThat(width).as("width of %s on a phone", path).isLessThanOrEqualTo(AdminBrowser.PHONE_WIDTH);
        }
    }

    @Test
    void theLiabilityChartsEachMonthsCashValueWithTheNumbersInTheTable() {
        browser.open(PAGES + "/liability?lang=en");

        List<WebElement> rows = browser.find(By.id("liability-table")).findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(12);
        assertThat(rows.get(0).findElements(By.cssSelector("td"))).extracting(WebElement::getText)
                .containsExactly("0", "0", "0", "0.00");
        assertThat(rows.get(11).findElements(By.cssSelector("td"))).extracting(WebElement::getText)
                .containsExactly("55,000", "20,000", "75,000", "750.00");
        assertThat(rows.get(11).findElement(By.cssSelector("th")).getText()).containsIgnoringCase("so far");
        assertThat(browser.find(By.id("liability-chart")).findElements(By.cssSelector("rect.bar"))).hasSize(12);
        assertThat(browser.find(By.id("liability-csv")).getAttribute("href")).contains("liability.csv?from=");

        browser.open(PAGES + "/liability?from=2026-13&to=2026-01&lang=zh_TW");

        assertThat(browser.find(By.id("from")).getAttribute("class")).contains("has-error");
        assertThat(browser.text(By.id("liability-months"))).contains("yyyy-MM");
        assertThat(browser.text(By.cssSelector("#liability-table thead"))).contains("可用", "待生效",
                "現金價值");
    }

    @Test
    void theExpiringListShowsMembersSoonestFirstPageByPage() {
        browser.open(PAGES + "/expiring?lang=en");

        List<WebElement> rows = browser.find(By.id("expiring-table")).findElements(By.cssSelector("tbody tr"));
        assertThat(rows).extracting(row -> row.getAttribute("id")).containsExactly("member-" + members[1],
                "member-" + members[0]);
        assertThat(browser.text(By.cssSelector("#member-" + members[1] + " td.number"))).isEqualTo("5,000");
        assertThat(browser.find(By.cssSelector("#member-" + members[1] + " a")).getAttribute("href"))
                .endsWith("/membership/admin/points/members/" + members[1]);
        assertThat(browser.find(By.id("expiring-csv")).getAttribute("href")).endsWith("expiring.csv?days=30");

        browser.fill("days", "3");
        browser.follow(browser.find(By.cssSelector("#expiring-days button")));

        assertThat(browser.find(By.id("expiring-table")).findElements(By.cssSelector("tbody tr")))
                .extracting(row -> row.getAttribute("id")).containsExactly("member-" + members[1]);

        browser.open(PAGES + "/expiring?days=400&lang=zh_TW");

        assertThat(browser.find(By.id("days")).getAttribute("class")).contains("has-error");
        assertThat(browser.text(By.id("expiring-days"))).contains("365");
    }

    /**
     * Three members of the store: 20,000 points granted five months ago expiring in 20 days, 5,000 a month ago
     * expiring in 2 days, 30,000 a hundred days ago with a year to run, and 20,000 yesterday, pending for 20 days.
     */
    private long[] members() {
        catalog.createStore(STORE, "USD");
        catalog.createAdmin(STORE, OWNER, PASSWORD);
        long[] made = new long[3];
        for (int i = 0; i < 3; i++) {
            made[i] = catalog.createCustomer(STORE, "member" + i + "@points-reports.test", PASSWORD, "Mei" + i,
                    "Lin");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant fiveMonthsAgo = now.minus(150, ChronoUnit.DAYS);
        Instant aMonthAgo = now.minus(35, ChronoUnit.DAYS);
        Instant aHundredDaysAgo = now.minus(100, ChronoUnit.DAYS);
        grant(made[0], 20_000, fiveMonthsAgo, fiveMonthsAgo, now.plus(20, ChronoUnit.DAYS));
        grant(made[1], 5_000, aMonthAgo, aMonthAgo, now.plus(2, ChronoUnit.DAYS));
        grant(made[2], 30_000, aHundredDaysAgo, aHundredDaysAgo, now.plus(265, ChronoUnit.DAYS));
        grant(made[2], 20_000, now.minus(1, ChronoUnit.DAYS), now.plus(20, ChronoUnit.DAYS),
                now.plus(364, ChronoUnit.DAYS));
        return made;
    }

    /** Points granted as if at {@code at}: the ledger's times of the grant moved back. */
    private void grant(long customerId, long points, Instant at, Instant usableAt, Instant expiresAt) {
        String key = "test:reports:" + customerId + ":" + points;
        grants.grant(STORE, customerId, points, key, "test");
        jdbc.update("update SALESMANAGER.SMM_POINTS_ENTRY set RECORDED_AT = ? where STORE_CODE = ? and ENTRY_KEY = ?",
                utc(at), STORE, key);
        jdbc.update("update SALESMANAGER.SMM_POINTS_LOT set EARNED_AT = ?, USABLE_AT = ?, EXPIRES_AT = ? where"
                + " EARN_ENTRY_ID = (select ID from SALESMANAGER.SMM_POINTS_ENTRY where STORE_CODE = ? and"
                + " ENTRY_KEY = ?)", utc(at), utc(usableAt), utc(expiresAt),
                STORE, key);
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
