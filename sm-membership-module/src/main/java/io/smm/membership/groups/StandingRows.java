package io.smm.membership.groups;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a customer's standing row in a transaction of its own, committed at once, so that the evaluation
 * that needs it can lock it: two first orders of one customer race on the insert, not on their checkouts. It
 * looks in its own transaction too: the caller's may be repeatable read (MariaDB), with a view too old to see a
 * row another transaction just created, and a locking read there of a missing row would hold the very gap this
 * insert needs.
 */
class StandingRows {

    private final CustomerStandingRepository standings;

    StandingRows(CustomerStandingRepository standings) {
        this.standings = standings;
    }

    /** @throws org.springframework.dao.DataIntegrityViolationException when another transaction created it first */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void createIfAbsent(String storeCode, long customerId) {
        if (standings.findByStoreCodeAndCustomerId(storeCode, customerId).isEmpty()) {
            standings.saveAndFlush(new CustomerStanding(storeCode, customerId));
        }
    }

    /**
     * @throws org.springframework.dao.DataIntegrityViolationException when another transaction created one first
     * @throws org.springframework.dao.ConcurrencyFailureException when MariaDB reports that race as a deadlock
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void createAll(String storeCode, Collection<Long> customerIds) {
        Set<Long> present = standings.customersWithStanding(storeCode, customerIds);
        standings.insertAll(storeCode, customerIds.stream().filter(id -> !present.contains(id))
                .collect(Collectors.toList()));
    }
}
