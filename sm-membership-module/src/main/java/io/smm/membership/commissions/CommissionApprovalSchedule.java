package io.smm.membership.commissions;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.TimeZone;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Runs the commission approval daily at the configured time of the store's zone, on a scheduler of its own that is
 * not a bean, so the host's {@code @Scheduled} tasks never land on it.
 */
public class CommissionApprovalSchedule implements SmartLifecycle {

    private static final Logger LOGGER = LoggerFactory.getLogger(CommissionApprovalSchedule.class);

    private final CommissionApproval approval;
    private final CronTrigger daily;
    private ThreadPoolTaskScheduler scheduler;

    CommissionApprovalSchedule(CommissionApproval approval, LocalTime at, ZoneId zone) {
        this.approval = approval;
        this.daily = new CronTrigger(String.format("0 %d %d * * *", at.getMinute(), at.getHour()),
                TimeZone.getTimeZone(zone));
    }

    @Override
    public void start() {
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("membership-commissions-");
        scheduler.initialize();
        scheduler.schedule(this::approveSafely, daily);
    }

    private void approveSafely() {
        try {
            approval.approveDue();
        } catch (RuntimeException failed) {
            LOGGER.error("Could not approve the due affiliate commissions; the next run approves them", failed);
        }
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
