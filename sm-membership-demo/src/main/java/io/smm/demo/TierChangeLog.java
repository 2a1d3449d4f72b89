package io.smm.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

import io.smm.membership.tiers.TierChanged;

/** What a shop would turn into an e-mail: the demo logs every tier change. */
class TierChangeLog {

    private static final Logger log = LoggerFactory.getLogger(TierChangeLog.class);

    @EventListener
    void on(TierChanged change) {
        log.info("Tier change to tell the customer about: {}", change);
    }
}
