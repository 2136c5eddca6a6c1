package dev.saferank.platform.tenant;

/**
 * A Keycloak user to create. The realm's user profile requires email, first and last name: without
 * them the user cannot sign in ("Account is not fully set up").
 */
record NewUser(String username, String email, String firstName, String lastName, String temporaryPassword) {}
