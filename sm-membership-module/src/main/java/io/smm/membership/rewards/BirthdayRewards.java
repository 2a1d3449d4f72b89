package io.smm.membership.rewards;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;

import io.smm.membership.rewards.RewardCustomers.StoreCustomer;

/**
 * The daily birthday rewards, on one node at a time (the {@value #JOB} lease): every customer born in the store
 * zone's current month, from the host's records and then from the birthdays shoppers set, in keyset batches;
 * each reward once a year (key {@code birthday:<customerId>:<year>}), so the month's later runs grant nothing again.
 */
public class BirthdayRewards {

    static final String JOB = "rewards-birthday";
    private static final Logger LOGGER = LoggerFactory.getLogger(BirthdayRewards.class);

    private final RewardCustomers customers;
    private final CustomerBirthdayRepository birthdays;
    private final RewardJobs jobs;

    BirthdayRewards(RewardCustomers customers, CustomerBirthdayRepository birthdays, RewardJobs jobs) {
        this.customers = customers;
        this.birthdays = birthdays;
        this.jobs = jobs;
    }

    /** Grants this month's birthday rewards; how many, or -1 when another node is running the job. */
    public int grantDue() {
        return grantDue(jobs.clock.instant());
    }

    int grantDue(Instant now) {
        int granted = jobs.underLease(JOB, () -> {
            int month = ZonedDateTime.ofInstant(now, jobs.zone).getMonthValue();
            String year = BirthdayRule.periodOf(now, jobs.zone);
            Map<String, RewardOffer> offerOfStore = new HashMap<>();
            int count = 0;
            long afterId = 0;
            for (List<StoreCustomer> batch = customers.bornIn(month, afterId, jobs.batchSize); !batch.isEmpty();
                    batch = customers.bornIn(month, afterId, jobs.batchSize)) {
                count += grant(batch, year, offerOfStore);
                afterId = batch.get(batch.size() - 1).customerId();
                jobs.renew(JOB);
            }
            afterId = 0;
            for (List<StoreCustomer> batch = setBornIn(month, afterId); !batch.isEmpty();
                    batch = setBornIn(month, afterId)) {
                count += grant(batch, year, offerOfStore);
                afterId = batch.get(batch.size() - 1).customerId();
                jobs.renew(JOB);
            }
            return count;
        });
        if (granted > 0) {
            LOGGER.info("Granted {} birthday rewards", granted);
        }
        return granted;
    }

    private List<StoreCustomer> setBornIn(int month, long afterId) {
        return jobs.transaction.execute(status -> birthdays.bornIn(month, afterId, PageRequest.of(0, jobs.batchSize))
                .stream()
                .map(born -> new StoreCustomer(born.getStoreCode(), born.getCustomerId()))
                .collect(Collectors.toList()));
    }

    private int grant(List<StoreCustomer> batch, String year, Map<String, RewardOffer> offerOfStore) {
        int granted = 0;
        for (StoreCustomer customer : batch) {
            RewardOffer offer = offerOfStore.computeIfAbsent(customer.storeCode(),
                    store -> jobs.settings.get(store).birthday());
            if (jobs.grants.grant(customer.storeCode(), customer.customerId(), RewardKind.BIRTHDAY, year, offer,
                    "birthday:" + customer.customerId() + ":" + year)) {
                granted++;
            }
        }
        return granted;
    }
}
