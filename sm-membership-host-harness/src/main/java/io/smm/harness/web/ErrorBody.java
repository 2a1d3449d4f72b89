package io.smm.harness.web;

/** The host's error JSON ({@code ErrorEntity}): {@code errorCode} and {@code message}. */
public class ErrorBody {

    private final String errorCode;
    private final String message;

    public ErrorBody(String errorCode, String message) {
        this.errorCode = errorCode;
        this.message = message;
    }

    public String getErrorCode() {
        return errorCode;
    }

    public String getMessage() {
        return message;
    }
}
