package io.smm.membership.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RfmRulesTests {

    private static final List<Integer> DEFAULT = AnalyticsTerms.DEFAULT_THRESHOLDS;

    @Test
    void aMemberAloneScoresFive() {
        assertThat(RfmRules.quintiles(new long[] { 42 })).containsExactly(5);
    }

    @Test
    void fourMembersSkipAScore() {
        // ceil(5 * atOrBelow / 4) for 1..4 at or below: 2, 3, 4, 5
        assertThat(RfmRules.quintiles(new long[] { 40, 10, 30, 20 })).containsExactly(5, 2, 4, 3);
    }

    @Test
    void fiveMembersScoreOneToFive() {
        assertThat(RfmRules.quintiles(new long[] { 5, 4, 3, 2, 1 })).containsExactly(5, 4, 3, 2, 1);
    }

    @Test
    void sevenMembersAtTheBoundaries() {
        // ceil(5 * k / 7) for k = 1..7: 5/7, 10/7, 15/7, 20/7, 25/7, 30/7, 35/7 -> 1, 2, 3, 3, 4, 5, 5
        assertThat(RfmRules.quintiles(new long[] { 1, 2, 3, 4, 5, 6, 7 })).containsExactly(1, 2, 3, 3, 4, 5, 5);
    }

    @Test
    void tiesShareTheScoreOfTheLastOfThem() {
        // sorted 1, 2, 2, 2, 9: four values are at or below 2 -> ceil(20 / 5) = 4
        assertThat(RfmRules.quintiles(new long[] { 2, 9, 2, 1, 2 })).containsExactly(4, 5, 4, 1, 4);
    }

    @Test
    void membersAllEqualScoreFiveAsNobodyIsBehindAnother() {
        // e.g. every scored member ordered today: all are as recent as can be
        assertThat(RfmRules.quintiles(new long[] { 7, 7, 7, 7, 7, 7 })).containsOnly(5);
    }

    @Test
    void aLowerValueNeverScoresAboveAHigherOne() {
        Random random = new Random(16);
        for (int round = 0; round < 200; round++) {
            long[] values = random.longs(1 + random.nextInt(40), 0, 12).toArray();
            byte[] scores = RfmRules.quintiles(values);
            for (int i = 0; i < values.length; i++) {
                for (int j = 0; j < values.length; j++) {
                    if (values[i] < values[j]) {
                        assertThat(scores[i]).isLessThanOrEqualTo(scores[j]);
                    }
                }
                assertThat(scores[i]).isBetween((byte) 1, (byte) 5);
            }
        }
    }

    @Test
    void frequencyByThresholds() {
        assertThat(RfmRules.frequency(1, DEFAULT)).isEqualTo(1);
        assertThat(RfmRules.frequency(2, DEFAULT)).isEqualTo(2);
        assertThat(RfmRules.frequency(3, DEFAULT)).isEqualTo(3);
        assertThat(RfmRules.frequency(5, DEFAULT)).isEqualTo(4);
        assertThat(RfmRules.frequency(6, DEFAULT)).isEqualTo(5);
        assertThat(RfmRules.frequency(10, List.of(5, 10, 20, 40))).isEqualTo(3);
    }

    @Test
    void frequencyMonetaryRoundsUp() {
        assertThat(RfmRules.frequencyMonetary(1, 1)).isEqualTo(1);
        assertThat(RfmRules.frequencyMonetary(1, 2)).isEqualTo(2);
        assertThat(RfmRules.frequencyMonetary(4, 5)).isEqualTo(5);
        assertThat(RfmRules.frequencyMonetary(5, 5)).isEqualTo(5);
    }

    @Test
    void daysCountInTheStoreZone() {
        Instant lastOrder = Instant.parse("2026-03-01T15:30:00Z"); // 23:30 in Taipei on 1 March
        Instant now = Instant.parse("2026-03-01T16:30:00Z"); // 00:30 in Taipei on 2 March
        assertThat(RfmRules.daysSince(lastOrder, now, ZoneId.of("Asia/Taipei"))).isEqualTo(1);
        assertThat(RfmRules.daysSince(lastOrder, now, ZoneId.of("UTC"))).isZero();
    }

    @Test
    void builtInGridMapsEveryCell() {
        String[][] expected = {
            { "NEW", "POTENTIAL_LOYALIST", "POTENTIAL_LOYALIST", "CHAMPIONS", "CHAMPIONS" },
            { "PROMISING", "POTENTIAL_LOYALIST", "POTENTIAL_LOYALIST", "LOYAL", "CHAMPIONS" },
            { "ABOUT_TO_SLEEP", "ABOUT_TO_SLEEP", "NEED_ATTENTION", "LOYAL", "LOYAL" },
            { "HIBERNATING", "HIBERNATING", "AT_RISK", "AT_RISK", "CANT_LOSE" },
            { "LOST", "LOST", "AT_RISK", "AT_RISK", "CANT_LOSE" } };
        for (int recency = 5; recency >= 1; recency--) {
            for (int fm = 1; fm <= 5; fm++) {
                assertThat(RfmGrid.builtIn().segment(recency, fm).name()).as("R%d FM%d", recency, fm)
                        .isEqualTo(expected[5 - recency][fm - 1]);
            }
        }
    }

    @Test
    void gridDraftNamesEveryUnknownCell() {
        RfmGridDraft draft = new RfmGridDraft();
        List<List<String>> rows = new ArrayList<>(RfmGrid.builtIn().rows());
        rows.set(1, List.of("PROMISING", "NOPE", "POTENTIAL_LOYALIST", "LOYAL", "CHAMPIONS"));
        rows.set(4, Arrays.asList("LOST", "LOST", null, "AT_RISK", "CANT_LOSE"));
        draft.setRows(rows);
        assertThat(draft.check()).extracting(violation -> violation.field())
                .containsExactly("rows[1][1]", "rows[4][2]");
    }
}
