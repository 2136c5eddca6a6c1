package dev.saferank.platform.tenant;

/** The roles a tenant grants within its organization; each is an organization group of that name. */
enum TenantRole {
    BUREAU_ADMIN("bureau-admin"),
    INSPECTOR("inspector"),
    AGENCY_USER("agency-user");

    private final String group;

    TenantRole(String group) {
        this.group = group;
    }

    /** The organization group's name, which is also the realm role mapped onto it. */
    String group() {
        return group;
    }
}
