package io.smm.membership.groups;

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
        if (text != null && text.trim().length() > MAX_LENGTH) {
            throw new InvalidInputException(new Violation(field, "membership.text.too-long", MAX_LENGTH));
        }
    }
}
