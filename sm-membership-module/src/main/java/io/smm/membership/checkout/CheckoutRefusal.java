package io.smm.membership.checkout;

/** Why a participant refuses a cart at checkout, as a message key the shopper is told in their language. */
public interface CheckoutRefusal {

    String messageKey();
}
