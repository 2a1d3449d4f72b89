package io.smm.membership.dashboard;

/** Days without a paid order after which a member of the store sleeps: the analytics settings say it. */
@FunctionalInterface
public interface SleepDays {

    int of(String storeCode);
}
