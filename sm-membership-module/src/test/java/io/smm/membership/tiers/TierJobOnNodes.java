package io.smm.membership.tiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;

import io.smm.membership.groups.MembershipChange;
import io.smm.membership.groups.MembershipService;
import io.smm.membership.testhost.OneNodeAtATime;
import io.smm.membership.testhost.StandInHost;

/**
 * The daily tier job of a store of its own on several nodes: customers in SILVER whom the rules no longer keep there,
 * so that the job moves each of them to BASE and passes the gate after each move.
 */
public final class TierJobOnNodes implements OneNodeAtATime.LeasedJob {

    private static final AtomicLong IDS = new AtomicLong(9_000_000 + System.nanoTime() % 1_000_000 * 10);

    private final String store;
    private final List<Long> customers;
    private volatile OneNodeAtATime.Gate gate;

    /** Sets the store up through {@code node} with {@code count} customers to move. */
    public TierJobOnNodes(StandInHost node, int count) {
        this.store = "NODES" + IDS.incrementAndGet();
        NoGraceLadder ladder = NoGraceLadder.create(node.context(), store);
        this.customers = LongStream.range(0, count).map(i -> IDS.incrementAndGet()).boxed()
                .collect(Collectors.toList());
        customers.forEach(ladder::silver);
    }

    /** Makes {@code node}'s job pass the current gate after each customer it moves. */
    public void watch(StandInHost node) {
        node.context().addApplicationListener((ApplicationListener<ApplicationEvent>) event -> {
            OneNodeAtATime.Gate current = gate;
            if (current != null && event instanceof PayloadApplicationEvent
                    && ((PayloadApplicationEvent<?>) event).getPayload() instanceof TierChanged
                    && ((TierChanged) ((PayloadApplicationEvent<?>) event).getPayload()).storeCode().equals(store)) {
                current.pass(node);
            }
        });
    }

    /** A new gate for the job's next runs. */
    public OneNodeAtATime.Gate gate() {
        gate = new OneNodeAtATime.Gate();
        return gate;
    }

    @Override
    public boolean runOn(StandInHost node) {
        return node.context().getBean(TierJob.class).run(store);
    }

    @Override
    public void startOn(StandInHost node) {
        node.context().getBean(TierJobSchedule.class).runJobNow(store);
    }

    @Override
    public boolean isDone(StandInHost node) {
        return node.context().getBean(TierJob.class).state(store).getStatus() == TierJobState.Status.FINISHED;
    }

    /** Every customer is in BASE, moved there once. */
    public void assertEveryoneMovedOnce(StandInHost node) {
        MembershipService memberships = node.context().getBean(MembershipService.class);
        for (long customer : customers) {
            assertThat(memberships.history(store, customer)).as("customer " + customer)
                    .extracting(MembershipChange::getToGroup).containsExactly("BASE", "SILVER");
        }
    }
}
