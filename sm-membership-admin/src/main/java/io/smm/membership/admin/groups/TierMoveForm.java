package io.smm.membership.admin.groups;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.format.annotation.DateTimeFormat;

import io.smm.membership.admin.web.AdminTime;
import io.smm.membership.tiers.TierAssignment;

/**
 * The member page's tier move: a {@link TierAssignment} whose pin is entered as a local date-time in the pages'
 * zone ({@code pinnedUntilLocal}); the module's violation names {@code pinnedUntil}, shown next to it.
 */
public class TierMoveForm extends TierAssignment {

    /** What the page binds instead of the assignment's instant. */
    static final String[] INSTANTS = { "pinnedUntil" };

    @DateTimeFormat(pattern = AdminTime.LOCAL_INPUT, fallbackPatterns = AdminTime.LOCAL_INPUT_SECONDS)
    private LocalDateTime pinnedUntilLocal;

    /** This form as the module takes it: the pin as an instant, none when left empty. */
    TierAssignment toAssignment(ZoneId zone) {
        setPinnedUntil(AdminTime.instant(pinnedUntilLocal, zone));
        return this;
    }

    public LocalDateTime getPinnedUntilLocal() {
        return pinnedUntilLocal;
    }

    public void setPinnedUntilLocal(LocalDateTime pinnedUntilLocal) {
        this.pinnedUntilLocal = pinnedUntilLocal;
    }
}
