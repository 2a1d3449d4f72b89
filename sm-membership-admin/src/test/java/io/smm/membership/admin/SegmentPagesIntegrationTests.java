package io.smm.membership.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDateTime;
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
import io.smm.membership.segments.SegmentDraft;
import io.smm.membership.segments.SegmentService;
import io.smm.membership.segments.SegmentView;

/**
 * The members list filtered by a saved segment or an RFM segment (count, paging, CSV, an unknown segment named on
 * the page) and the segment form's errors, over plain HTTP on the stand-in host. The store is this class's own;
 * its members' scores are written as an RFM run leaves them.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class SegmentPagesIntegrationTests {

    static final String STORE = "SEGP";
    static final String OWNER = owner(STORE);
    static final String PASSWORD = "Secret123!";
    private static final String MEMBERS = "/membership/admin/members";
    private static final String SEGMENTS = "/membership/admin/segments";

    private static Long champion;
    private static Long atRisk;
    private static Long unscored;

    @Autowired
    WebServerApplicationContext server;

    @Autowired
    StandInCatalog catalog;

    @Autowired
    SegmentService segments;

    @Autowired
    JdbcTemplate jdbc;

    private ShopClient client;

    @BeforeEach
    void storeWithScoredMembers() throws Exception {
        if (champion == null) {
            champion = scoredStore(catalog, jdbc, STORE);
            atRisk = champion + 1;
            unscored = champion + 2;
        }
        client = new ShopClient(server.getWebServer().getPort());
        client.signInToPages(OWNER, PASSWORD);
    }

    static String owner(String store) {
        return "owner@" + store.toLowerCase() + ".test";
    }

    /**
     * Makes a store with its owner ({@link #owner}) and three customers: a champion (6 orders, 900.00), one at risk
     * (2 orders, 120.50) and one never scored; answers the champion's id, the others' follow it. Each test class
     * sharing the stand-in host's database makes its own store.
     */
    static long scoredStore(StandInCatalog catalog, JdbcTemplate jdbc, String store) {
        catalog.createStore(store, "USD");
        catalog.createAdmin(store, owner(store), PASSWORD);
        String domain = "@" + store.toLowerCase() + ".test";
        long mei = catalog.createCustomer(store, "mei" + domain, PASSWORD, "Mei", "Lin");
        long bo = catalog.createCustomer(store, "bo" + domain, PASSWORD, "Bo", "Wu");
        long cai = catalog.createCustomer(store, "cai" + domain, PASSWORD, "Cai", "Chen");
        assertThat(List.of(bo, cai)).containsExactly(mei + 1, mei + 2);
        score(jdbc, store, mei, 6, "900.00", "CHAMPIONS", 3);
        score(jdbc, store, bo, 2, "120.50", "AT_RISK", 200);
        score(jdbc, store, cai, 0, "0", null, null);
        return mei;
    }

    private static void score(JdbcTemplate jdbc, String store, long customer, int orders, String spend,
            String segment, Integer daysAgo) {
        LocalDateTime now = LocalDateTime.now();
        jdbc.update("insert into SALESMANAGER.SMM_MEMBER_SCORE (STORE_CODE, CUSTOMER_ID, REGISTERED_AT,"
                + " LIFETIME_ORDERS, LIFETIME_SPEND, WINDOW_ORDERS, WINDOW_SPEND, LAST_ORDER_AT, R_SCORE, F_SCORE,"
                + " M_SCORE, SEGMENT, RUN_ID, SCORED_AT) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)", store,
                customer, Timestamp.valueOf(now.minusYears(1)), orders, new BigDecimal(spend), orders,
                new BigDecimal(spend), daysAgo == null ? null : Timestamp.valueOf(now.minusDays(daysAgo)),
                segment == null ? null : 3, segment == null ? null : 3, segment == null ? null : 3, segment,
                Timestamp.valueOf(now));
    }

    @Test
    void theMembersListShowsASavedSegmentWithItsCountAndCsv() throws Exception {
        SegmentDraft ordered = new SegmentDraft();
        ordered.setName("Ordered twice " + System.nanoTime());
        ordered.setOrdersMin(2);
        SegmentView saved = segments.create(STORE, ordered);

        String page = client.get(MEMBERS + "?segment=" + saved.getId() + "&lang=en").body();
        HttpResponse<String> csv = client.get(MEMBERS + "/segment.csv?segment=" + saved.getId());

        assertThat(page).contains("Segment: " + ordered.getName(), "id=\"member-filter-count\">2 members<",
                "id=\"member-" + champion + "\"", "id=\"member-" + atRisk + "\"", "900.00", "120.50", "Champions",
                "At risk", MEMBERS + "/segment.csv?segment=" + saved.getId())
                .doesNotContain("id=\"member-" + unscored + "\"");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().lines()).hasSize(3);
        assertThat(csv.body()).contains("member_id,name,email,tier,rfm_segment,lifetime_spend,orders,last_order",
                champion + ",Mei Lin,mei@segp.test", atRisk + ",Bo Wu,bo@segp.test");
    }

    @Test
    void theMembersListShowsAnRfmSegmentInEachLanguage() throws Exception {
        String english = client.get(MEMBERS + "?rfm=CHAMPIONS&lang=en").body();
        String chinese = client.get(MEMBERS + "?rfm=AT_RISK&lang=zh_TW").body();

        assertThat(english).contains("RFM segment: Champions", ">1 members<", "id=\"member-" + champion + "\"",
                MEMBERS + "/segment.csv?rfm=CHAMPIONS").doesNotContain("id=\"member-" + atRisk + "\"");
        assertThat(chinese).contains("RFM 分群：流失風險", ">1 位會員<", "id=\"member-" + atRisk + "\"")
                .doesNotContain("id=\"member-" + champion + "\"");
    }

    @Test
    void anUnknownSegmentIsNamedOnThePage() throws Exception {
        HttpResponse<String> missing = client.get(MEMBERS + "?segment=987654&lang=en");
        HttpResponse<String> letters = client.get(MEMBERS + "?segment=big&lang=en");
        HttpResponse<String> rfm = client.get(MEMBERS + "?rfm=SLEEPY&lang=zh_CN");

        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(missing.body()).contains("There is no saved segment 987654 in this store.")
                .doesNotContain("id=\"members-csv\"", "Exception");
        assertThat(letters.statusCode()).isEqualTo(200);
        assertThat(letters.body()).contains("There is no saved segment big in this store.");
        assertThat(rfm.statusCode()).isEqualTo(200);
        assertThat(rfm.body()).contains("没有 RFM 分群 SLEEPY。").doesNotContain("id=\"members-csv\"");
    }

    @Test
    void theFormShowsEveryBrokenFieldAtItsFieldAndSavesNothing() throws Exception {
        String name = "Broken " + System.nanoTime();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", "");
        form.put("tiers", "NO_SUCH_TIER");
        form.put("spendMin", "lots");
        form.put("ordersMin", "5");
        form.put("ordersMax", "2");
        form.put("daysSinceLastOrderMin", "-1");
        form.put("registeredFrom", "2026-05-01");
        form.put("registeredTo", "2026-04-01");
        form.put("favouriteCategoryId", "987654321");
        form.put("_csrf", client.csrfToken(SEGMENTS + "/new?lang=en"));

        HttpResponse<String> broken = client.postForm(SEGMENTS + "/new", form);
        form.put("name", name);
        form.put("_csrf", client.csrfToken(SEGMENTS + "/new?lang=zh_TW"));
        HttpResponse<String> chinese = client.postForm(SEGMENTS + "/new", form);

        String upsideDown = "The lower bound is above the upper bound.";
        assertThat(broken.statusCode()).isEqualTo(200);
        assertThat(broken.body())
                .containsPattern("id=\"name\"[^>]*>[\\s\\S]{0,200}Give the segment a name.")
                .contains("There is no tier NO_SUCH_TIER.")
                .containsPattern("id=\"spendMin\"[^>]*value=\"lots\"[\\s\\S]{0,200}Enter a valid value.")
                .containsPattern("id=\"ordersMin\"[^>]*value=\"5\"[\\s\\S]{0,200}" + upsideDown)
                .containsPattern("id=\"ordersMax\"[^>]*value=\"2\"[\\s\\S]{0,200}" + upsideDown)
                .containsPattern("id=\"daysSinceLastOrderMin\"[^>]*>[\\s\\S]{0,200}Must not be below 0.")
                .containsPattern("id=\"registeredTo\"[^>]*>[\\s\\S]{0,200}"
                        + upsideDown)
                .contains("There is no category 987654321.");
        assertThat(chinese.body())
                .contains("沒有等級 NO_SUCH_TIER。", "不可小於 0。", "沒有分類 987654321。", "下限大於上限。")
                .doesNotContain("請為分群命名。");
        assertThat(segments.list(STORE)).extracting(SegmentView::getName).doesNotContain(name);
    }
}
