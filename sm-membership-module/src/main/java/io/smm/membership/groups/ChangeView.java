package io.smm.membership.groups;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

import io.smm.membership.time.Instants;

/** A history entry as our JSON shows it; reasons the system wrote are message keys, shown translated. */
public final class ChangeView {

    private static final Pattern AMOUNT = Pattern.compile("-?\\d+(\\.\\d+)?");

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
            Object[] arguments = change.getReasonArgs().stream().map(argument -> numberOrText(argument, locale))
                    .toArray();
            reason = messages.getMessage(reason, arguments, reason, locale);
        }
        return new ChangeView(change, reason);
    }

    /**
     * Numbers are shown for the reader's locale: whole ones (ids, days, a yen amount) as numbers the message
     * formats, amounts with decimals with all of them, as they were rounded to their currency's scale.
     */
    private static Object numberOrText(String argument, Locale locale) {
        if (!AMOUNT.matcher(argument).matches()) {
            return argument;
        }
        BigDecimal number = new BigDecimal(argument);
        if (number.scale() <= 0) {
            return number;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(number.scale());
        format.setMaximumFractionDigits(number.scale());
        return format.format(number);
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
