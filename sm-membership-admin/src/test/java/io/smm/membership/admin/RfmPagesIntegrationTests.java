package io.smm.membership.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.analytics.RfmGridService;
import io.smm.membership.analytics.RfmReport;
import io.smm.membership.analytics.RfmSegment;

/**
 * The RFM page in a real browser, in English and Traditional Chinese: a scoring started with its button and followed
 * by the page until done, the sizes and moves it left, the settings form's errors and a grid cell changed.
 * Screenshots at 1280 and 390 px go to {@code target/screenshots/rfm-*.png}; on the phone nothing is wider than the
 * screen (the grid scrolls in its own box).
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class RfmPagesIntegrationTests {

    private static final String STORE = "RFMBROWSE";
    private static final String PAGE = "/membership/admin/rfm";

    private static AdminBrowser browser;

    @Autowired
    WebServerApplicationContext server;

    @Autowired
    StandInCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RfmReport report;

    @Autowired
    RfmGridService grids;

    @AfterAll
    static void stopBrowser() {
        browser = AdminBrowser.closed(browser);
    }

    @Test
    void scoresAndShowsSegmentsSettingsAndGridInEnglishAndTraditionalChinese() throws Exception {
        RfmPageHttpIntegrationTests.storeWithOrders(catalog, jdbc, STORE);
        browser = AdminBrowser.signedIn(browser, server.getWebServer().getPort(),
                SegmentPagesIntegrationTests.owner(STORE), SegmentPagesIntegrationTests.PASSWORD);
        browser.size(AdminBrowser.DESKTOP_WIDTH);
        browser.open(PAGE + "?lang=en");
        browser.follow(browser.find(By.id("score-now")));
        assertThat(browser.text(By.id("notice"))).contains("has started");
        browser.waiting(Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(page -> "Done".equals(browser.text(By.id("rfm-run-state"))));
        assertThat(RfmPageHttpIntegrationTests.finished(report, STORE)).isEqualTo("DONE");

        for (String[] language : new String[][] { { "en", "Done", "Need attention", "Champions", "From 30 to 1095.",
                "Must be more than the score below (2 orders).", "At risk" },
                { "zh_TW", "完成", "需要關注", "冠軍客戶", "須介於 30 與 1095 之間。",
                        "須多於前一個分數的門檻（2 筆訂單）。", "流失風險" } }) {
            String lang = language[0];
            long width = browser.shootOnDesktopAndPhone(PAGE + "?lang=" + lang, "rfm-page-" + lang);

            assertThat(width).isLessThanOrEqualTo(AdminBrowser.PHONE_WIDTH);
            assertThat(browser.text(By.id("rfm-run-state"))).isEqualTo(language[1]);
            assertThat(browser.text(By.id("size-NEED_ATTENTION"))).startsWith(language[2]);
            assertThat(browser.text(By.id("rfm-moves-table"))).contains(language[6] + " " + language[2]);
            assertThat(browser.find(By.cssSelector("#size-NEED_ATTENTION a")).getAttribute("href"))
                    .endsWith("/membership/admin/members?rfm=NEED_ATTENTION");
            assertThat(new Select(browser.find(By.id("cell-5-5"))).getFirstSelectedOption().getText())
                    .isEqualTo(language[3]);

            browser.fill("windowDays", "10");
            browser.fill("f3Orders", "2");
            browser.follow(browser.find(By.id("save-rfm-settings")));
            browser.screenshot("rfm-settings-errors-" + lang + "-" + AdminBrowser.PHONE_WIDTH + ".png");

            assertThat(browser.script("return document.documentElement.scrollWidth"))
                    .isEqualTo((long) AdminBrowser.PHONE_WIDTH);
            assertThat(browser.text(By.id("rfm-settings"))).contains(language[4], language[5]);
        }

        browser.size(AdminBrowser.DESKTOP_WIDTH);
        browser.open(PAGE + "?lang=en");
        new Select(browser.find(By.id("cell-5-1"))).selectByValue("PROMISING");
        browser.follow(browser.find(By.id("save-rfm-grid")));

        assertThat(browser.text(By.id("notice"))).isEqualTo("The segment grid is saved.");
        assertThat(new Select(browser.find(By.id("cell-5-1"))).getFirstSelectedOption().getText())
                .isEqualTo("Promising");
        assertThat(grids.get(STORE).segment(5, 1)).isEqualTo(RfmSegment.PROMISING);
    }
}
