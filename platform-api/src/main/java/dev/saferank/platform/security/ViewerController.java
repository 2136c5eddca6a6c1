package dev.saferank.platform.security;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** {@code viewer}: who the platform takes the caller for. */
@Controller
class ViewerController {

    record Viewer(String username, String tenant, java.util.List<String> roles, String district, String districtName) {}

    private final JdbcTemplate jdbc;

    ViewerController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryMapping
    @PreAuthorize("isAuthenticated()")
    Viewer viewer(Authentication authentication) {
        Caller caller = Callers.of(authentication).orElseThrow();
        return new Viewer(
                caller.username(),
                caller.tenant().orElse(null),
                caller.roles().stream().sorted().toList(),
                caller.district().orElse(null),
                caller.district()
                        .flatMap(code -> jdbc
                                .queryForList(
                                        "SELECT name FROM district WHERE tenant_id = ? AND code = ?",
                                        String.class,
                                        caller.tenant().orElse(""),
                                        code)
                                .stream()
                                .findFirst())
                        .orElse(null));
    }
}
