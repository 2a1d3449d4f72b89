package io.smm.membership.groups;

import java.time.Instant;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.smm.membership.time.UtcInstantConverter;

/** One entry of a customer's membership history: written once, never edited. */
@Entity(name = "SmmMembershipChange")
@Table(name = "SMM_MEMBERSHIP_CHANGE")
@Immutable
public class MembershipChange {

    /** What changed. */
    public enum Type { TIER_CHANGED, GROUP_JOINED, GROUP_LEFT }

    private static final String ARGUMENT_SEPARATOR = "|";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STORE_CODE", nullable = false)
    private String storeCode;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANGE_TYPE", nullable = false)
    private Type type;

    @Column(name = "FROM_GROUP_CODE")
    private String fromGroup;

    @Column(name = "TO_GROUP_CODE")
    private String toGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTOR_KIND", nullable = false)
    private Actor.Kind actorKind;

    @Column(name = "ACTOR_NAME")
    private String actorName;

    @Column(name = "REASON")
    private String reason;

    @Column(name = "REASON_ARGS")
    private String reasonArgs;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "CHANGED_AT", nullable = false)
    private Instant changedAt;

    protected MembershipChange() {
    }

    MembershipChange(String storeCode, long customerId, Type type, String fromGroup, String toGroup, Actor actor,
            String reason, Instant changedAt) {
        this.storeCode = storeCode;
        this.customerId = customerId;
        this.type = type;
        this.fromGroup = fromGroup;
        this.toGroup = toGroup;
        this.actorKind = actor.kind();
        this.actorName = actor.name();
        this.reason = reason;
        this.changedAt = changedAt;
    }

    /** A change the system made by a rule: {@code reasonKey} is a message key, shown with its arguments. */
    static MembershipChange byRule(String storeCode, long customerId, Type type, String fromGroup, String toGroup,
            String reasonKey, List<String> reasonArgs, Instant changedAt) {
        MembershipChange change = new MembershipChange(storeCode, customerId, type, fromGroup, toGroup,
                Actor.system(), reasonKey, changedAt);
        change.reasonArgs = String.join(ARGUMENT_SEPARATOR, reasonArgs);
        return change;
    }

    /** The arguments of a reason that is a message key; empty when it has none. */
    public List<String> getReasonArgs() {
        return reasonArgs == null || reasonArgs.isEmpty() ? List.of() : List.of(reasonArgs.split("\\|", -1));
    }

    public Long getId() {
        return id;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Type getType() {
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

    public String getActorName() {
        return actorName;
    }

    public String getReason() {
        return reason;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
