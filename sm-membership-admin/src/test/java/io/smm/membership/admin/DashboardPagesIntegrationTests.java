package io.smm.membership.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.dashboard.OrderSpanRefresher;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MembershipService;

/**
 * The dashboard in a real browser, in English and Traditional Chinese: signing in lands on it, a preset is picked
 * from the period form, a figure's link leads to its members. Screenshots of each page at 1280 and 390 px go to
 * {@code target/screenshots/dashboard-*.png}.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class DashboardPagesIntegrationTests {

    private static final String STORE = "DASHB";

    private static AdminBrowser browser;

    @Autowired
    WebServerApplicationContext server;

    @Autowired
    StandInCatalog catalog;

    @Autowired
    GroupService groups;

    @Autowired
    MembershipService memberships;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrderSpanRefresher spans;

    @AfterAll
    static void stopBrowser() {
        browser = AdminBrowser.closed(browser);
    }

    @Test
    void showsTheDashboardAndTheMembersBehindAFigureInEnglishAndTraditionalChinese() throws Exception {
        DashboardFiguresIntegrationTests.storeWithPaidOrders(catalog, groups, memberships, jdbc, spans, STORE);
        browser = AdminBrowser.signedIn(browser, server.getWebServer().getPort(),
                SegmentPagesIntegrationTests.owner(STORE), SegmentPagesIntegrationTests.PASSWORD);

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Dashboard");
        new Select(browser.find(By.id("preset"))).selectByValue("last-30-days");
        browser.follow(browser.find(By.id("dashboard-show")));
        assertThat(browser.text(By.cssSelector("#activity-ALL td.current"))).isEqualTo("2");
        browser.follow(browser.find(By.cssSelector("#activity-GOLD td.current a")));
        assertThat(browser.text(By.id("figure-count"))).isEqualTo("1 members");
        assertThat(browser.text(By.cssSelector("#members tbody"))).contains("Mei Lin");

        for (String lang : new String[] { "en", "zh_TW" }) {
            assertThat(browser.shootOnDesktopAndPhone("/membership/admin/dashboard?lang=" + lang,
                    "dashboard-" + lang)).isLessThanOrEqualTo(AdminBrowser.PHONE_WIDTH);
            String activeGold = browser.find(By.cssSelector("#activity-GOLD td.current a")).getAttribute("href");
            assertThat(browser.shootOnDesktopAndPhone(activeGold.substring(activeGold.indexOf("/membership"))
                    + "&lang=" + lang, "dashboard-members-" + lang)).isLessThanOrEqualTo(AdminBrowser.PHONE_WIDTH);
            assertThat(browser.shootOnDesktopAndPhone("/membership/admin/dashboard?preset=someday&from=x&to=y&lang="
                    + lang, "dashboard-errors-" + lang)).isLessThanOrEqualTo(AdminBrowser.PHONE_WIDTH);
            assertThat(browser.find(By.id("panel-repurchase")).getText()).doesNotContain("rate-percent", "ALL\n");
        }
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("儀表板");
    }
}
