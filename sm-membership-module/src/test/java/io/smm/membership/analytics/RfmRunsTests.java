package io.smm.membership.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.smm.membership.errors.ConflictException;
import io.smm.membership.jobs.JobLeaseTaker;

class RfmRunsTests {

    private final RfmSteps steps = mock(RfmSteps.class);
    private final JobLeaseTaker leases = mock(JobLeaseTaker.class);
    private final List<Runnable> background = new ArrayList<>();
    private final RfmRuns runs = new RfmRuns(steps, mock(AnalyticsSettingsService.class), mock(RfmGridService.class),
            leases, background::add, Clock.systemUTC(), ZoneOffset.UTC);

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
}
