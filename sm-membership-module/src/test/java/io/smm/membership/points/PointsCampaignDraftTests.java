package io.smm.membership.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.smm.membership.web.Violation;

class PointsCampaignDraftTests {

    private static final Set<Long> GROUPS = Set.of(1L, 2L, 3L);

    @Test
    void aCompleteCampaignHasNoProblem() {
        assertThat(valid().check(GROUPS)).isEmpty();
    }

    @Test
    void everyBrokenFieldIsNamedAtOnce() {
        PointsCampaignDraft draft = valid();
        draft.setName(" ");
        draft.setEndsAt(draft.getStartsAt());
        draft.setMultiplier(BigDecimal.ZERO);
        draft.setGroupIds(List.of(3L, 99L));

        List<Violation> violations = draft.check(GROUPS);

        assertThat(fieldsOf(violations)).containsExactly("name", "endsAt", "multiplier", "groupIds");
        assertThat(violations.get(3).arguments()).containsExactly(99L);
    }

    @Test
    void aMultiplierOfTenIsTheMostAndAboveItIsRefused() {
        PointsCampaignDraft ten = valid();
        ten.setMultiplier(new BigDecimal("10"));
        PointsCampaignDraft more = valid();
        more.setMultiplier(new BigDecimal("10.0001"));
        PointsCampaignDraft negative = valid();
        negative.setMultiplier(new BigDecimal("-2"));

        assertThat(ten.check(GROUPS)).isEmpty();
        assertThat(fieldsOf(more.check(GROUPS))).containsExactly("multiplier");
        assertThat(fieldsOf(negative.check(GROUPS))).containsExactly("multiplier");
    }

    @Test
    void anEmptyDraftNamesItsRequiredFields() {
        assertThat(fieldsOf(new PointsCampaignDraft().check(GROUPS)))
                .containsExactly("name", "startsAt", "endsAt", "multiplier");
    }

    @Test
    void aNameLongerThanTheColumnIsRefused() {
        PointsCampaignDraft draft = valid();
        draft.setName("x".repeat(PointsCampaignDraft.NAME_MAX + 1));

        assertThat(fieldsOf(draft.check(GROUPS))).containsExactly("name");
    }

    private static PointsCampaignDraft valid() {
        PointsCampaignDraft draft = new PointsCampaignDraft();
        draft.setName("Double points week");
        draft.setStartsAt(LocalDateTime.parse("2027-03-01T00:00"));
        draft.setEndsAt(LocalDateTime.parse("2027-03-08T00:00"));
        draft.setMultiplier(new BigDecimal("2"));
        draft.setGroupIds(List.of(3L));
        return draft;
    }

    private static List<String> fieldsOf(List<Violation> violations) {
        return violations.stream().map(Violation::field).collect(Collectors.toList());
    }
}
