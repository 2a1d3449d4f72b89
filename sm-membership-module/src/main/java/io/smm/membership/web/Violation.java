package io.smm.membership.web;

import java.util.Arrays;
import java.util.Objects;

/** One rejected field: the field's name and the message key saying why, with its arguments. */
public final class Violation {

    private final String field;
    private final String code;
    private final Object[] arguments;

    public Violation(String field, String code, Object... arguments) {
        this.field = Objects.requireNonNull(field);
        this.code = Objects.requireNonNull(code);
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String toString() {
        return field + ": " + code + Arrays.toString(arguments);
    }
}
