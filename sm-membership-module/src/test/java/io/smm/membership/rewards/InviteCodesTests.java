package io.smm.membership.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class InviteCodesTests {

    @Test
    void drawsReadableCodesWithoutLookAlikes() {
        InviteCodes codes = new InviteCodes(new Random(7));
        Set<String> drawn = new HashSet<>();

        for (int i = 0; i < 10_000; i++) {
            drawn.add(codes.draw());
        }

        assertThat(drawn).hasSize(10_000).allSatisfy(code -> assertThat(code).matches("[A-HJKMNP-Z2-9]{8}"));
    }

    @Test
    void normalizesATypedCode() {
        assertThat(InviteCodes.normalized(" abcd2345 ")).isEqualTo("ABCD2345");
        assertThat(InviteCodes.normalized("ABCD234O")).isNull();
        assertThat(InviteCodes.normalized("ABC")).isNull();
        assertThat(InviteCodes.normalized(null)).isNull();
    }
}
