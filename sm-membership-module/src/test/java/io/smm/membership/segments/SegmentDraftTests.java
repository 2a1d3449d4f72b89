package io.smm.membership.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.smm.membership.web.Violation;

class SegmentDraftTests {

    @Test
    void namesEveryBrokenFieldAtOnce() {
        SegmentDraft draft = new SegmentDraft();
        draft.setRfmSegments(List.of("CHAMPIONS", "HEROES"));
        draft.setTiers(List.of("GOLD", "TIN"));
        draft.setGroups(List.of("NOPE"));
        draft.setFigures("FOREVER");
        draft.setSpendMin(new BigDecimal("100"));
        draft.setSpendMax(new BigDecimal("50"));
        draft.setOrdersMin(-1);
        draft.setDaysSinceLastOrderMin(30);
        draft.setDaysSinceLastOrderMax(10);
        draft.setRegisteredFrom(LocalDate.of(2025, 2, 1));
        draft.setRegisteredTo(LocalDate.of(2025, 1, 1));
        draft.setPointsMin(5L);
        draft.setPointsMax(5L);
        draft.setFavouriteCategoryId(99L);

        List<Violation> violations = draft.check(Set.of("GOLD"), Set.of("VIP"), id -> false);

        assertThat(violations).extracting(Violation::field).containsExactlyInAnyOrder("name", "rfmSegments[1]",
                "tiers[1]", "groups[0]", "figures", "spendMin", "spendMax", "ordersMin", "daysSinceLastOrderMin",
                "daysSinceLastOrderMax", "registeredFrom", "registeredTo", "favouriteCategoryId");
    }

    @Test
    void acceptsEqualEndsAndNoFilterAtAll() {
        SegmentDraft draft = new SegmentDraft();
        draft.setName("Everyone");
        draft.setOrdersMin(2);
        draft.setOrdersMax(2);

        assertThat(draft.check(Set.of(), Set.of(), id -> true)).isEmpty();
        assertThat(draft.figuresOrDefault()).isEqualTo(SegmentDraft.Figures.LIFETIME);
    }
}
