package dev.saferank.platform.security;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** {@code viewer}: who the platform takes the caller for. */
@Controller
class ViewerController {

    record Viewer(String username, String tenant, java.util.List<String> roles) {}

    @QueryMapping
    @PreAuthorize("isAuthenticated()")
    Viewer viewer(Authentication authentication) {
        Caller caller = Callers.of(authentication).orElseThrow();
        return new Viewer(
                caller.username(),
                caller.tenant().orElse(null),
                caller.roles().stream().sorted().toList());
    }
}
