package io.smm.membership.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.smm.membership.checkout.CartContents;
import io.smm.membership.checkout.Checkout;
import io.smm.membership.checkout.CheckoutCart;
import io.smm.membership.checkout.CartKey;
import io.smm.membership.checkout.CheckoutLine;
import io.smm.membership.checkout.PlacedOrder;
import io.smm.membership.identity.Shopper;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.orders.OrderFacts;
import io.smm.membership.pricing.GroupPricingService;
import io.smm.membership.pricing.ShopperGroups;

class PointsParticipantTests {

    private static final Instant NOW = Instant.parse("2027-03-03T04:00:00Z");
    private static final Currency CAD = Currency.getInstance("CAD");
    private static final String STORE = "DEFAULT";
    private static final long CUSTOMER = 7;

    private final PointsLedger ledger = mock(PointsLedger.class);
    private final PointsSettingsService settings = mock(PointsSettingsService.class);
    private final CartChoiceRepository choices = mock(CartChoiceRepository.class);
    private final PointsCampaignRepository campaigns = mock(PointsCampaignRepository.class);
    private final GroupPricingService pricing = mock(GroupPricingService.class);
    private final PointsParticipant participant = new PointsParticipant(ledger, settings, choices, campaigns, pricing,
            new MoneyRule(RoundingMode.HALF_UP), Clock.fixed(NOW, ZoneOffset.UTC));

    PointsParticipantTests() {
        when(settings.termsOf(STORE)).thenReturn(terms(true));
        when(pricing.groupsOf(any())).thenReturn(new ShopperGroups(true, Set.of(3L)));
        when(ledger.account(STORE, CUSTOMER)).thenReturn(account(2000));
    }

    @Test
    void aGuestHasNoQuote() {
        Checkout guest = new Checkout(() -> Shopper.guest(STORE));

        assertThat(participant.quote(guest, guest.cart("c1", STORE, "CAD"), contents("20.00"))).isNull();
    }

    @Test
    void aStoreWithoutPointsHasNoQuote() {
        when(settings.termsOf(STORE)).thenReturn(terms(false));
        Checkout checkout = customer();

        assertThat(participant.quote(checkout, checkout.cart("c1", STORE, "CAD"), contents("20.00"))).isNull();
    }

    @Test
    void quotesTheChosenPointsAsADiscountAndWhatTheOrderWouldEarn() {
        chose("c1", 500);
        Checkout checkout = customer();

        PointsQuote quote = participant.quote(checkout, checkout.cart("c1", STORE, "CAD"), contents("20.00"));

        assertThat(quote.redemption().discount()).isEqualByComparingTo("5.00");
        assertThat(quote.lineDiscounts()).containsExactly(new BigDecimal("5.00"));
        assertThat(quote.usable()).isEqualTo(2000);
        assertThat(quote.earns()).isEqualTo(15); // 20.00 less 5.00 of points, 1 point a unit
        assertThat(quote.totalModule()).isEqualTo("membership-points");
    }

    @Test
    void holdsTheChosenPointsAndRefusesWhatTheCartCannotTake() {
        chose("c1", 500);
        chose("c2", 5000);
        Checkout checkout = customer();
        CheckoutCart cart = checkout.cart("c1", STORE, "CAD");
        CheckoutCart tooMany = checkout.cart("c2", STORE, "CAD");

        participant.hold(checkout, cart, participant.quote(checkout, cart, contents("20.00")));
        PointsQuote refused = participant.quote(checkout, tooMany, contents("20.00"));

        verify(ledger).hold(STORE, CUSTOMER, "c1", 500, NOW);
        assertThatThrownBy(() -> participant.hold(checkout, tooMany, refused))
                .isInstanceOfSatisfying(PointsRefusedException.class,
                        refusedHold -> assertThat(refusedHold.refusal()).isEqualTo(PointsRefusal.BALANCE));
    }

    @Test
    void holdsAndReleasesNothingWithoutPoints() {
        Checkout checkout = customer();
        CheckoutCart cart = checkout.cart("c1", STORE, "CAD");
        PointsQuote quote = participant.quote(checkout, cart, contents("20.00"));

        participant.hold(checkout, cart, quote);
        participant.release(checkout, cart, quote);

        verify(ledger, never()).hold(anyString(), anyLong(), anyString(), anyLong(), any());
        verify(ledger, never()).release(anyString(), anyString());
    }

    @Test
    void confirmsTheHoldAndEarnsTheOrdersPointsPendingForTheReturnWindow() {
        chose("c1", 500);
        Checkout checkout = customer();
        CheckoutCart cart = checkout.cart("c1", STORE, "CAD");
        PointsQuote quote = participant.quote(checkout, cart, contents("20.00"));
        Instant placedAt = NOW.plusSeconds(5);

        participant.confirm(checkout, cart, quote, new PlacedOrder(new OrderFacts(42L, CUSTOMER, STORE, placedAt,
                "ORDERED", new BigDecimal("23.00"), new BigDecimal("6.00"), new BigDecimal("2.00"), CAD), List.of()));

        verify(ledger).confirm(STORE, CUSTOMER, "c1", 42L);
        verify(ledger).earn(STORE, CUSTOMER, 42L, 15, placedAt, placedAt.plus(30, ChronoUnit.DAYS));
        verify(choices).forget(STORE, "c1");
    }

    private void chose(String cart, long points) {
        CartChoice choice = new CartChoice(STORE, cart);
        choice.choose(CUSTOMER, points, NOW);
        when(choices.findById(new CartKey(STORE, cart))).thenReturn(Optional.of(choice));
    }

    private static Checkout customer() {
        return new Checkout(() -> Shopper.customer(STORE, CUSTOMER));
    }

    private static CartContents contents(String lineTotal) {
        return new CartContents(STORE, CAD, List.of(new CheckoutLine(1L, Set.of(), new BigDecimal(lineTotal), 1)),
                null, null);
    }

    private static PointsTerms terms(boolean enabled) {
        PointsTerms defaults = PointsTerms.defaults();
        return new PointsTerms(enabled, defaults.pointsPerUnit(), defaults.cashValue(), defaults.minRedeem(),
                defaults.maxOrderShare(), defaults.expiryMode(), defaults.expiryDays(), defaults.expiryPeriod(),
                defaults.returnWindowDays(), false, Map.of());
    }

    private static PointsAccountView account(long usable) {
        return new PointsAccountView(usable, 0, 0, usable);
    }
}
