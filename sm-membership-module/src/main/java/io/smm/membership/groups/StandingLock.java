package io.smm.membership.groups;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The lock every change of a customer's tier takes first, in the caller's transaction: their standing row. Rule
 * evaluations, moves by hand and approvals into a tier so take turns per customer, and a batch takes its
 * customers' locks in id order, as everything else does. The tiers feature's way to the standing rows.
 */
public class StandingLock {

    private final CustomerStandingRepository standings;
    private final StandingRows standingRows;

    StandingLock(CustomerStandingRepository standings, StandingRows standingRows) {
        this.standings = standings;
        this.standingRows = standingRows;
    }

    /**
     * Locks the customer's standing row, created first when this transaction cannot see it: in a transaction of
     * its own (see {@link StandingRows}), so that a second connection is taken only once per customer.
     */
    public CustomerStanding lock(String storeCode, long customerId) {
        if (standings.findByStoreCodeAndCustomerId(storeCode, customerId).isEmpty()) {
            createStanding(storeCode, customerId);
        }
        return standings.lock(storeCode, customerId).orElseThrow();
    }

    private void createStanding(String storeCode, long customerId) {
        try {
            standingRows.createIfAbsent(storeCode, customerId);
        } catch (DataIntegrityViolationException | ConcurrencyFailureException createdByAnother) {
            // the other transaction committed it (MariaDB may say so with a deadlock): the caller locks it
        }
    }

    /** Locks the standing rows of a batch, in customer id order, creating first those this transaction cannot see. */
    public Map<Long, CustomerStanding> lockAll(String storeCode, List<Long> customerIds) {
        Set<Long> seen = standings.customersWithStanding(storeCode, customerIds);
        List<Long> absent = customerIds.stream().filter(id -> !seen.contains(id)).collect(Collectors.toList());
        if (!absent.isEmpty()) {
            try {
                standingRows.createAll(storeCode, absent);
            } catch (DataIntegrityViolationException | ConcurrencyFailureException oneCreatedByAnother) {
                absent.forEach(customerId -> createStanding(storeCode, customerId));
            }
        }
        return standings.lockAll(storeCode, customerIds).stream()
                .collect(Collectors.toMap(CustomerStanding::getCustomerId, standing -> standing));
    }

    /** The customer's standing as it is, without its lock: for reads that change nothing. */
    public Optional<CustomerStanding> current(String storeCode, long customerId) {
        return standings.findByStoreCodeAndCustomerId(storeCode, customerId);
    }

    /** The standings of every customer of the store who has one, without their locks, by customer id. */
    public Map<Long, CustomerStanding> currentOfStore(String storeCode) {
        return standings.findByStoreCode(storeCode).stream()
                .collect(Collectors.toMap(CustomerStanding::getCustomerId, standing -> standing));
    }
}
