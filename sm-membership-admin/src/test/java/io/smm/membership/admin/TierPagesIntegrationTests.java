package io.smm.membership.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.context.WebServerApplicationContext;

import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.groups.GroupDraft;
import io.smm.membership.groups.GroupKind;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MemberQueries;
import io.smm.membership.tiers.TierRule;
import io.smm.membership.tiers.TierRuleDraft;
import io.smm.membership.tiers.TierJob;
import io.smm.membership.tiers.TierJobState;
import io.smm.membership.tiers.TierService;
import io.smm.membership.tiers.TierSettings;
import io.smm.membership.tiers.TierSettingsDraft;

/**
 * The tiers page and the member page's pin over plain HTTP on the stand-in host. Each test starts, and ends, with
 * the store's tiers off and no rules, since the other page tests share the store.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class TierPagesIntegrationTests {

    private static final String TIERS = "/membership/admin/tiers";
    private static final List<String> LADDER = List.of("TPLOW", "TPMID", "TPTOP");

    @Autowired
    WebServerApplicationContext server;

    @Autowired
    TierService tiers;

    @Autowired
    TierJob job;

    @Autowired
    GroupService groups;

    @Autowired
    MemberQueries members;

    @Autowired
    StandInCatalog catalog;

    private ShopClient client;

    @BeforeEach
    void signInWithTiersOff() throws Exception {
        for (int i = 0; i < LADDER.size(); i++) {
            if (groups.findByCode(ShopClient.STORE, LADDER.get(i)).isEmpty()) {
                GroupDraft tier = new GroupDraft();
                tier.setCode(LADDER.get(i));
                tier.setKind(GroupKind.TIER);
                tier.setRank(61 + i);
                tier.setNameEn("Page tier " + i);
                tier.setNameZhTw("頁面等級 " + i);
                groups.create(ShopClient.STORE, tier);
            }
        }
        tiersOff();
        client = new ShopClient(server.getWebServer().getPort());
        client.signInToPages(ShopClient.ADMIN, ShopClient.ADMIN_PASSWORD);
    }

    @AfterEach
    void tiersOff() {
        TierSettingsDraft off = new TierSettingsDraft();
        off.setGraceDays(30);
        tiers.save(ShopClient.STORE, off, List.of());
    }

    @Test
    void savesTheLadderAndShowsItAgain() throws Exception {
        Map<String, String> form = form("2000", "1500");

        HttpResponse<String> saved = client.postForm(TIERS, form);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        TierSettings settings = tiers.settings(ShopClient.STORE);
        assertThat(settings.isEnabled()).isTrue();
        assertThat(settings.getWindowDays()).isEqualTo(365);
        assertThat(settings.getGraceDays()).isEqualTo(14);
        assertThat(settings.isCountShipping()).isTrue();
        assertThat(settings.getCountedStatuses()).containsExactlyInAnyOrder("ORDERED", "DELIVERED");
        assertThat(rules()).containsOnlyKeys(groupId("TPLOW"), groupId("TPTOP"));
        TierRule top = rules().get(groupId("TPTOP"));
        assertThat(top.getUpgradeAt()).isEqualByComparingTo("2000");
        assertThat(top.getKeepAt()).isEqualByComparingTo("1500");
        assertThat(top.getWindowKind()).isEqualTo(TierRule.WindowKind.ROLLING);
        assertThat(top.getWindowDays()).isEqualTo(180);
        String page = client.get(TIERS).body();
        assertThat(page).contains("Page tier 2 (TPTOP)", "Tier settings and ladder saved.")
                .containsPattern("name=\"rows\\[\\d+]\\.upgradeAt\" value=\"2000\"")
                .containsPattern("name=\"rows\\[\\d+]\\.keepAt\" value=\"1500\"")
                .containsPattern("name=\"graceDays\" value=\"14\"");
    }

    @Test
    void showsAViolationNextToItsRowAndSavesNothing() throws Exception {
        Map<String, String> form = form("2000", "2500");

        HttpResponse<String> page = client.postForm(TIERS, form);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .containsPattern("name=\"rows\\[2]\\.keepAt\" value=\"2500\"[^>]*>\\s*<p class=\"field-error\">"
                        + "The spend that keeps a tier cannot be above the spend that reaches it.</p>")
                .doesNotContainPattern("name=\"rows\\[0]\\.keepAt\"[^>]*>\\s*<p class=\"field-error\">")
                .containsPattern("name=\"graceDays\" value=\"14\"");
        assertThat(tiers.settings(ShopClient.STORE).isEnabled()).isFalse();
        assertThat(rules()).isEmpty();
    }

    @Test
    void previewsWhatTheFormWouldDoAndSavesNothing() throws Exception {
        HttpResponse<String> page = client.postForm(TIERS + "/preview", form("2000", "1500"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("If these rules were saved now")
                .containsPattern("id=\"tier-preview-summary\">Of \\d+ customers with orders or a tier, \\d+ would move up")
                .containsPattern("name=\"rows\\[2]\\.keepAt\" value=\"1500\"");
        assertThat(tiers.settings(ShopClient.STORE).isEnabled()).isFalse();
        assertThat(rules()).isEmpty();
    }

    @Test
    void startsTheDailyJobInTheBackgroundAndShowsHowItWent() throws Exception {
        Instant asked = Instant.now();

        HttpResponse<String> started = client.postForm(TIERS + "/job", Map.of("_csrf", client.csrfToken(TIERS)));
        TierJobState state = job.state(ShopClient.STORE);
        for (int tries = 0; tries < 100 && (state.getStartedAt() == null || state.getStartedAt().isBefore(asked)
                || state.getStatus() != TierJobState.Status.FINISHED); tries++) {
            Thread.sleep(100);
            state = job.state(ShopClient.STORE);
        }

        assertThat(started.statusCode()).isEqualTo(302);
        assertThat(state.getStatus()).isEqualTo(TierJobState.Status.FINISHED);
        assertThat(client.get(TIERS).body()).contains("The daily job started; its progress shows below.")
                .containsPattern("id=\"tier-job-status\">Finished<");
    }

    @Test
    void speaksTraditionalChinese() throws Exception {
        String page = client.get(TIERS + "?lang=zh_TW").body();

        assertThat(page).contains("依消費升降的等級", "升級門檻", "保級門檻", "每日作業", "補記舊訂單", "頁面等級 0 (TPLOW)")
                .doesNotContain("Upgrade at");
    }

    @Test
    void refusesAPinInThePast() throws Exception {
        long customer = catalog.createCustomer("pin.past." + System.nanoTime() + "@example.com", "Secret123!",
                "Pat", "Past");

        HttpResponse<String> page = client.postForm("/membership/admin/members/" + customer + "/tier",
                move(customer, "2020-01-01T10:00"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsPattern("name=\"pinnedUntilLocal\" value=\"2020-01-01T10:00\"[\\s\\S]{0,400}"
                + "A pin lasts until a moment still to come.");
        assertThat(tierOf(customer)).isNotEqualTo("TPMID");
    }

    @Test
    void showsAnUnreadablePinWithEveryOtherErrorOfTheMove() throws Exception {
        long customer = catalog.createCustomer("pin.unreadable." + System.nanoTime() + "@example.com", "Secret123!",
                "Una", "Unread");
        Map<String, String> form = move(customer, "soon");
        form.put("group", "");
        form.put("reason", "r".repeat(501));

        HttpResponse<String> page = client.postForm("/membership/admin/members/" + customer + "/tier", form);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsPattern("id=\"tier-group\"[\\s\\S]{0,600}Choose a group.")
                .containsPattern("id=\"tier-reason\"[^>]*>\\s*<p class=\"field-error\">At most 500 characters.")
                .containsPattern("name=\"pinnedUntilLocal\" value=\"soon\"[\\s\\S]{0,400}Enter a valid value.");
        assertThat(tierOf(customer)).isNotEqualTo("TPMID");
    }

    @Test
    void showsAPinOnTheMemberPage() throws Exception {
        tiers.save(ShopClient.STORE, on(), List.of(rule("TPLOW", "0", "0"), rule("TPMID", "1000", "800")));
        long customer = catalog.createCustomer("pin.future." + System.nanoTime() + "@example.com", "Secret123!",
                "Fay", "Future");

        HttpResponse<String> moved = client.postForm("/membership/admin/members/" + customer + "/tier",
                move(customer, "2031-05-06T07:08"));

        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(302);
        assertThat(tierOf(customer)).isEqualTo("TPMID");
        assertThat(client.get("/membership/admin/members/" + customer).body())
                .containsPattern("id=\"member-pin\"[^>]*>Pinned in this tier until 2031-05-06 07:08.<");
    }

    /** TPLOW and TPTOP ticked (TPMID between them not), TPTOP with the given amounts and its own window. */
    private Map<String, String> form(String topUpgradeAt, String topKeepAt) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("enabled", "true");
        form.put("lifetime", "false");
        form.put("windowDays", "365");
        form.put("graceDays", "14");
        form.put("countShipping", "true");
        form.put("countTax", "false");
        form.put("countedStatuses[0]", "ORDERED");
        form.put("countedStatuses[1]", "DELIVERED");
        row(form, 0, "TPLOW", true, "0", "0");
        row(form, 1, "TPMID", false, "900", "9000");
        row(form, 2, "TPTOP", true, topUpgradeAt, topKeepAt);
        form.put("rows[2].windowKind", "ROLLING");
        form.put("rows[2].windowDays", "180");
        form.put("_csrf", client.csrfToken(TIERS));
        return form;
    }

    private static void row(Map<String, String> form, int index, String tier, boolean ruled, String upgradeAt,
            String keepAt) {
        String row = "rows[" + index + "].";
        form.put(row + "tier", tier);
        form.put(row + "ruled", String.valueOf(ruled));
        form.put(row + "upgradeAt", upgradeAt);
        form.put(row + "keepAt", keepAt);
        form.put(row + "windowKind", "STORE");
    }

    private Map<String, String> move(long customer, String pinnedUntil) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("group", "TPMID");
        form.put("reason", "Pinned by the page test");
        form.put("pinnedUntilLocal", pinnedUntil);
        form.put("_csrf", client.csrfToken("/membership/admin/members/" + customer));
        return form;
    }

    private static TierSettingsDraft on() {
        TierSettingsDraft on = new TierSettingsDraft();
        on.setEnabled(true);
        on.setGraceDays(30);
        return on;
    }

    private static TierRuleDraft rule(String tier, String upgradeAt, String keepAt) {
        TierRuleDraft rule = new TierRuleDraft();
        rule.setTier(tier);
        rule.setUpgradeAt(new BigDecimal(upgradeAt));
        rule.setKeepAt(new BigDecimal(keepAt));
        rule.setWindowKind(TierRule.WindowKind.STORE);
        return rule;
    }

    private Map<Long, TierRule> rules() {
        return tiers.rules(ShopClient.STORE).stream().collect(Collectors.toMap(TierRule::getGroupId, rule -> rule));
    }

    private long groupId(String code) {
        return groups.getByCode(ShopClient.STORE, code).getId();
    }

    private String tierOf(long customer) {
        return members.member(ShopClient.STORE, customer, java.util.Locale.ENGLISH).getTier() == null ? null
                : members.member(ShopClient.STORE, customer, java.util.Locale.ENGLISH).getTier().getCode();
    }
}
