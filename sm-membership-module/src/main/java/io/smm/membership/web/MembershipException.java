package io.smm.membership.web;

import java.util.Arrays;

import org.springframework.http.HttpStatus;

/**
 * A refusal that reaches shoppers and owners as a problem: an HTTP status, a stable message key and its
 * arguments. Unchecked, so a transaction it leaves rolls back.
 */
public class MembershipException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String code;
    private final transient Object[] arguments;

    public MembershipException(HttpStatus status, String code, Object... arguments) {
        super(code + Arrays.toString(arguments));
        this.status = status;
        this.code = code;
        this.arguments = arguments.clone();
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public static MembershipException notFound(String code, Object... arguments) {
        return new MembershipException(HttpStatus.NOT_FOUND, code, arguments);
    }

    public static MembershipException conflict(String code, Object... arguments) {
        return new MembershipException(HttpStatus.CONFLICT, code, arguments);
    }

    public static MembershipException forbidden(String code, Object... arguments) {
        return new MembershipException(HttpStatus.FORBIDDEN, code, arguments);
    }
}
