package io.smm.membership.tiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;

class TierJobTests {

    private final TierJobSteps steps = mock(TierJobSteps.class);
    private final TierService tiers = mock(TierService.class);

    @Test
    void evaluatesABatchThatMetAConcurrentChangeOnceMoreOneCustomerATransaction() {
        when(steps.takeLease(eq("S"), anyString())).thenReturn(true);
        when(steps.customersAfter("S", 0, 2)).thenReturn(List.of(1L, 2L));
        when(steps.customersAfter("S", 2, 2)).thenReturn(List.of());
        when(steps.advance(eq("S"), anyString(), eq(2L), eq(2), eq(1))).thenReturn(true);
        when(tiers.reevaluate("S", List.of(1L, 2L))).thenThrow(new CannotAcquireLockException("deadlock"));
        when(tiers.reevaluate("S", List.of(1L))).thenReturn(1);
        when(tiers.reevaluate("S", List.of(2L))).thenReturn(0);

        boolean ran = new TierJob(steps, tiers, 2).run("S");

        assertThat(ran).isTrue();
        verify(steps).advance(eq("S"), anyString(), eq(2L), eq(2), eq(1));
        verify(steps).finish("S");
    }
}
