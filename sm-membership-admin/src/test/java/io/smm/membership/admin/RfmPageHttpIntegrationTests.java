package io.smm.membership.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.analytics.AnalyticsSettingsService;
import io.smm.membership.analytics.AnalyticsTerms;
import io.smm.membership.analytics.RfmGrid;
import io.smm.membership.analytics.RfmGridService;
import io.smm.membership.analytics.RfmReport;
import io.smm.membership.analytics.RfmSegment;
import io.smm.membership.sql.NativeRows;

/**
 * The RFM page over plain HTTP on the stand-in host: settings and grid errors named at their fields, a grid change
 * kept, a scoring started from the page and shown with its sizes and moves, another node's scoring told as a
 * notice. The store is this class's own; its members are scored as an RFM run leaves them and have paid orders, so
 * that a run scores them again.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class RfmPageHttpIntegrationTests {

    private static final String STORE = "RFMHTTP";
    private static final String PAGE = "/membership/admin/rfm";
    private static final String CELL_ERROR = "<p class=\"field-error\">Choose a segment.";

    private static Long champion;

    @Autowired
    WebServerApplicationContext server;

    @Autowired
    StandInCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AnalyticsSettingsService settings;

    @Autowired
    RfmGridService grids;

    @Autowired
    RfmReport report;

    private ShopClient client;

    @BeforeEach
    void storeWithScoredMembers() throws Exception {
        if (champion == null) {
            champion = storeWithOrders(catalog, jdbc, STORE);
        }
        client = new ShopClient(server.getWebServer().getPort());
        client.signInToPages(SegmentPagesIntegrationTests.owner(STORE), SegmentPagesIntegrationTests.PASSWORD);
    }

    /**
     * {@link SegmentPagesIntegrationTests#scoredStore}, with paid orders that a run scores again: the champion's 6
     * (900.00, the latest 3 days ago: R 5, F 5, M 5, a champion still) and the one at risk's 2 (120.50, 200 and 210
     * days ago: R 3, F 2, M 3, now needing attention).
     */
    static long storeWithOrders(StandInCatalog catalog, JdbcTemplate jdbc, String store) {
        long champion = SegmentPagesIntegrationTests.scoredStore(catalog, jdbc, store);
        for (int order = 1; order <= 6; order++) {
            paidOrder(jdbc, store, order, champion, 2 + order, "150.00");
        }
        paidOrder(jdbc, store, 7, champion + 1, 200, "60.25");
        paidOrder(jdbc, store, 8, champion + 1, 210, "60.25");
        return champion;
    }

    private static void paidOrder(JdbcTemplate jdbc, String store, long orderId, long customer, int daysAgo,
            String total) {
        Instant placed = Instant.now().minus(Duration.ofDays(daysAgo));
        jdbc.update("insert into SALESMANAGER.SMM_SPEND_ORDER (STORE_CODE, ORDER_ID, CUSTOMER_ID, PLACED_AT, STATUS,"
                + " TOTAL, SHIPPING, TAX, CURRENCY, UPDATED_AT) values (?, ?, ?, ?, 'DELIVERED', ?, 0, 0, 'USD', ?)",
                store, orderId, customer, NativeRows.utc(placed), new BigDecimal(total), NativeRows.utc(placed));
    }

    /** Waits for the store's latest run to end; its status. */
    static String finished(RfmReport report, String store) throws InterruptedException {
        for (int wait = 0; wait < 200; wait++) {
            Object status = report.latest(store).map(run -> run.get("status")).orElse(null);
            if (status != null && !"RUNNING".equals(status)) {
                return status.toString();
            }
            Thread.sleep(100);
        }
        return "RUNNING";
    }

    @Test
    void settingsErrorsAreNamedAtEveryBrokenFieldAtOnce() throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("windowDays", "10");
        form.put("sleepDays", "long");
        form.put("f2Orders", "1");
        form.put("f3Orders", "3");
        form.put("f4Orders", "3");
        form.put("f5Orders", "");
        form.put("_csrf", client.csrfToken(PAGE + "?lang=en"));

        HttpResponse<String> broken = client.postForm(PAGE + "/settings", form);
        form.put("_csrf", client.csrfToken(PAGE + "?lang=zh_TW"));
        HttpResponse<String> chinese = client.postForm(PAGE + "/settings", form);

        assertThat(broken.statusCode()).isEqualTo(200);
        assertThat(broken.body())
                .containsPattern("id=\"windowDays\"[^>]*value=\"10\"[\\s\\S]{0,300}From 30 to 1095.")
                .containsPattern("id=\"sleepDays\"[^>]*value=\"long\"[\\s\\S]{0,300}Enter a valid value.")
                .containsPattern("id=\"f2Orders\"[^>]*>[\\s\\S]{0,300}At least 2 orders.")
                .containsPattern("id=\"f4Orders\"[^>]*>[\\s\\S]{0,300}"
                        + "Must be more than the score below \\(3 orders\\).")
                .containsPattern("id=\"f5Orders\"[^>]*>[\\s\\S]{0,300}Required.")
                .doesNotContain("id=\"notice\"", "Exception");
        assertThat(chinese.body()).contains("請輸入有效的值").doesNotContain("Enter a valid value.");
        assertThat(settings.get(STORE).windowDays()).isEqualTo(AnalyticsTerms.DEFAULT_WINDOW_DAYS);
    }

    @Test
    void settingsSavedAreShownWithANotice() throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("windowDays", "365");
        form.put("sleepDays", "60");
        form.put("f2Orders", "2");
        form.put("f3Orders", "3");
        form.put("f4Orders", "4");
        form.put("f5Orders", "6");
        form.put("_csrf", client.csrfToken(PAGE + "?lang=en"));

        HttpResponse<String> saved = client.postForm(PAGE + "/settings", form);
        String page = client.get(PAGE + "?lang=en").body();

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElse("")).endsWith(PAGE + "#rfm-settings");
        assertThat(page).contains("The RFM settings are saved.").containsPattern("id=\"sleepDays\"[^>]*value=\"60\"");
        assertThat(settings.get(STORE).sleepDays()).isEqualTo(60);
    }

    @Test
    void aGridChangeIsKeptAndBrokenCellsAreNamed() throws Exception {
        Map<String, String> form = grid(RfmGrid.builtIn().rows());
        form.put("rows[0][0]", "PROMISING");
        form.put("_csrf", client.csrfToken(PAGE + "?lang=en"));
        HttpResponse<String> saved = client.postForm(PAGE + "/grid", form);
        String page = client.get(PAGE + "?lang=en").body();
        form.put("rows[2][3]", "SLEEPY");
        form.put("rows[4][0]", "");
        form.put("_csrf", client.csrfToken(PAGE + "?lang=en"));

        HttpResponse<String> broken = client.postForm(PAGE + "/grid", form);
        HttpResponse<String> partial = client.postForm(PAGE + "/grid", Map.of("rows[0][0]", "NEW",
                "rows[6][1]", "LOST", "_csrf", form.get("_csrf")));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(page).contains("The segment grid is saved.")
                .containsPattern("id=\"cell-5-1\"[^>]*>[\\s\\S]{0,2000}value=\"PROMISING\" selected=\"selected\"");
        assertThat(broken.statusCode()).isEqualTo(200);
        assertThat(broken.body())
                .containsPattern("id=\"cell-3-4\"[\\s\\S]{0,2500}</select>\\s*" + CELL_ERROR)
                .containsPattern("id=\"cell-1-1\"[\\s\\S]{0,2500}</select>\\s*" + CELL_ERROR);
        assertThat(partial.statusCode()).isEqualTo(200);
        assertThat(partial.body().split(CELL_ERROR, -1)).hasSize(25);
        assertThat(grids.get(STORE).segment(5, 1)).isEqualTo(RfmSegment.PROMISING);
        assertThat(grids.get(STORE).segment(3, 4)).isEqualTo(RfmSegment.LOYAL);

        form.put("_csrf", client.csrfToken(PAGE + "?lang=en"));
        assertThat(client.postForm(PAGE + "/grid/reset", Map.of("_csrf", form.get("_csrf"))).statusCode())
                .isEqualTo(302);
        assertThat(grids.get(STORE).rows()).isEqualTo(RfmGrid.builtIn().rows());
    }

    @Test
    void aScoringStartedOnThePageIsShownWithTheSizesAndMovesItLeft() throws Exception {
        String before = client.get(PAGE + "?lang=en").body();

        HttpResponse<String> started = client.postForm(PAGE + "/runs", Map.of("_csrf", csrf()));
        String notice = client.get(PAGE + "?lang=en").body();
        String status = finished(report, STORE);
        String after = pageOnceDone();

        assertThat(before).contains("id=\"rfm-run-none\"")
                .containsPattern("id=\"size-CHAMPIONS\"[\\s\\S]{0,200}"
                        + "href=\"/membership/admin/members\\?rfm=CHAMPIONS\">Champions</a>[\\s\\S]{0,100}>1</td>"
                        + "[\\s\\S]{0,100}>33.3 %<")
                .containsPattern("id=\"size-UNSCORED\"[\\s\\S]{0,200}Not scored[\\s\\S]{0,100}>1</td>")
                .contains("href=\"/membership/admin/members?rfm=LOST\"");
        assertThat(started.statusCode()).isEqualTo(302);
        assertThat(notice).containsPattern("Scoring \\d+ has started;");
        assertThat(status).isEqualTo("DONE");
        assertThat(after).as(String.valueOf(report.latest(STORE)) + jdbc.queryForList(
                "select ID, STATUS, TRIGGERED_BY from SALESMANAGER.SMM_RFM_RUN where STORE_CODE = ?", STORE))
                .containsPattern("id=\"rfm-run-state\"[\\s\\S]{0,100}Done")
                .contains("id=\"rfm-run-scored\">2 of 3<")
                .containsPattern("<td>At risk</td>\\s*<td>Need attention</td>\\s*<td class=\"number\">1</td>")
                .containsPattern("id=\"size-NEED_ATTENTION\"[\\s\\S]{0,200}rfm=NEED_ATTENTION\">Need attention</a>"
                        + "[\\s\\S]{0,100}>1</td>")
                .contains("id=\"rfm-moves-chart\"").doesNotContain("data-refresh=");
    }

    @Test
    void anotherNodesScoringIsToldAsANoticeAndALeftRunShowsRunning() throws Exception {
        String store = "RFMHTTPB";
        catalog.createStore(store, "USD");
        catalog.createAdmin(store, SegmentPagesIntegrationTests.owner(store), SegmentPagesIntegrationTests.PASSWORD);
        jdbc.update("insert into SALESMANAGER.SMM_RFM_RUN (STORE_CODE, TRIGGERED_BY, STATUS, STARTED_AT) values"
                + " (?, 'nightly', 'RUNNING', ?)", store, NativeRows.utc(Instant.now().minus(Duration.ofHours(1))));
        ShopClient owner = new ShopClient(server.getWebServer().getPort());
        owner.signInToPages(SegmentPagesIntegrationTests.owner(store), SegmentPagesIntegrationTests.PASSWORD);
        HttpResponse<String> refused;
        jdbc.update("update SALESMANAGER.SMM_JOB_LEASE set LEASE_OWNER = 'another-node', LEASE_UNTIL = ?"
                + " where JOB = 'rfm-scoring'", NativeRows.utc(Instant.now().plus(Duration.ofMinutes(5))));
        try {
            refused = owner.postForm(PAGE + "/runs", Map.of("_csrf", owner.csrfToken(PAGE)));
        } finally {
            jdbc.update("update SALESMANAGER.SMM_JOB_LEASE set LEASE_OWNER = null, LEASE_UNTIL = null"
                    + " where JOB = 'rfm-scoring'");
        }

        String page = owner.get(PAGE + "?lang=en").body();

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(page).contains("A scoring is already under way.", "notice-success")
                .containsPattern("id=\"rfm-run-state\"[\\s\\S]{0,100}Running")
                .contains("id=\"rfm-run-duration\">–<", "Scoring is under way;", "id=\"rfm-sizes-empty\"")
                .containsPattern("id=\"rfm-figures\"[^>]*data-refresh=\"3\"");
    }

    /** The page once it no longer follows a run under way, as a browser would reload it; at most 10 seconds. */
    private String pageOnceDone() throws Exception {
        String page = client.get(PAGE + "?lang=en").body();
        for (int wait = 0; wait < 100 && page.contains("data-refresh=\""); wait++) {
            Thread.sleep(100);
            page = client.get(PAGE + "?lang=en").body();
        }
        return page;
    }

    private String csrf() throws Exception {
        return client.csrfToken(PAGE + "?lang=en");
    }

    private static Map<String, String> grid(List<List<String>> rows) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int row = 0; row < 5; row++) {
            for (int column = 0; column < 5; column++) {
                form.put("rows[" + row + "][" + column + "]", rows.get(row).get(column));
            }
        }
        return form;
    }
}
