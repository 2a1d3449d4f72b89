package io.smm.membership.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.smm.membership.identity.Shopper;
import io.smm.membership.testhost.LogCapture;

class CheckoutStepsTests {

    private final List<String> steps = new ArrayList<>();
    private final Checkout checkout = new Checkout(() -> Shopper.guest("DEFAULT"));
    private final CheckoutCart cart = checkout.cart("cart-1", "DEFAULT", "CAD");

    @Test
    void aRefusedHoldReleasesTheHoldsTakenBeforeItLastFirstAndNoOthers() {
        Participant first = quoted("first");
        Participant second = quoted("second");
        Participant refusing = quoted("refusing");
        refusing.refusesHold = true;
        Participant after = quoted("after");

        assertThatThrownBy(() -> new CheckoutSteps(List.of(first, second, refusing, after)).hold(checkout, cart))
                .hasMessage("refused");

        assertThat(steps).containsExactly("hold first", "hold second", "hold refusing", "release second",
                "release first");
    }

    @Test
    void aParticipantWithoutAQuoteForTheCartTakesNoStep() {
        Participant quotedOne = quoted("quoted");
        Participant unquoted = new Participant("unquoted");
        CheckoutSteps all = new CheckoutSteps(List.of(quotedOne, unquoted));

        all.hold(checkout, cart);
        all.release(checkout, cart);

        assertThat(steps).containsExactly("hold quoted", "release quoted");
    }

    @Test
    void aFailedReleaseDoesNotKeepTheOthersFromReleasing() {
        Participant first = quoted("first");
        Participant failing = quoted("failing");
        failing.failsRelease = true;

        try (LogCapture ignored = LogCapture.expectingErrorsFrom(CheckoutSteps.class.getName())) {
            new CheckoutSteps(List.of(first, failing)).release(checkout, cart);
        }

        assertThat(steps).containsExactly("release failing", "release first");
    }

    @Test
    void keepsTheLatestQuoteOfEachCartApart() {
        Participant participant = quoted("p");
        CheckoutCart other = checkout.cart("cart-2", "DEFAULT", "CAD");
        other.quoted(participant, "other quote");
        cart.quoted(participant, "latest quote");

        assertThat(checkout.pricedCart("cart-1").flatMap(priced -> priced.quote(participant)))
                .contains("latest quote");
        assertThat(checkout.pricedCart("cart-2").flatMap(priced -> priced.quote(participant)))
                .contains("other quote");
        assertThat(checkout.pricedCart("cart-3")).isEmpty();
    }

    private Participant quoted(String name) {
        Participant participant = new Participant(name);
        cart.quoted(participant, name + " quote");
        return participant;
    }

    private final class Participant implements CheckoutParticipant<String> {

        private final String name;
        boolean refusesHold;
        boolean failsRelease;

        Participant(String name) {
            this.name = name;
        }

        @Override
        public void hold(Checkout checkout, CheckoutCart cart, String quote) {
            steps.add("hold " + name);
            if (refusesHold) {
                throw new IllegalStateException("refused");
            }
        }

        @Override
        public void release(Checkout checkout, CheckoutCart cart, String quote) {
            steps.add("release " + name);
            if (failsRelease) {
                throw new IllegalStateException("release failed");
            }
        }
    }
}
