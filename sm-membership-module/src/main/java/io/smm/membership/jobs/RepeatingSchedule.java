package io.smm.membership.jobs;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Runs a piece of work again and again, each run {@code interval} after the previous one ended (the first one
 * {@code interval} after start), on a scheduler of its own ({@link OwnScheduler}). A run that fails is logged and the
 * next one tries again.
 */
public final class RepeatingSchedule extends OwnScheduler {

    private static final Logger LOGGER = LoggerFactory.getLogger(RepeatingSchedule.class);

    private final String name;
    private final Duration interval;
    private final Runnable work;

    /** @param name what the work is, for its thread's name and the log */
    public RepeatingSchedule(String name, Duration interval, Runnable work) {
        super("membership-" + name + "-");
        this.name = name;
        this.interval = interval;
        this.work = work;
    }

    @Override
    void schedule(ThreadPoolTaskScheduler scheduler) {
        scheduler.scheduleWithFixedDelay(this::runSafely, Instant.now().plus(interval), interval);
    }

    private void runSafely() {
        try {
            work.run();
        } catch (RuntimeException failed) {
            LOGGER.error("The {} run failed; the next run tries again", name, failed);
        }
    }
}
