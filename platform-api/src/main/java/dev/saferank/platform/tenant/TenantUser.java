package dev.saferank.platform.tenant;

/** A member of a tenant's organization, with the role of its organization group. */
record TenantUser(String username, String email, String firstName, String lastName, TenantRole role, boolean enabled) {}
