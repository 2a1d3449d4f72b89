package io.smm.membership.tiers;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

/** Records every {@link TierChanged} with the thread that heard it; fails after recording when asked to. */
@TestConfiguration(proxyBeanMethods = false)
class RecordedTierChanges {

    final List<Heard> heard = new CopyOnWriteArrayList<>();
    volatile boolean failing;

    @EventListener
    void on(TierChanged change) {
        heard.add(new Heard(change, Thread.currentThread()));
        if (failing) {
            throw new IllegalStateException("the mail server is down, say");
        }
    }

    List<TierChanged> of(long customerId) {
        return heard.stream().map(h -> h.change).filter(c -> c.customerId() == customerId)
                .collect(Collectors.toList());
    }

    static final class Heard {
        final TierChanged change;
        final Thread thread;

        Heard(TierChanged change, Thread thread) {
            this.change = change;
            this.thread = thread;
        }
    }
}
