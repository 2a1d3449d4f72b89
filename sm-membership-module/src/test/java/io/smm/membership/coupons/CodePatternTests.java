package io.smm.membership.coupons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import io.smm.membership.web.InvalidInputException;

class CodePatternTests {

    private static final String DIGITS = "0123456789";

    @Test
    void upperCasesPrefixAndAlphabet() {
        CodePattern pattern = CodePattern.of("spring-24_", 6, "abc123");

        assertThat(pattern.prefix()).isEqualTo("SPRING-24_");
        assertThat(pattern.alphabet()).isEqualTo("ABC123");
        assertThat(pattern.length()).isEqualTo(6);
        assertThat(pattern.codeLength()).isEqualTo(16);
    }

    @Test
    void usesTheDefaultAlphabetWithoutLookAlikes() {
        CodePattern pattern = CodePattern.of("VIP", 8);

        assertThat(pattern.alphabet()).isEqualTo(CodePattern.DEFAULT_ALPHABET).doesNotContain("0", "O", "1", "I");
    }

    @Test
    void acceptsAnEmptyOrMissingPrefix() {
        assertThat(CodePattern.of("", 8).prefix()).isEmpty();
        assertThat(CodePattern.of(null, 8).prefix()).isEmpty();
    }

    @Test
    void acceptsPrefixesOfAtMostTwentyCharacters() {
        assertThat(CodePattern.of("P".repeat(20), 8).prefix()).hasSize(20);
        assertRefused(() -> CodePattern.of("P".repeat(21), 8), "prefix:membership.coupon.generator.prefix.too-long");
    }

    @Test
    void refusesPrefixCharactersOtherThanLettersDigitsDashesAndUnderscores() {
        assertRefused(() -> CodePattern.of("VIP 24", 8), "prefix:membership.coupon.generator.prefix.characters");
        assertRefused(() -> CodePattern.of("VIP%", 8), "prefix:membership.coupon.generator.prefix.characters");
        assertRefused(() -> CodePattern.of("CAFÉ", 8), "prefix:membership.coupon.generator.prefix.characters");
    }

    @Test
    void acceptsLengthsFromFourToThirtyTwo() {
        assertThat(CodePattern.of("", 4).length()).isEqualTo(4);
        assertThat(CodePattern.of("", 32).length()).isEqualTo(32);
        assertRefused(() -> CodePattern.of("", 3), "length:membership.coupon.generator.length.range");
        assertRefused(() -> CodePattern.of("", 33), "length:membership.coupon.generator.length.range");
    }

    @Test
    void keepsTheLongestPatternWithinTheCodeColumn() {
        CodePattern longest = CodePattern.of("P".repeat(CodePattern.MAX_PREFIX), CodePattern.MAX_LENGTH);

        assertThat(longest.codeLength()).isLessThanOrEqualTo(CodePattern.MAX_CODE_LENGTH);
    }

    @Test
    void needsAnAlphabetOfAtLeastTwoCharacters() {
        assertThat(CodePattern.of("", 8, "AB").alphabet()).isEqualTo("AB");
        assertRefused(() -> CodePattern.of("", 8, "A"), "alphabet:membership.coupon.generator.alphabet.too-short");
        assertRefused(() -> CodePattern.of("", 8, ""), "alphabet:membership.coupon.generator.alphabet.too-short");
        assertRefused(() -> CodePattern.of("", 8, null), "alphabet:membership.coupon.generator.alphabet.too-short");
    }

    @Test
    void refusesAlphabetCharactersOtherThanLettersDigitsDashesAndUnderscores() {
        assertRefused(() -> CodePattern.of("", 8, "AB C"), "alphabet:membership.coupon.generator.alphabet.characters");
    }

    @Test
    void refusesAnAlphabetWithDuplicatesOnceUpperCased() {
        InvalidInputException refused = refusal(() -> CodePattern.of("", 8, "abcAxb"));

        assertThat(codes(refused)).containsExactly("alphabet:membership.coupon.generator.alphabet.duplicates");
        assertThat(refused.violations().get(0).arguments()).containsExactly("AB");
    }

    @Test
    void namesEveryBrokenPart() {
        assertRefused(() -> CodePattern.of("P".repeat(21), 3, "A"),
                "prefix:membership.coupon.generator.prefix.too-long", "length:membership.coupon.generator.length.range",
                "alphabet:membership.coupon.generator.alphabet.too-short");
    }

    @Test
    void computesTheSpaceExactly() {
        assertThat(CodePattern.of("", 4, DIGITS).space()).isEqualTo(BigInteger.valueOf(10_000));
        assertThat(CodePattern.of("", 32).space()).isEqualTo(BigInteger.valueOf(32).pow(32))
                .isEqualTo(BigInteger.TWO.pow(160));
    }

    @Test
    void acceptsExactlyATenthOfTheSpace() {
        CodePattern pattern = CodePattern.of("", 4, DIGITS);

        assertThatCode(() -> pattern.checkRoomFor(1_000, 0)).doesNotThrowAnyException();
        assertRefused(() -> pattern.checkRoomFor(1_001, 0), "count:membership.coupon.generator.count.no-room");
    }

    @Test
    void countsCodesAlreadyTakenAgainstTheRoom() {
        CodePattern pattern = CodePattern.of("", 4, DIGITS);

        InvalidInputException refused = refusal(() -> pattern.checkRoomFor(901, 100));

        assertThatCode(() -> pattern.checkRoomFor(900, 100)).doesNotThrowAnyException();
        assertThat(codes(refused)).containsExactly("count:membership.coupon.generator.count.no-room");
        assertThat(refused.violations().get(0).arguments()).containsExactly(BigInteger.valueOf(900));
    }

    @Test
    void reportsNoRoomRatherThanANegativeRoomWhenOverfull() {
        CodePattern pattern = CodePattern.of("", 4, DIGITS);

        InvalidInputException refused = refusal(() -> pattern.checkRoomFor(1, 5_000));

        assertThat(pattern.roomLeft(5_000)).isEqualTo(BigInteger.valueOf(-4_000));
        assertThat(refused.violations().get(0).arguments()).containsExactly(BigInteger.ZERO);
    }

    @Test
    void acceptsCountsFromOneToOneHundredThousand() {
        CodePattern pattern = CodePattern.of("", 8);

        assertThatCode(() -> pattern.checkRoomFor(1, 0)).doesNotThrowAnyException();
        assertThatCode(() -> pattern.checkRoomFor(100_000, 0)).doesNotThrowAnyException();
        assertRefused(() -> pattern.checkRoomFor(0, 0), "count:membership.coupon.generator.count.range");
        assertRefused(() -> pattern.checkRoomFor(100_001, 0), "count:membership.coupon.generator.count.range");
    }

    @Test
    void isAValue() {
        assertThat(CodePattern.of("vip", 8)).isEqualTo(CodePattern.of("VIP", 8))
                .hasSameHashCodeAs(CodePattern.of("VIP", 8)).isNotEqualTo(CodePattern.of("VIP", 9));
    }

    private static void assertRefused(ThrowingCallable call, String... expected) {
        assertThat(codes(refusal(call))).containsExactly(expected);
    }

    private static InvalidInputException refusal(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        return (InvalidInputException) thrown;
    }

    private static List<String> codes(InvalidInputException refused) {
        return refused.violations().stream().map(v -> v.field() + ":" + v.code()).collect(Collectors.toList());
    }
}
