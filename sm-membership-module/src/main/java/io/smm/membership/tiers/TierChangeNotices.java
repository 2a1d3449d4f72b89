package io.smm.membership.tiers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.event.SimpleApplicationEventMulticaster;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes {@link TierChanged} once the move has committed, synchronously. Shopizer replaces the context's
 * multicaster with an asynchronous one (docs/host-seams.md#events-are-asynchronous), whose listeners run on a new
 * thread without request or transaction; so the event goes through a multicaster of our own, without executor,
 * to the same listeners: {@code @EventListener} methods and {@code ApplicationListener} beans (a
 * {@code @TransactionalEventListener} would wait for a commit that has already happened: use {@code @EventListener}).
 */
class TierChangeNotices {

    private static final Logger log = LoggerFactory.getLogger(TierChangeNotices.class);

    private final AbstractApplicationContext context;
    private volatile SimpleApplicationEventMulticaster multicaster;

    TierChangeNotices(AbstractApplicationContext context) {
        this.context = context;
    }

    void publishAfterCommit(TierChanged change) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            publish(change);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                publish(change);
            }
        });
    }

    private void publish(TierChanged change) {
        multicaster().multicastEvent(new PayloadApplicationEvent<>(this, change));
    }

    private SimpleApplicationEventMulticaster multicaster() {
        if (multicaster == null) {
            SimpleApplicationEventMulticaster synchronous = new SimpleApplicationEventMulticaster(
                    context.getBeanFactory());
            // the move has committed: a listener that fails (an e-mail server down) must not fail the checkout
            synchronous.setErrorHandler(failure -> log.warn("A TierChanged listener failed; the move stands", failure));
            context.getApplicationListeners().forEach(synchronous::addApplicationListener);
            for (String name : context.getBeanNamesForType(ApplicationListener.class, true, false)) {
                synchronous.addApplicationListenerBean(name);
            }
            multicaster = synchronous;
        }
        return multicaster;
    }
}
