package io.smm.membership.coupons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class CouponBatchGenerationTests {

    private static final long BATCH = 7;
    private static final String STORE = "DEFAULT";

    private final CouponBatchSteps steps = mock(CouponBatchSteps.class);
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CouponBatchGeneration generation = new CouponBatchGeneration(steps,
            new CodeGenerator(new Random(42)), stopping::get);
    private final List<List<String>> inserted = new ArrayList<>();

    @BeforeEach
    void recordInserts() {
        when(steps.takenCodes(anyString(), eq(CodePattern.of("X", 8)))).thenReturn(new HashSet<>(Set.of()));
        doAnswer(call -> inserted.add(List.copyOf(call.<List<String>>getArgument(1)))).when(steps)
                .insert(anyLong(), anyList());
    }

    @Test
    void makesTheCodesAThousandATransactionAndFinishes() {
        generation.run(BATCH, STORE, CodePattern.of("X", 8), 2_500);

        assertThat(inserted).extracting(List::size).containsExactly(1_000, 1_000, 500);
        assertThat(inserted.stream().flatMap(List::stream)).doesNotHaveDuplicates().hasSize(2_500);
        verify(steps).finish(BATCH);
        verify(steps, never()).fail(anyLong(), anyString());
    }

    @Test
    void drawsAChunkAgainWhenAnotherCouponTookOneOfItsCodesMeanwhile() {
        doAnswer(call -> {
            inserted.add(List.copyOf(call.<List<String>>getArgument(1)));
            throw new DataIntegrityViolationException("UK_SMM_COUPON_CODE");
        }).doAnswer(call -> inserted.add(List.copyOf(call.<List<String>>getArgument(1)))).when(steps)
                .insert(anyLong(), anyList());

        generation.run(BATCH, STORE, CodePattern.of("X", 8), 10);

        assertThat(inserted).hasSize(2);
        assertThat(inserted.get(1)).hasSize(10).doesNotContainAnyElementsOf(inserted.get(0));
        verify(steps).finish(BATCH);
    }

    @Test
    void failsAfterThreeChunksInARowMeetTakenCodes() {
        doAnswer(call -> {
            throw new DataIntegrityViolationException("UK_SMM_COUPON_CODE");
        }).when(steps).insert(anyLong(), anyList());

        generation.run(BATCH, STORE, CodePattern.of("X", 8), 10);

        verify(steps).fail(BATCH, CouponBatchGeneration.CODES_TAKEN);
        verify(steps, never()).finish(anyLong());
    }

    @Test
    void failsAsExhaustedWhenEveryCodeOfThePatternIsTaken() {
        CodePattern tiny = CodePattern.of("", 4, "AB");
        Set<String> all = new HashSet<>();
        for (int i = 0; i < 16; i++) {
            all.add(String.format("%4s", Integer.toBinaryString(i)).replace(' ', '0').replace('0', 'A')
                    .replace('1', 'B'));
        }
        when(steps.takenCodes(STORE, tiny)).thenReturn(all);

        generation.run(BATCH, STORE, tiny, 1);

        verify(steps).fail(BATCH, CouponBatchGeneration.EXHAUSTED);
        assertThat(inserted).isEmpty();
    }

    @Test
    void stopsAtTheNextChunkWhenTheShopStops() {
        doAnswer(insert -> {
            inserted.add(List.copyOf(insert.<List<String>>getArgument(1)));
            stopping.set(true);
            return null;
        }).when(steps).insert(anyLong(), anyList());

        generation.run(BATCH, STORE, CodePattern.of("X", 8), 2_500);

        verify(steps).fail(BATCH, CouponBatchGeneration.INTERRUPTED);
        assertThat(inserted).hasSize(1);
    }

    @Test
    void stopsBetweenChunksWhenInterrupted() {
        Thread.currentThread().interrupt();
        try {
            generation.run(BATCH, STORE, CodePattern.of("X", 8), 10);
        } finally {
            Thread.interrupted();
        }

        verify(steps).fail(BATCH, CouponBatchGeneration.INTERRUPTED);
        assertThat(inserted).isEmpty();
    }
}
