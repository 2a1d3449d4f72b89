package io.smm.membership.groups;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

/** Records every {@link TierChanged} with the thread that heard it. */
@TestConfiguration(proxyBeanMethods = false)
class RecordedTierChanges {

    final List<Heard> heard = new CopyOnWriteArrayList<>();

    @EventListener
    void on(TierChanged change) {
        heard.add(new Heard(change, Thread.currentThread()));
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
