package io.smm.membership.coupons;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/**
 * The shape of bulk-generated coupon codes: a fixed prefix followed by {@code length} characters drawn from an
 * alphabet. Codes are case-insensitive, so prefix and alphabet are held upper-cased; the longest pattern allowed
 * ({@value #MAX_PREFIX} + {@value #MAX_LENGTH}) stays within the {@value #MAX_CODE_LENGTH} characters a code may
 * have.
 */
public final class CodePattern {

    /** Letters and digits only, without the look-alikes 0/O and 1/I, so printed codes are typed back correctly. */
    public static final String DEFAULT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    /** The random characters of a code when the owner names no length. */
    public static final int DEFAULT_LENGTH = 8;
    public static final int MAX_PREFIX = 20;
    public static final int MIN_LENGTH = 4;
    public static final int MAX_LENGTH = 32;
    public static final int MIN_ALPHABET = 2;
    public static final int MAX_CODE_LENGTH = CouponCodes.MAX_LENGTH;
    public static final int MIN_COUNT = 1;
    public static final int MAX_COUNT = 100_000;

    /** The space is divided by this: at most a tenth of it may be handed out (see {@link #checkRoomFor}). */
    private static final BigInteger SHARE_OF_SPACE = BigInteger.TEN;

    private final String prefix;
    private final int length;
    private final String alphabet;

    private CodePattern(String prefix, int length, String alphabet) {
        this.prefix = prefix;
        this.length = length;
        this.alphabet = alphabet;
    }

    /** A pattern drawing from {@link #DEFAULT_ALPHABET}. */
    public static CodePattern of(String prefix, int length) {
        return of(prefix, length, DEFAULT_ALPHABET);
    }

    /**
     * A pattern, after checking each part.
     *
     * @param prefix may be {@code null} or empty for codes without a prefix
     * @throws InvalidInputException naming {@code prefix}, {@code length} or {@code alphabet}
     */
    public static CodePattern of(String prefix, int length, String alphabet) {
        String upperPrefix = prefix == null ? "" : prefix.toUpperCase(Locale.ROOT);
        String upperAlphabet = alphabet == null ? "" : alphabet.toUpperCase(Locale.ROOT);
        List<Violation> violations = new ArrayList<>();
        checkPrefix(upperPrefix, violations);
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            violations.add(new Violation("length", "membership.coupon.generator.length.range", MIN_LENGTH, MAX_LENGTH));
        }
        checkAlphabet(upperAlphabet, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new CodePattern(upperPrefix, length, upperAlphabet);
    }

    private static void checkPrefix(String prefix, List<Violation> violations) {
        if (!CouponCodes.CHARACTERS.matcher(prefix).matches()) {
            violations.add(new Violation("prefix", "membership.coupon.generator.prefix.characters"));
        } else if (prefix.length() > MAX_PREFIX) {
            violations.add(new Violation("prefix", "membership.coupon.generator.prefix.too-long", MAX_PREFIX));
        }
    }

    private static void checkAlphabet(String alphabet, List<Violation> violations) {
        if (!CouponCodes.CHARACTERS.matcher(alphabet).matches()) {
            violations.add(new Violation("alphabet", "membership.coupon.generator.alphabet.characters"));
        } else if (alphabet.length() < MIN_ALPHABET) {
            violations.add(new Violation("alphabet", "membership.coupon.generator.alphabet.too-short", MIN_ALPHABET));
        } else {
            String repeated = repeatedCharacters(alphabet);
            if (!repeated.isEmpty()) {
                violations.add(new Violation("alphabet", "membership.coupon.generator.alphabet.duplicates", repeated));
            }
        }
    }

    private static String repeatedCharacters(String alphabet) {
        Set<Character> seen = new LinkedHashSet<>();
        Set<Character> repeated = new LinkedHashSet<>();
        for (char c : alphabet.toCharArray()) {
            if (!seen.add(c)) {
                repeated.add(c);
            }
        }
        return repeated.stream().map(String::valueOf).collect(Collectors.joining());
    }

    /**
     * Refuses to generate {@code count} codes unless, together with the {@code taken} codes of this pattern the store
     * already has, they fill at most a tenth of {@link #space()}. Why a tenth: a random draw then hits a code already
     * taken at most one time in ten, so drawing costs about 1.1 tries a code and 1,000 misses in a row are practically
     * impossible; and a shopper guessing codes finds a valid one at most once in ten tries, far less with the default
     * alphabet and a length of 8 or more.
     *
     * @throws InvalidInputException naming {@code count}, with the room left as argument when the space is too small
     */
    public void checkRoomFor(int count, long taken) {
        checkCount(count).ifPresent(outOfRange -> {
            throw new InvalidInputException(outOfRange);
        });
        BigInteger room = roomLeft(taken);
        if (room.compareTo(BigInteger.valueOf(count)) < 0) {
            throw new InvalidInputException(new Violation("count", "membership.coupon.generator.count.no-room",
                    room.max(BigInteger.ZERO)));
        }
    }

    /** The violation of a count missing or outside {@value #MIN_COUNT} to {@value #MAX_COUNT}; empty when fine. */
    public static Optional<Violation> checkCount(Integer count) {
        return count != null && count >= MIN_COUNT && count <= MAX_COUNT ? Optional.empty()
                : Optional.of(new Violation("count", "membership.coupon.generator.count.range", MIN_COUNT, MAX_COUNT));
    }

    /** How many more codes this pattern may give out when the store holds {@code taken} of them; may be negative. */
    public BigInteger roomLeft(long taken) {
        return space().divide(SHARE_OF_SPACE).subtract(BigInteger.valueOf(taken));
    }

    /** The number of distinct codes: alphabet size to the power of the length. */
    public BigInteger space() {
        return BigInteger.valueOf(alphabet.length()).pow(length);
    }

    /** The upper-cased prefix, empty when codes have none. */
    public String prefix() {
        return prefix;
    }

    /** The number of random characters after the prefix. */
    public int length() {
        return length;
    }

    /** The upper-cased characters the random part is drawn from, each once. */
    public String alphabet() {
        return alphabet;
    }

    /** The length of every code of this pattern. */
    public int codeLength() {
        return prefix.length() + length;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CodePattern)) {
            return false;
        }
        CodePattern that = (CodePattern) other;
        return length == that.length && prefix.equals(that.prefix) && alphabet.equals(that.alphabet);
    }

    @Override
    public int hashCode() {
        return Objects.hash(prefix, length, alphabet);
    }

    @Override
    public String toString() {
        return prefix + "[" + alphabet + "]{" + length + "}";
    }
}
