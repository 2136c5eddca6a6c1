package dev.saferank.platform.agency;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.Pages;
import dev.saferank.platform.security.Callers;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** Agencies over GraphQL: one agency, the tenant's list, the agency user's own. */
@Controller
class AgencyController {

    private final Agencies agencies;
    private final AgencyMapper mapper;
    private final CursorStrategy<ScrollPosition> cursors;

    AgencyController(Agencies agencies, AgencyMapper mapper, CursorStrategy<ScrollPosition> cursors) {
        this.agencies = agencies;
        this.mapper = mapper;
        this.cursors = cursors;
    }

    @QueryMapping
    @PreAuthorize("isAuthenticated()")
    Agency agency(@Argument long id, Authentication auth) {
        return agencies.require(Callers.require(auth), id);
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector', 'county-admin', 'county-inspector')")
    Window<Agency> agencies(
            @Argument Integer first, @Argument String after, @Argument AgencyFilter filter, Authentication auth) {
        String tenant = Callers.tenant(auth);
        Pages.Page page = Pages.of(ScrollSubrange.create(position(after), first, true));
        AgencyFilter given = CountyScope.agencyFilter(
                Callers.require(auth), Optional.ofNullable(filter).orElse(AgencyFilter.NONE));
        if (given.nameContains() != null && given.nameContains().length() > AgencyChecks.MAX_NAME) {
            throw new InvalidInputException("filter.nameContains", "TOO_LONG", "名称关键词过长");
        }
        List<Agency> rows = mapper.page(tenant, given, given.namePattern().orElse(null), page.after(), page.limit());
        return Pages.window(rows, page, Agency::id);
    }

    /** The position a cursor names; a cursor this API did not make is a bad request, not a failure. */
    private ScrollPosition position(String after) {
        if (after == null) {
            return ScrollPosition.keyset();
        }
        try {
            if (cursors.fromCursor(after) instanceof KeysetScrollPosition keyset) {
                return keyset;
            }
        } catch (RuntimeException undecodable) {
            // falls through: the same answer as a cursor of another kind
        }
        throw new InvalidInputException("after", "INVALID_CURSOR", "翻页游标无效");
    }

    @QueryMapping
    @PreAuthorize("hasRole('agency-user')")
    Agency myAgency(Authentication auth) {
        return agencies.ownAgency(Callers.require(auth)).orElse(null);
    }

    @QueryMapping
    @PreAuthorize("isAuthenticated()")
    List<Categories.Category> agencyCategories() {
        return Categories.all();
    }
}
