package io.smm.membership.rewards;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.membership.jobs.JobLeaseTaker;
import io.smm.membership.rewards.RewardCustomers.StoreCustomer;

/**
 * The daily birthday rewards, on one node at a time (the {@value #JOB} lease): every customer born in the store
 * zone's current month, from the host's records and then from the birthdays shoppers set, in keyset batches;
 * each reward once a year (key {@code birthday:<customerId>:<year>}), so the month's later runs grant nothing again.
 */
public class BirthdayRewards {

    static final String JOB = "rewards-birthday";
    private static final Logger LOGGER = LoggerFactory.getLogger(BirthdayRewards.class);
    private static final Duration LEASE = Duration.ofMinutes(10);

    private final RewardCustomers customers;
    private final CustomerBirthdayRepository birthdays;
    private final RewardSettingsService settings;
    private final RewardGrants grants;
    private final JobLeaseTaker leases;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ZoneId zone;
    private final int batchSize;

    BirthdayRewards(RewardCustomers customers, CustomerBirthdayRepository birthdays, RewardSettingsService settings,
            RewardGrants grants, JobLeaseTaker leases, PlatformTransactionManager transactions, Clock clock,
            ZoneId zone, int batchSize) {
        this.customers = customers;
        this.birthdays = birthdays;
        this.settings = settings;
        this.grants = grants;
        this.leases = leases;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.zone = zone;
        this.batchSize = batchSize;
    }

    /** Grants this month's birthday rewards; how many, or -1 when another node is running the job. */
    public int grantDue() {
        return grantDue(clock.instant());
    }

    int grantDue(Instant now) {
        if (!leases.take(JOB, LEASE)) {
            return -1;
        }
        int month = ZonedDateTime.ofInstant(now, zone).getMonthValue();
        String year = BirthdayRule.periodOf(now, zone);
        Map<String, Long> pointsOfStore = new HashMap<>();
        int granted = 0;
        try {
            long afterId = 0;
            for (List<StoreCustomer> batch = customers.bornIn(month, afterId, batchSize); !batch.isEmpty();
                    batch = customers.bornIn(month, afterId, batchSize)) {
                granted += grant(batch, year, pointsOfStore);
                afterId = batch.get(batch.size() - 1).customerId();
                leases.take(JOB, LEASE);
            }
            afterId = 0;
            for (List<StoreCustomer> batch = setBornIn(month, afterId); !batch.isEmpty();
                    batch = setBornIn(month, afterId)) {
                granted += grant(batch, year, pointsOfStore);
                afterId = batch.get(batch.size() - 1).customerId();
                leases.take(JOB, LEASE);
            }
        } finally {
            leases.release(JOB);
        }
        if (granted > 0) {
            LOGGER.info("Granted {} birthday rewards", granted);
        }
        return granted;
    }

    private List<StoreCustomer> setBornIn(int month, long afterId) {
        return transaction.execute(status -> birthdays.bornIn(month, afterId, PageRequest.of(0, batchSize)).stream()
                .map(born -> new StoreCustomer(born.getStoreCode(), born.getCustomerId()))
                .collect(Collectors.toList()));
    }

    private int grant(List<StoreCustomer> batch, String year, Map<String, Long> pointsOfStore) {
        int granted = 0;
        for (StoreCustomer customer : batch) {
            long points = pointsOfStore.computeIfAbsent(customer.storeCode(),
                    store -> settings.get(store).getBirthdayPoints());
            if (grants.grant(customer.storeCode(), customer.customerId(), RewardKind.BIRTHDAY, year, points,
                    "birthday:" + customer.customerId() + ":" + year)) {
                granted++;
            }
        }
        return granted;
    }
}
