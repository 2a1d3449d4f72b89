package io.smm.membership.access;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.membership.testdb.TestDatabases;
import io.smm.membership.testdb.TestDatabases.HostDatabase;
import io.smm.membership.testhost.StandInHost;

/**
 * "A permission change is applied within the refresh interval on every node" (issue 13): two stand-in nodes on one
 * database; the owner closes a category to guests on node A through the owner's JSON, and node B's product detail,
 * asked as a guest every 10 ms, is timed until it answers 404 (then the category is opened again and timed until
 * 200). Each round starts after a random pause of up to one interval, so the change meets node B's refresh at every
 * phase. Prints every delay, then min, median and max per direction.
 *
 * <p>Arguments: rounds (20), database (postgres), refresh interval (1s, as {@code sm.membership.access.refresh-interval}).
 */
public final class AccessRefreshOnNodes {

    private static final String ACCESS = "/api/v1/private/membership/category-access/";
    private static final Duration POLL = Duration.ofMillis(10);
    private static final Duration GIVE_UP = Duration.ofSeconds(30);

    private AccessRefreshOnNodes() {
    }

    public static void main(String[] args) throws InterruptedException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        HostDatabase database = TestDatabases.forHost(args.length > 1 ? args[1] : "postgres");
        Duration interval = Duration.parse("PT" + (args.length > 2 ? args[2] : "1s").toUpperCase());
        List<String> settings = List.of("sm.membership.access.refresh-interval=" + interval.toMillis() + "ms");
        try (StandInHost nodeA = StandInHost.start(database, 10, settings);
                StandInHost nodeB = StandInHost.start(database, 10, settings)) {
            String owner = nodeA.client().adminToken();
            StandInCatalog catalog = nodeA.context().getBean(StandInCatalog.class);
            long category = catalog.createCategory("refresh", "Refresh");
            long product = catalog.createProduct(NewProduct.sku("REFRESH").name("Refresh tea").price("10.00")
                    .categories(category));
            String detail = "/api/v1/product/" + product;
            await(nodeB, detail, HttpStatus.OK); // node B has read the new category by now
            Random random = new Random(42);
            List<Long> closing = new ArrayList<>();
            List<Long> opening = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                Thread.sleep(random.nextInt((int) interval.toMillis()));
                long closed = change(nodeA, owner, category, List.of(Map.of("audience", "GUESTS", "permission",
                        "BROWSE", "state", "DENY")), nodeB, detail, HttpStatus.NOT_FOUND);
                Thread.sleep(random.nextInt((int) interval.toMillis()));
                long opened = change(nodeA, owner, category, List.of(), nodeB, detail, HttpStatus.OK);
                closing.add(closed);
                opening.add(opened);
                System.out.printf("round %2d: closed on B after %4d ms, open again after %4d ms%n", round, closed,
                        opened);
            }
            System.out.printf("%nrefresh interval %d ms, %d rounds, node B polled every %d ms:%n",
                    interval.toMillis(), rounds, POLL.toMillis());
            System.out.println("closed to guests (404 on B): " + summary(closing));
            System.out.println("opened again (200 on B): " + summary(opening));
        }
        System.exit(0);
    }

    /** Saves the category's rules on node A and waits for node B's answer: milliseconds from A's answer to B's. */
    private static long change(StandInHost nodeA, String owner, long category, List<Map<String, String>> rules,
            StandInHost nodeB, String detail, HttpStatus expected) throws InterruptedException {
        ResponseEntity<Map<String, Object>> saved = nodeA.client().send(HttpMethod.PUT, ACCESS + category,
                Map.of("rules", rules), owner);
        if (!saved.getStatusCode().is2xxSuccessful()) {
            throw new IllegalStateException("node A refused the rules: " + saved);
        }
        long savedAt = System.nanoTime();
        await(nodeB, detail, expected);
        return (System.nanoTime() - savedAt) / 1_000_000;
    }

    private static void await(StandInHost node, String path, HttpStatus expected) throws InterruptedException {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (node.client().get(path, null).getStatusCode() != expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(path + " never answered " + expected);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private static String summary(List<Long> delays) {
        List<Long> sorted = new ArrayList<>(delays);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return String.format("min %d ms, median %.0f ms, max %d ms", sorted.get(0), median, sorted.get(n - 1));
    }
}
