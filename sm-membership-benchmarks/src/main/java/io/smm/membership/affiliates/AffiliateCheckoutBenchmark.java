package io.smm.membership.affiliates;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.membership.testdb.TestDatabases;
import io.smm.membership.testhost.CouponCheckoutRace;
import io.smm.membership.testhost.HostClient;
import io.smm.membership.testhost.StandInHost;

/**
 * What an affiliate cookie adds to a checkout (issue 14: at most 1 ms). On each database the stand-in host with the
 * module takes sequential guest checkouts through its HTTP checkout, each of a cart of its own holding one product:
 * in blocks, alternately without any affiliate and with a valid affiliate cookie, fresh from the affiliate's short
 * link {@code /a/{trackingId}} for each checkout, so the machine's noise falls on both alike (the block order goes
 * without-with, with-without, and so on). Carts and cookies of a block are made before it; only the checkout
 * requests are timed. Prints each side's mean, median and p90 per checkout and their differences, the means' with a
 * 95 % interval drawn from the pairs of blocks.
 *
 * <p>Exits 1 unless every checkout with the cookie, warm-up included, wrote exactly one pending commission for the
 * affiliate and every one without wrote none.
 *
 * <p>Arguments: databases (h2,postgres), measured checkouts per side (1000), block size (25), warm-up checkouts per
 * side (250).
 */
public final class AffiliateCheckoutBenchmark {

    private static final String STORE = "DEFAULT";
    private static final String AFFILIATES = "/api/v1/private/membership/affiliates";
    private static final String PRICE = "10.00";
    private static final String HEADER = "| database | checkouts per side | without: mean / median / p90 (ms) "
            + "| with cookie: mean / median / p90 (ms) | difference: mean ± 95 % / median / p90 (ms) "
            + "| pending commissions with / rows without | counts |";

    private AffiliateCheckoutBenchmark() {
    }

    public static void main(String[] args) {
        List<String> databases = List.of((args.length > 0 ? args[0] : "h2,postgres").split(","));
        int checkouts = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int block = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 250;
        List<String> rows = new ArrayList<>();
        boolean allRight = true;
        for (String name : databases) {
            try (StandInHost host = StandInHost.start(TestDatabases.forHost(name), 10)) {
                Shop shop = new Shop(host);
                shop.alternate(warmUp, block);
                Alternated measured = shop.alternate(checkouts, block);
                Commissions commissions = shop.commissions();
                allRight &= commissions.right();
                String row = String.format("| %s | %d | %s | %s | %s | %s | %s |", name, checkouts,
                        measured.without, measured.with, measured.difference(), commissions,
                        commissions.right() ? "right" : "OFF");
                System.out.println(row);
                rows.add(row);
            }
        }
        System.out.printf("%nSequential guest checkouts, blocks of %d, %d per side to warm up:%n%n%s%n", block, warmUp,
                HEADER);
        System.out.println(HEADER.replaceAll("[^|]", "-"));
        rows.forEach(System.out::println);
        System.out.println(allRight ? "Every count was right." : "A COUNT WAS OFF.");
        System.exit(allRight ? 0 : 1);
    }

    /** One host's shop: a product, an active affiliate, fresh carts and clicks, guest checkouts timed one by one. */
    private static final class Shop {

        private final HostClient client;
        private final HttpClient links = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private final String root;
        private final JdbcTemplate database;
        private final String sku;
        private final String trackingId;
        private final long affiliateId;
        private final List<Long> ordersWith = new ArrayList<>();
        private final List<Long> ordersWithout = new ArrayList<>();
        private int shoppers;

        Shop(StandInHost host) {
            this.client = host.client();
            this.root = "http://localhost:" + host.context().getEnvironment().getProperty("local.server.port");
            this.database = new JdbcTemplate(host.context().getBean("dataSource", DataSource.class));
            this.sku = "AFF-BENCH-" + System.nanoTime();
            host.context().getBean(StandInCatalog.class).createProduct(NewProduct.sku(sku).name("Bench tea")
                    .price(PRICE).quantity(1_000_000));
            this.trackingId = "bench-" + Long.toString(System.nanoTime(), 36);
            Map<String, Object> affiliate = new HashMap<>();
            affiliate.put("name", "Bench partner");
            affiliate.put("email", trackingId + "@partner.example.com");
            affiliate.put("trackingId", trackingId);
            affiliate.put("rate", "10");
            affiliate.put("payoutMethod", "BANK_TRANSFER");
            affiliate.put("payoutEmail", trackingId + "@partner.example.com");
            affiliate.put("payoutDetails", "IBAN on file");
            affiliate.put("status", "ACTIVE");
            ResponseEntity<Map<String, Object>> created = client.send(HttpMethod.POST, AFFILIATES, affiliate,
                    client.adminToken());
            if (created.getStatusCode() != HttpStatus.CREATED) {
                throw new IllegalStateException("affiliate not created: " + created);
            }
            this.affiliateId = ((Number) created.getBody().get("id")).longValue();
        }

        /**
         * {@code perSide} checkouts without an affiliate and as many with its cookie, in blocks of {@code block}
         * alternating sides, the side that goes first changing every pair of blocks.
         */
        Alternated alternate(int perSide, int block) {
            long[] without = new long[perSide];
            long[] with = new long[perSide];
            List<Double> pairDifferences = new ArrayList<>();
            for (int done = 0, pair = 0; done < perSide; done += block, pair++) {
                int size = Math.min(block, perSide - done);
                if (pair % 2 == 0) {
                    checkOut(without, done, size, false);
                    checkOut(with, done, size, true);
                } else {
                    checkOut(with, done, size, true);
                    checkOut(without, done, size, false);
                }
                pairDifferences.add((Arrays.stream(with, done, done + size).sum()
                        - Arrays.stream(without, done, done + size).sum()) / 1e6 / size);
            }
            return new Alternated(new Timings(without), new Timings(with), pairDifferences);
        }

        /** What the checkouts so far wrote in SMM_COMMISSION. */
        Commissions commissions() {
            Map<Long, List<String>> rowsByOrder = new HashMap<>();
            database.query("select ORDER_ID, AFFILIATE_ID, STATE from SALESMANAGER.SMM_COMMISSION"
                    + " where STORE_CODE = ?", rs -> {
                        rowsByOrder.computeIfAbsent(rs.getLong(1), order -> new ArrayList<>())
                                .add(rs.getLong(2) == affiliateId ? rs.getString(3) : "OTHER AFFILIATE");
                    }, STORE);
            long pendingWith = ordersWith.stream().filter(order -> List.of("PENDING").equals(rowsByOrder.get(order)))
                    .count();
            long rowsWithout = ordersWithout.stream().mapToLong(order -> rowsByOrder.getOrDefault(order, List.of())
                    .size()).sum();
            return new Commissions(ordersWith.size(), pendingWith, rowsWithout);
        }

        private void checkOut(long[] nanos, int from, int size, boolean withCookie) {
            List<String> carts = new ArrayList<>();
            List<HttpHeaders> headers = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                carts.add(cart());
                HttpHeaders cookie = new HttpHeaders();
                if (withCookie) {
                    cookie.add(HttpHeaders.COOKIE, clickedCookie());
                }
                headers.add(cookie);
            }
            for (int i = 0; i < size; i++) {
                Map<String, Object> order = CouponCheckoutRace.guestOrder("shopper" + ++shoppers + "-"
                        + sku.toLowerCase() + "@example.com", PRICE);
                long start = System.nanoTime();
                ResponseEntity<Map<String, Object>> placed = client.send(HttpMethod.POST,
                        "/api/v1/cart/" + carts.get(i) + "/checkout", order, null, headers.get(i));
                nanos[from + i] = System.nanoTime() - start;
                if (placed.getStatusCode() != HttpStatus.OK) {
                    throw new IllegalStateException("checkout of cart " + carts.get(i) + " failed: " + placed);
                }
                (withCookie ? ordersWith : ordersWithout).add(((Number) placed.getBody().get("id")).longValue());
            }
        }

        private String cart() {
            ResponseEntity<Map<String, Object>> cart = client.send(HttpMethod.POST, "/api/v1/cart",
                    Map.of("product", sku, "quantity", 1), null);
            if (!cart.getStatusCode().is2xxSuccessful()) {
                throw new IllegalStateException("no cart: " + cart);
            }
            return (String) cart.getBody().get("code");
        }

        /** The {@code name=value} of the affiliate cookie the short link sets: a new click each time. */
        private String clickedCookie() {
            try {
                HttpResponse<Void> redirect = links.send(HttpRequest.newBuilder(URI.create(root + "/a/" + trackingId))
                        .build(), HttpResponse.BodyHandlers.discarding());
                return redirect.headers().allValues(HttpHeaders.SET_COOKIE).stream()
                        .filter(cookie -> cookie.startsWith("smm_aff=")).map(cookie -> cookie.split(";", 2)[0])
                        .findFirst().orElseThrow(() -> new IllegalStateException("no affiliate cookie from /a/"
                                + trackingId + ": " + redirect.statusCode() + " " + redirect.headers().map()));
            } catch (IOException e) {
                throw new IllegalStateException("the short link did not answer", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    /** Both sides' timings of one run. */
    private static final class Alternated {

        final Timings without;
        final Timings with;
        /** Per pair of blocks, the mean with minus the mean without, in ms. */
        final List<Double> pairDifferences;

        Alternated(Timings without, Timings with, List<Double> pairDifferences) {
            this.without = without;
            this.with = with;
            this.pairDifferences = pairDifferences;
        }

        /**
         * With minus without: the means, with a 95 % interval from the pairs of blocks (normal approximation; a pair
         * ran side by side, so the machine's slower minutes cancel within it), the medians, the p90s.
         */
        String difference() {
            double mean = pairDifferences.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double variance = pairDifferences.stream().mapToDouble(d -> (d - mean) * (d - mean)).sum()
                    / (pairDifferences.size() - 1);
            double interval = 1.96 * Math.sqrt(variance / pairDifferences.size());
            return String.format("%+.3f ± %.3f / %+.3f / %+.3f", with.meanMs() - without.meanMs(), interval,
                    with.percentileMs(50) - without.percentileMs(50), with.percentileMs(90) - without.percentileMs(90));
        }
    }

    /** Per-checkout times, sorted. */
    private static final class Timings {

        private final long[] sorted;

        Timings(long[] nanos) {
            this.sorted = nanos.clone();
            Arrays.sort(sorted);
        }

        double meanMs() {
            return Arrays.stream(sorted).average().orElse(0) / 1e6;
        }

        /** The nearest-rank percentile, in ms. */
        double percentileMs(double percent) {
            int rank = (int) Math.ceil(percent / 100 * sorted.length);
            return sorted[Math.max(rank, 1) - 1] / 1e6;
        }

        @Override
        public String toString() {
            return String.format("%.3f / %.3f / %.3f", meanMs(), percentileMs(50), percentileMs(90));
        }
    }

    /** The checkouts' commission rows: one pending for the affiliate per checkout with the cookie, none without. */
    private static final class Commissions {

        final int with;
        final long pendingWith;
        final long rowsWithout;

        Commissions(int with, long pendingWith, long rowsWithout) {
            this.with = with;
            this.pendingWith = pendingWith;
            this.rowsWithout = rowsWithout;
        }

        boolean right() {
            return pendingWith == with && rowsWithout == 0;
        }

        @Override
        public String toString() {
            return pendingWith + " of " + with + " / " + rowsWithout;
        }
    }
}
