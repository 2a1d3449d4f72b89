package io.smm.membership.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 7807 problem as our JSON endpoints answer it; {@code code} is the stable message key. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class Problem {

    private final String type;
    private final String title;
    private final int status;
    private final String detail;
    private final String code;
    private final String instance;
    private final List<FieldMessage> violations;

    Problem(String type, String title, int status, String detail, String code, String instance,
            List<FieldMessage> violations) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.code = code;
        this.instance = instance;
        this.violations = violations;
    }

    public String getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public String getCode() {
        return code;
    }

    public String getInstance() {
        return instance;
    }

    public List<FieldMessage> getViolations() {
        return violations;
    }

    /** One rejected field in a 400 answer. */
    public static final class FieldMessage {

        private final String field;
        private final String message;

        FieldMessage(String field, String message) {
            this.field = field;
            this.message = message;
        }

        public String getField() {
            return field;
        }

        public String getMessage() {
            return message;
        }
    }
}
