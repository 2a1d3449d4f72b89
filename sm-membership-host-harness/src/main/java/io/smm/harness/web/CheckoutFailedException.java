package io.smm.harness.web;

/**
 * A guest checkout that failed, as the host's {@code ServiceRuntimeException("Error during checkout [...]")}:
 * HTTP 400 with the host's error body.
 */
public class CheckoutFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CheckoutFailedException(String reason, Throwable cause) {
        super("Error during checkout [" + reason + "]", cause);
    }
}
