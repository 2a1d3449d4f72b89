package io.smm.membership.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;

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
import io.smm.membership.coupons.CouponDraft;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.coupons.CouponTerms;

/**
 * A segment pushed an offer in a real browser, in English (a code each) and Traditional Chinese (a group): the
 * segment made on its form, the offer pushed from the segments list, its report reached. Screenshots of each page at 1280 and 390 px go to
 * {@code target/screenshots/segments-*.png}.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class SegmentPushPagesIntegrationTests {

    private static final String STORE = "SEGPUSH";

    private static AdminBrowser browser;

    @Autowired
    WebServerApplicationContext server;

    @Autowired
    StandInCatalog catalog;

    @Autowired
    CouponService coupons;

    @Autowired
    JdbcTemplate jdbc;

    @AfterAll
    static void stopBrowser() {
        browser = AdminBrowser.closed(browser);
    }

    @Test
    void pushesAnOfferToASegmentAndShowsItsReportInEnglishAndTraditionalChinese() throws Exception {
        SegmentPagesIntegrationTests.scoredStore(catalog, jdbc, STORE);
        CouponDraft template = new CouponDraft();
        template.setCode("COMEBACK");
        template.setName("Come back 15 %");
        template.setKind(CouponTerms.Kind.PERCENT);
        template.setValue(new BigDecimal("15"));
        long templateId = coupons.create(STORE, template).getId();
        browser = AdminBrowser.signedIn(browser, server.getWebServer().getPort(),
                SegmentPagesIntegrationTests.owner(STORE), SegmentPagesIntegrationTests.PASSWORD);

        for (String[] language : new String[][] { { "en", "Best and at risk", "2 members", "Done", "CODES" },
                { "zh_TW", "冠軍與流失風險", "2 位會員", "完成", "GROUP" } }) {
            String lang = language[0];
            browser.size(AdminBrowser.DESKTOP_WIDTH);
            browser.open("/membership/admin/segments/new?lang=" + lang);
            browser.fill("name", language[1]);
            browser.find(By.cssSelector("input[name=rfmSegments][value=CHAMPIONS]")).click();
            browser.find(By.cssSelector("input[name=rfmSegments][value=AT_RISK]")).click();
            browser.fill("ordersMin", "1");
            browser.follow(browser.find(By.id("save-segment")));
            assertThat(browser.find(By.tagName("body")).getText()).contains(language[1]);
            long width = browser.shootOnDesktopAndPhone("/membership/admin/segments?lang=" + lang,
                    "segments-list-" + lang);
            assertThat(width).isLessThanOrEqualTo(AdminBrowser.PHONE_WIDTH);
            browser.size(AdminBrowser.DESKTOP_WIDTH);
            browser.open("/membership/admin/segments?lang=" + lang);
            String segmentRow = browser.find(By.xpath("//tr[td/a[text()='" + language[1] + "']]"))
                    .getAttribute("id");
            String segmentId = segmentRow.substring("segment-".length());
            assertThat(width).isLessThanOrEqualTo(browser.shootOnDesktopAndPhone("/membership/admin/segments/"
                    + segmentId + "?lang=" + lang, "segments-form-" + lang));
            assertThat(browser.shootOnDesktopAndPhone("/membership/admin/members?segment=" + segmentId
                    + "&lang=" + lang, "segments-members-" + lang)).isLessThanOrEqualTo(AdminBrowser.PHONE_WIDTH);
            assertThat(browser.text(By.id("member-filter"))).contains(language[2]);

            browser.size(AdminBrowser.DESKTOP_WIDTH);
            browser.open("/membership/admin/segments/" + segmentId + "/push?lang=" + lang);
            new Select(browser.find(By.name("templateId"))).selectByValue(String.valueOf(templateId));
            browser.fill("controlPercent", "0");
            browser.find(By.cssSelector("input[name=mode][value=" + language[4] + "]")).click();
            browser.follow(browser.find(By.id("push-offer")));
            String report = browser.script("return location.pathname").toString();
            browser.waiting(Duration.ofSeconds(20)).until(page -> {
                browser.open(report + "?lang=" + lang);
                return browser.text(By.id("offer-state")).contains(language[3]);
            });

            assertThat(browser.text(By.id("offer-reached"))).isEqualTo("2");
            assertThat(browser.text(By.id("offer-held-back"))).isEqualTo("0");
            assertThat(browser.find(By.id("offer-codes-csv")).getAttribute("href")).endsWith("/codes.csv");
            assertThat(browser.script("return document.getElementById('offer-group') !== null"))
                    .isEqualTo("GROUP".equals(language[4]));
            assertThat(browser.shootOnDesktopAndPhone(report + "?lang=" + lang, "segments-offer-" + lang))
                    .isLessThanOrEqualTo(AdminBrowser.PHONE_WIDTH);
            assertThat(browser.shootOnDesktopAndPhone("/membership/admin/offers?lang=" + lang,
                    "segments-offers-" + lang)).isLessThanOrEqualTo(AdminBrowser.PHONE_WIDTH);
        }
    }
}
