package io.smm.membership.errors;

import java.util.Arrays;

/**
 * A refusal of a membership service: a stable message key and its arguments, told to shoppers and owners in their
 * language. Its subtype says what kind of refusal it is; the web layer alone chooses the answer's status.
 * Unchecked, so a transaction it leaves rolls back.
 */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient Object[] arguments;

    protected DomainException(String code, Object... arguments) {
        super(code + Arrays.toString(arguments));
        this.code = code;
        this.arguments = arguments.clone();
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
