package io.smm.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.smm.harness.StandInShopApplication;

/** The demo shop as a visitor finds it: every feature has something to show. */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "logging.level.root=WARN", "logging.level.org.hibernate=ERROR" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataIntegrationTests {

    @Autowired
    private TestRestTemplate rest;

    private static final String AFFILIATES = "/api/v1/private/membership/affiliates";

    private String owner;

    /** As the start scripts do: the demo answers 503 until its orders of today are placed (events run async). */
    @BeforeAll
    void waitForTheDemoThenLogIn() throws InterruptedException {
        for (int second = 0; second < 180 && !rest.getForEntity("/api/v1/products", String.class).getStatusCode()
                .is2xxSuccessful(); second++) {
            Thread.sleep(1000);
        }
        owner = token("/api/v1/private/login", "admin@shopizer.com");
    }

    @Test
    void switchesTiersBySpendOnWithALadderAndAnExpressUpgrade() {
        Map<String, Object> setup = object(get("/api/v1/private/membership/tiers", owner));

        assertThat(setup).containsEntry("enabled", true).containsEntry("windowDays", 365);
        List<Map<String, Object>> ladder = list(setup.get("tiers"));
        assertThat(ladder).extracting(step -> step.get("tier"))
                .containsExactly("BRONZE", "SILVER", "GOLD", "PLATINUM");
        assertThat(ladder).extracting(step -> step.get("expressAt")).anyMatch(amount -> amount != null);
    }

    @Test
    void keepsTheVipCornerForTheClubAndShowsTheWholesaleLineToGuestsWithoutPrices() {
        List<Map<String, Object>> guestSees = list(object(body(rest.getForEntity("/api/v1/products?count=500",
                Object.class))).get("products"));
        List<Map<String, Object>> clubSees = list(object(get("/api/v1/products?count=500",
                token("/api/v1/customer/login", "gold@demo.example"))).get("products"));

        assertThat(guestSees).extracting(product -> product.get("sku")).doesNotContain("VC-1", "VC-2")
                .contains("WL-1", "WH-1");
        assertThat(guestSees).filteredOn(product -> "WL-1".equals(product.get("sku"))).singleElement()
                .satisfies(product -> assertThat(product.get("price")).isNull());
        assertThat(clubSees).extracting(product -> product.get("sku")).contains("VC-1", "VC-2", "WL-1", "WH-1");
    }

    @Test
    void hasPriceRulesOfEveryKindWithQuantityTiersAndDateWindows() {
        List<Map<String, Object>> rules = list(get("/api/v1/private/membership/price-rules", owner));

        assertThat(rules).extracting(rule -> rule.get("adjustment")).contains("PERCENT_OFF", "FIXED_PRICE",
                "AMOUNT_OFF");
        assertThat(rules).extracting(rule -> rule.get("target")).contains("STORE", "CATEGORY", "PRODUCT");
        assertThat(rules).filteredOn(rule -> ((Number) rule.get("minQuantity")).intValue() > 1).hasSizeGreaterThan(1);
        Instant now = Instant.now();
        List<Map<String, Object>> dated = rules.stream().filter(rule -> rule.get("startsAt") != null)
                .collect(Collectors.toList());
        assertThat(dated).as("running now").anyMatch(rule -> Instant.parse((String) rule.get("startsAt")).isBefore(now)
                && Instant.parse((String) rule.get("endsAt")).isAfter(now));
        assertThat(dated).as("not begun").anyMatch(rule -> Instant.parse((String) rule.get("startsAt")).isAfter(now));
        assertThat(dated).as("over").anyMatch(rule -> Instant.parse((String) rule.get("endsAt")).isBefore(now));
        assertThat(rules).extracting(rule -> rule.get("groups")).noneMatch(groups -> ((List<?>) groups)
                .contains("BRONZE") || ((List<?>) groups).contains("GUEST"));
    }

    @Test
    void keepsTheMemberPricesOfTodaysOrdersWithTheirRules() {
        List<Map<String, Object>> lines = list(get("/api/v1/private/membership/orders/"
                + latestOrder("wholesale@demo.example") + "/prices", owner));

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).containsEntry("quantity", 12)
                .containsEntry("ruleName", "Wholesale house espresso, 12 bags or more")
                .containsEntry("ruleMinQuantity", 12);
        assertThat(new BigDecimal(lines.get(0).get("finalPrice").toString())).isEqualByComparingTo("22.00");
        assertThat(list(get("/api/v1/private/membership/orders/" + latestOrder("gold@demo.example") + "/prices",
                owner))).extracting(line -> line.get("ruleName")).containsOnly("Gold: 10 % off everything");
    }

    @Test
    void movedTheBigSpenderOfTodayStraightToGoldAtCheckout() {
        Map<String, Object> member = member("customer1@demo.example");

        assertThat(object(member.get("member")).get("tier")).satisfies(tier -> assertThat(object(tier))
                .containsEntry("code", "GOLD"));
        assertThat((String) object(list(member.get("history")).get(0)).get("reason")).startsWith("express: order #");
    }

    @Test
    void leavesTheBronzeShopperShortOfSilverByLessThanOneBagOfCoffee() {
        Map<String, Object> progress = object(get("/api/v1/auth/membership/tier",
                token("/api/v1/customer/login", "bronze@demo.example")));

        assertThat(progress).containsEntry("tier", "BRONZE");
        Map<String, Object> silver = object(list(progress.get("higherTiers")).get(0));
        assertThat(silver).containsEntry("tier", "SILVER");
        assertThat(new BigDecimal(silver.get("amountLeft").toString())).isBetween(new BigDecimal("50"),
                new BigDecimal("100"));
    }

    @Test
    void writesEachNameInTheOrderOfItsScript() {
        for (String language : List.of("en", "zh-TW")) {
            assertThat(nameOf("gold@demo.example", language)).isEqualTo("王浩");
            assertThat(nameOf("customer3@demo.example", language)).isEqualTo("佐藤花子");
            assertThat(nameOf("customer4@demo.example", language)).isEqualTo("김민준");
            assertThat(nameOf("platinum@demo.example", language)).isEqualTo("Ana Lee");
            assertThat(nameOf("rejected@demo.example", language)).isEqualTo("Lei Zhao");
        }
    }

    @Test
    void hasTwoAffiliatesWithCommissionsInEveryStateAndTodaysOrderCreditedByItsLinksCookie() {
        List<Map<String, Object>> affiliates = list(object(get(AFFILIATES, owner)).get("items"));
        assertThat(affiliates).extracting(affiliate -> affiliate.get("trackingId") + " " + affiliate.get("status"))
                .contains("mei-tea ACTIVE", "tom-brews ACTIVE", "sunny-deals SUSPENDED", "grace-ho APPLIED");
        List<Map<String, Object>> commissions = list(object(get(AFFILIATES + "/commissions?size=100", owner))
                .get("items"));

        assertThat(commissions).extracting(commission -> commission.get("state")).contains("PENDING", "APPROVED",
                "PAID", "REVERSED", "FLAGGED");
        assertThat(commissions).extracting(commission -> commission.get("source")).contains("COOKIE", "CART",
                "COUPON");
        long tom = affiliates.stream().filter(affiliate -> "tom-brews".equals(affiliate.get("trackingId")))
                .map(affiliate -> ((Number) affiliate.get("id")).longValue()).findFirst().orElseThrow();
        assertThat(commissions).filteredOn(commission -> "COOKIE".equals(commission.get("source"))).singleElement()
                .satisfies(commission -> assertThat(commission).containsEntry("state", "PENDING")
                        .containsEntry("orderId", (int) latestOrder("kai@demo.example"))
                        .containsEntry("affiliateId", (int) tom));
    }

    @Test
    void switchesPointsOnWithAYearOfEarningsExpiriesACampaignAndPointsPaidAtTodaysTill() {
        Map<String, Object> settings = object(get("/api/v1/private/membership/points/settings", owner));
        List<Map<String, Object>> campaigns = list(get("/api/v1/private/membership/points/campaigns", owner));
        String platinum = token("/api/v1/customer/login", "platinum@demo.example");
        Map<String, Object> points = object(get("/api/v1/auth/membership/points?size=100", platinum));
        List<Map<String, Object>> history = list(object(points.get("history")).get("items"));

        assertThat(settings).containsEntry("enabled", true).containsEntry("returnWindowDays", 14);
        assertThat(campaigns).extracting(campaign -> campaign.get("multiplier").toString()).contains("2", "3");
        assertThat(history).extracting(item -> item.get("kind")).contains("EARN", "EXPIRE", "REDEEM");
        assertThat(history).filteredOn(item -> "REDEEM".equals(item.get("kind"))).singleElement()
                .satisfies(item -> assertThat(item).containsEntry("points", -500)
                        .containsEntry("orderId", (int) latestOrder("platinum@demo.example")));
        assertThat(((Number) points.get("balance")).longValue()).isPositive();
        assertThat(((Number) points.get("pending")).longValue()).isPositive();
    }

    @Test
    void hasAReferralRewardedAnotherWaitingAndABirthdayCoupon() {
        String silver = token("/api/v1/customer/login", "silver@demo.example");
        Map<String, Object> invite = object(get("/api/v1/auth/membership/invite", silver));
        List<Map<String, Object>> rewards = list(get("/api/v1/auth/membership/rewards", silver));
        List<Map<String, Object>> amys = list(get("/api/v1/auth/membership/rewards",
                token("/api/v1/customer/login", "amy@demo.example")));

        assertThat(invite).containsEntry("friendsBound", 2).containsEntry("friendsRewarded", 1);
        assertThat(rewards).extracting(reward -> reward.get("kind")).contains("REFERRER", "BIRTHDAY");
        assertThat(rewards).filteredOn(reward -> "BIRTHDAY".equals(reward.get("kind"))).singleElement()
                .satisfies(reward -> assertThat(reward.get("couponCode")).isNotNull());
        assertThat(amys).extracting(reward -> reward.get("kind")).containsExactlyInAnyOrder("WELCOME", "REFERRED");
    }

    @Test
    void scoredEveryRfmSegmentAndPushedAnOfferThatWasSpentToday() {
        Map<String, Object> sizes = object(object(get("/api/v1/private/membership/analytics/rfm/segments", owner))
                .get("sizes"));
        Map<String, Object> offer = object(list(get("/api/v1/private/membership/offers", owner)).get(0));
        Map<String, Object> report = object(get("/api/v1/private/membership/offers/" + offer.get("id") + "/report",
                owner));

        assertThat(sizes).allSatisfy((segment, members) -> assertThat(((Number) members).longValue())
                .as(segment).isPositive());
        assertThat(offer).containsEntry("segmentName", DemoAnalytics.SEGMENT).containsEntry("status", "DONE");
        assertThat(((Number) offer.get("heldBack")).intValue()).isPositive();
        assertThat(report).containsEntry("codesUsed", 1).containsEntry("orders", 1);
    }

    @Test
    void namesTheCatalogInTraditionalAndSimplifiedChinese() {
        assertThat(productName("SO-10", "zh-TW")).isEqualTo("巴拿馬藝伎 250 g");
        assertThat(productName("SO-10", "zh-CN")).isEqualTo("巴拿马瑰夏 250 g");
        assertThat(productName("SO-10", "en")).isEqualTo("Panama Geisha 250 g");
    }

    private String productName(String sku, String language) {
        HttpHeaders headers = headers(owner);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        List<Map<String, Object>> found = list(body(rest.exchange("/api/v1/private/membership/catalog/products?q="
                + sku, HttpMethod.GET, new HttpEntity<>(headers), Object.class)));
        return (String) found.stream().filter(item -> sku.equals(item.get("sku"))).findFirst().orElseThrow()
                .get("name");
    }

    private String nameOf(String email, String language) {
        HttpHeaders headers = headers(owner);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        Map<String, Object> found = object(body(rest.exchange("/api/v1/private/membership/members?q=" + email,
                HttpMethod.GET, new HttpEntity<>(headers), Object.class)));
        return (String) object(list(found.get("items")).get(0)).get("name");
    }

    private Map<String, Object> member(String email) {
        Map<String, Object> found = object(get("/api/v1/private/membership/members?q=" + email, owner));
        Object id = object(list(found.get("items")).get(0)).get("customerId");
        return object(get("/api/v1/private/membership/members/" + id, owner));
    }

    private long latestOrder(String email) {
        Map<String, Object> orders = object(get("/api/v1/auth/orders", token("/api/v1/customer/login", email)));
        return list(orders.get("orders")).stream().map(order -> ((Number) object(order).get("id")).longValue())
                .max(Comparator.naturalOrder()).orElseThrow();
    }

    private String token(String path, String user) {
        return (String) object(body(rest.postForEntity(path, Map.of("username", user, "password", "password"),
                Object.class))).get("token");
    }

    private Object get(String path, String token) {
        return body(rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), Object.class));
    }

    private static HttpHeaders headers(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return headers;
    }

    private static Object body(ResponseEntity<Object> answer) {
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
