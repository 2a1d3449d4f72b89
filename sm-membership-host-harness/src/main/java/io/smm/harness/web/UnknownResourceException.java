package io.smm.harness.web;

/** A requested store, product, cart, order or customer does not exist: HTTP 404. */
public class UnknownResourceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownResourceException(String message) {
        super(message);
    }
}
