package dev.saferank.platform.preview;

import dev.saferank.platform.security.Callers;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** The live preview: bureau admins and inspectors of the tenant; an agency user for its own agency. */
@Controller
class PreviewController {

    private final PreviewService previews;

    PreviewController(PreviewService previews) {
        this.previews = previews;
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector', 'agency-user')")
    Preview preview(@Argument long agencyId, @Argument int year, Authentication auth) {
        return previews.preview(Callers.require(auth), agencyId, year);
    }
}
