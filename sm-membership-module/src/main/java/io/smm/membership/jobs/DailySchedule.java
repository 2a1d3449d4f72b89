package io.smm.membership.jobs;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.TimeZone;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Runs a piece of work daily at a time of the store's zone, on a scheduler of its own ({@link OwnScheduler}). A run
 * that fails is logged; the next day's run tries again.
 */
public final class DailySchedule extends OwnScheduler {

    private static final Logger LOGGER = LoggerFactory.getLogger(DailySchedule.class);

    private final String name;
    private final CronTrigger daily;
    private final Runnable work;

    /** @param name what the work is, for its thread's name and the log */
    public DailySchedule(String name, LocalTime at, ZoneId zone, Runnable work) {
        super("membership-" + name + "-");
        this.name = name;
        this.daily = new CronTrigger(String.format("0 %d %d * * *", at.getMinute(), at.getHour()),
                TimeZone.getTimeZone(zone));
        this.work = work;
    }

    @Override
    void schedule(ThreadPoolTaskScheduler scheduler) {
        scheduler.schedule(this::runSafely, daily);
    }

    private void runSafely() {
        try {
            work.run();
        } catch (RuntimeException failed) {
            LOGGER.error("The daily {} failed; the next daily run tries again", name, failed);
        }
    }
}
