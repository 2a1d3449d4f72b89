package io.smm.membership.dashboard;

import static io.smm.membership.sql.NativeRows.whole;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MemberGroup;
import io.smm.membership.jobs.JobLeaseTaker;

/**
 * Brings the order spans of every store up to date, one node at a time under a lease (docs/analytics-dashboard.md):
 * counts afresh a store never counted or counted in another time zone, then counts again the members whose orders
 * changed and those who moved tier since, a batch at a time.
 */
public class OrderSpanRefresher {

    static final String LEASE = "dashboard-order-spans";
    private static final Logger LOGGER = LoggerFactory.getLogger(OrderSpanRefresher.class);
    private static final int BATCH = 500;

    private final OrderSpanStore spans;
    private final GroupService groups;
    private final JobLeaseTaker leases;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration lease;

    OrderSpanRefresher(OrderSpanStore spans, GroupService groups, JobLeaseTaker leases, Clock clock, ZoneId zone,
            Duration interval) {
        this.spans = spans;
        this.groups = groups;
        this.leases = leases;
        this.clock = clock;
        this.zone = zone;
        this.lease = interval.plus(Duration.ofMinutes(10));
    }

    /** One run; false when another node holds the lease or took it during the run. */
    public boolean refresh() {
        if (!leases.take(LEASE, lease)) {
            return false;
        }
        try {
            return refreshUnderLease();
        } finally {
            leases.release(LEASE);
        }
    }

    private boolean refreshUnderLease() {
        Instant started = clock.instant();
        List<String> stores = spans.stores();
        for (String store : stores) {
            if (!spans.zoneOf(store).map(zone::equals).orElse(false)) {
                rebuild(store, List.of());
            }
        }
        for (List<Object[]> batch = spans.changes(BATCH); !batch.isEmpty(); batch = spans.changes(BATCH)) {
            Map<String, List<Object[]>> byStore = new LinkedHashMap<>();
            batch.forEach(change -> byStore.computeIfAbsent((String) change[1], store -> new ArrayList<>())
                    .add(change));
            byStore.forEach(this::count);
            if (!leases.take(LEASE, lease)) {
                return false;
            }
        }
        for (String store : stores) {
            long defaultTierId = defaultTierId(store);
            List<Long> before = List.of();
            for (List<Long> moved = spans.movedMembers(store, defaultTierId, BATCH); !moved.isEmpty()
                    && !moved.equals(before); moved = spans.movedMembers(store, defaultTierId, BATCH)) {
                spans.recount(store, defaultTierId, zone, moved, List.of(), clock.instant());
                if (!leases.take(LEASE, lease)) {
                    return false;
                }
                before = moved; // a batch that did not move on would come back forever
            }
            spans.countedUpTo(store, started);
        }
        return true;
    }

    private void count(String store, List<Object[]> changes) {
        List<Long> ids = new ArrayList<>();
        Set<Long> customers = new LinkedHashSet<>();
        changes.forEach(change -> {
            ids.add(whole(change[0]));
            customers.add(whole(change[2]));
        });
        if (spans.zoneOf(store).isEmpty()) {
            rebuild(store, ids);
        } else {
            spans.recount(store, defaultTierId(store), zone, customers, ids, clock.instant());
        }
    }

    private void rebuild(String store, List<Long> changeIds) {
        long started = System.nanoTime();
        spans.rebuild(store, defaultTierId(store), zone, changeIds, clock.instant());
        LOGGER.info("Counted the paid orders of store {} for the dashboard afresh in {} ms ({})", store,
                (System.nanoTime() - started) / 1_000_000, zone);
    }

    private long defaultTierId(String store) {
        Optional<MemberGroup> fallback = groups.list(store).stream()
                .filter(group -> group.isTier() && group.isDefaultTier()).findFirst();
        return fallback.map(MemberGroup::getId).orElse(-1L);
    }
}
