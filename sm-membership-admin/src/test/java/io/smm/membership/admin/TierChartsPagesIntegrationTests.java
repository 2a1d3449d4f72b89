package io.smm.membership.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.context.WebServerApplicationContext;

import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.groups.Actor;
import io.smm.membership.groups.GroupDraft;
import io.smm.membership.groups.GroupKind;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MembershipService;
import io.smm.membership.settings.MembershipProperties;

/**
 * The tier charts page over plain HTTP on the stand-in host, read through its data tables: the store is shared
 * with the other page tests, so only this test's tier has known numbers.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class TierChartsPagesIntegrationTests {

    private static final String CHARTS = "/membership/admin/tiers/charts";
    private static final String TIER = "TPCHART";

    @Autowired
    WebServerApplicationContext server;

    @Autowired
    GroupService groups;

    @Autowired
    MembershipService memberships;

    @Autowired
    StandInCatalog catalog;

    @Autowired
    MembershipProperties properties;

    private ShopClient client;

    @BeforeEach
    void twoCustomersMovedUpThisMonth() throws Exception {
        if (groups.defaultTier(ShopClient.STORE).isEmpty()) {
            GroupDraft basic = tier("BASIC", 0, "Basic", "基本會員");
            basic.setNameZhCn("基本会员");
            basic.setDefaultTier(true);
            groups.create(ShopClient.STORE, basic);
        }
        if (groups.findByCode(ShopClient.STORE, TIER).isEmpty()) {
            groups.create(ShopClient.STORE, tier(TIER, 77, "Chart tier", "圖表等級"));
            for (int i = 0; i < 2; i++) {
                long customer = catalog.createCustomer("charted." + i + "." + System.nanoTime() + "@example.com",
                        "Secret123!", "Chart", "Customer " + i);
                memberships.moveTier(ShopClient.STORE, customer, TIER, Actor.owner(ShopClient.ADMIN), null);
            }
        }
        client = new ShopClient(server.getWebServer().getPort());
        client.signInToPages(ShopClient.ADMIN, ShopClient.ADMIN_PASSWORD);
    }

    @Test
    void showsBothChartsAndTheirNumbersForTheMonthsChosen() throws Exception {
        HttpResponse<String> page = client.get(CHARTS + "?months=6");

        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("Members per tier at the end of each month", "Tier moves per month",
                "it holds everyone else", "<option value=\"6\" selected=\"selected\">Last 6 months</option>")
                .containsPattern("<svg[^>]*class=\"bar-chart\"")
                .containsPattern("<rect class=\"bar series-\\d\"[^>]*><title>Chart tier, " + month(0) + ": 2</title>")
                .doesNotContain("No tier moves yet");
        assertThat(table(body, "tier-members-table").split("<tr").length).isEqualTo(1 + 6 + 1);
        assertThat(cell(body, "members-" + month(0), "data-tier=\"" + TIER + "\"")).isEqualTo(2);
        assertThat(cell(body, "members-" + month(1), "data-tier=\"" + TIER + "\"")).isZero();
        assertThat(cell(body, "moves-" + month(0), "class=\"number up\"")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void speaksTraditionalChinese() throws Exception {
        HttpResponse<String> page = client.get(CHARTS + "?lang=zh_TW");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("每月月底各等級會員數", "每月等級異動", "圖表等級", "升級", "降級",
                "<option value=\"12\" selected=\"selected\">最近 12 個月</option>")
                .containsPattern("<title>圖表等級，" + month(0) + "：2</title>");
        assertThat(table(page.body(), "tier-members-table").split("<tr").length).isEqualTo(1 + 12 + 1);
    }

    @Test
    void isLinkedFromTheTiersPageAndTheMenu() throws Exception {
        String tiersPage = client.get("/membership/admin/tiers").body();

        assertThat(tiersPage).containsPattern("id=\"tier-charts-link\" href=\"[^\"]*/membership/admin/tiers/charts\"")
                .containsPattern("id=\"menu-tier-charts\" href=\"[^\"]*/membership/admin/tiers/charts\"");
    }

    private String month(int monthsAgo) {
        ZoneId zone = properties.storeTimeZone();
        return YearMonth.now(zone).minusMonths(monthsAgo).toString();
    }

    /** The whole table with this id. */
    private static String table(String body, String tableId) {
        Matcher table = Pattern.compile("<table[^>]*id=\"" + tableId + "\".*?</table>", Pattern.DOTALL).matcher(body);
        assertThat(table.find()).as(tableId).isTrue();
        return table.group();
    }

    /** The number in the cell marked {@code marker} of the table row with this id. */
    private static long cell(String body, String rowId, String marker) {
        Matcher row = Pattern.compile("<tr id=\"" + rowId + "\">(.*?)</tr>", Pattern.DOTALL).matcher(body);
        assertThat(row.find()).as(rowId).isTrue();
        Matcher cell = Pattern.compile("<td [^>]*" + Pattern.quote(marker) + "[^>]*>(\\d+)</td>").matcher(row.group(1));
        assertThat(cell.find()).as(rowId + " " + marker).isTrue();
        return Long.parseLong(cell.group(1));
    }

    private static GroupDraft tier(String code, int rank, String english, String traditional) {
        GroupDraft tier = new GroupDraft();
        tier.setCode(code);
        tier.setKind(GroupKind.TIER);
        tier.setRank(rank);
        tier.setNameEn(english);
        tier.setNameZhTw(traditional);
        return tier;
    }
}
