/** The platform's GraphQL API: one package per feature. */
package dev.saferank.platform;
