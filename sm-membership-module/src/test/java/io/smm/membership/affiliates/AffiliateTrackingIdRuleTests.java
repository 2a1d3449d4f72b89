package io.smm.membership.affiliates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AffiliateTrackingIdRuleTests {

    @Test
    void readsAnIdInAnyCaseAndWithSpacesAround() {
        assertThat(AffiliateTrackingIdRule.normalize("  Zoe-Shop ")).isEqualTo("zoe-shop");
        assertThat(AffiliateTrackingIdRule.normalize(null)).isNull();
    }

    @Test
    void takesThreeToThirtyTwoLettersDigitsAndDashesNotStartingWithADash() {
        assertThat(AffiliateTrackingIdRule.isValid("ab")).isFalse();
        assertThat(AffiliateTrackingIdRule.isValid("abc")).isTrue();
        assertThat(AffiliateTrackingIdRule.isValid("a".repeat(32))).isTrue();
        assertThat(AffiliateTrackingIdRule.isValid("a".repeat(33))).isFalse();
        assertThat(AffiliateTrackingIdRule.isValid("-abc")).isFalse();
        assertThat(AffiliateTrackingIdRule.isValid("9-lives")).isTrue();
        assertThat(AffiliateTrackingIdRule.isValid("ab_c")).isFalse();
        assertThat(AffiliateTrackingIdRule.isValid("ABC")).isFalse();
        assertThat(AffiliateTrackingIdRule.isValid(null)).isFalse();
    }

    @Test
    void makesTheBaseFromTheNameWithoutAccents() {
        assertThat(AffiliateTrackingIdRule.base("  Zoë  Müller-Ng! ", "z@example.com")).isEqualTo("zoe-muller-ng");
    }

    @Test
    void fallsBackToTheEmailLocalPartWhenTheNameGivesLessThanThreeCharacters() {
        assertThat(AffiliateTrackingIdRule.base("王小明", "Wang.XM+blog@example.com")).isEqualTo("wang-xm-blog");
        assertThat(AffiliateTrackingIdRule.base("Al", "al.b@example.com")).isEqualTo("al-b");
        assertThat(AffiliateTrackingIdRule.base("王", "李@example.com")).isEqualTo("affiliate");
    }

    @Test
    void cutsALongNameToThirtyTwoWithoutATrailingDash() {
        String base = AffiliateTrackingIdRule.base("abcdefghij abcdefghij abcdefghi jkl", null);

        assertThat(base).isEqualTo("abcdefghij-abcdefghij-abcdefghi");
        assertThat(AffiliateTrackingIdRule.isValid(base)).isTrue();
    }

    @Test
    void takesTheNextSuffixWhenTaken() {
        assertThat(AffiliateTrackingIdRule.firstFree("zoe", List.of())).isEqualTo("zoe");
        assertThat(AffiliateTrackingIdRule.firstFree("zoe", List.of("zoe"))).isEqualTo("zoe-2");
        assertThat(AffiliateTrackingIdRule.firstFree("zoe", Set.of("zoe", "zoe-2", "zoe-4"))).isEqualTo("zoe-3");
    }

    @Test
    void cutsTheBaseToLeaveRoomForTheSuffix() {
        String base = "a".repeat(30) + "-b";

        String second = AffiliateTrackingIdRule.firstFree(base, List.of(base));
        String tenth = AffiliateTrackingIdRule.candidate(base, 10);

        assertThat(second).isEqualTo("a".repeat(30) + "-2");
        assertThat(tenth).isEqualTo("a".repeat(29) + "-10");
        assertThat(AffiliateTrackingIdRule.isValid(second)).isTrue();
        assertThat(AffiliateTrackingIdRule.isValid(tenth)).isTrue();
    }
}
