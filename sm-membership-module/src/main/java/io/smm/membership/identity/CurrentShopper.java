package io.smm.membership.identity;

/**
 * The one way every feature learns who is shopping in the current request: the customer named by a customer
 * JWT, else the customer of the cart being read, else a guest.
 */
public interface CurrentShopper {

    Shopper get();
}
