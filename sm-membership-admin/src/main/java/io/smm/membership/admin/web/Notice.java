package io.smm.membership.admin.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

import io.smm.membership.errors.DomainException;

/**
 * A message shown once at the top of a page, usually carried over a redirect as a flash attribute: a message key,
 * its arguments (kept as text so the session can store them), and whether it reports a success or a refusal.
 */
public final class Notice implements Serializable {

    /** Model and flash attribute name the layout reads. */
    public static final String ATTRIBUTE = "notice";

    private static final long serialVersionUID = 1L;

    private final boolean error;
    private final String code;
    private final String[] args;

    private Notice(boolean error, String code, Object... args) {
        this.error = error;
        this.code = Objects.requireNonNull(code);
        this.args = Arrays.stream(args).map(arg -> arg == null ? "" : String.valueOf(arg)).toArray(String[]::new);
    }

    public static Notice success(String code, Object... args) {
        return new Notice(false, code, args);
    }

    public static Notice error(String code, Object... args) {
        return new Notice(true, code, args);
    }

    /** A refusal from the membership services, with its message key and arguments. */
    public static Notice of(DomainException refusal) {
        return error(refusal.code(), refusal.arguments());
    }

    public boolean isError() {
        return error;
    }

    public String getCode() {
        return code;
    }

    public String[] getArgs() {
        return args.clone();
    }
}
