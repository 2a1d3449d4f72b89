package io.smm.membership.coupons;

import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/**
 * Draws unique random codes of a {@link CodePattern}, skipping codes the store already has. It does not check the
 * room: callers run {@link CodePattern#checkRoomFor} first, which keeps the space so sparse that the bound on misses
 * in a row is never reached in practice.
 */
final class CodeGenerator {

    static final int PROGRESS_EVERY = 1_000;
    static final int MAX_MISSES_IN_A_ROW = 1_000;

    private final Random random;

    CodeGenerator() {
        this(new SecureRandom());
    }

    /** For tests: a seeded source makes the draws repeatable. */
    CodeGenerator(Random random) {
        this.random = Objects.requireNonNull(random);
    }

    /**
     * Draws {@code count} codes no two alike and none for which {@code taken} answers true.
     *
     * @param taken asked with upper-case codes; answers whether the store already has that code, in any case
     * @param progress told the number of codes drawn so far, every {@value #PROGRESS_EVERY} codes and at the end
     * @return the codes in the order drawn, unmodifiable
     * @throws CodeSpaceExhaustedException when {@value #MAX_MISSES_IN_A_ROW} draws in a row find no fresh code
     */
    List<String> generate(CodePattern pattern, int count, Predicate<String> taken, IntConsumer progress) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        Set<String> codes = new LinkedHashSet<>(count * 2);
        int misses = 0;
        while (codes.size() < count) {
            String code = draw(pattern);
            if (codes.contains(code) || taken.test(code)) {
                misses++;
                if (misses == MAX_MISSES_IN_A_ROW) {
                    throw new CodeSpaceExhaustedException("Code space exhausted: no fresh code of pattern " + pattern
                            + " in " + MAX_MISSES_IN_A_ROW + " draws in a row, after " + codes.size() + " of "
                            + count + " codes");
                }
                continue;
            }
            misses = 0;
            codes.add(code);
            if (codes.size() % PROGRESS_EVERY == 0) {
                progress.accept(codes.size());
            }
        }
        if (count % PROGRESS_EVERY != 0) {
            progress.accept(count);
        }
        return List.copyOf(codes);
    }

    private String draw(CodePattern pattern) {
        String alphabet = pattern.alphabet();
        StringBuilder code = new StringBuilder(pattern.codeLength()).append(pattern.prefix());
        for (int i = 0; i < pattern.length(); i++) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return code.toString();
    }
}
