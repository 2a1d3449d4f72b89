package io.smm.membership.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStreamReader;
import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.web.util.HtmlUtils;

import com.salesmanager.core.model.order.orderstatus.OrderStatus;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.checkout.OrderRefund;
import io.smm.membership.checkout.OrderRefundDraft;
import io.smm.membership.checkout.OrderRefundService;

/**
 * An order's refunds page over plain HTTP on the stand-in host: a refund recorded by amount or by lines, every
 * broken field named next to its field or row with nothing recorded, and the page in traditional Chinese. Each test
 * places an order of its own: three lines, 10.00 × 3, 4.50 × 2 and 2.00 × 1.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class OrderRefundPagesIntegrationTests {

    private static final Pattern FIELD_ERROR = Pattern.compile("class=\"field-error\"[^>]*>([^<]*)<");

    @Autowired
    WebServerApplicationContext server;

    @Autowired
    ApplicationContext context;

    @Autowired
    StandInCatalog catalog;

    @Autowired
    OrderRefundService refunds;

    private ShopClient client;
    private long order;
    private String page;
    private final String[] skus = new String[3];

    @BeforeEach
    void signInWithAnOrderOfThreeLines() throws Exception {
        String suffix = Long.toString(System.nanoTime());
        Map<String, Integer> quantities = new LinkedHashMap<>();
        String[] prices = { "10.00", "4.50", "2.00" };
        for (int i = 0; i < skus.length; i++) {
            skus[i] = "RF" + i + "-" + suffix;
            catalog.createProduct(NewProduct.sku(skus[i]).name("Refund tea " + i).price(prices[i]).quantity(50));
            quantities.put(skus[i], 3 - i);
        }
        long customer = catalog.createCustomer("refund" + suffix + "@example.com", "Secret123!", "Ada", "Refund");
        order = catalog.placeOrder(ShopClient.STORE, customer, quantities, new Date(), OrderStatus.ORDERED);
        page = "/membership/admin/orders/" + order + "/refunds";
        client = new ShopClient(server.getWebServer().getPort());
        client.signInToPages(ShopClient.ADMIN, ShopClient.ADMIN_PASSWORD);
    }

    @Test
    void recordsARefundByAmount() throws Exception {
        Map<String, String> form = form();
        form.put("amount", "5.50");
        form.put("reason", "Arrived late & cold");

        HttpResponse<String> recorded = client.postForm(page, form);

        assertThat(recorded.statusCode()).isEqualTo(302);
        assertThat(recorded.headers().firstValue("Location").orElse("")).endsWith(page);
        OrderRefund refund = refunds.of(ShopClient.STORE, order).get(0);
        assertThat(refund.getAmount()).isEqualByComparingTo("5.50");
        assertThat(refund.getSource()).isEqualTo(OrderRefund.Source.OWNER);
        assertThat(refund.getRecordedBy()).isEqualTo(ShopClient.ADMIN);
        assertThat(refund.getLines()).isEmpty();
        String shown = client.get(page).body();
        assertThat(shown).contains(message("membership.admin.order-refunds.recorded", "5.50", refund.getCurrency(),
                Long.toString(order)));
        assertThat(row(shown, "refund-" + refund.getId())).contains(">5.50 " + refund.getCurrency() + "<",
                ">" + message("membership.admin.order-refunds.source.OWNER") + "<", ">" + ShopClient.ADMIN + "<",
                ">Arrived late &amp; cold<");
        assertThat(client.postForm(page, form).statusCode()).as("the same form again").isEqualTo(302);
        assertThat(refunds.of(ShopClient.STORE, order)).hasSize(1);
    }

    @Test
    void recordsARefundByLinesLeavingEmptyRowsOut() throws Exception {
        Map<String, String> form = form();
        form.put("lines[0].quantity", "");
        form.put("lines[1].quantity", "1");
        form.put("lines[2].quantity", "1");

        HttpResponse<String> recorded = client.postForm(page, form);

        assertThat(recorded.statusCode()).isEqualTo(302);
        OrderRefund refund = refunds.of(ShopClient.STORE, order).get(0);
        assertThat(refund.getAmount()).isEqualByComparingTo("6.50");
        assertThat(refund.getLines()).extracting(OrderRefund.Line::getSku, OrderRefund.Line::getQuantity)
                .containsExactly(tuple(skus[1], 1),
                        tuple(skus[2], 1));
        assertThat(row(client.get(page).body(), "refund-" + refund.getId())).contains(">6.50 ",
                ">" + skus[1] + " × 1<", ">" + skus[2] + " × 1<");
    }

    @Test
    void namesEveryBrokenFieldAtItsFieldOrRowAndRecordsNothing() throws Exception {
        String longReason = "x".repeat(501);
        Map<String, String> byAmount = form();
        byAmount.put("amount", "0");
        byAmount.put("reason", longReason);
        Map<String, String> byLines = form();
        byLines.put("lines[0].quantity", "");
        byLines.put("lines[1].quantity", "two");
        byLines.put("lines[2].quantity", "5");

        HttpResponse<String> amountRefused = client.postForm(page, byAmount);
        HttpResponse<String> linesRefused = client.postForm(page, byLines);

        assertThat(amountRefused.statusCode()).isEqualTo(200);
        assertThat(errors(amountRefused.body())).containsExactly(message("membership.refund.amount.positive"),
                message("membership.text.too-long", "500"));
        assertThat(amountRefused.body()).contains("inputmode=\"decimal\" id=\"amount\" name=\"amount\" value=\"0\"",
                "value=\"" + longReason + "\"");
        assertThat(linesRefused.statusCode()).isEqualTo(200);
        assertThat(errors(row(linesRefused.body(), "line-0"))).isEmpty();
        assertThat(errors(row(linesRefused.body(), "line-1")))
                .containsExactly(message("membership.admin.form.type-mismatch"));
        assertThat(errors(row(linesRefused.body(), "line-2")))
                .containsExactly(message("membership.refund.line.quantity", "1"));
        assertThat(errors(linesRefused.body())).hasSize(2);
        assertThat(row(linesRefused.body(), "line-1")).contains("value=\"two\"");
        assertThat(row(linesRefused.body(), "line-2")).contains("value=\"5\"");
        assertThat(refunds.of(ShopClient.STORE, order)).isEmpty();
    }

    @Test
    void linksThePricesPageAndAnswersAnUnknownOrderWithTheNotFoundPage() throws Exception {
        String prices = client.get("/membership/admin/orders/" + order + "/prices").body();

        assertThat(prices).contains("href=\"" + page + "\"");
        assertThat(client.get(page).body()).contains("href=\"/membership/admin/orders/" + order + "/prices\"");
        HttpResponse<String> unknown = client.get("/membership/admin/orders/999999999/refunds");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains(message("membership.order.not-found", "999999999"));
    }

    @Test
    void showsNoEnglishLabelInTraditionalChinese() throws Exception {
        OrderRefundDraft draft = new OrderRefundDraft();
        OrderRefundDraft.LineDraft line = new OrderRefundDraft.LineDraft();
        line.setSku(skus[0]);
        line.setQuantity(1);
        draft.setLines(List.of(line));
        draft.setReason("破損");
        refunds.ownerRefunded(ShopClient.STORE, order, draft, ShopClient.ADMIN);

        String shown = visibleText(client.get(page + "?lang=zh_TW").body());

        assertThat(shown).contains(context.getMessage("membership.admin.order-refunds.title",
                new Object[] { Long.toString(order) }, Locale.TRADITIONAL_CHINESE));
        Properties english = new Properties();
        try (Reader file = new InputStreamReader(getClass().getResourceAsStream("/membership/i18n/admin.properties"),
                StandardCharsets.UTF_8)) {
            english.load(file);
        }
        for (String key : english.stringPropertyNames()) {
            String text = english.getProperty(key);
            if (key.startsWith("membership.admin.order-refunds.") && !text.contains("{")
                    && text.matches(".*[A-Za-z].*")) {
                assertThat(shown).as(key).doesNotContainPattern("\\b" + Pattern.quote(text) + "\\b");
            }
        }
    }

    /** The page's form fields with nothing typed, and its CSRF token. */
    private Map<String, String> form() throws Exception {
        String shown = client.get(page).body();
        Matcher key = Pattern.compile("name=\"key\" value=\"([^\"]+)\"").matcher(shown);
        assertThat(key.find()).isTrue();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", client.csrfToken(page));
        form.put("key", key.group(1));
        form.put("amount", "");
        form.put("reason", "");
        return form;
    }

    /** The table row of this id. */
    private static String row(String body, String id) {
        int start = body.indexOf("id=\"" + id + "\"");
        assertThat(start).as("row " + id).isNotNegative();
        return body.substring(start, body.indexOf("</tr>", start));
    }

    private static List<String> errors(String html) {
        return FIELD_ERROR.matcher(html).results().map(error -> HtmlUtils.htmlUnescape(error.group(1).trim()))
                .collect(Collectors.toList());
    }

    private static String visibleText(String html) {
        return HtmlUtils.htmlUnescape(html.replaceAll("(?s)<head>.*</head>", "").replaceAll("(?s)<[^>]*>", " "));
    }

    private String message(String key, Object... args) {
        return context.getMessage(key, args, Locale.ENGLISH);
    }
}
