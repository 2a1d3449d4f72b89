package io.smm.membership.admin.rfm;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The store's latest RFM run as the page tells it: its state, when it started, how many members it scored out of
 * how many, and how long it took once finished. A run left {@code RUNNING} by a node that stopped shows so until
 * the next run takes the lease and marks it failed.
 */
public final class RunSummary {

    private final Map<String, Object> run;

    /** @param run as {@code RfmReport#latest} answers it */
    RunSummary(Map<String, Object> run) {
        this.run = run;
    }

    public boolean isRunning() {
        return "RUNNING".equals(run.get("status"));
    }

    public boolean isDone() {
        return "DONE".equals(run.get("status"));
    }

    /** ISO-8601, as the page's time formatter takes it. */
    public String getStartedAt() {
        return (String) run.get("startedAt");
    }

    public String getTriggeredBy() {
        return String.valueOf(run.get("triggeredBy"));
    }

    public String getMembers() {
        return String.valueOf(run.get("members"));
    }

    public String getScored() {
        return String.valueOf(run.get("scored"));
    }

    public String getMoved() {
        return String.valueOf(run.get("moved"));
    }

    /** How long a finished run took; null while it runs. */
    public Duration getDuration() {
        Object finished = run.get("finishedAt");
        return finished == null ? null
                : Duration.between(Instant.parse(getStartedAt()), Instant.parse((String) finished));
    }

    /** Whole minutes of the duration, as text. */
    public String getMinutes() {
        return Long.toString(getDuration().toMinutes());
    }

    /** The seconds after the whole minutes, as text. */
    public String getSeconds() {
        return Long.toString(getDuration().toSecondsPart());
    }
}
