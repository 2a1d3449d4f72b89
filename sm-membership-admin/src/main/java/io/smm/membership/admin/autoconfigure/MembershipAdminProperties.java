package io.smm.membership.admin.autoconfigure;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the shop owners' pages, under {@code sm.membership.admin}. */
@ConfigurationProperties(prefix = "sm.membership.admin")
public class MembershipAdminProperties {

    /** Rows per page in the members list, the approval queue and the price rules (1 to 100). */
    private int pageSize = 20;

    /** Time zone in which the pages show and take dates and times. Unset uses the server's default time zone. */
    private ZoneId timeZone;

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public ZoneId getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(ZoneId timeZone) {
        this.timeZone = timeZone;
    }
}
