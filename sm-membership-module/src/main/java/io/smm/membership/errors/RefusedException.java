package io.smm.membership.errors;

/** The caller may not do this, for the reason the key names: not logged in, not an owner of the store. */
public class RefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public RefusedException(String reason, Object... arguments) {
        super(reason, arguments);
    }
}
