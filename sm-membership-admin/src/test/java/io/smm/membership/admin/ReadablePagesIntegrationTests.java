package io.smm.membership.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;

import com.salesmanager.core.model.order.orderstatus.OrderStatus;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.checkout.OrderRefundDraft;
import io.smm.membership.checkout.OrderRefundService;
import io.smm.membership.coupons.CouponDraft;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.coupons.CouponTerms;
import io.smm.membership.groups.Actor;
import io.smm.membership.groups.ApplicationService;
import io.smm.membership.groups.GroupDraft;
import io.smm.membership.groups.GroupKind;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MemberGroup;
import io.smm.membership.groups.MembershipService;
import io.smm.membership.identity.Shopper;
import io.smm.membership.pricing.Adjustment;
import io.smm.membership.pricing.PriceRuleDraft;
import io.smm.membership.pricing.PriceRuleService;
import io.smm.membership.pricing.RuleTarget;

/**
 * Every owner page in a real browser, as a shop owner reads it on a desktop and on a phone, in English and in
 * traditional Chinese: nothing wider than a phone, chart labels apart and inside their chart, guests named once,
 * no group preselected, and the tier jobs' cards following their work. The pages belong to a store of their own,
 * so what the other tests do to store DEFAULT changes nothing here. Screenshots of every page go to
 * {@code target/screenshots}.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ReadablePagesIntegrationTests {

    private static final String STORE = "READ";
    private static final String OWNER = "owner@read.test";
    private static final String PASSWORD = "Secret123!";

    private static AdminBrowser browser;
    private static Fixture fixture;

    /** Not {@code @LocalServerPort}: the host's legacy placeholder configurer cannot resolve it. */
    @Autowired
    WebServerApplicationContext server;

    @Autowired
    ApplicationContext context;

    @Autowired
    StandInCatalog catalog;

    @Autowired
    GroupService groups;

    @Autowired
    ApplicationService applications;

    @Autowired
    MembershipService memberships;

    @Autowired
    CouponService coupons;

    @Autowired
    PriceRuleService rules;

    @Autowired
    OrderRefundService refunds;

    /** The ids the page addresses need, made once for the whole class. */
    private static final class Fixture {
        long tierId;
        long customer;
        long coupon;
        long product;
        long order;
        long rule;
    }

    @BeforeEach
    void storeWithSomethingOnEveryPage() throws Exception {
        if (fixture == null) {
            fixture = fixture();
        }
        browser = AdminBrowser.signedIn(browser, server.getWebServer().getPort(), OWNER, PASSWORD);
    }

    @AfterAll
    static void stopBrowser() {
        browser = AdminBrowser.closed(browser);
    }

    static Stream<Arguments> everyPage() {
        List<Arguments> pages = new ArrayList<>();
        for (String language : new String[] { "en", "zh_TW" }) {
            for (String page : new String[] { "groups", "groups/new", "groups/{tier}/edit", "members",
                    "members/{customer}", "applications", "tiers", "tiers/charts", "price-rules", "price-rules/new",
                    "price-rules/{rule}", "price-simulator", "products/{product}/prices", "orders/{order}/prices",
                    "orders/{order}/refunds", "coupons", "coupons/new", "coupons/{coupon}", "coupons/{coupon}/usage",
                    "coupons/{coupon}/batches/new", "coupons/settings", "no-such-page" }) {
                pages.add(Arguments.of(page, language));
            }
        }
        return pages.stream();
    }

    /** Also leaves a desktop and a phone screenshot of the page, to look at. */
    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyPage")
    void fitsAPhoneScreenWithoutScrollingSideways(String page, String language) throws Exception {
        String path = "/membership/admin/" + page.replace("{tier}", Long.toString(fixture.tierId))
                .replace("{customer}", Long.toString(fixture.customer))
                .replace("{coupon}", Long.toString(fixture.coupon))
                .replace("{product}", Long.toString(fixture.product))
                .replace("{order}", Long.toString(fixture.order)).replace("{rule}", Long.toString(fixture.rule))
                + "?lang=" + language;
        String name = page.replaceAll("[{}]", "").replace('/', '_') + "-" + language;

        long width = browser.shootOnDesktopAndPhone(path, name);

        assertThat(browser.find(By.id("owner-name")).getText()).isEqualTo(OWNER);
        assertThat(width).as("width of %s on a phone", path).isLessThanOrEqualTo(AdminBrowser.PHONE_WIDTH);
    }

    @Test
    void recordsARefundOnAPhoneWithItsErrorOnTheRowItBelongsTo() throws Exception {
        browser.size(AdminBrowser.PHONE_WIDTH);
        browser.open("/membership/admin/orders/" + fixture.order + "/refunds?lang=en");
        browser.fill("lines[0].quantity", "9");

        browser.follow(browser.find(By.id("record-refund")));

        assertThat(browser.text(By.cssSelector("#line-0 .field-error")))
                .isEqualTo(message(Locale.ENGLISH, "membership.refund.line.quantity", "1"));
        browser.screenshot("orders_order_refunds-refused-en-" + AdminBrowser.PHONE_WIDTH + ".png");
        assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(AdminBrowser.PHONE_WIDTH);
        browser.fill("lines[0].quantity", "");
        browser.fill("amount", "10");
        browser.follow(browser.find(By.id("record-refund")));
        assertThat(browser.text(By.id("notice"))).isEqualTo(message(Locale.ENGLISH,
                "membership.admin.order-refunds.recorded", "10.00", "TWD", Long.toString(fixture.order)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "coupons/{coupon}/usage?days=30", "coupons/{coupon}/usage?days=90",
            "coupons/{coupon}/usage?days=365", "tiers/charts?months=6", "tiers/charts?months=12",
            "tiers/charts?months=24" })
    void drawsChartLabelsApartAndInsideTheChart(String page) {
        browser.open("/membership/admin/" + page.replace("{coupon}", Long.toString(fixture.coupon)));

        List<WebElement> charts = browser.find(By.tagName("main")).findElements(By.cssSelector("svg.bar-chart"));
        assertThat(charts).isNotEmpty();
        for (WebElement chart : charts) {
            @SuppressWarnings("unchecked")
            List<Map<String, Number>> boxes = (List<Map<String, Number>>) browser.script(
                    "return Array.from(arguments[0].querySelectorAll('text.group-label')).map(function (label) {"
                            + " var box = label.getBBox(); return { left: box.x, right: box.x + box.width }; });",
                    chart);
            double width = ((Number) browser.script("return arguments[0].viewBox.baseVal.width", chart))
                    .doubleValue();
            assertThat(boxes).hasSizeGreaterThan(3);
            for (int i = 0; i < boxes.size(); i++) {
                assertThat(boxes.get(i).get("left").doubleValue()).isGreaterThanOrEqualTo(0);
                assertThat(boxes.get(i).get("right").doubleValue()).isLessThanOrEqualTo(width);
                if (i > 0) {
                    assertThat(boxes.get(i - 1).get("right").doubleValue()).as("label %d ends before %d", i - 1, i)
                            .isLessThan(boxes.get(i).get("left").doubleValue());
                }
            }
        }
    }

    @Test
    void namesGuestsOnceOnAProductsPrices() {
        browser.open("/membership/admin/products/" + fixture.product + "/prices?lang=en");

        assertThat(browser.text(By.cssSelector("#prices-guests td"))).isEqualTo("Guests (RDGUEST)");
    }

    @Test
    void offersOnlyManualGroupsTheCustomerIsNotInAndPreselectsNone() {
        browser.open("/membership/admin/members/" + fixture.customer + "?lang=en");

        Select join = new Select(browser.find(By.id("join-group")));
        assertThat(join.getFirstSelectedOption().getAttribute("value")).isEmpty();
        assertThat(join.getFirstSelectedOption().getText())
                .isEqualTo(message(Locale.ENGLISH, "membership.admin.member.group.choose"));
        assertThat(join.getOptions()).extracting(option -> option.getAttribute("value"))
                .containsExactlyInAnyOrder("", "RDSTAFF", "RDCLUB");
    }

    @Test
    void saysWhichGroupIsTheGuestGroupAndThatANewOneTakesTheFlagOver() {
        browser.open("/membership/admin/groups/new?lang=en");
        assertThat(browser.text(By.id("guest-group-now"))).isEqualTo(message(Locale.ENGLISH,
                "membership.admin.group.guest-group.current", "Guests (RDGUEST)"));
        browser.fill("code", "RDGUEST2");
        new Select(browser.find(By.name("kind"))).selectByValue("MANUAL");
        browser.fill("nameEn", "Passers-by");
        browser.find(By.name("guestGroup")).click();

        browser.follow(browser.find(By.id("save-group")));

        assertThat(browser.text(By.id("notice"))).isEqualTo(message(Locale.ENGLISH,
                "membership.admin.group.guest-group.taken", "RDGUEST2", "RDGUEST"));
        assertThat(groups.guestGroup(STORE)).map(MemberGroup::getCode).hasValue("RDGUEST2");
        MemberGroup former = groups.findByCode(STORE, "RDGUEST").orElseThrow();
        GroupDraft back = GroupDraft.of(former);
        back.setGuestGroup(true);
        groups.update(STORE, former.getId(), back);
        groups.delete(STORE, groups.findByCode(STORE, "RDGUEST2").orElseThrow().getId());
    }

    @ParameterizedTest
    @ValueSource(strings = { "job", "backfill" })
    void aStartedTierJobsCardFollowsItUntilItFinishesAndLeavesTheFormAlone(String work) {
        browser.open("/membership/admin/tiers?lang=en");
        browser.follow(browser.find(By.id("run-tier-" + work)));
        browser.fill("graceDays", "17");
        WebElement page = browser.find(By.tagName("html"));
        assertThat(refreshOf(work)).isNotBlank();

        browser.waiting(Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(shown -> refreshOf(work) == null);

        assertThat(browser.text(By.id("tier-" + work + "-status"))).isEqualTo(
                message(Locale.ENGLISH, "membership.admin.tiers." + work + ".status.FINISHED"));
        assertThat(AdminBrowser.left(page)).as("the page was reloaded").isFalse();
        assertThat(browser.find(By.name("graceDays")).getAttribute("value")).isEqualTo("17");
        assertThat(browser.find(By.id("run-tier-" + work)).getAttribute("class")).contains("button");
    }

    /** The card is swapped for a fresh one while it refreshes: read it again if it went stale meanwhile. */
    private String refreshOf(String work) {
        try {
            return browser.find(By.id("tier-" + work)).getAttribute("data-refresh");
        } catch (StaleElementReferenceException swapped) {
            return browser.find(By.id("tier-" + work)).getAttribute("data-refresh");
        }
    }

    private Fixture fixture() {
        catalog.createStore(STORE, "TWD");
        catalog.createAdmin(STORE, OWNER, PASSWORD);
        Fixture made = new Fixture();
        made.tierId = group("RDBRONZE", GroupKind.TIER, "Bronze", "銅級會員", false).getId();
        group("RDGOLD", GroupKind.TIER, "Gold", "金級會員", false);
        group("RDGUEST", GroupKind.MANUAL, "Guests", "訪客", true);
        group("RDSTAFF", GroupKind.MANUAL, "Staff", "員工", false);
        MemberGroup club = group("RDCLUB", GroupKind.MANUAL, "Tea club of the month with a long name",
                "每月品茶俱樂部（名稱很長）", false);
        GroupDraft open = GroupDraft.of(club);
        open.setOpenToApply(true);
        open.setNeedsApproval(true);
        groups.update(STORE, club.getId(), open);
        made.customer = catalog.createCustomer(STORE, "mei.chen@read.test", PASSWORD, "美玲", "陳");
        applications.apply(Shopper.customer(STORE, made.customer), "RDCLUB",
                "I come every week for the oolong and would like the member price, please.");
        long other = catalog.createCustomer(STORE, "amy.lee@read.test", PASSWORD, "Amy", "Lee");
        applications.apply(Shopper.customer(STORE, other), "RDCLUB", null);
        memberships.moveTier(STORE, other, "RDGOLD", Actor.owner(OWNER), "A month of tea for the charts");
        String sku = "RD-OOLONG";
        made.product = catalog.createProduct(NewProduct.sku(sku).name("Oolong tea 150 g").price("480").quantity(50)
                .store(STORE));
        made.order = catalog.placeOrder(STORE, other, Map.of(sku, 2), new Date(), OrderStatus.ORDERED);
        OrderRefundDraft refund = new OrderRefundDraft();
        OrderRefundDraft.LineDraft cup = new OrderRefundDraft.LineDraft();
        cup.setSku(sku);
        cup.setQuantity(1);
        refund.setLines(List.of(cup));
        refund.setReason("One tin arrived dented; the customer kept the other and asked for half back by bank"
                + " transfer");
        refunds.ownerRefunded(STORE, made.order, refund, OWNER);
        CouponDraft coupon = new CouponDraft();
        coupon.setCode("RDWELCOME");
        coupon.setName("Welcome to the tea house");
        coupon.setKind(CouponTerms.Kind.PERCENT);
        coupon.setValue(BigDecimal.TEN);
        made.coupon = coupons.create(STORE, coupon).getId();
        PriceRuleDraft rule = new PriceRuleDraft();
        rule.setName("Gold members 10 % off oolong");
        rule.setGroups(List.of("RDGOLD"));
        rule.setTarget(RuleTarget.PRODUCT);
        rule.setTargetId(made.product);
        rule.setAdjustment(Adjustment.Kind.PERCENT_OFF);
        rule.setValue(BigDecimal.TEN);
        made.rule = rules.create(STORE, rule).getId();
        return made;
    }

    private MemberGroup group(String code, GroupKind kind, String english, String chinese, boolean guests) {
        GroupDraft draft = new GroupDraft();
        draft.setCode(code);
        draft.setKind(kind);
        draft.setRank(kind == GroupKind.TIER ? (int) groups.list(STORE).stream().filter(MemberGroup::isTier)
                .count() : null);
        draft.setDefaultTier(kind == GroupKind.TIER && groups.list(STORE).stream().noneMatch(MemberGroup::isTier));
        draft.setNameEn(english);
        draft.setNameZhTw(chinese);
        draft.setNameZhCn(chinese);
        draft.setGuestGroup(guests);
        return groups.create(STORE, draft);
    }

    private String message(Locale locale, String key, Object... args) {
        return context.getMessage(key, args, locale);
    }
}
