package io.smm.membership.admin.access;

import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;

import io.smm.membership.admin.web.AdminTime;

/** The preview page's question: which audience, and at what local date-time of the store (none: now). */
public class PreviewForm {

    /** The audience previewed when the owner has not picked one. */
    static final String GUESTS = "GUESTS";

    private String audience = GUESTS;
    @DateTimeFormat(pattern = AdminTime.LOCAL_INPUT, fallbackPatterns = AdminTime.LOCAL_INPUT_SECONDS)
    private LocalDateTime at;

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public void setAt(LocalDateTime at) {
        this.at = at;
    }
}
