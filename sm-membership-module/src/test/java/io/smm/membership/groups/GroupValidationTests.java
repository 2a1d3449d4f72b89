package io.smm.membership.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.smm.membership.web.Violation;

class GroupValidationTests {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void acceptsAWellFormedTier() {
        assertThat(GroupValidation.check(GroupFixtures.tier("GOLD", 2), List.of())).isEmpty();
    }

    @Test
    void requiresCodeKindAndEnglishName() {
        GroupDraft draft = new GroupDraft();

        assertThat(codes(GroupValidation.check(draft, List.of()))).containsExactlyInAnyOrder(
                "code:membership.group.code.required", "kind:membership.group.kind.required",
                "nameEn:membership.group.name.required");
    }

    @Test
    void acceptsCodesOfTwoToFiftyLettersDigitsDashesAndUnderscores() {
        assertThat(GroupValidation.check(GroupFixtures.tier("ab", 0), List.of())).isEmpty();
        assertThat(GroupValidation.check(GroupFixtures.tier("A".repeat(50), 0), List.of())).isEmpty();
        assertThat(GroupValidation.check(GroupFixtures.tier("vip_2-b", 0), List.of())).isEmpty();
        assertThat(codes(GroupValidation.check(GroupFixtures.tier("A", 0), List.of())))
                .containsExactly("code:membership.group.code.pattern");
        assertThat(codes(GroupValidation.check(GroupFixtures.tier("A".repeat(51), 0), List.of())))
                .containsExactly("code:membership.group.code.pattern");
        assertThat(codes(GroupValidation.check(GroupFixtures.tier("VIP GOLD", 0), List.of())))
                .containsExactly("code:membership.group.code.pattern");
    }

    @Test
    void refusesTheCodeTheDashboardNamesAllMembersBy() {
        assertThat(codes(GroupValidation.check(GroupFixtures.tier("all", 0), List.of())))
                .containsExactly("code:membership.group.code.reserved");
        assertThat(GroupValidation.check(GroupFixtures.tier("ALLSTARS", 0), List.of())).isEmpty();
    }

    @Test
    void keepsRanksFromZeroTo999() {
        assertThat(GroupValidation.check(GroupFixtures.tier("LOW", 0), List.of())).isEmpty();
        assertThat(GroupValidation.check(GroupFixtures.tier("HIGH", 999), List.of())).isEmpty();
        assertThat(codes(GroupValidation.check(GroupFixtures.tier("NEG", -1), List.of())))
                .containsExactly("rank:membership.group.rank.range");
        assertThat(codes(GroupValidation.check(GroupFixtures.tier("BIG", 1000), List.of())))
                .containsExactly("rank:membership.group.rank.range");
    }

    @Test
    void givesTiersAndOnlyTiersARank() {
        assertThat(codes(GroupValidation.check(GroupFixtures.tier("GOLD", null), List.of())))
                .containsExactly("rank:membership.group.rank.required");
        GroupDraft manual = manual("STAFF");
        manual.setRank(3);
        assertThat(codes(GroupValidation.check(manual, List.of())))
                .containsExactly("rank:membership.group.rank.manual");
    }

    @Test
    void letsOnlyATierBeTheDefaultTier() {
        GroupDraft manual = manual("STAFF");
        manual.setDefaultTier(true);

        assertThat(codes(GroupValidation.check(manual, List.of())))
                .containsExactly("defaultTier:membership.group.default-tier.manual");
    }

    @Test
    void asksApprovalOnlyOfGroupsOpenToApply() {
        GroupDraft closed = manual("WHOLESALE");
        closed.setNeedsApproval(true);

        assertThat(codes(GroupValidation.check(closed, List.of())))
                .containsExactly("needsApproval:membership.group.needs-approval.closed");
        closed.setOpenToApply(true);
        assertThat(GroupValidation.check(closed, List.of())).isEmpty();
    }

    @Test
    void refusesACodeOrTierRankAlreadyUsedInTheStore() {
        List<MemberGroup> others = List.of(group(GroupFixtures.tier("GOLD", 2)), group(manual("STAFF")));

        assertThat(codes(GroupValidation.check(GroupFixtures.tier("gold", 5), others)))
                .containsExactly("code:membership.group.code.duplicate");
        assertThat(codes(GroupValidation.check(GroupFixtures.tier("PLATINUM", 2), others)))
                .containsExactly("rank:membership.group.rank.duplicate");
        assertThat(codes(GroupValidation.check(manual("staff"), others)))
                .containsExactly("code:membership.group.code.duplicate");
    }

    @Test
    void limitsNamesToOneHundredCharacters() {
        GroupDraft draft = GroupFixtures.tier("GOLD", 1);
        draft.setNameZhTw("金".repeat(100));
        assertThat(GroupValidation.check(draft, List.of())).isEmpty();

        draft.setNameZhCn("金".repeat(101));
        assertThat(codes(GroupValidation.check(draft, List.of())))
                .containsExactly("nameZhCn:membership.group.name.too-long");
    }

    private static MemberGroup group(GroupDraft draft) {
        MemberGroup group = new MemberGroup("DEFAULT", NOW);
        group.apply(draft, false, NOW);
        return group;
    }

    static GroupDraft manual(String code) {
        GroupDraft draft = new GroupDraft();
        draft.setCode(code);
        draft.setKind(GroupKind.MANUAL);
        draft.setNameEn("Name of " + code);
        return draft;
    }

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + ":" + v.code()).collect(Collectors.toList());
    }
}
