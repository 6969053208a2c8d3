package vn.gov.quangninh.cooperation.security;

import java.util.List;

/** The roles, in one place: views use them in {@code @RolesAllowed}, services in {@code @PreAuthorize}. */
public final class AppRoles {

    /** Manages accounts and departments. */
    public static final String ADMIN = "ADMIN";
    /** Reviews commitments and approves progress updates. */
    public static final String MANAGER = "MANAGER";
    /** Foreign-affairs and department staff who record meetings, agreements and progress. */
    public static final String STAFF = "STAFF";
    /** Provincial officials who read and download reports. */
    public static final String OFFICIAL = "OFFICIAL";

    public static final List<String> ALL = List.of(ADMIN, MANAGER, STAFF, OFFICIAL);

    /** The roles that record and change agreements and meetings; OFFICIAL only reads. */
    public static final List<String> EDITORS = List.of(STAFF, MANAGER, ADMIN);

    /** Method security expressions built from the constants above. */
    public static final String HAS_ADMIN = "hasRole('" + ADMIN + "')";

    public static final String IS_MANAGER = "hasRole('" + MANAGER + "')";

    public static final String IS_SIGNED_IN = "isAuthenticated()";
    public static final String IS_EDITOR = "hasAnyRole('" + STAFF + "', '" + MANAGER + "', '" + ADMIN + "')";

    private AppRoles() {}
}
