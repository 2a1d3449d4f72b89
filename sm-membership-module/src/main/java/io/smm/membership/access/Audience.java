package io.smm.membership.access;

import java.util.Objects;
import java.util.Optional;

/**
 * Who a category rule is for: guests (not signed in), members (any signed-in customer) or the members of one group.
 * Its key ({@code GUESTS}, {@code MEMBERS}, {@code GROUP:12}) is how the owner's JSON and the database name it.
 */
public final class Audience {

    /** The three kinds of audience. */
    public enum Kind {
        GUESTS,
        MEMBERS,
        GROUP
    }

    private static final String GROUP_PREFIX = "GROUP:";
    private static final Audience GUESTS = new Audience(Kind.GUESTS, null);
    private static final Audience MEMBERS = new Audience(Kind.MEMBERS, null);

    private final Kind kind;
    private final Long groupId;

    private Audience(Kind kind, Long groupId) {
        this.kind = kind;
        this.groupId = groupId;
    }

    public static Audience guests() {
        return GUESTS;
    }

    public static Audience members() {
        return MEMBERS;
    }

    public static Audience group(long groupId) {
        return new Audience(Kind.GROUP, groupId);
    }

    /** The audience a key names; empty for anything else (lower case, a group id that is no number...). */
    public static Optional<Audience> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.equals(Kind.GUESTS.name())) {
            return Optional.of(GUESTS);
        }
        if (key.equals(Kind.MEMBERS.name())) {
            return Optional.of(MEMBERS);
        }
        if (key.startsWith(GROUP_PREFIX) && key.length() > GROUP_PREFIX.length() && key.length() < 25
                && key.substring(GROUP_PREFIX.length()).chars().allMatch(Character::isDigit)) {
            return Optional.of(group(Long.parseLong(key.substring(GROUP_PREFIX.length()))));
        }
        return Optional.empty();
    }

    public Kind kind() {
        return kind;
    }

    /** The group's id for a GROUP audience, else empty. */
    public Optional<Long> groupId() {
        return Optional.ofNullable(groupId);
    }

    public String key() {
        return kind == Kind.GROUP ? GROUP_PREFIX + groupId : kind.name();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Audience && ((Audience) other).kind == kind
                && Objects.equals(((Audience) other).groupId, groupId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, groupId);
    }

    @Override
    public String toString() {
        return key();
    }
}
