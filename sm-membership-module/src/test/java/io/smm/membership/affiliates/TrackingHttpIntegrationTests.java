package io.smm.membership.affiliates;

import static io.smm.membership.testhost.HostClient.violationFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import io.smm.harness.StandInShopApplication;
import io.smm.membership.testhost.HostClient;

/**
 * Tracking through the stand-in host: {@code ?aff=} on any page, the short link and its foreign targets, the
 * headless click JSON, forged and replayed cookies, and the owner's and affiliate's JSON. Requests go out with the
 * JDK's client, so that redirects are not followed and cookies are sent as a browser would.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackingHttpIntegrationTests {

    private static final String STORE = "DEFAULT";
    private static final String COOKIE = "smm_aff";
    private static final String OWNER_API = "/api/v1/private/membership/affiliates";
    private static final String PAGE = "/api/v1/category";

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private AffiliateRepository affiliates;

    @Autowired
    private AffiliateTrackingIdRepository trackingIds;

    @Autowired
    private TrackingKeys keys;

    @Autowired
    private TrackingService tracking;

    @Autowired
    private JdbcTemplate jdbc;

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private HostClient host;
    private String owner;
    private String customer;
    private long customerAffiliate;
    private long active;
    private long other;
    private long suspended;

    @BeforeAll
    void affiliatesOfEveryKind() {
        host = new HostClient(rest);
        owner = host.adminToken();
        customer = host.customerToken(host.registerCustomer("affiliate"));
        long customerId = ((Number) host.get("/api/v1/auth/membership", customer).getBody().get("customerId"))
                .longValue();
        customerAffiliate = affiliate(customerId, AffiliateStatus.ACTIVE);
        active = affiliate(null, AffiliateStatus.ACTIVE);
        other = affiliate(null, AffiliateStatus.ACTIVE);
        suspended = affiliate(null, AffiliateStatus.SUSPENDED);
    }

    @Test
    void aPageWithAffGoesOnUntouchedLogsTheClickAndSetsTheCookie() throws Exception {
        HttpResponse<String> plain = get(PAGE, null);

        HttpResponse<String> tracked = get(PAGE + "?aff=" + trackingIdOf(active).toUpperCase(), null);

        assertThat(tracked.statusCode()).isEqualTo(plain.statusCode()).isEqualTo(200);
        assertThat(tracked.body()).isEqualTo(plain.body());
        String setCookie = tracked.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith(COOKIE + "=v1." + STORE + "." + active + ".").contains("Path=/")
                .contains("Max-Age=2592000").contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
        Map<String, Object> click = lastClickOf(active);
        assertThat(click).containsEntry("LANDING_PATH", PAGE).containsEntry("TRACKING_ID", trackingIdOf(active));
        assertThat((String) click.get("IP_HASH")).matches("[0-9a-f]{64}")
                .isEqualTo(keys.key().hashOf("127.0.0.1"));
        assertThat(plain.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void anUnknownOrSuspendedIdBreaksNothingAndIsCounted() throws Exception {
        Map<String, Object> before = rejects();

        HttpResponse<String> unknown = get(PAGE + "?aff=nobody-at-all", null);
        HttpResponse<String> stopped = get(PAGE + "?aff=" + trackingIdOf(suspended), null);
        HttpResponse<String> junk = get(PAGE + "?aff=%3Cscript%3E" + "x".repeat(300), null);

        assertThat(List.of(unknown, stopped, junk)).allSatisfy(page -> {
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
        });
        assertThat(increase(before, rejects(), "UNKNOWN_ID")).isEqualTo(2);
        assertThat(increase(before, rejects(), "SUSPENDED")).isEqualTo(1);
    }

    @Test
    void theOwnersApiPostsAndOurAdminPagesAreNeverTracked() throws Exception {
        long clicksBefore = clicksOf(other);

        HttpResponse<String> ownerApi = get(OWNER_API + "/rejects?aff=" + trackingIdOf(other), owner);
        HttpResponse<String> posted = browser.send(request("/api/v1/membership/affiliates/clicks?aff="
                + trackingIdOf(other), null).POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        get("/membership/admin/affiliates?aff=" + trackingIdOf(other), null);

        assertThat(ownerApi.statusCode()).isEqualTo(200);
        assertThat(ownerApi.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith(COOKIE));
        assertThat(posted.statusCode()).isEqualTo(400);
        assertThat(clicksOf(other)).isEqualTo(clicksBefore);
    }

    @Test
    void aClickOnACartPathBindsTheCartAndKeepsItsCodeFromTheAffiliate() throws Exception {
        String cart = "aff-cart-" + System.nanoTime();

        HttpResponse<String> page = get("/api/v1/cart/" + cart + "?aff=" + trackingIdOf(active), null);

        assertThat(page.headers().firstValue("Set-Cookie")).isPresent();
        assertThat(tracking.referralOfCart(STORE, cart)).get()
                .satisfies(referral -> assertThat(referral.last().affiliateId()).isEqualTo(active));
        assertThat(lastClickOf(active)).containsEntry("LANDING_PATH", "/api/v1/cart/*")
                .containsEntry("CART_CODE", cart);
    }

    @Test
    void theShortLinkRedirectsToAPathOfThisShopWithTheCookie() throws Exception {
        HttpResponse<String> link = get("/a/" + trackingIdOf(active) + "?to=%2Fproduct%2F42%3Fcolor%3Dred%26size%3D9",
                null);
        HttpResponse<String> home = get("/a/" + trackingIdOf(active), null);

        assertThat(link.statusCode()).isEqualTo(302);
        assertThat(link.headers().firstValue("Location")).contains("/product/42?color=red&size=9");
        assertThat(link.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly");
        assertThat(lastClickOf(active)).containsEntry("LANDING_PATH", "/");
        assertThat(home.headers().firstValue("Location")).contains("/");
    }

    @Test
    void theShortLinkNeverSendsAnywhereElse() throws Exception {
        Map<String, Object> before = rejects();
        List<String> foreign = List.of("%2F%2Fevil.example", "https%3A%2F%2Fevil.example", "%2F%5Cevil.example",
                "javascript%3Aalert(1)", "%2F%252F%252Fevil.example", "%2Fok%0d%0aSet-Cookie%3A%20x%3D1");

        for (String to : foreign) {
            HttpResponse<String> link = get("/a/" + trackingIdOf(active) + "?to=" + to, null);

            assertThat(link.statusCode()).as(to).isEqualTo(302);
            assertThat(link.headers().firstValue("Location")).as(to).contains("/");
        }
        HttpResponse<String> suspendedLink = get("/a/" + trackingIdOf(suspended) + "?to=%2Fsale", null);
        HttpResponse<String> unknownLink = get("/a/nobody-at-all?to=%2F%2Fevil.example", null);

        assertThat(suspendedLink.statusCode()).isEqualTo(302);
        assertThat(suspendedLink.headers().firstValue("Location")).contains("/sale");
        assertThat(suspendedLink.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(unknownLink.headers().firstValue("Location")).contains("/");
        assertThat(increase(before, rejects(), "FOREIGN_REDIRECT")).isEqualTo(foreign.size() + 1L);
        assertThat(increase(before, rejects(), "SUSPENDED")).isEqualTo(1);
    }

    @Test
    void aHeadlessStorefrontReportsClicksAndAlwaysGets204ForAWellFormedBody() {
        String cart = "headless-" + System.nanoTime();
        Map<String, Object> before = rejects();

        ResponseEntity<Map<String, Object>> known = host.send(HttpMethod.POST, "/api/v1/membership/affiliates/clicks",
                Map.of("trackingId", trackingIdOf(other), "cartCode", cart, "landingPath", "/shoes",
                        "referrer", "https://blog.example/post"), null);
        ResponseEntity<Map<String, Object>> unknown = host.send(HttpMethod.POST,
                "/api/v1/membership/affiliates/clicks", Map.of("trackingId", "nobody-at-all"), null);

        assertThat(known.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(tracking.referralOfCart(STORE, cart)).get()
                .satisfies(referral -> assertThat(referral.first().affiliateId()).isEqualTo(other));
        assertThat(lastClickOf(other)).containsEntry("LANDING_PATH", "/shoes")
                .containsEntry("REFERRER", "https://blog.example/post").containsEntry("CART_CODE", cart);
        assertThat(increase(before, rejects(), "UNKNOWN_ID")).isEqualTo(1);
    }

    @Test
    void aMalformedClickIsRefusedNamingEveryBrokenField() {
        Map<String, Object> body = new HashMap<>();
        body.put("cartCode", "c".repeat(101));
        body.put("landingPath", "/" + "p".repeat(500));
        body.put("referrer", "r".repeat(501));

        ResponseEntity<Map<String, Object>> refused = host.send(HttpMethod.POST,
                "/api/v1/membership/affiliates/clicks", body, null);

        assertThat(violationFields(refused)).containsExactly("cartCode", "landingPath", "referrer", "trackingId");
    }

    @Test
    void aGenuineCookieKeepsItsFirstClickWhenAnotherAffiliatesLinkIsClicked() throws Exception {
        String first = cookieOf(get(PAGE + "?aff=" + trackingIdOf(active), null));

        String both = cookieOf(get(PAGE + "?aff=" + trackingIdOf(other), first));

        CookieReading reading = new CookieCodec(keys.key()).read(both, STORE, Instant.now(), Duration.ofDays(30));
        assertThat(reading.referral()).get().satisfies(referral -> {
            assertThat(referral.first().affiliateId()).isEqualTo(active);
            assertThat(referral.last().affiliateId()).isEqualTo(other);
        });
    }

    @Test
    void aForgedCookieIsIgnoredAndCounted() throws Exception {
        String genuine = cookieOf(get(PAGE + "?aff=" + trackingIdOf(active), null));
        String forged = genuine.replace("v1." + STORE + "." + active + ".", "v1." + STORE + "." + other + ".");
        Map<String, Object> before = rejects();

        String renewed = cookieOf(get(PAGE + "?aff=" + trackingIdOf(other), forged));

        assertThat(increase(before, rejects(), "TAMPERED_COOKIE")).isEqualTo(1);
        Referral referral = new CookieCodec(keys.key()).read(renewed, STORE, Instant.now(), Duration.ofDays(30))
                .referral().orElseThrow();
        assertThat(referral.first()).isEqualTo(referral.last());
        assertThat(referral.first().affiliateId()).isEqualTo(other);
    }

    @Test
    void aGenuineCookieReplayedAfterItsWindowIsIgnoredAndCounted() throws Exception {
        Instant old = Instant.now().minus(Duration.ofDays(30)).minusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
        String replayed = new CookieCodec(keys.key()).encode(STORE, Referral.of(new ReferralClick(active, 1, old)))
                .orElseThrow();
        Map<String, Object> before = rejects();

        String renewed = cookieOf(get(PAGE + "?aff=" + trackingIdOf(other), replayed));

        assertThat(increase(before, rejects(), "EXPIRED_COOKIE")).isEqualTo(1);
        assertThat(new CookieCodec(keys.key()).read(renewed, STORE, Instant.now(), Duration.ofDays(30)).referral())
                .get().satisfies(referral -> assertThat(referral.first().affiliateId()).isEqualTo(other));
    }

    @Test
    void theAffiliateReadsItsOwnClicksWithoutAddresses() throws Exception {
        get("/a/" + trackingIdOf(customerAffiliate) + "?to=%2Fmine", null);

        Map<String, Object> page = host.get("/api/v1/auth/membership/affiliate/clicks?size=10", customer).getBody();
        ResponseEntity<Map<String, Object>> tooBig = host.get("/api/v1/auth/membership/affiliate/clicks?size=201",
                customer);
        ResponseEntity<Map<String, Object>> notAnAffiliate = host.get("/api/v1/auth/membership/affiliate/clicks",
                host.customerToken(host.registerCustomer("plain")));

        @SuppressWarnings("unchecked")
        Map<String, Object> latest = (Map<String, Object>) ((List<?>) page.get("items")).get(0);
        assertThat(latest.get("landingPath")).isEqualTo("/mine");
        assertThat(latest).containsOnlyKeys("clickedAt", "trackingId", "landingPath", "referrer");
        assertThat(violationFields(tooBig)).containsExactly("size");
        assertThat(notAnAffiliate.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theOwnerSeesBurstsAndRefusesABadPeriodFieldByField() throws Exception {
        for (int i = 0; i < 31; i++) {
            get(PAGE + "?aff=" + trackingIdOf(other), null);
        }

        List<Map<String, Object>> bursts = host.getList(OWNER_API + "/bursts", owner).getBody();
        ResponseEntity<Map<String, Object>> bad = host.get(OWNER_API + "/rejects?from=yesterday&to=2026-13-01",
                owner);
        ResponseEntity<Map<String, Object>> backwards = host.get(OWNER_API + "/rejects?from=2026-02-01&to=2026-01-01",
                owner);

        assertThat(bursts).anySatisfy(burst -> {
            assertThat(((Number) burst.get("affiliateId")).longValue()).isEqualTo(other);
            assertThat(((Number) burst.get("clicks")).longValue()).isGreaterThan(30);
            assertThat((String) burst.get("ipHash")).hasSize(64);
        });
        assertThat(violationFields(bad)).containsExactly("from", "to");
        assertThat(violationFields(backwards)).containsExactly("from", "to");
    }

    private long affiliate(Long customerId, AffiliateStatus status) {
        AffiliateDraft draft = new AffiliateDraft();
        draft.setName("Affiliate " + status);
        draft.setEmail("affiliate" + System.nanoTime() + "@example.com");
        Affiliate affiliate = new Affiliate(STORE, customerId, status, Instant.now());
        affiliate.apply(draft);
        long id = affiliates.saveAndFlush(affiliate).getId();
        trackingIds.saveAndFlush(new AffiliateTrackingId(STORE, trackingIdOf(id), id, Instant.now()));
        return id;
    }

    private static String trackingIdOf(long affiliate) {
        return "http-aff-" + affiliate;
    }

    private HttpResponse<String> get(String path, String cookieOrToken) throws IOException, InterruptedException {
        return browser.send(request(path, cookieOrToken).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A cookie value (it starts with {@code v1.}) goes as the tracking cookie; anything else is a bearer token. */
    private HttpRequest.Builder request(String path, String cookieOrToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(rest.getRootUri() + path))
                .header("Accept", "application/json");
        if (cookieOrToken != null && cookieOrToken.startsWith("v1.")) {
            request.header("Cookie", COOKIE + "=" + cookieOrToken);
        } else if (cookieOrToken != null) {
            request.header("Authorization", "Bearer " + cookieOrToken);
        }
        return request;
    }

    private static String cookieOf(HttpResponse<String> response) {
        String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        return setCookie.substring(COOKIE.length() + 1, setCookie.indexOf(';'));
    }

    private Map<String, Object> lastClickOf(long affiliate) {
        return jdbc.queryForList("select * from SALESMANAGER.SMM_AFFILIATE_CLICK where AFFILIATE_ID = ?"
                + " order by ID desc", affiliate).get(0);
    }

    private long clicksOf(long affiliate) {
        return jdbc.queryForObject("select count(*) from SALESMANAGER.SMM_AFFILIATE_CLICK where AFFILIATE_ID = ?",
                Long.class, affiliate);
    }

    private Map<String, Object> rejects() {
        return host.get(OWNER_API + "/rejects", owner).getBody();
    }

    private static long increase(Map<String, Object> before, Map<String, Object> after, String reason) {
        return ((Number) after.get(reason)).longValue() - ((Number) Optional.ofNullable(before.get(reason)).orElse(0))
                .longValue();
    }
}
