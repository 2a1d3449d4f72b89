package io.smm.membership.errors;

/** The request clashes with the current state: a change made meanwhile, a row still in use, a step already taken. */
public class ConflictException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String code, Object... arguments) {
        super(code, arguments);
    }
}
