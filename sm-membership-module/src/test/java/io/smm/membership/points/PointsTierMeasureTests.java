package io.smm.membership.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PointsTierMeasureTests {

    private final PointsSettingsService settings = mock(PointsSettingsService.class);
    private final PointsEntryRepository entries = mock(PointsEntryRepository.class);
    private final PointsTierMeasure measure = new PointsTierMeasure(settings, entries);

    @Test
    void decidesOnlyWhenPointsAreOnAndTiersGoByThem() {
        when(settings.termsWithoutRatesOf("ON")).thenReturn(terms(true, true));
        when(settings.termsWithoutRatesOf("SPEND")).thenReturn(terms(true, false));
        when(settings.termsWithoutRatesOf("OFF")).thenReturn(terms(false, true));

        assertThat(measure.decides("ON")).isTrue();
        assertThat(measure.decides("SPEND")).isFalse();
        assertThat(measure.decides("OFF")).isFalse();
    }

    @Test
    void countsPointsEarnedSinceTheWindowsStartOrEverForALifetime() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        when(entries.earnedSince("S", List.of(7L), start)).thenReturn(List.<Object[]>of(new Object[] { 7L, 1050L }));
        when(entries.earnedInStoreSince("S", Instant.EPOCH)).thenReturn(List.<Object[]>of(new Object[] { 7L, 2000L },
                new Object[] { 8L, 5L }));

        assertThat(measure.of("S", List.of(7L), start)).containsExactly(entry(7L, new BigDecimal("1050")));
        assertThat(measure.ofStore("S", null)).containsOnly(entry(7L, new BigDecimal("2000")),
                entry(8L, new BigDecimal("5")));
    }

    private static PointsTerms terms(boolean enabled, boolean tiersByPoints) {
        return new PointsTerms(enabled, BigDecimal.ONE, new BigDecimal("0.01"), 100, new BigDecimal("50"),
                PointsTerms.ExpiryMode.DAYS_AFTER_EARNING, 365, PointsTerms.Period.YEAR, 30, tiersByPoints, Map.of());
    }
}
