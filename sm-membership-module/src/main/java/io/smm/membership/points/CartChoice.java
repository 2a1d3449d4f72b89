package io.smm.membership.points;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

import io.smm.membership.checkout.CartKey;
import io.smm.membership.time.UtcInstantConverter;

/** The points a logged-in shopper chose to pay one of their carts with, until the cart is ordered. */
@Entity(name = "SmmPointsCartChoice")
@Table(name = "SMM_POINTS_CART_CHOICE")
@IdClass(CartKey.class)
class CartChoice {

    @Id
    @Column(name = "STORE_CODE", nullable = false)
    private String storeCode;

    @Id
    @Column(name = "CART_CODE", nullable = false)
    private String cartCode;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Column(name = "POINTS", nullable = false)
    private long points;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "CHOSEN_AT", nullable = false)
    private Instant chosenAt;

    protected CartChoice() {
    }

    CartChoice(String storeCode, String cartCode) {
        this.storeCode = storeCode;
        this.cartCode = cartCode;
    }

    void choose(long customerId, long points, Instant at) {
        this.customerId = customerId;
        this.points = points;
        this.chosenAt = at;
    }

    /** The points chosen, when the choice is this customer's; a cart passed on to another keeps none. */
    long pointsOf(long customer) {
        return customerId == customer ? points : 0;
    }
}
