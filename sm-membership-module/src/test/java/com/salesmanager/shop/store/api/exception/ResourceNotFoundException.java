package com.salesmanager.shop.store.api.exception;

import io.smm.harness.web.UnknownResourceException;

/**
 * The host's 404 exception under its real name, for the seams that find it by name; the stand-in host answers it as
 * its own unknown resource (404, the host's error body).
 */
public class ResourceNotFoundException extends UnknownResourceException {

    private static final long serialVersionUID = 1L;

    public ResourceNotFoundException(String message) {
        super(message);
    }
}
