package io.smm.membership.coupons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

class CodeGeneratorTests {

    private static final Predicate<String> NONE_TAKEN = code -> false;
    private static final IntConsumer NO_PROGRESS = drawn -> { };

    @Test
    void drawsUniqueCodesOfThePattern() {
        CodePattern pattern = CodePattern.of("vip-", 6, "abcd23");

        List<String> codes = seeded().generate(pattern, 500, NONE_TAKEN, NO_PROGRESS);

        assertThat(codes).hasSize(500).doesNotHaveDuplicates().allMatch(code -> code.matches("VIP-[ABCD23]{6}"));
    }

    @Test
    void repeatsItsDrawsForTheSameSeed() {
        CodePattern pattern = CodePattern.of("", 8);

        List<String> first = seeded().generate(pattern, 50, NONE_TAKEN, NO_PROGRESS);

        assertThat(seeded().generate(pattern, 50, NONE_TAKEN, NO_PROGRESS)).isEqualTo(first);
    }

    @Test
    void skipsCodesTheStoreAlreadyHas() {
        CodePattern pattern = CodePattern.of("", 4, "AB");
        Set<String> taken = Set.copyOf(seeded().generate(pattern, 10, NONE_TAKEN, NO_PROGRESS));

        List<String> codes = seeded().generate(pattern, 6, taken::contains, NO_PROGRESS);

        assertThat(codes).hasSize(6).doesNotHaveDuplicates().doesNotContainAnyElementsOf(taken);
    }

    @Test
    void fillsASpaceWhoseOtherCodesAreAllTaken() {
        CodePattern pattern = CodePattern.of("", 4, "AB");
        Set<String> free = Set.of("ABBA", "BAAB");

        List<String> codes = seeded().generate(pattern, 2, code -> !free.contains(code), NO_PROGRESS);

        assertThat(codes).containsExactlyInAnyOrderElementsOf(free);
    }

    @Test
    void reportsProgressEveryThousandCodesAndAtTheEnd() {
        List<Integer> reported = new ArrayList<>();

        seeded().generate(CodePattern.of("", 8), 2_500, NONE_TAKEN, reported::add);

        assertThat(reported).containsExactly(1_000, 2_000, 2_500);
    }

    @Test
    void reportsTheEndOnceWhenItFallsOnAThousand() {
        List<Integer> reported = new ArrayList<>();

        seeded().generate(CodePattern.of("", 8), 2_000, NONE_TAKEN, reported::add);

        assertThat(reported).containsExactly(1_000, 2_000);
    }

    @Test
    void reportsASmallBatchOnlyAtTheEnd() {
        List<Integer> reported = new ArrayList<>();

        seeded().generate(CodePattern.of("", 8), 7, NONE_TAKEN, reported::add);

        assertThat(reported).containsExactly(7);
    }

    @Test
    void refusesWhenEveryCodeIsTaken() {
        CodePattern pattern = CodePattern.of("", 4, "AB");

        assertThatThrownBy(() -> seeded().generate(pattern, 1, code -> true, NO_PROGRESS))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("exhausted");
    }

    @Test
    void refusesWhenItHasDrawnTheWholeSpace() {
        CodePattern pattern = CodePattern.of("", 4, "AB");

        assertThatThrownBy(() -> seeded().generate(pattern, 17, NONE_TAKEN, NO_PROGRESS))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("exhausted");
    }

    @Test
    void refusesACountBelowOne() {
        assertThatThrownBy(() -> seeded().generate(CodePattern.of("", 8), 0, NONE_TAKEN, NO_PROGRESS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generatesOneHundredThousandCodesOfLengthEight() {
        CodePattern pattern = CodePattern.of("BULK", 8);
        pattern.checkRoomFor(CodePattern.MAX_COUNT, 0);

        List<String> codes = new CodeGenerator().generate(pattern, CodePattern.MAX_COUNT, NONE_TAKEN, NO_PROGRESS);

        assertThat(new HashSet<>(codes)).hasSize(CodePattern.MAX_COUNT);
        assertThat(codes).allMatch(code -> code.matches("BULK[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{8}"));
    }

    @Test
    void returnsAnUnmodifiableList() {
        List<String> codes = seeded().generate(CodePattern.of("", 8), 3, NONE_TAKEN, NO_PROGRESS);

        assertThatThrownBy(() -> codes.add("EXTRA")).isInstanceOf(UnsupportedOperationException.class);
    }

    private static CodeGenerator seeded() {
        return new CodeGenerator(new Random(42));
    }
}
