package io.smm.membership.affiliates;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The two clicks a shopper's cookie or a cart remembers: the earliest of the current window and the latest. The
 * clicks in between are not remembered, so once the first one has expired the latest stands for the window's first.
 */
public final class Referral {

    private final ReferralClick first;
    private final ReferralClick last;

    public Referral(ReferralClick first, ReferralClick last) {
        this.first = Objects.requireNonNull(first);
        this.last = Objects.requireNonNull(last);
    }

    public static Referral of(ReferralClick click) {
        return new Referral(click, click);
    }

    public ReferralClick first() {
        return first;
    }

    public ReferralClick last() {
        return last;
    }

    /**
     * This referral once {@code click} is remembered too: it becomes the last unless a later one is already there
     * (two clicks recorded out of order); the first is the earliest of the three that still counts at the latest
     * one's time, so a click after the first one expired becomes the first.
     */
    public Referral after(ReferralClick click, Duration window) {
        ReferralClick latest = click.at().isBefore(last.at()) ? last : click;
        ReferralClick earliest = Stream.of(first, last, click).filter(kept -> kept.countsAt(latest.at(), window))
                .min(Comparator.comparing(ReferralClick::at)).orElse(latest);
        return new Referral(earliest, latest);
    }

    /** The remembered click that credits an order at {@code at} under {@code model}, if one still counts. */
    public Optional<ReferralClick> creditedAt(Instant at, AttributionModel model, Duration window) {
        return model == AttributionModel.FIRST_CLICK ? firstCounting(at, window)
                : Optional.of(last).filter(click -> click.countsAt(at, window));
    }

    private Optional<ReferralClick> firstCounting(Instant at, Duration window) {
        if (first.countsAt(at, window)) {
            return Optional.of(first);
        }
        return Optional.of(last).filter(click -> click.countsAt(at, window));
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Referral)) {
            return false;
        }
        Referral that = (Referral) other;
        return first.equals(that.first) && last.equals(that.last);
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, last);
    }

    @Override
    public String toString() {
        return "first " + first + ", last " + last;
    }
}
