/**
 * What every GraphQL feature shares: typed errors with Chinese messages, cursor pages, request
 * limits.
 */
package dev.saferank.platform.graphql;
