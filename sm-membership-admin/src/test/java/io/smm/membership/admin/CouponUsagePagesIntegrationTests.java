package io.smm.membership.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.coupons.Coupon;
import io.smm.membership.coupons.CouponDraft;
import io.smm.membership.coupons.CouponRedemption;
import io.smm.membership.coupons.CouponUseLedger;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.coupons.CouponShopper;
import io.smm.membership.coupons.CouponTerms;
import io.smm.membership.coupons.CouponUsage;

/**
 * A coupon's usage page over plain HTTP on the stand-in host: a customer's use and a guest's use given back, both
 * made today, shown in totals, the table of uses, the per-day chart and its table, and the CSV file.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class CouponUsagePagesIntegrationTests {

    private static final String COUPONS = "/membership/admin/coupons";

    @Autowired
    WebServerApplicationContext server;

    @Autowired
    CouponService coupons;

    @Autowired
    CouponUseLedger redemptions;

    @Autowired
    CouponUsage usage;

    @Autowired
    StandInCatalog catalog;

    @Autowired
    @Qualifier("transactionManager")
    PlatformTransactionManager transactionManager;

    private ShopClient client;
    private Coupon coupon;
    private String code;
    private long order;
    private String guestEmail;

    @BeforeEach
    void aCustomersUseAndAGuestsUseGivenBack() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        code = "USE" + tag;
        CouponDraft draft = new CouponDraft();
        draft.setCode(code);
        draft.setName("Usage " + tag);
        draft.setKind(CouponTerms.Kind.PERCENT);
        draft.setValue(BigDecimal.TEN);
        coupon = coupons.create(ShopClient.STORE, draft);
        long customer = catalog.createCustomer("ada." + tag.toLowerCase() + "@example.com", "Secret123!", "Ada",
                "Usage");
        guestEmail = "guest." + tag.toLowerCase() + "@example.com";
        order = 7_000_000_000L + System.nanoTime() % 1_000_000 * 10;
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            redemptions.redeem(coupon, order, CouponShopper.customer(customer, Set.of()), new BigDecimal("3"), "USD");
            redemptions.redeem(coupon, order + 1, CouponShopper.guest(guestEmail, Set.of()), new BigDecimal("1.5"),
                    "USD");
            redemptions.giveBack(ShopClient.STORE, order + 1, CouponRedemption.GivenBackFor.CANCELED);
        });
        client = new ShopClient(server.getWebServer().getPort());
        client.signInToPages(ShopClient.ADMIN, ShopClient.ADMIN_PASSWORD);
    }

    @Test
    void showsTotalsUsesTheDailyChartAndItsNumbers() throws Exception {
        HttpResponse<String> page = client.get(usagePath() + "?days=90");

        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("Usage of " + code, "Redemptions per day",
                "<option value=\"90\" selected=\"selected\">Last 90 days</option>", "Guest: " + guestEmail)
                .containsPattern("id=\"usage-csv\"[^>]*href=\"[^\"]*" + usagePath() + ".csv\"")
                .containsPattern("<svg[^>]*class=\"bar-chart\"")
                .containsPattern("<title>Redemptions, " + today() + ": 2</title>");
        assertThat(text(body, "dd", "usage-counted")).isEqualTo("1");
        assertThat(text(body, "dd", "usage-given-back")).isEqualTo("1");
        assertThat(text(body, "dd", "usage-discount-USD")).isEqualTo("3.00");
        assertThat(text(body, "dd", "usage-discount-back-USD")).isEqualTo("1.50");
        assertThat(row(body, "use-" + order)).contains("Ada Usage", "3.00 USD").doesNotContain("Canceled");
        assertThat(row(body, "use-" + (order + 1))).contains("1.50 USD", "Canceled ");
        assertThat(table(body, "usage-daily-table").split("<tr").length).isEqualTo(1 + 90 + 1);
        assertThat(row(body, "day-" + today())).contains(">2</td>");
        assertThat(row(body, "day-" + LocalDate.parse(today()).minusDays(1))).contains(">0</td>");
    }

    @Test
    void showsThirtyDaysForAPeriodItDoesNotOffer() throws Exception {
        String body = client.get(usagePath() + "?days=7").body();

        assertThat(body).contains("<option value=\"30\" selected=\"selected\">Last 30 days</option>");
        assertThat(table(body, "usage-daily-table").split("<tr").length).isEqualTo(1 + 30 + 1);
    }

    @Test
    void speaksTraditionalChinese() throws Exception {
        HttpResponse<String> page = client.get(usagePath() + "?lang=zh_TW");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(code + " 的使用情形", "每日使用次數", "有效使用次數", "訪客：" + guestEmail,
                "已取消 ", "下載 CSV", "<option value=\"30\" selected=\"selected\">最近 30 天</option>")
                .containsPattern("<title>使用次數，" + today() + "：2</title>");
    }

    @Test
    void downloadsEveryUseAsCsv() throws Exception {
        HttpResponse<String> csv = client.get(usagePath() + ".csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        List<String> lines = csv.body().lines().collect(Collectors.toList());
        assertThat(lines).hasSize(1 + 2);
        assertThat(lines.get(0)).startsWith("\uFEFForder_id,customer_id,customer_name,email");
        assertThat(lines.get(1)).startsWith((order + 1) + ",,," + guestEmail + ",true,1.50,USD,")
                .endsWith(",CANCELED");
        assertThat(lines.get(2)).contains(order + ",", ",Ada Usage,", ",3.00,USD,");
    }

    @Test
    void isLinkedFromTheCouponListAndItsForm() throws Exception {
        String list = client.get(COUPONS + "?q=" + code).body();
        String form = client.get(COUPONS + "/" + coupon.getId()).body();

        assertThat(list).containsPattern("id=\"coupon-usage-" + coupon.getId() + "\" href=\"[^\"]*" + usagePath()
                + "\"");
        assertThat(form).containsPattern("id=\"coupon-usage-link\" href=\"[^\"]*" + usagePath() + "\"");
    }

    @Test
    void answers404ForACouponTheStoreDoesNotHave() throws Exception {
        assertThat(client.get(COUPONS + "/987654321/usage").statusCode()).isEqualTo(404);
    }

    private String usagePath() {
        return COUPONS + "/" + coupon.getId() + "/usage";
    }

    private String today() {
        return LocalDate.now(usage.zone()).toString();
    }

    private static String text(String body, String tag, String id) {
        Matcher element = Pattern.compile("<" + tag + " id=\"" + id + "\">([^<]*)</" + tag + ">").matcher(body);
        assertThat(element.find()).as(id).isTrue();
        return element.group(1);
    }

    private static String row(String body, String rowId) {
        Matcher row = Pattern.compile("<tr id=\"" + rowId + "\">(.*?)</tr>", Pattern.DOTALL).matcher(body);
        assertThat(row.find()).as(rowId).isTrue();
        return row.group(1);
    }

    private static String table(String body, String tableId) {
        Matcher table = Pattern.compile("<table[^>]*id=\"" + tableId + "\".*?</table>", Pattern.DOTALL).matcher(body);
        assertThat(table.find()).as(tableId).isTrue();
        return table.group();
    }
}
