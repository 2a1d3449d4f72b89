package io.smm.membership.groups;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a customer's standing row in a transaction of its own, committed at once, so that the evaluation
 * that needs it can lock it: two first orders of one customer race on the insert, not on their checkouts.
 */
class StandingRows {

    private final CustomerStandingRepository standings;

    StandingRows(CustomerStandingRepository standings) {
        this.standings = standings;
    }

    /** @throws org.springframework.dao.DataIntegrityViolationException when another transaction created it first */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void create(String storeCode, long customerId) {
        standings.saveAndFlush(new CustomerStanding(storeCode, customerId));
    }
}
