package io.smm.harness.order;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.stereotype.Component;

/**
 * Test hook (bean {@code standInFaults}): makes the next {@code orderService.processOrder} throw after the order
 * has been persisted and stock decremented, so a test can prove that the whole checkout rolls back.
 */
@Component("standInFaults")
public class StandInFaults {

    /** Message of the exception thrown by an injected fault. */
    public static final String INJECTED_FAILURE = "Injected failure after the order was persisted";

    private final AtomicBoolean failNextOrder = new AtomicBoolean();

    /** The next {@code processOrder} call fails (once) with {@value #INJECTED_FAILURE}. */
    public void failNextOrderAfterPersist() {
        failNextOrder.set(true);
    }

    /** Withdraws a pending fault. */
    public void reset() {
        failNextOrder.set(false);
    }

    void afterOrderPersisted() {
        if (failNextOrder.getAndSet(false)) {
            throw new IllegalStateException(INJECTED_FAILURE);
        }
    }
}
