package io.smm.membership.testhost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Checks that a background job which takes a lease in the database runs on one node at a time: started on two
 * nodes at once, one runs and the other is refused; the one running, killed in the middle, is taken over by the
 * other once its lease has expired. The job is held in its middle by a {@link Gate} it passes after each step.
 */
public final class OneNodeAtATime {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private OneNodeAtATime() {
    }

    /** A leased job as the test drives it on a node. */
    public interface LeasedJob {

        /** Runs the job on this node now, in the calling thread; false when another node holds its lease. */
        boolean runOn(StandInHost node);

        /** Starts the job on this node in the background, as its schedule does, waiting for a lease held elsewhere. */
        void startOn(StandInHost node);

        /** Whether all of the job's work is done, as the database says. */
        boolean isDone(StandInHost node);
    }

    /**
     * Where a job passes after each step of its work. The first node to pass is held there until {@link #open()};
     * the others, and that node afterwards, pass freely. Held, a node ignores interrupts, as a hung process would.
     */
    public static final class Gate {

        private final CountDownLatch reached = new CountDownLatch(1);
        private final CountDownLatch opened = new CountDownLatch(1);
        private final List<StandInHost> passed = new CopyOnWriteArrayList<>();

        /** Called by the job on {@code node} after a step. */
        public void pass(StandInHost node) {
            passed.add(node);
            if (reached.getCount() == 0) {
                return;
            }
            reached.countDown();
            boolean interrupted = false;
            while (opened.getCount() > 0) {
                try {
                    opened.await();
                } catch (InterruptedException ignored) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        StandInHost awaitHeld() throws InterruptedException {
            assertThat(reached.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("a node reached the gate").isTrue();
            return passed.get(0);
        }

        void open() {
            opened.countDown();
        }

        List<StandInHost> passed() {
            return List.copyOf(passed);
        }
    }

    /**
     * Starts {@code job} on both nodes at once and checks that one runs while the other is refused; kills the one
     * running while the gate holds it, and checks that the other, started then, takes its work over after the
     * lease and finishes it.
     *
     * @return the node that was killed (closed)
     */
    public static StandInHost checkOneAtATimeAndTakeover(LeasedJob job, Gate gate, List<StandInHost> nodes,
            Duration lease) throws Exception {
        long started = System.nanoTime();
        ExecutorService both = Executors.newFixedThreadPool(2);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> job.runOn(nodes.get(0)), both);
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> job.runOn(nodes.get(1)), both);
        both.shutdown();
        StandInHost running = gate.awaitHeld();
        StandInHost other = running == nodes.get(0) ? nodes.get(1) : nodes.get(0);
        CompletableFuture<Boolean> refused = running == nodes.get(0) ? second : first;

        assertThat(refused.get(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the other node sees the lease").isFalse();
        assertThat(gate.passed()).as("only the node holding the lease works").containsOnly(running);

        running.close();
        gate.open();
        job.startOn(other);

        awaitTrue(() -> job.isDone(other), lease.plus(WAIT), "the job finished on the other node");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("taken over once the lease expired")
                .isGreaterThanOrEqualTo(lease);
        assertThat(gate.passed()).as("the other node took over").contains(other);
        return running;
    }

    /** Polls {@code condition} until it holds or {@code deadline} has passed. */
    public static void awaitTrue(BooleanSupplier condition, Duration deadline, String what)
            throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("Expected " + what + " within " + deadline);
            }
            Thread.sleep(50);
        }
    }
}
