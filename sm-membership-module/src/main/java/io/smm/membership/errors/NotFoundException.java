package io.smm.membership.errors;

/** What the request names does not exist, or not in the caller's store. */
public class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String code, Object... arguments) {
        super(code, arguments);
    }
}
