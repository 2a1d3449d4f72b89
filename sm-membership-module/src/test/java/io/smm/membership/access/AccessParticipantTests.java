package io.smm.membership.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.smm.membership.checkout.CartContents;
import io.smm.membership.checkout.Checkout;
import io.smm.membership.checkout.CheckoutLine;
import io.smm.membership.checkout.CheckoutRefusedException;
import io.smm.membership.checkout.PlacedOrder;
import io.smm.membership.identity.Shopper;
import io.smm.membership.orders.OrderFacts;
import io.smm.membership.testhost.FixedAccessViews;

class AccessParticipantTests {

    private static final Shopper GUEST = Shopper.guest("DEFAULT");
    private static final long WHOLESALE = 30;
    private static final long PEARS = 3;
    private static final long PLUMS = 4;

    private final FixedAccessViews views = new FixedAccessViews();
    private final AccessParticipant participant = new AccessParticipant(views,
            products -> Map.of(PEARS, Set.of(WHOLESALE)));
    private final Checkout checkout = new Checkout(() -> GUEST);

    @Test
    void quotesACartOfBuyableProductsWithoutARefusalAndNothingOff() {
        views.of(GUEST).category(WHOLESALE, notForSale());

        AccessParticipant.Verdict verdict = participant.quote(checkout, null, cartOf(PLUMS));

        assertThat(verdict.refusal()).isEmpty();
        assertThat(verdict.lineDiscounts()).containsExactly(BigDecimal.ZERO);
    }

    @Test
    void refusesTheQuoteOfACartWithAnUnbuyableProduct() {
        views.of(GUEST).category(WHOLESALE, notForSale());

        AccessParticipant.Verdict verdict = participant.quote(checkout, null, cartOf(PLUMS, PEARS));

        assertThat(verdict.refusal()).contains(AccessRefusal.JOIN_GROUP);
    }

    @Test
    void refusesAtConfirmWhenARuleChangedAfterTheQuote() {
        AccessParticipant.Verdict verdict = participant.quote(checkout, null, cartOf(PEARS));
        views.of(GUEST).category(WHOLESALE, notForSale());

        assertThat(verdict.refusal()).isEmpty();
        assertThatThrownBy(() -> participant.confirm(checkout, null, verdict, orderOf(PEARS)))
                .isInstanceOfSatisfying(CheckoutRefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(AccessRefusal.JOIN_GROUP));
    }

    @Test
    void confirmsAnOrderOfBuyableProducts() {
        AccessParticipant.Verdict verdict = participant.quote(checkout, null, cartOf(PLUMS));

        participant.confirm(checkout, null, verdict, orderOf(PLUMS));
    }

    private static Access notForSale() {
        return new Access(Map.of(Permission.BUY, Access.State.DENIED), Map.of(), false,
                new AccessReason(Permission.BUY, AccessReason.Kind.JOIN_GROUP, List.of(7L), null));
    }

    private static CartContents cartOf(Long... products) {
        return new CartContents("DEFAULT", Currency.getInstance("CAD"), Stream.of(products)
                .map(id -> new CheckoutLine(id, Set.of(), BigDecimal.TEN, 1)).collect(Collectors.toList()), null, null);
    }

    private static PlacedOrder orderOf(long product) {
        return new PlacedOrder(new OrderFacts(1, null, "DEFAULT", Instant.EPOCH, "ORDERED", BigDecimal.TEN,
                BigDecimal.ZERO, BigDecimal.ZERO, Currency.getInstance("CAD")),
                List.of(new PlacedOrder.Line(product, "SKU", 1, BigDecimal.TEN)));
    }
}
