/**
 * Real servers (MySQL-compatible database, Elasticsearch, Keycloak) for integration tests and local
 * runs, in this order of preference: servers named by the user, Testcontainers where a Docker
 * engine answers, otherwise local processes from artifacts that Maven fetched.
 */
package dev.saferank.servers;
