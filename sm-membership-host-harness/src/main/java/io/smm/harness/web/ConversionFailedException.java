package io.smm.harness.web;

/**
 * What the host's populators throw when handed nothing to convert ({@code Validate.notNull}), e.g. a category
 * looked up by a friendly URL nobody has: the host answers 500 there, not 404.
 */
public class ConversionFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConversionFailedException(String message) {
        super(message);
    }
}
