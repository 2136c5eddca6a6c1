package dev.saferank.platform.agency;

import dev.saferank.platform.security.Callers;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** Agencies over GraphQL. */
@Controller
class AgencyController {

    private final Agencies agencies;

    AgencyController(Agencies agencies) {
        this.agencies = agencies;
    }

    @QueryMapping
    @PreAuthorize("isAuthenticated()")
    Agency agency(@Argument long id, Authentication auth) {
        return agencies.require(Callers.require(auth), id);
    }
}
