package io.smm.membership.admin.points;

import io.smm.membership.admin.web.AdminPaths;

/** Where the owner's points pages live. */
final class PointsPaths {

    static final String SETTINGS = AdminPaths.ROOT + "/points";
    static final String CAMPAIGNS = SETTINGS + "/campaigns";
    static final String MEMBERS = SETTINGS + "/members";
    static final String GRANTS = SETTINGS + "/grants";

    private PointsPaths() {
    }
}
