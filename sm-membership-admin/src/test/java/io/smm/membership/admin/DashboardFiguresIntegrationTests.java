package io.smm.membership.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.dashboard.OrderSpanRefresher;
import io.smm.membership.groups.Actor;
import io.smm.membership.groups.GroupDraft;
import io.smm.membership.groups.GroupKind;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MembershipService;
import io.smm.membership.sql.NativeRows;

/**
 * The dashboard page over plain HTTP on the stand-in host, in this class's own store: real figures of paid orders
 * per tier, each figure's link listing exactly its members, the CSV files, and broken periods and drill-downs named
 * on the page.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class DashboardFiguresIntegrationTests {

    static final String STORE = "DASHF";
    private static final String DASHBOARD = "/membership/admin/dashboard";
    private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]+)\">([^<]*)</a>");

    private static Long mei;
    private static Long bo;
    private static Long cai;

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

    private ShopClient client;

    @BeforeEach
    void storeWithPaidOrders() throws Exception {
        if (mei == null) {
            long[] ids = storeWithPaidOrders(catalog, groups, memberships, jdbc, spans, STORE);
            mei = ids[0];
            bo = ids[1];
            cai = ids[2];
        }
        client = new ShopClient(server.getWebServer().getPort());
        client.signInToPages(SegmentPagesIntegrationTests.owner(STORE), SegmentPagesIntegrationTests.PASSWORD);
    }

    /**
     * A store in US dollars with a default tier Basic and a tier Gold, and three customers: Mei, registered 400 days
     * ago and moved up to Gold today, with 1,000.00 and 250.50 paid in the last 30 days; Bo (Basic), registered 40
     * days ago, with 99.99 paid in them and 50.00 in the 30 days before; Cai (Basic), registered 3 days ago and
     * sleeping, with 40.00 paid 200 days ago (before registering: a guest order), all counted for the dashboard.
     * Answers their ids.
     */
    static long[] storeWithPaidOrders(StandInCatalog catalog, GroupService groups, MembershipService memberships,
            JdbcTemplate jdbc, OrderSpanRefresher spans, String store) throws InterruptedException {
        catalog.createStore(store, "USD");
        catalog.createAdmin(store, SegmentPagesIntegrationTests.owner(store), SegmentPagesIntegrationTests.PASSWORD);
        groups.create(store, tier("BASIC", 0, "Basic", "基本會員", true));
        groups.create(store, tier("GOLD", 10, "Gold", "金卡會員", false));
        String domain = "@" + store.toLowerCase() + ".test";
        long mei = catalog.createCustomer(store, "mei" + domain, SegmentPagesIntegrationTests.PASSWORD, "Mei", "Lin");
        long bo = catalog.createCustomer(store, "bo" + domain, SegmentPagesIntegrationTests.PASSWORD, "Bo", "Wu");
        long cai = catalog.createCustomer(store, "cai" + domain, SegmentPagesIntegrationTests.PASSWORD, "Cai", "Chen");
        catalog.registeredAt(mei, Date.from(Instant.now().minus(Duration.ofDays(400))));
        catalog.registeredAt(bo, Date.from(Instant.now().minus(Duration.ofDays(40))));
        catalog.registeredAt(cai, Date.from(Instant.now().minus(Duration.ofDays(3))));
        memberships.moveTier(store, mei, "GOLD", Actor.system(), "test");
        long order = Math.abs((long) store.hashCode()) * 100;
        paid(jdbc, store, ++order, mei, 5, "1000.00");
        paid(jdbc, store, ++order, mei, 2, "250.50");
        paid(jdbc, store, ++order, bo, 10, "99.99");
        paid(jdbc, store, ++order, bo, 40, "50.00");
        paid(jdbc, store, ++order, cai, 200, "40.00");
        while (!spans.refresh()) {
            Thread.sleep(50); // the scheduled refresh holds the lease
        }
        return new long[] { mei, bo, cai };
    }

    private static void paid(JdbcTemplate jdbc, String store, long orderId, long customer, int daysAgo,
            String total) {
        Instant placed = Instant.now().minus(Duration.ofDays(daysAgo));
        jdbc.update("insert into SALESMANAGER.SMM_SPEND_ORDER (STORE_CODE, ORDER_ID, CUSTOMER_ID, PLACED_AT, STATUS,"
                + " TOTAL, SHIPPING, TAX, CURRENCY, UPDATED_AT) values (?, ?, ?, ?, 'DELIVERED', ?, 0, 0, 'USD', ?)",
                store, orderId, customer, NativeRows.utc(placed), new BigDecimal(total), NativeRows.utc(placed));
    }

    private static GroupDraft tier(String code, int rank, String english, String traditional, boolean fallback) {
        GroupDraft tier = new GroupDraft();
        tier.setCode(code);
        tier.setKind(GroupKind.TIER);
        tier.setRank(rank);
        tier.setNameEn(english);
        tier.setNameZhTw(traditional);
        tier.setDefaultTier(fallback);
        return tier;
    }

    @Test
    void theMembersOfThePeriodBeforeLeadBackToThePeriodShown() throws Exception {
        String body = client.get(DASHBOARD + "?lang=en").body();
        Matcher shown = Pattern.compile("from=[0-9-]+&amp;to=[0-9-]+").matcher(link(body, "activity-ALL", "active",
                "current"));
        assertThat(shown.find()).isTrue();

        String before = client.get(link(body, "activity-ALL", "active", "previous").replace("&amp;", "&")
                + "&lang=en").body();

        assertThat(before).containsPattern("id=\"dashboard-back\" href=\"[^\"]*" + shown.group() + "\"");
    }

    @Test
    void aTierCodedUpKeepsItsNameOutsideTheMovesPanel() throws Exception {
        String store = "DASHUP";
        catalog.createStore(store, "USD");
        catalog.createAdmin(store, SegmentPagesIntegrationTests.owner(store), SegmentPagesIntegrationTests.PASSWORD);
        groups.create(store, tier("BASIC", 0, "Basic", "基本會員", true));
        groups.create(store, tier("UP", 10, "Uplands", "高地會員", false));
        long lan = catalog.createCustomer(store, "lan@dashup.test", SegmentPagesIntegrationTests.PASSWORD, "Lan", "Ho");
        memberships.moveTier(store, lan, "UP", Actor.system(), "test");
        paid(jdbc, store, 990_001, lan, 3, "12.00");
        while (!spans.refresh()) {
            Thread.sleep(50); // the scheduled refresh holds the lease
        }
        ShopClient owner = new ShopClient(server.getWebServer().getPort());
        owner.signInToPages(SegmentPagesIntegrationTests.owner(store), SegmentPagesIntegrationTests.PASSWORD);

        String body = owner.get(DASHBOARD + "?lang=en").body();

        assertThat(row(body, "activity-UP")).contains("Uplands").doesNotContain("Moved up");
        assertThat(row(body, "moves-UP")).contains("Moved up");
    }

    @Test
    void showsEachPanelsFiguresBesideThePeriodBefore() throws Exception {
        HttpResponse<String> page = client.get(DASHBOARD + "?lang=en");
        assertThat(page.body()).containsPattern("id=\"dashboard-orders-counted\">\\s*Active and sleeping members,"
                + " repurchases and sales count the orders recorded up to \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");

        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(current(body, "activity-GOLD", "active")).isEqualTo("1");
        assertThat(current(body, "activity-BASIC", "active")).isEqualTo("1");
        assertThat(current(body, "activity-ALL", "active")).isEqualTo("2");
        assertThat(previous(body, "activity-ALL", "active")).isEqualTo("1");
        assertThat(current(body, "activity-BASIC", "sleeping")).isEqualTo("1");
        assertThat(current(body, "members-ALL", "members")).isEqualTo("3");
        assertThat(previous(body, "members-ALL", "members")).isEqualTo("2");
        assertThat(current(body, "members-BASIC", "new")).isEqualTo("1");
        assertThat(current(body, "sales-ALL", "revenue")).isEqualTo("1,350.49");
        assertThat(previous(body, "sales-ALL", "revenue")).isEqualTo("50.00");
        assertThat(current(body, "sales-GOLD", "average-order")).isEqualTo("625.25");
        assertThat(cell(body, "sales-GOLD", "average-order", "previous")).contains("—").doesNotContain("<a ");
        assertThat(current(body, "repurchase-ALL", "rate-percent")).isEqualTo("50.0%");
        assertThat(current(body, "moves-UP", "members")).isEqualTo("1");
        assertThat(row(body, "sales-ALL")).contains("+1,300.49", "+2,601.0%");
        assertThat(row(body, "repurchase-ALL")).contains("All members");
        assertThat(body).contains("Revenue (USD)", "id=\"empty-coupons\"", "Moved up")
                .containsPattern("id=\"chart-sales-revenue\"")
                .containsPattern("<rect class=\"bar series-0\"[^>]*><title>This period, Gold: 1251</title>")
                .doesNotContain(">rate-percent<", ">ALL<", ">UP<", "Exception");
    }

    @Test
    void eachFigureLinksToExactlyItsMembers() throws Exception {
        String body = client.get(DASHBOARD + "?lang=en").body();

        assertThat(members(link(body, "activity-ALL", "active", "current"))).containsExactly(mei, bo);
        assertThat(members(link(body, "activity-GOLD", "active", "current"))).containsExactly(mei);
        assertThat(members(link(body, "activity-ALL", "active", "previous"))).containsExactly(bo);
        assertThat(members(link(body, "activity-BASIC", "sleeping", "current"))).containsExactly(cai);
        assertThat(members(link(body, "repurchase-ALL", "repurchasers", "current"))).containsExactly(mei);
        assertThat(members(link(body, "moves-BASIC>GOLD", "members", "current"))).containsExactly(mei);
        assertThat(members(link(body, "members-ALL", "members", "current"))).containsExactly(mei, bo, cai);
        assertThat(members(link(body, "members-ALL", "members", "previous"))).containsExactly(mei, bo);
        assertThat(members(link(body, "members-ALL", "new", "current"))).containsExactly(cai);
        assertThat(members(link(body, "members-ALL", "new", "previous"))).containsExactly(bo);
    }

    @Test
    void servesThePanelsAndTheMembersAsCsv() throws Exception {
        String body = client.get(DASHBOARD + "?lang=en").body();
        Matcher csvLink = Pattern.compile("id=\"csv-sales\" href=\"([^\"]+)\"").matcher(body);
        assertThat(csvLink.find()).isTrue();
        String active = link(body, "activity-ALL", "active", "current");

        HttpResponse<String> sales = client.get(csvLink.group(1).replace("&amp;", "&"));
        HttpResponse<String> buyers = client.get(active.replace(DASHBOARD + "/members?",
                DASHBOARD + "/members.csv?"));

        assertThat(sales.statusCode()).isEqualTo(200);
        assertThat(sales.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(sales.body()).contains("row,label,orders,orders_previous,revenue,revenue_previous",
                "GOLD,Gold,2,0,1250.50,0.00", "ALL,ALL,3,1,1350.49,50.00");
        assertThat(buyers.statusCode()).isEqualTo(200);
        assertThat(buyers.body().lines()).hasSize(3);
        assertThat(buyers.body()).contains("customer_id,nick,email,first_name,last_name", mei + ",",
                "bo@dashf.test").doesNotContain("cai@dashf.test");
    }

    @Test
    void namesEveryBrokenFieldOfThePeriodAtOnce() throws Exception {
        HttpResponse<String> page = client.get(DASHBOARD + "?preset=next-decade&from=soon&to=2026-13-01&lang=en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .containsPattern("id=\"preset\"[\\s\\S]{0,1500}Choose a period from the list.")
                .containsPattern("id=\"from\"[^>]*value=\"soon\"[\\s\\S]{0,200}Enter a date as YYYY-MM-DD.")
                .containsPattern("id=\"to\"[^>]*value=\"2026-13-01\"[\\s\\S]{0,200}Enter a date as YYYY-MM-DD.")
                .contains("id=\"panel-activity\"").doesNotContain("Exception");
    }

    @Test
    void aBrokenDrillDownIsNamedOnThePage() throws Exception {
        HttpResponse<String> page = client.get(DASHBOARD + "/members?figure=RICH&tier=PLATINUM&from=2026-02-30"
                + "&page=x&lang=en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Choose a figure of the dashboard.", "There is no tier PLATINUM.",
                "From: Enter a date as YYYY-MM-DD.", "Enter a valid value.")
                .doesNotContain("id=\"members-csv\"", "Exception");
    }

    @Test
    void isTheStartPageAndFirstInTheMenuInEachLanguage() throws Exception {
        HttpResponse<String> root = client.get("/membership/admin");
        String chinese = client.get(DASHBOARD + "?lang=zh_TW").body();

        assertThat(root.headers().firstValue("Location").orElse("")).endsWith(DASHBOARD);
        assertThat(chinese).containsPattern("<nav class=\"menu\">\\s*<a id=\"menu-dashboard\"[^>]*>儀表板</a>")
                .contains("全部會員", "金卡會員", "活躍", "回購率", "營收（USD）", "升級")
                .doesNotContain(">rate-percent<", ">ALL<", ">GOLD<");
    }

    /** The members a members page lists, in its order. */
    private List<Long> members(String link) throws Exception {
        String page = client.get(link.replace("&amp;", "&") + "&lang=en").body();
        List<Long> ids = new ArrayList<>();
        Matcher member = Pattern.compile("<tr id=\"member-(\\d+)\"").matcher(page);
        while (member.find()) {
            ids.add(Long.parseLong(member.group(1)));
        }
        assertThat(page).contains("id=\"figure-count\">" + ids.size() + " members<");
        return ids;
    }

    private static String current(String body, String rowId, String measure) {
        return cellText(body, rowId, measure, "current");
    }

    private static String previous(String body, String rowId, String measure) {
        return cellText(body, rowId, measure, "previous");
    }

    private static String cellText(String body, String rowId, String measure, String which) {
        return cell(body, rowId, measure, which).replaceAll("<[^>]+>", "").trim();
    }

    private static String link(String body, String rowId, String measure, String which) {
        Matcher link = LINK.matcher(cell(body, rowId, measure, which));
        assertThat(link.find()).as(rowId + " " + measure + " " + which + " links its members").isTrue();
        return link.group(1);
    }

    private static String cell(String body, String rowId, String measure, String which) {
        Matcher cell = Pattern.compile("<td class=\"number " + which + "\" data-measure=\"" + measure + "\">(.*?)</td>",
                Pattern.DOTALL).matcher(row(body, rowId));
        assertThat(cell.find()).as(rowId + " " + measure + " " + which).isTrue();
        return cell.group(1);
    }

    private static String row(String body, String rowId) {
        Matcher row = Pattern.compile("<tr id=\"" + Pattern.quote(rowId.replace(">", "&gt;")) + "\"[^>]*>(.*?)</tr>",
                Pattern.DOTALL).matcher(body);
        assertThat(row.find()).as(rowId).isTrue();
        return row.group(1);
    }
}
