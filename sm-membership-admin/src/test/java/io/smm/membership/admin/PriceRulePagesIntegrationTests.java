package io.smm.membership.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.admin.web.AdminTime;
import io.smm.membership.groups.GroupDraft;
import io.smm.membership.groups.GroupKind;
import io.smm.membership.groups.GroupService;
import io.smm.membership.pricing.Adjustment;
import io.smm.membership.pricing.CatalogDirectory;
import io.smm.membership.pricing.GroupPricingService;
import io.smm.membership.pricing.OrderLinePriceService;
import io.smm.membership.pricing.PriceQuote;
import io.smm.membership.pricing.PriceRule;
import io.smm.membership.pricing.PricedLine;
import io.smm.membership.pricing.ShopperGroups;
import io.smm.membership.pricing.PriceRuleDraft;
import io.smm.membership.pricing.PriceRuleService;
import io.smm.membership.pricing.RuleTarget;

/**
 * The price pages over plain HTTP on the stand-in host: rules through their form, filters and CSV file, the
 * simulator, an order's kept prices and a product's prices by group. Each test starts from a store without rules.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class PriceRulePagesIntegrationTests {

    private static final String RULES = "/membership/admin/price-rules";
    private static final String GROUP = "PRPAGE";

    @Autowired
    WebServerApplicationContext server;

    @Autowired
    PriceRuleService rules;

    @Autowired
    GroupService groups;

    @Autowired
    StandInCatalog catalog;

    @Autowired
    AdminTime time;

    @Autowired
    GroupPricingService pricing;

    @Autowired
    CatalogDirectory directory;

    @Autowired
    OrderLinePriceService orderLines;

    @Autowired
    PlatformTransactionManager transactions;

    private ShopClient client;
    private long productId;

    @BeforeEach
    void signInWithoutRules() throws Exception {
        for (PriceRule rule : rules.list(ShopClient.STORE)) {
            rules.delete(ShopClient.STORE, rule.getId());
        }
        if (groups.findByCode(ShopClient.STORE, GROUP).isEmpty()) {
            GroupDraft group = new GroupDraft();
            group.setCode(GROUP);
            group.setKind(GroupKind.MANUAL);
            group.setNameEn("Page group");
            groups.create(ShopClient.STORE, group);
        }
        productId = catalog.createProduct(NewProduct.sku("PP-" + System.nanoTime()).name("Page product").price("10.00").quantity(50));
        client = new ShopClient(server.getWebServer().getPort());
        client.signInToPages(ShopClient.ADMIN, ShopClient.ADMIN_PASSWORD);
    }

    @Test
    void createsEditsAndDeletesARule() throws Exception {
        Map<String, String> form = form("冬季會員價 & more", "PERCENT_OFF", "15");

        HttpResponse<String> created = client.postForm(RULES + "/new", form);

        assertThat(created.statusCode()).isEqualTo(302);
        PriceRule rule = rules.list(ShopClient.STORE).get(0);
        assertThat(rule.getName()).isEqualTo("冬季會員價 & more");
        assertThat(rule.getStartsAt()).isEqualTo(LocalDateTime.parse("2026-12-25T02:00").atZone(time.zone()).toInstant());
        String list = client.get(RULES).body();
        assertThat(list).contains("冬季會員價 &amp; more", "/membership/admin/products/" + productId + "/prices",
                "15 % off");

        form.put("value", "20");
        assertThat(client.postForm(RULES + "/" + rule.getId(), form).statusCode()).isEqualTo(302);
        assertThat(rules.get(ShopClient.STORE, rule.getId()).getAdjustmentValue()).isEqualByComparingTo("20");
        assertThat(client.get(RULES + "/" + rule.getId()).body()).contains("value=\"2026-12-25T02:00\"");

        form.clear();
        form.put("_csrf", client.csrfToken(RULES));
        assertThat(client.postForm(RULES + "/" + rule.getId() + "/delete", form).statusCode()).isEqualTo(302);
        assertThat(rules.list(ShopClient.STORE)).isEmpty();
    }

    @Test
    void showsViolationsNextToTheirFieldsAndSavesNothing() throws Exception {
        Map<String, String> form = form("Too much", "PERCENT_OFF", "150");
        form.put("endsAtLocal", "2026-12-01T00:00");

        HttpResponse<String> page = client.postForm(RULES + "/new", form);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsPattern("id=\"value\"[^>]*value=\"150\"[\\s\\S]{0,300}A percent off is from 0 to 100.")
                .containsPattern("id=\"endsAtLocal\"[^>]*value=\"2026-12-01T00:00\"[\\s\\S]{0,400}The end must come after the start.")
                .contains("value=\"Too much\"");
        assertThat(rules.list(ShopClient.STORE)).isEmpty();
    }

    @Test
    void filtersByGroupTargetAndActiveNow() throws Exception {
        rules.create(ShopClient.STORE, draft("Store wide", RuleTarget.STORE, null, true));
        PriceRuleDraft ended = draft("Ended", RuleTarget.PRODUCT, productId, false);
        ended.setEndsAt(Instant.parse("2020-01-01T00:00:00Z"));
        rules.create(ShopClient.STORE, ended);

        String byGroup = client.get(RULES + "?group=" + GROUP).body();
        String byTarget = client.get(RULES + "?target=PRODUCT").body();
        String active = client.get(RULES + "?active=true").body();

        assertThat(byGroup).contains("Ended").doesNotContain("Store wide");
        assertThat(byTarget).contains("Ended").doesNotContain("Store wide");
        assertThat(active).contains("Store wide").doesNotContain("Ended");
    }

    @Test
    void exportsAFileThatImportsTheSameRulesIntoAnEmptyStore() throws Exception {
        PriceRuleDraft chinese = draft("會員價，冬季", RuleTarget.PRODUCT, productId, false);
        chinese.setStartsAt(Instant.parse("2026-12-24T10:00:00Z"));
        rules.create(ShopClient.STORE, chinese);
        rules.create(ShopClient.STORE, draft("Everyone, everywhere", RuleTarget.STORE, null, true));
        List<String> before = described();

        HttpResponse<byte[]> export = client.getBytes(RULES + ".csv");

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(export.body()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(export.body(), StandardCharsets.UTF_8)).contains("會員價，冬季,PRPAGE,PRODUCT",
                "name,groups,target,target_id", LocalDateTime.ofInstant(chinese.getStartsAt(), time.zone()).toString(),
                "\"Everyone, everywhere\",*,STORE");
        for (PriceRule rule : rules.list(ShopClient.STORE)) {
            rules.delete(ShopClient.STORE, rule.getId());
        }
        HttpResponse<String> imported = client.postFile(RULES + "/import?_csrf=" + client.csrfToken(RULES), "file",
                "rules.csv", export.body());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(302);
        assertThat(described()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void importsNothingWhenOneRowIsWrong() throws Exception {
        String file = "\uFEFFname,groups,target,target_id,adjustment,value,min_quantity,starts_at,ends_at,priority,"
                + "exclusive\nGood,PRPAGE,STORE,,PERCENT_OFF,10,,,,,false\nBad,PRPAGE,STORE,,PERCENT_OFF,150,,,,,false\n"
                + "Unknown group,NOPE,STORE,,AMOUNT_OFF,1,,,,,false\n";

        HttpResponse<String> page = client.postFile(RULES + "/import?_csrf=" + client.csrfToken(RULES), "file",
                "rules.csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Nothing was imported", "Row 3: value: A percent off is from 0 to 100.",
                "Row 4: groups: No group NOPE in this store.");
        assertThat(rules.list(ShopClient.STORE)).isEmpty();
    }

    @Test
    void namesEveryBadRowAndCellByTheFilesColumnsAndImportsNothing() throws Exception {
        String file = "name,groups,target,target_id,adjustment,value,min_quantity,starts_at,ends_at,priority,"
                + "exclusive\nGood,PRPAGE,STORE,,PERCENT_OFF,10,,,,,false\n"
                + "Bad,NOPE,STORE,,PERCENT_OFF,150,,,tomorrow,,false\n"
                + "Worse,PRPAGE,PRODUCT,999999,PERCENT_OFF,ten,,,,,maybe\n"
                + "Short,PRPAGE\n";

        HttpResponse<String> page = client.postFile(RULES + "/import?_csrf=" + client.csrfToken(RULES), "file",
                "rules.csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Nothing was imported", "Row 3: groups: No group NOPE in this store.",
                "Row 3: value: A percent off is from 0 to 100.",
                "Row 3: ends_at: Not a date and time such as 2026-12-24T18:00: tomorrow",
                "Row 4: target_id: No product or category 999999 in this store.", "Row 4: value: Not a number: ten",
                "Row 4: exclusive: Must be true or false: maybe", "Row 5: rule: The first row must name the columns")
                .doesNotContain("Row 2:", "endsAt", "Row 4: target_id: The");
        assertThat(rules.list(ShopClient.STORE)).isEmpty();
    }

    @Test
    void showsAnUnreadableValueWithEveryOtherErrorOfTheForm() throws Exception {
        Map<String, String> form = form("", "PERCENT_OFF", "150");
        form.put("minQuantity", "some");
        form.put("endsAtLocal", "soon");
        form.put("targetId", "999999");

        HttpResponse<String> page = client.postForm(RULES + "/new", form);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Give the rule a name.", "A percent off is from 0 to 100.",
                "No product or category 999999 in this store.")
                .containsPattern("id=\"minQuantity\"[^>]*>[\\s\\S]{0,300}Enter a valid value.")
                .containsPattern("<input type=\"text\"[^>]*id=\"minQuantity\"[^>]*value=\"some\"")
                .containsPattern("id=\"endsAtLocal\"[^>]*value=\"soon\"[\\s\\S]{0,400}Enter a valid value.");
        assertThat(rules.list(ShopClient.STORE)).isEmpty();
    }

    @Test
    void simulatesAGroupAndExplainsEveryRule() throws Exception {
        rules.create(ShopClient.STORE, draft("Page fifteen", RuleTarget.PRODUCT, productId, false));
        PriceRuleDraft bulk = draft("Page bulk", RuleTarget.PRODUCT, productId, false);
        bulk.setMinQuantity(10);
        rules.create(ShopClient.STORE, bulk);

        String page = client.get("/membership/admin/price-simulator?group=" + GROUP + "&product=" + productId
                + "&quantity=2").body();
        String unknown = client.get("/membership/admin/price-simulator?customer=nobody@example.com&product="
                + productId).body();

        assertThat(page).containsPattern("id=\"final-price\">8.50<").contains("Sets the price: 8.5.",
                "Needs at least 10 units.");
        assertThat(unknown).contains("No customer nobody@example.com in this store.")
                .doesNotContain("id=\"final-price\"");
    }

    @Test
    void showsAProductPricesForGuestsAndEveryGroup() throws Exception {
        rules.create(ShopClient.STORE, draft("Page fifteen", RuleTarget.PRODUCT, productId, false));
        PriceRuleDraft bulk = draft("Page bulk", RuleTarget.PRODUCT, productId, false);
        bulk.setMinQuantity(10);
        bulk.setValue(new BigDecimal("30"));
        rules.create(ShopClient.STORE, bulk);

        String page = client.get("/membership/admin/products/" + productId + "/prices").body();

        assertThat(page).containsPattern("id=\"prices-guests\"[\\s\\S]*?>10.00<")
                .containsPattern("id=\"prices-" + GROUP + "\"[\\s\\S]*?>8.50<[\\s\\S]*?from 10: 7.00");
    }

    @Test
    void showsWhatAnOrderWasCharged() throws Exception {
        rules.create(ShopClient.STORE, draft("Page fifteen", RuleTarget.PRODUCT, productId, false));
        ShopperGroups member = new ShopperGroups(true, Set.of(groups.getByCode(ShopClient.STORE, GROUP).getId()));
        PriceQuote quote = new TransactionTemplate(transactions).execute(status -> pricing.quote(member,
                directory.productFacts(ShopClient.STORE, productId).orElseThrow(), 2));
        long orderId = 700000 + System.nanoTime() % 100000;
        orderLines.record(ShopClient.STORE, orderId, member, List.of(new PricedLine(productId, 2, quote)));

        HttpResponse<String> lookup = client.get("/membership/admin/orders?orderId=" + orderId);
        String page = client.get("/membership/admin/orders/" + orderId + "/prices").body();

        assertThat(lookup.headers().firstValue("Location").orElse(""))
                .endsWith("/membership/admin/orders/" + orderId + "/prices");
        assertThat(page).containsPattern(">10<[\\s\\S]*>8.5<[\\s\\S]*>Page fifteen \\(rule \\d+\\)<[\\s\\S]*>" + GROUP + "<");
        assertThat(client.get("/membership/admin/orders/999999999/prices").statusCode()).isEqualTo(404);
    }

    private List<String> described() {
        return rules.list(ShopClient.STORE).stream()
                .map(rule -> String.join("|", rule.getName(), String.valueOf(rule.isAllMembers()),
                        String.valueOf(rule.getGroupIds()), String.valueOf(rule.getTarget()),
                        String.valueOf(rule.getTargetId()), String.valueOf(rule.getAdjustment()),
                        rule.getAdjustmentValue().stripTrailingZeros().toPlainString(),
                        String.valueOf(rule.getMinQuantity()), String.valueOf(rule.getStartsAt()),
                        String.valueOf(rule.getEndsAt()), String.valueOf(rule.getPriority()),
                        String.valueOf(rule.isExclusive())))
                .collect(Collectors.toList());
    }

    private Map<String, String> form(String name, String adjustment, String value) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("groups", GROUP);
        form.put("target", "PRODUCT");
        form.put("targetId", String.valueOf(productId));
        form.put("adjustment", adjustment);
        form.put("value", value);
        form.put("startsAtLocal", "2026-12-25T02:00");
        form.put("priority", "3");
        form.put("_csrf", client.csrfToken(RULES + "/new"));
        return form;
    }

    private PriceRuleDraft draft(String name, RuleTarget target, Long targetId, boolean allMembers) {
        PriceRuleDraft draft = new PriceRuleDraft();
        draft.setName(name);
        draft.setAllMembers(allMembers);
        draft.setGroups(allMembers ? List.of() : List.of(GROUP));
        draft.setTarget(target);
        draft.setTargetId(targetId);
        draft.setAdjustment(Adjustment.Kind.PERCENT_OFF);
        draft.setValue(new BigDecimal("15"));
        return draft;
    }
}
