package io.smm.harness.web;

/**
 * The host's {@code ResourceNotFoundException} (not in the published jars), thrown where the host throws it for an
 * unknown product, category or SKU. The stand-in's error handler answers it {@code 404 {"errorCode":"404",
 * "message":...}}, as the host's {@code RestErrorHandler} does.
 */
public class ResourceNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ResourceNotFoundException(String message) {
        super(message);
    }

    public String getErrorCode() {
        return "404";
    }

    public String getErrorMessage() {
        return getMessage();
    }
}
