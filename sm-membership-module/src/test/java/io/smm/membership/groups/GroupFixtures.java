package io.smm.membership.groups;

import java.time.Instant;

import org.springframework.context.ApplicationContext;

/** Groups and history rows for the tests of other packages, made as only this package can make them. */
public final class GroupFixtures {

    private GroupFixtures() {
    }

    /** The draft of a tier with an English name. */
    public static GroupDraft tier(String code, Integer rank) {
        GroupDraft draft = new GroupDraft();
        draft.setCode(code);
        draft.setKind(GroupKind.TIER);
        draft.setRank(rank);
        draft.setNameEn("Name of " + code);
        return draft;
    }

    /** A tier of the DEFAULT store, not saved. */
    public static MemberGroup unsavedTier(String code, int rank, Instant now) {
        MemberGroup group = new MemberGroup("DEFAULT", now);
        group.apply(tier(code, rank), false, now);
        return group;
    }

    /** Writes a change into the history, as at {@code changedAt}. */
    public static void recordChange(ApplicationContext context, String store, long customer,
            MembershipChange.Type type, String from, String to, Actor actor, Instant changedAt) {
        context.getBean(MembershipChangeRepository.class)
                .save(new MembershipChange(store, customer, type, from, to, actor, null, changedAt));
    }
}
