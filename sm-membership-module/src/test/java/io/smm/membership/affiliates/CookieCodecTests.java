package io.smm.membership.affiliates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class CookieCodecTests {

    private static final Duration WINDOW = Duration.ofDays(30);
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Referral REFERRAL = new Referral(new ReferralClick(7, 70, T0),
            new ReferralClick(8, 80, T0.plusSeconds(3600)));

    private final CookieCodec codec = new CookieCodec(new TrackingKey("a secret every node shares"));

    private String cookie() {
        return codec.encode("DEFAULT", REFERRAL).orElseThrow();
    }

    @Test
    void writesTheDocumentedFormatAndReadsItBack() {
        String value = cookie();

        assertThat(value).startsWith("v1.DEFAULT.7.70." + T0.getEpochSecond() + ".8.80."
                + (T0.getEpochSecond() + 3600) + ".");
        assertThat(value.substring(value.lastIndexOf('.') + 1)).hasSize(43);
        CookieReading reading = codec.read(value, "DEFAULT", T0.plusSeconds(3600), WINDOW);
        assertThat(reading.status()).isEqualTo(CookieReading.Status.VALID);
        assertThat(reading.referral()).contains(REFERRAL);
    }

    @Test
    void refusesACookieEditedToNameAnotherAffiliate() {
        String edited = cookie().replace(".8.80.", ".9.80.");

        assertThat(codec.read(edited, "DEFAULT", T0, WINDOW).status()).isEqualTo(CookieReading.Status.TAMPERED);
    }

    @Test
    void refusesACookieForgedWithAnotherSecretTruncatedOrEmpty() {
        String forged = new CookieCodec(new TrackingKey("a guess")).encode("DEFAULT", REFERRAL).orElseThrow();
        String value = cookie();

        assertThat(codec.read(forged, "DEFAULT", T0, WINDOW).status()).isEqualTo(CookieReading.Status.TAMPERED);
        assertThat(codec.read(value.substring(0, value.length() - 1), "DEFAULT", T0, WINDOW).status())
                .isEqualTo(CookieReading.Status.TAMPERED);
        assertThat(codec.read(value.substring(0, value.lastIndexOf('.')), "DEFAULT", T0, WINDOW).status())
                .isEqualTo(CookieReading.Status.TAMPERED);
        assertThat(codec.read("", "DEFAULT", T0, WINDOW).status()).isEqualTo(CookieReading.Status.TAMPERED);
        assertThat(codec.read(value + value, "DEFAULT", T0, WINDOW).status())
                .isEqualTo(CookieReading.Status.TAMPERED);
    }

    @Test
    void refusesAGenuineCookieReplayedAfterTheWindow() {
        Instant lastClick = T0.plusSeconds(3600);

        assertThat(codec.read(cookie(), "DEFAULT", lastClick.plus(WINDOW), WINDOW).status())
                .isEqualTo(CookieReading.Status.VALID);
        assertThat(codec.read(cookie(), "DEFAULT", lastClick.plus(WINDOW).plusSeconds(1), WINDOW).status())
                .isEqualTo(CookieReading.Status.EXPIRED);
    }

    @Test
    void leavesAnotherStoresCookieAlone() {
        assertThat(codec.read(cookie(), "OTHER", T0, WINDOW).status()).isEqualTo(CookieReading.Status.OTHER_STORE);
        assertThat(codec.read(cookie().replace("DEFAULT", "OTHER"), "OTHER", T0, WINDOW).status())
                .isEqualTo(CookieReading.Status.TAMPERED);
    }

    @Test
    void writesNoCookieForAStoreCodeThatCannotBeOne() {
        assertThat(codec.encode("MY.STORE", REFERRAL)).isEmpty();
        assertThat(codec.encode("my store", REFERRAL)).isEmpty();
    }

    @Test
    void hashesAnAddressByTheKeyNeverAsItself() {
        TrackingKey key = new TrackingKey("a secret every node shares");

        assertThat(key.hashOf("203.0.113.9")).hasSize(64).matches("[0-9a-f]{64}").doesNotContain("203")
                .isEqualTo(key.hashOf("203.0.113.9"))
                .isNotEqualTo(new TrackingKey("another secret").hashOf("203.0.113.9"))
                .isNotEqualTo(key.hashOf("203.0.113.10"));
        assertThat(key.hashOf(null)).isNull();
    }
}
