package io.smm.membership.groups;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** A history entry as our JSON shows it; reasons the system wrote are message keys, shown translated. */
public final class ChangeView {

    private final long id;
    private final MembershipChange.Type type;
    private final String fromGroup;
    private final String toGroup;
    private final Actor.Kind actorKind;
    private final String actor;
    private final String reason;
    private final String changedAt;

    private ChangeView(MembershipChange change, String reason) {
        this.id = change.getId();
        this.type = change.getType();
        this.fromGroup = change.getFromGroup();
        this.toGroup = change.getToGroup();
        this.actorKind = change.getActorKind();
        this.actor = change.getActorName();
        this.reason = reason;
        this.changedAt = Instants.iso(change.getChangedAt());
    }

    public static ChangeView of(MembershipChange change, MessageSource messages, Locale locale) {
        String reason = change.getReason();
        if (reason != null && reason.startsWith("membership.")) {
            reason = messages.getMessage(reason, null, reason, locale);
        }
        return new ChangeView(change, reason);
    }

    public long getId() {
        return id;
    }

    public MembershipChange.Type getType() {
        return type;
    }

    public String getFromGroup() {
        return fromGroup;
    }

    public String getToGroup() {
        return toGroup;
    }

    public Actor.Kind getActorKind() {
        return actorKind;
    }

    public String getActor() {
        return actor;
    }

    public String getReason() {
        return reason;
    }

    public String getChangedAt() {
        return changedAt;
    }
}
