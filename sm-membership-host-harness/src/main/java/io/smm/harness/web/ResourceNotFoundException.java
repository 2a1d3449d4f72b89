package io.smm.harness.web;

/**
 * The host's {@code ResourceNotFoundException} (not in the published jars), thrown where the host throws it for an
 * unknown product, category or SKU. As the host's (through its {@code GenericRuntimeException}), it keeps its text
 * in {@code errorMessage}, not in the exception's message, which is null. The stand-in's error handler answers it
 * {@code 404 {"errorCode":"404","message":...}}, as the host's {@code RestErrorHandler} does.
 */
public class ResourceNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private String errorCode = "404";
    private String errorMessage;

    public ResourceNotFoundException(String message) {
        this.errorMessage = message;
    }

    public String getErrorCode() {
        return errorCode;
    }

    public void setErrorCode(String errorCode) {
        this.errorCode = errorCode;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public void setErrorMessage(String errorMessage) {
        this.errorMessage = errorMessage;
    }
}
