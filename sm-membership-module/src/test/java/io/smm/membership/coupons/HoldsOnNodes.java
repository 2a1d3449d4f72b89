package io.smm.membership.coupons;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import io.smm.membership.jobs.ExpiredHolds;
import io.smm.membership.jobs.HoldSweeper;
import io.smm.membership.jobs.JobLeaseTaker;
import io.smm.membership.testhost.StandInHost;

/** Coupon holds and their sweeper as a test drives them on one of several nodes. */
public final class HoldsOnNodes {

    private HoldsOnNodes() {
    }

    /** A checkout on {@code node} holds the coupon's use for the cart, then the node dies before the order. */
    public static void holdAndDie(StandInHost node, String code, String cart) {
        node.context().getBean(CouponTill.class).hold("DEFAULT", code, cart,
                CouponShopper.guest("gone-" + cart + "@example.com", Set.of()));
    }

    /**
     * {@code node} is in the middle of a sweep: it holds the sweeper's leases for {@code lasting}, and its schedule is
     * stopped, so that no round of its own lets the lease go.
     */
    public static void startSweepingOn(StandInHost node, Duration lasting) {
        node.context().getBean(HoldSweeper.class).stop();
        node.context().getBeansOfType(ExpiredHolds.class).values()
                .forEach(holds -> node.context().getBean(JobLeaseTaker.class).take(holds.lease(), lasting));
    }

    /**
     * Sweeps on {@code node} as if the holds' time had passed: how many holds it freed, -1 when another node holds
     * the sweeper's lease.
     */
    public static int sweepOnceExpired(StandInHost node) {
        return node.context().getBean(HoldSweeper.class).sweep(Instant.now().plus(Duration.ofHours(1)));
    }
}
