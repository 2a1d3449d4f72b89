package io.smm.membership.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.Level;

import io.smm.membership.errors.ConflictException;
import io.smm.membership.jobs.JobLeaseTaker;
import io.smm.membership.testhost.LogCapture;

class RfmRunsTests {

    private final RfmSteps steps = mock(RfmSteps.class);
    private final JobLeaseTaker leases = mock(JobLeaseTaker.class);
    private final List<Runnable> background = new ArrayList<>();
    private final AnalyticsSettingsService settings = mock(AnalyticsSettingsService.class);
    private final RfmGridService grids = mock(RfmGridService.class);
    private final RfmRuns runs = new RfmRuns(steps, settings, grids, leases, background::add, Clock.systemUTC(),
            ZoneOffset.UTC);

    @Test
    void aSecondRequestWhileThisNodeRunsIsRefusedThoughItCouldRenewItsLease() {
        when(leases.take(eq(RfmRuns.LEASE), any(Duration.class))).thenReturn(true);
        when(steps.start(anyString(), anyString(), any())).thenReturn(7L);

        assertThat(runs.request("S", "owner")).isEqualTo(7L);
        assertThatThrownBy(() -> runs.request("S", "owner")).isInstanceOf(ConflictException.class);
    }

    @Test
    void aRequestWhileAnotherNodeHoldsTheLeaseIsRefused() {
        when(leases.take(eq(RfmRuns.LEASE), any(Duration.class))).thenReturn(false);

        assertThatThrownBy(() -> runs.request("S", "owner")).isInstanceOf(ConflictException.class);
        assertThat(background).isEmpty();
    }

    @Test
    void aRunWhoseLeaseLapsedAndWasTakenStopsAsFailedBeforeItsEnd() {
        when(settings.get("S")).thenReturn(AnalyticsTerms.defaults());
        when(grids.get("S")).thenReturn(RfmGrid.builtIn());
        when(steps.figures(eq("S"), any())).thenReturn(new RfmFigures(new long[] { 1 }, new long[] { 0 }));
        when(leases.take(eq(RfmRuns.LEASE), any(Duration.class))).thenReturn(false);
        LogCapture log = LogCapture.expectingErrorsFrom(RfmRuns.class.getName());

        try (log) {
            runs.run("S", 9);
        }

        verify(steps).fail(eq(9L), contains("lease"), any());
        verify(steps, never()).finish(anyString(), anyLong(), anyInt(), anyInt(), anyInt(), any());
        assertThat(log.messages(RfmRuns.class.getName(), Level.ERROR)).hasSize(1);
    }
}
