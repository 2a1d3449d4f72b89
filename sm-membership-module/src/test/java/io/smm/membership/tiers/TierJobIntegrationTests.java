package io.smm.membership.tiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.harness.StandInShopApplication;
import io.smm.membership.groups.MemberGroup;
import io.smm.membership.groups.MembershipChange;
import io.smm.membership.groups.MembershipService;
import io.smm.membership.orders.OrderFacts;

/**
 * The daily tier job on the host's database: what it moves, that it moves nobody twice, and that it resumes; and the
 * backfill's lease of its own.
 */
@SpringBootTest(classes = { StandInShopApplication.class, RecordedTierChanges.class })
class TierJobIntegrationTests {

    private static final AtomicLong IDS = new AtomicLong(8_000_000 + System.nanoTime() % 1_000_000 * 10);

    @Autowired
    private TierService tiers;

    @Autowired
    private MembershipService memberships;

    @Autowired
    private SpendLedger ledger;

    @Autowired
    private TierJobRepository jobs;

    @Autowired
    private TierJobSteps steps;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private SpendBackfillSteps backfills;

    @Autowired
    private SpendBackfillRepository backfillRows;

    @Autowired
    private ApplicationContext context;

    private String store;
    private NoGraceLadder ladder;

    @BeforeEach
    void ladderWithoutGrace() {
        store = "JOB" + IDS.incrementAndGet();
        ladder = NoGraceLadder.create(context, store);
    }

    @Test
    void movesWhoTheRulesNoLongerKeepAndNobodyTwice() {
        long keeps = silverWithSpend("900.00", Instant.now());
        long slidOut = silverWithSpend("900.00", Instant.now().minus(Duration.ofDays(400)));
        long base = IDS.incrementAndGet();
        ledger.record(order(base, "5000.00", Instant.now().minus(Duration.ofDays(400))));

        boolean ran = job().run(store);
        boolean ranAgain = job().run(store);

        assertThat(ran).isTrue();
        assertThat(ranAgain).isTrue();
        assertThat(tierOf(keeps)).isEqualTo("SILVER");
        assertThat(tierOf(slidOut)).isEqualTo("BASE");
        assertThat(tierOf(base)).isEqualTo("BASE");
        assertThat(memberships.history(store, slidOut)).extracting(MembershipChange::getToGroup)
                .containsExactly("BASE", "SILVER");
        assertThat(jobs.findById(store).orElseThrow()).satisfies(job -> {
            assertThat(job.getStatus()).isEqualTo(TierJobState.Status.FINISHED);
            assertThat(job.getEvaluated()).isEqualTo(3);
            assertThat(job.getMoved()).isZero();
        });
    }

    @Test
    void twoInstancesAtOnceMoveEachCustomerOnce() {
        List<Long> customers = List.of(silverWithSpend("0.00", Instant.now()), silverWithSpend("0.00", Instant.now()),
                silverWithSpend("0.00", Instant.now()));

        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> job().run(store));
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> job().run(store));

        assertThat(List.of(first.join(), second.join())).contains(true);
        for (long customer : customers) {
            assertThat(tierOf(customer)).isEqualTo("BASE");
            assertThat(memberships.history(store, customer)).extracting(MembershipChange::getToGroup)
                    .containsExactly("BASE", "SILVER");
        }
    }

    @Test
    void oneInstanceHoldsTheLeaseUntilItLetsGo() {
        steps.createJob(store);

        boolean first = steps.takeLease(store, "instance-a");
        boolean whileHeld = steps.takeLease(store, "instance-b");
        boolean renewed = steps.takeLease(store, "instance-a");
        steps.releaseLease(store, "instance-a");
        boolean afterRelease = steps.takeLease(store, "instance-b");

        assertThat(List.of(first, whileHeld, renewed, afterRelease)).containsExactly(true, false, true, true);
        assertThat(job().run(store)).isFalse();
    }

    @Test
    void theBackfillHoldsALeaseOfItsOwnAndShowsItsProgressToEveryInstance() {
        backfills.create(store);

        boolean first = backfills.start(store, "instance-a");
        boolean whileHeld = backfills.start(store, "instance-b");
        boolean renewed = backfills.read(store, "instance-a", 42);
        SpendBackfill.BackfillProgress running = backfills.progress(store);
        backfills.end(store, "instance-a", SpendBackfill.BackfillProgress.Status.FINISHED);
        boolean afterEnd = backfills.start(store, "instance-b");

        assertThat(List.of(first, whileHeld, renewed, afterEnd)).containsExactly(true, false, true, true);
        assertThat(running.getStatus()).isEqualTo(SpendBackfill.BackfillProgress.Status.RUNNING);
        assertThat(running.getOrdersRead()).isEqualTo(42);
        assertThat(job().run(store)).as("the tier job's lease is another").isTrue();
    }

    @Test
    void aBackfillWhoseInstanceDiedShowsAsFailedOnceItsLeaseHasPassed() {
        backfills.create(store);
        backfills.start(store, "crashed-instance");
        new TransactionTemplate(transactions).executeWithoutResult(status -> backfillRows.takeLease(store,
                "crashed-instance", Instant.now().minusSeconds(1), Instant.now()));

        SpendBackfill.BackfillProgress seen = backfills.progress(store);

        assertThat(seen.getStatus()).isEqualTo(SpendBackfill.BackfillProgress.Status.FAILED);
        assertThat(backfills.start(store, "instance-b")).isTrue();
    }

    @Test
    void aRunCutShortResumesAfterTheLastCustomerItSaved() {
        long done = silverWithSpend("0.00", Instant.now());
        long second = silverWithSpend("0.00", Instant.now());
        long third = silverWithSpend("0.00", Instant.now());
        steps.createJob(store);
        steps.startOrResume(store);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jobs.takeLease(store, "crashed-instance", Instant.now().minusSeconds(1), Instant.now());
            jobs.findById(store).orElseThrow().advance(done, 1, 0);
        });

        boolean resumed = job().run(store);

        assertThat(resumed).isTrue();
        assertThat(tierOf(done)).isEqualTo("SILVER");
        assertThat(tierOf(second)).isEqualTo("BASE");
        assertThat(tierOf(third)).isEqualTo("BASE");
        assertThat(jobs.findById(store).orElseThrow().getEvaluated()).isEqualTo(3);
    }

    private long silverWithSpend(String amount, Instant placedAt) {
        long customer = IDS.incrementAndGet();
        ladder.silver(customer);
        ledger.record(order(customer, amount, placedAt));
        return customer;
    }

    private OrderFacts order(long customer, String total, Instant placedAt) {
        return new OrderFacts(IDS.incrementAndGet(), customer, store, placedAt, "DELIVERED", new BigDecimal(total),
                BigDecimal.ZERO, BigDecimal.ZERO, Currency.getInstance("CAD"));
    }

    /** A job of another application instance (its own lease owner), in batches of two customers. */
    private TierJob job() {
        return new TierJob(steps, tiers, 2);
    }

    private String tierOf(long customer) {
        return memberships.statusOf(store, customer).tier().map(MemberGroup::getCode).orElse(null);
    }
}
