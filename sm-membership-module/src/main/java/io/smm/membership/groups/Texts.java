package io.smm.membership.groups;

import java.util.List;

import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/** Free texts (messages, reasons) as they are stored: trimmed, blank as absent, at most 500 characters. */
final class Texts {

    static final int MAX_LENGTH = 500;

    private Texts() {
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static void checkLength(String field, String text) {
        List<Violation> tooLong = lengthViolations(field, text);
        if (!tooLong.isEmpty()) {
            throw new InvalidInputException(tooLong);
        }
    }

    /** The violation of a text longer than stored, if it is. */
    static List<Violation> lengthViolations(String field, String text) {
        return text != null && text.trim().length() > MAX_LENGTH
                ? List.of(new Violation(field, "membership.text.too-long", MAX_LENGTH)) : List.of();
    }
}
