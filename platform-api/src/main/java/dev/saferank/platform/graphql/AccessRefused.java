package dev.saferank.platform.graphql;

import java.util.Map;
import org.springframework.security.core.Authentication;

/**
 * A privileged change was refused to its caller (not signed in, or a role or tenant that does not allow it):
 * published for the audit trail (等保 安全审计 records refused attempts as well as done actions). Published by
 * the GraphQL error resolver for a refused mutation and by the web security for a refused non-GET request.
 *
 * @param authentication the caller; null or anonymous when not signed in
 * @param clientAddress the client's address as the API saw it
 * @param targetType {@code mutation} or {@code http}
 * @param target the mutation's field name, or the method and path of the request
 * @param reason what the caller was answered, in Chinese
 * @param ids the ids the request named (arguments named {@code id} or {@code …Id}); never other values
 */
public record AccessRefused(
        Authentication authentication,
        String clientAddress,
        String targetType,
        String target,
        String reason,
        Map<String, String> ids) {}
