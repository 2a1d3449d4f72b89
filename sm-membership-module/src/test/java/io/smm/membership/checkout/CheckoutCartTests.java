package io.smm.membership.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.Ordered;

class CheckoutCartTests {

    private final CheckoutCart cart = new Checkout(() -> null).cart("c1", "DEFAULT", "CAD");

    @Test
    void aParticipantSeesWhatTheTotalChangesBeforeItTookOffEachLine() {
        Changing first = new Changing(1);
        Changing second = new Changing(2);
        Changing last = new Changing(3);
        cart.quoted(first, change(null, "1.00", "2.00"));
        cart.quoted(second, change(null, "0.50", "0.00"));
        cart.quoted(last, change(null, "9.00", "9.00"));

        assertThat(cart.takenOffBefore(last, 2)).containsExactly(new BigDecimal("1.50"), new BigDecimal("2.00"));
        assertThat(cart.takenOffBefore(first, 2)).containsExactly(BigDecimal.ZERO, BigDecimal.ZERO);
    }

    @Test
    void aRefusedChangeTakesNothingOff() {
        Changing first = new Changing(1);
        cart.quoted(first, change(() -> "refused", "1.00"));

        assertThat(cart.takenOffBefore(new Changing(2), 1)).containsExactly(BigDecimal.ZERO);
    }

    private static TotalChange change(CheckoutRefusal refusal, String... discounts) {
        return new TotalChange() {

            @Override
            public String totalModule() {
                return "test";
            }

            @Override
            public MessageSourceResolvable label() {
                return new DefaultMessageSourceResolvable(null, null, "test");
            }

            @Override
            public List<BigDecimal> lineDiscounts() {
                return java.util.Arrays.stream(discounts).map(BigDecimal::new)
                        .collect(java.util.stream.Collectors.toList());
            }

            @Override
            public Optional<? extends CheckoutRefusal> refusal() {
                return Optional.ofNullable(refusal);
            }
        };
    }

    /** A participant of a given order whose quotes are total changes. */
    private static final class Changing implements CheckoutParticipant<TotalChange>, Ordered {

        private final int order;

        Changing(int order) {
            this.order = order;
        }

        @Override
        public int getOrder() {
            return order;
        }
    }
}
