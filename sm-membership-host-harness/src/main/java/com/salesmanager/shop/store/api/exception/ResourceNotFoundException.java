package com.salesmanager.shop.store.api.exception;

/**
 * Stands in for the host's exception of this name (not in the published jars): the one class of the stand-in
 * named like a host class, because the extension throws the host's by name to answer 404 exactly as the host
 * does for an unknown product or category. The stand-in's error handler answers it
 * {@code 404 {"errorCode":"404","message":...}}, as the host's {@code RestErrorHandler} does.
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
