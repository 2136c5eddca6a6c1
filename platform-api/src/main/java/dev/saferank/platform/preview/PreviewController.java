package dev.saferank.platform.preview;

import dev.saferank.platform.security.Callers;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * The live preview: bureau admins and inspectors of the tenant; an agency user for its own agency. The
 * what-if comparison of two scheme versions: bureau admins and inspectors.
 */
@Controller
class PreviewController {

    private final PreviewService previews;
    private final SchemeComparisons comparisons;

    PreviewController(PreviewService previews, SchemeComparisons comparisons) {
        this.previews = previews;
        this.comparisons = comparisons;
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector', 'agency-user')")
    Preview preview(@Argument long agencyId, @Argument int year, Authentication auth) {
        return previews.preview(Callers.require(auth), agencyId, year);
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    SchemeComparison compareSchemes(
            @Argument int year, @Argument String versionA, @Argument String versionB, Authentication auth) {
        return comparisons.compare(Callers.require(auth), year, versionA, versionB);
    }
}
