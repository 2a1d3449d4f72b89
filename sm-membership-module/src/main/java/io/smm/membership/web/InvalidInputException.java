package io.smm.membership.web;

import java.util.List;

import io.smm.membership.errors.DomainException;

/** Input that breaks a rule the service checks (a duplicate code, a rank already taken...): 400 naming the fields. */
public class InvalidInputException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super("membership.problem.invalid-input");
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }
}
