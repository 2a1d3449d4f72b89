package io.smm.membership.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class ReferralCapTests {

    @Test
    void allowsUpToTheCapAndAnyNumberWithoutOne() {
        assertThat(ReferralCap.allows(5, 4)).isTrue();
        assertThat(ReferralCap.allows(5, 5)).isFalse();
        assertThat(ReferralCap.allows(0, 0)).isFalse();
        assertThat(ReferralCap.allows(null, 10_000)).isTrue();
    }

    @Test
    void theMonthStartsAtTheZonesMidnight() {
        ZoneId taipei = ZoneId.of("Asia/Taipei");

        assertThat(ReferralCap.monthStart(Instant.parse("2027-03-31T16:00:00Z"), taipei))
                .isEqualTo(Instant.parse("2027-03-31T16:00:00Z"));
        assertThat(ReferralCap.monthStart(Instant.parse("2027-03-31T15:59:59Z"), taipei))
                .isEqualTo(Instant.parse("2027-02-28T16:00:00Z"));
    }
}
