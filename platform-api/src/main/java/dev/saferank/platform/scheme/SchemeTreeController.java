package dev.saferank.platform.scheme;

import dev.saferank.platform.graphql.NotFoundException;
import dev.saferank.platform.security.Callers;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** {@code schemeTree}: a stored version of the caller's tenant as sections → items → rules. */
@Controller
class SchemeTreeController {

    private final Schemes schemes;

    SchemeTreeController(Schemes schemes) {
        this.schemes = schemes;
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector', 'agency-user')")
    SchemeTree schemeTree(@Argument String version, Authentication auth) {
        // a checklist-only scheme (莆田) has a tree but no scoring engine
        return schemes.compiledVersion(Callers.tenant(auth), version)
                .map(stored -> SchemeTree.of(stored.version(), stored.scheme()))
                .orElseThrow(() -> new NotFoundException("方案版本 " + version));
    }
}
