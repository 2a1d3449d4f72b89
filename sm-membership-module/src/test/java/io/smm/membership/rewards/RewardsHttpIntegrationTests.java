package io.smm.membership.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.coupons.Coupon;
import io.smm.membership.coupons.CouponDraft;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.coupons.CouponTerms;
import io.smm.membership.identity.CustomerJoined;
import io.smm.membership.points.PointsLedger;
import io.smm.membership.settings.MembershipProperties;
import io.smm.membership.testhost.HostClient;

/**
 * Rewards through the stand-in host: the owner's settings, a registration with {@code ?invite=CODE} or after the
 * invite link's cookie binds the friend and gives the welcome reward once (through the points ledger, a replay
 * of the registration granting nothing more), the shopper's rewards and invite JSON, a referral rewarded once
 * when the owner settles the due ones after the friend's first order, and a birthday set once.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RewardsHttpIntegrationTests {

    private static final String SETTINGS = "/api/v1/private/membership/rewards/settings";
    private static final String REFERRALS = "/api/v1/private/membership/rewards/referrals";

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private PointsLedger points;

    @Autowired
    private RewardsOnJoin onJoin;

    @Autowired
    private StandInCatalog catalog;

    @Autowired
    private CouponService coupons;

    @Autowired
    private MembershipProperties properties;

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private HostClient host;
    private String owner;

    @BeforeAll
    void welcomeAndReferralPoints() {
        host = new HostClient(rest);
        owner = host.adminToken();
        ResponseEntity<Map<String, Object>> saved = host.send(HttpMethod.PUT, SETTINGS, Map.of("welcomePoints", 100,
                "birthdayPoints", 200, "referrerPoints", 300, "friendPoints", 150, "referralMonthlyCap", 5), owner);
        assertThat(saved.getStatusCode()).as(saved.toString()).isEqualTo(HttpStatus.OK);
    }

    /** The stand-in host is shared by the test classes: other classes register customers without rewards. */
    @AfterAll
    void noRewardsAgain() {
        host.send(HttpMethod.PUT, SETTINGS, Map.of("welcomePoints", 0, "birthdayPoints", 0, "referrerPoints", 0,
                "friendPoints", 0), owner);
    }

    @Test
    void brokenSettingsAreNamedInOneRefusalAndChangeNothing() {
        ResponseEntity<Map<String, Object>> refused = host.send(HttpMethod.PUT, SETTINGS, Map.of("welcomePoints", -1,
                "birthdayPoints", "many", "referrerPoints", 300, "referralMonthlyCap", 1.5), owner);

        assertThat(HostClient.violationFields(refused)).containsExactly("birthdayPoints", "friendPoints",
                "referralMonthlyCap", "welcomePoints");
        assertThat(host.get(SETTINGS, owner).getBody()).containsEntry("welcomePoints", 100)
                .containsEntry("referralMonthlyCap", 5);
    }

    @Test
    void aWelcomeCouponGivesTheNewCustomerOneSingleUseCodeOnce() {
        Coupon template = coupons.create("DEFAULT", welcomeCoupon());
        ResponseEntity<Map<String, Object>> refused = host.send(HttpMethod.PUT, SETTINGS, Map.of("welcomePoints", 100,
                "welcomeCouponId", template.getId(), "birthdayPoints", 0, "birthdayCouponId", 999_999,
                "referrerPoints", 300, "friendPoints", 150), owner);
        ResponseEntity<Map<String, Object>> saved = host.send(HttpMethod.PUT, SETTINGS, Map.of("welcomeCouponId",
                template.getId(), "birthdayPoints", 200, "referrerPoints", 300, "friendPoints", 150,
                "referralMonthlyCap", 5), owner);
        try {
            String shopper = host.customerToken(host.registerCustomer("coupon-welcome"));
            onJoin.joined(new CustomerJoined("DEFAULT", customerId(shopper)));

            assertThat(HostClient.violationFields(refused)).containsExactly("birthdayCouponId", "welcomeCouponId");
            assertThat(saved.getBody()).containsEntry("welcomePoints", 0)
                    .containsEntry("welcomeCouponId", template.getId().intValue());
            List<Map<String, Object>> rewards = host.getList("/api/v1/auth/membership/rewards", shopper).getBody();
            assertThat(rewards).singleElement().satisfies(reward -> assertThat(reward)
                    .containsEntry("kind", "WELCOME").containsEntry("points", null));
            String code = (String) rewards.get(0).get("couponCode");
            assertThat(coupons.idOfCode("DEFAULT", code)).hasValueSatisfying(id -> assertThat(
                    coupons.get("DEFAULT", id)).satisfies(issued -> assertThat(issued.getTotalLimit()).isEqualTo(1)));
            assertRewardCodeListedApartAndRefusedAsATemplate(code, template.getId());
        } finally {
            welcomeAndReferralPoints();
        }
    }

    /** A disabled or ended welcome coupon gives nothing and uses nothing up: once enabled, the welcome is given. */
    @Test
    void aWelcomeCouponDisabledOrEndedIsNotGivenAndCanBeGivenLater() {
        CouponDraft draft = welcomeCoupon();
        draft.setCode("WELCOME-ENDED");
        draft.setEndsAt(Instant.now().minus(1, ChronoUnit.DAYS));
        Coupon ended = coupons.create("DEFAULT", draft);
        draft.setCode("WELCOME-DISABLED");
        draft.setEndsAt(null);
        draft.setActive(false);
        Coupon disabled = coupons.create("DEFAULT", draft);
        try {
            useAsWelcome(ended);
            String shopper = host.customerToken(host.registerCustomer("coupon-dead"));
            long customerId = customerId(shopper);
            assertThat(host.getList("/api/v1/auth/membership/rewards", shopper).getBody()).isEmpty();
            useAsWelcome(disabled);
            onJoin.joined(new CustomerJoined("DEFAULT", customerId));
            assertThat(host.getList("/api/v1/auth/membership/rewards", shopper).getBody()).isEmpty();
            draft.setActive(true);
            coupons.update("DEFAULT", disabled.getId(), draft);
            onJoin.joined(new CustomerJoined("DEFAULT", customerId));

            assertThat(host.getList("/api/v1/auth/membership/rewards", shopper).getBody()).singleElement()
                    .satisfies(reward -> assertThat(reward).containsEntry("kind", "WELCOME")
                            .hasEntrySatisfying("couponCode", code -> assertThat(code).isNotNull()));
        } finally {
            welcomeAndReferralPoints();
        }
    }

    private void useAsWelcome(Coupon coupon) {
        ResponseEntity<Map<String, Object>> saved = host.send(HttpMethod.PUT, SETTINGS, Map.of("welcomeCouponId",
                coupon.getId(), "birthdayPoints", 200, "referrerPoints", 300, "friendPoints", 150,
                "referralMonthlyCap", 5), owner);
        assertThat(saved.getStatusCode()).as(saved.toString()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aRegistrationWithAnInviteCodeBindsTheFriendAndWelcomesThemOnce() {
        String referrer = host.customerToken(host.registerCustomer("referrer"));
        Map<String, Object> invite = host.get("/api/v1/auth/membership/invite", referrer).getBody();
        String code = (String) invite.get("code");

        String friend = host.customerToken(host.registerCustomer("friend", "?invite=" + code.toLowerCase(),
                new HttpHeaders()));

        long friendId = customerId(friend);
        assertThat(host.get("/api/v1/auth/membership/invite", referrer).getBody())
                .containsEntry("code", code).containsEntry("link", "/i/" + code)
                .containsEntry("friendsBound", 1).containsEntry("friendsRewarded", 0);
        List<Map<String, Object>> rewards = host.getList("/api/v1/auth/membership/rewards", friend).getBody();
        assertThat(rewards).singleElement().satisfies(reward -> assertThat(reward)
                .containsEntry("kind", "WELCOME").containsEntry("period", "once").containsEntry("points", 100));
        onJoin.joined(new CustomerJoined("DEFAULT", friendId));
        assertThat(host.getList("/api/v1/auth/membership/rewards", friend).getBody()).hasSize(1);
        assertThat(points.account("DEFAULT", friendId).usable()).isEqualTo(100);
        assertThat(points.check("DEFAULT", friendId).holds()).isTrue();
        assertThat(welcomeReason(friend, "en")).isEqualTo("Welcome reward");
        assertThat(welcomeReason(friend, "zh-TW")).isEqualTo("入會禮");
    }

    /** The reason of the shopper's latest points movement, as their points history shows it in that language. */
    @SuppressWarnings("unchecked")
    private String welcomeReason(String token, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        Map<String, Object> history = (Map<String, Object>) host.send(HttpMethod.GET,
                "/api/v1/auth/membership/points", null, token, headers).getBody().get("history");
        return (String) ((List<Map<String, Object>>) history.get("items")).get(0).get("reason");
    }

    @Test
    void theOwnerSettlesAReferralOnceTheFriendsFirstOrderHasPassedTheReturnWindow() {
        String settle = "/api/v1/private/membership/rewards/referrals/settle-due";
        String pointsSettings = "/api/v1/private/membership/points/settings";
        Map<String, Object> terms = host.get(pointsSettings, owner).getBody();
        terms.remove("updatedAt");
        String referrer = host.customerToken(host.registerCustomer("settler"));
        String code = (String) host.get("/api/v1/auth/membership/invite", referrer).getBody().get("code");
        String friend = host.customerToken(host.registerCustomer("settled", "?invite=" + code, new HttpHeaders()));
        String sku = "RWD-" + System.nanoTime() % 1_000_000;
        catalog.createProduct(NewProduct.sku(sku).name("Tea").price("10.00").quantity(10));
        String cart = (String) host.send(HttpMethod.POST, "/api/v1/cart", Map.of("product", sku, "quantity", 1), null)
                .getBody().get("code");
        assertThat(host.checkout(cart, "10.00", friend).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(host.send(HttpMethod.POST, settle, null, owner).getBody()).containsEntry("rewarded", 0);
        Map<String, Object> noWindow = new java.util.HashMap<>(terms);
        noWindow.put("returnWindowDays", 0);
        host.send(HttpMethod.PUT, pointsSettings, noWindow, owner);
        try {
            assertThat(host.send(HttpMethod.POST, settle, null, owner).getBody()).containsEntry("rewarded", 1);
            assertThat(host.send(HttpMethod.POST, settle, null, owner).getBody()).containsEntry("rewarded", 0);
        } finally {
            host.send(HttpMethod.PUT, pointsSettings, terms, owner);
        }
        assertThat(points.account("DEFAULT", customerId(referrer)).usable()).isEqualTo(100 + 300);
        assertThat(points.account("DEFAULT", customerId(friend)).usable()).isEqualTo(100 + 150);
        assertThat(host.get("/api/v1/auth/membership/invite", referrer).getBody()).containsEntry("friendsRewarded", 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOwnersReferralReportCountsEachReferrersFriendsAsJsonAndCsv() {
        String referrer = host.customerToken(host.registerCustomer("reported"));
        long referrerId = customerId(referrer);
        String code = (String) host.get("/api/v1/auth/membership/invite", referrer).getBody().get("code");
        long friendId = customerId(host.customerToken(host.registerCustomer("reported-friend", "?invite=" + code,
                new HttpHeaders())));
        String thisMonth = YearMonth.now(properties.storeTimeZone()).toString();

        Map<String, Object> report = host.get(REFERRALS + "?size=100&month=" + thisMonth, owner).getBody();
        ResponseEntity<Map<String, Object>> badMonth = host.get(REFERRALS + "?month=May", owner);
        List<Map<String, Object>> friends = host.getList(REFERRALS + "/" + referrerId, owner).getBody();
        ResponseEntity<String> csv = host.getText(REFERRALS + ".csv", owner, "en");

        assertThat((List<Map<String, Object>>) report.get("items"))
                .filteredOn(row -> ((Number) row.get("referrerId")).longValue() == referrerId).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("inviteCode", code).containsEntry("friendsBound", 1)
                        .containsEntry("pending", 1).containsEntry("rewarded", 0).containsKey("email"));
        assertThat(HostClient.violationFields(badMonth)).containsExactly("month");
        assertThat(friends).singleElement().satisfies(friend -> assertThat(friend)
                .containsEntry("friendId", (int) friendId).containsEntry("state", "BOUND"));
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getBody()).startsWith("\uFEFFreferrer_id,email,invite_code,friends_bound,pending,rewarded,"
                + "capped,refused_self").contains("," + code + ",1,1,0,0,0");
    }

    @Test
    void theInviteLinksCookieBindsTheFriendItsRegistration() throws Exception {
        String referrer = host.customerToken(host.registerCustomer("linker"));
        String code = (String) host.get("/api/v1/auth/membership/invite", referrer).getBody().get("code");

        HttpResponse<String> followed = browser.send(HttpRequest.newBuilder(URI.create(rest.getRootUri() + "/i/"
                + code)).GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unknown = browser.send(HttpRequest.newBuilder(URI.create(rest.getRootUri()
                + "/i/ZZZZZZZZ")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(followed.statusCode()).isEqualTo(302);
        assertThat(unknown.statusCode()).isEqualTo(302);
        assertThat(unknown.headers().firstValue("Set-Cookie")).isEmpty();
        String cookie = followed.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(InviteCookie.NAME + "=DEFAULT." + code + ".").contains("HttpOnly");
        HttpHeaders withCookie = new HttpHeaders();
        withCookie.add(HttpHeaders.COOKIE, cookie.substring(0, cookie.indexOf(';')));
        HttpHeaders forged = new HttpHeaders();
        forged.add(HttpHeaders.COOKIE, InviteCookie.NAME + "=DEFAULT." + code + ".forged");
        host.registerCustomer("cookie-friend", "", withCookie);
        host.registerCustomer("forged-friend", "", forged);
        assertThat(host.get("/api/v1/auth/membership/invite", referrer).getBody()).containsEntry("friendsBound", 1);
    }

    @Test
    void aBirthdayIsSetOnceAndOnlyADayOfSomeYear() {
        String shopper = host.customerToken(host.registerCustomer("birthday"));

        ResponseEntity<Map<String, Object>> impossible = host.send(HttpMethod.PUT, "/api/v1/auth/membership/birthday",
                Map.of("month", 2, "day", 30), shopper);
        ResponseEntity<Map<String, Object>> set = host.send(HttpMethod.PUT, "/api/v1/auth/membership/birthday",
                Map.of("month", 2, "day", 29), shopper);
        ResponseEntity<Map<String, Object>> again = host.send(HttpMethod.PUT, "/api/v1/auth/membership/birthday",
                Map.of("month", 3, "day", 1), shopper);

        assertThat(HostClient.violationFields(impossible)).containsExactly("day");
        assertThat(set.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(set.getBody()).containsEntry("month", 2).containsEntry("day", 29);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).containsEntry("code", "membership.rewards.birthday.already-set");
    }

    /** Only the REWARD origin and ALL list a reward code; the settings refuse it as a coupon to give. */
    private void assertRewardCodeListedApartAndRefusedAsATemplate(String code, long templateId) {
        String coupons = "/api/v1/private/membership/coupons?q=" + code;
        assertThat(items(host.get(coupons + "&origin=REWARD", owner).getBody())).singleElement()
                .satisfies(coupon -> assertThat(coupon).containsEntry("code", code).containsEntry("origin", "REWARD")
                        .containsEntry("issuedFrom", (int) templateId));
        assertThat(items(host.get(coupons + "&origin=hand_made", owner).getBody())).isEmpty();
        assertThat(items(host.get(coupons, owner).getBody())).hasSize(1);
        long rewardId = this.coupons.idOfCode("DEFAULT", code).orElseThrow();
        ResponseEntity<Map<String, Object>> refused = host.send(HttpMethod.PUT, SETTINGS, Map.of("welcomeCouponId",
                rewardId, "birthdayPoints", 200, "referrerPoints", 300, "friendPoints", 150), owner);
        assertThat(HostClient.violationFields(refused)).containsExactly("welcomeCouponId");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private static CouponDraft welcomeCoupon() {
        CouponDraft draft = new CouponDraft();
        draft.setCode("WELCOME-TEMPLATE");
        draft.setName("Welcome 10%");
        draft.setKind(CouponTerms.Kind.PERCENT);
        draft.setValue(BigDecimal.TEN);
        return draft;
    }

    private long customerId(String token) {
        return ((Number) host.get("/api/v1/auth/membership", token).getBody().get("customerId")).longValue();
    }
}
