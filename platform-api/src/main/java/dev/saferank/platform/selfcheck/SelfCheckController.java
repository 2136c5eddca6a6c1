package dev.saferank.platform.selfcheck;

import dev.saferank.platform.security.Callers;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** 自查 over GraphQL: the bureau's overview and the agency's form (answers go through recordInspection). */
@Controller
class SelfCheckController {

    private final SelfChecks selfChecks;

    SelfCheckController(SelfChecks selfChecks) {
        this.selfChecks = selfChecks;
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector', 'county-admin', 'county-inspector')")
    SelfChecks.Status selfCheckStatus(@Argument int year, Authentication auth) {
        return selfChecks.status(Callers.require(auth), Callers.tenant(auth), year);
    }

    @QueryMapping
    @PreAuthorize("hasRole('agency-user')")
    SelfChecks.Form selfCheckForm(@Argument int year, Authentication auth) {
        return selfChecks.form(Callers.require(auth), Callers.tenant(auth), year);
    }
}
