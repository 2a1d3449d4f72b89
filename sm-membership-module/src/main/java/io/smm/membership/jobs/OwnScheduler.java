package io.smm.membership.jobs;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * A job that runs on a scheduler of its own, started and stopped with the application, and not a bean, so the
 * host's {@code @Scheduled} tasks never land on it.
 */
abstract class OwnScheduler implements SmartLifecycle {

    private final String threadNamePrefix;
    private ThreadPoolTaskScheduler scheduler;

    OwnScheduler(String threadNamePrefix) {
        this.threadNamePrefix = threadNamePrefix;
    }

    /** Puts the job's work on the scheduler, once it runs. */
    abstract void schedule(ThreadPoolTaskScheduler scheduler);

    @Override
    public void start() {
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix(threadNamePrefix);
        scheduler.initialize();
        schedule(scheduler);
    }

    @Override
    public void stop() {
        scheduler.shutdown();
        scheduler = null;
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
