package io.smm.membership.affiliates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.membership.testdb.TestDatabases;
import io.smm.membership.testhost.CouponCheckoutRace;
import io.smm.membership.testhost.HostClient;
import io.smm.membership.testhost.StandInHost;

/**
 * What an affiliate cookie adds to a checkout (issue 14: at most 1 ms). On each database the stand-in host with the
 * module takes sequential guest checkouts through its HTTP checkout, each of a cart of its own holding one product,
 * and prints the mean, median and p90 per checkout.
 *
 * <p>Arguments: databases (h2,postgres), measured checkouts (1000), block size (25), warm-up checkouts (250).
 */
public final class AffiliateCheckoutBenchmark {

    private static final String PRICE = "10.00";

    private AffiliateCheckoutBenchmark() {
    }

    public static void main(String[] args) {
        List<String> databases = List.of((args.length > 0 ? args[0] : "h2,postgres").split(","));
        int checkouts = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int block = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 250;
        for (String name : databases) {
            try (StandInHost host = StandInHost.start(TestDatabases.forHost(name), 10)) {
                Shop shop = new Shop(host);
                shop.checkOut(warmUp, block);
                Timings without = shop.checkOut(checkouts, block);
                System.out.printf("%s, %d checkouts in blocks of %d after %d to warm up: without %s%n", name,
                        checkouts, block, warmUp, without);
            }
        }
        System.exit(0);
    }

    /** One host's shop: a product, fresh carts of it, and guest checkouts timed one by one. */
    private static final class Shop {

        private final HostClient client;
        private final String sku;
        private int shoppers;

        Shop(StandInHost host) {
            this.client = host.client();
            this.sku = "AFF-BENCH-" + System.nanoTime();
            host.context().getBean(StandInCatalog.class).createProduct(NewProduct.sku(sku).name("Bench tea")
                    .price(PRICE).quantity(1_000_000));
        }

        /** {@code count} checkouts in blocks of {@code block}: carts are made before a block, then timed in turn. */
        Timings checkOut(int count, int block) {
            long[] nanos = new long[count];
            for (int done = 0; done < count; done += block) {
                int size = Math.min(block, count - done);
                List<String> carts = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    carts.add(cart());
                }
                for (int i = 0; i < size; i++) {
                    nanos[done + i] = timedCheckout(carts.get(i), new HttpHeaders());
                }
            }
            return new Timings(nanos);
        }

        private String cart() {
            ResponseEntity<Map<String, Object>> cart = client.send(HttpMethod.POST, "/api/v1/cart",
                    Map.of("product", sku, "quantity", 1), null);
            if (cart.getStatusCode() != HttpStatus.CREATED && cart.getStatusCode() != HttpStatus.OK) {
                throw new IllegalStateException("no cart: " + cart);
            }
            return (String) cart.getBody().get("code");
        }

        private long timedCheckout(String cart, HttpHeaders headers) {
            Map<String, Object> order = CouponCheckoutRace.guestOrder("shopper" + ++shoppers + "-" + sku.toLowerCase()
                    + "@example.com", PRICE);
            long start = System.nanoTime();
            ResponseEntity<Map<String, Object>> placed = client.send(HttpMethod.POST,
                    "/api/v1/cart/" + cart + "/checkout", order, null, headers);
            long took = System.nanoTime() - start;
            if (placed.getStatusCode() != HttpStatus.OK) {
                throw new IllegalStateException("checkout of cart " + cart + " failed: " + placed);
            }
            return took;
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
            return String.format("mean %.3f ms, median %.3f ms, p90 %.3f ms", meanMs(), percentileMs(50),
                    percentileMs(90));
        }
    }
}
