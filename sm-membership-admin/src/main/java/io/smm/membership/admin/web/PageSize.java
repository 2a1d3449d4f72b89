package io.smm.membership.admin.web;

import io.smm.membership.admin.autoconfigure.MembershipAdminProperties;
import io.smm.membership.groups.Paging;

/** Rows per page of the lists, kept within what the services accept. */
public final class PageSize {

    private PageSize() {
    }

    public static int of(MembershipAdminProperties properties) {
        return Math.max(1, Math.min(Paging.MAX_PAGE_SIZE, properties.getPageSize()));
    }
}
