package io.smm.membership.groups;

import java.util.Locale;

import io.smm.membership.time.Instants;

/** An application as our JSON shows it. */
public final class ApplicationView {

    private final long id;
    private final long customerId;
    private final GroupView group;
    private final GroupApplication.Status status;
    private final String message;
    private final String decisionReason;
    private final String decidedBy;
    private final String createdAt;
    private final String decidedAt;

    private ApplicationView(GroupApplication application, Locale locale) {
        this.id = application.getId();
        this.customerId = application.getCustomerId();
        this.group = GroupView.of(application.getGroup(), locale);
        this.status = application.getStatus();
        this.message = application.getMessage();
        this.decisionReason = application.getDecisionReason();
        this.decidedBy = application.getDecidedBy();
        this.createdAt = Instants.iso(application.getCreatedAt());
        this.decidedAt = Instants.iso(application.getDecidedAt());
    }

    public static ApplicationView of(GroupApplication application, Locale locale) {
        return new ApplicationView(application, locale);
    }

    public long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public GroupView getGroup() {
        return group;
    }

    public GroupApplication.Status getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getCreatedAt() {
        return createdAt;
    }

    public String getDecidedAt() {
        return decidedAt;
    }
}
