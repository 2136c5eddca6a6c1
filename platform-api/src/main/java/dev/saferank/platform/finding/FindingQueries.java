package dev.saferank.platform.finding;

import dev.saferank.platform.graphql.Pages;
import dev.saferank.platform.history.Change;
import dev.saferank.platform.history.History;
import dev.saferank.platform.security.Caller;
import dev.saferank.platform.security.Callers;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** Reading findings: one, a cursor connection, and their batched history and rectification. */
@Controller
class FindingQueries {

    private final FindingMapper mapper;
    private final RectificationMapper rectifications;
    private final VisibleFindings visible;
    private final History history;

    FindingQueries(FindingMapper mapper, RectificationMapper rectifications, VisibleFindings visible, History history) {
        this.mapper = mapper;
        this.rectifications = rectifications;
        this.visible = visible;
        this.history = history;
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector', 'agency-user')")
    Finding finding(@Argument long id, Authentication auth) {
        return visible.require(Callers.require(auth), Callers.tenant(auth), id);
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector', 'agency-user')")
    Window<Finding> findings(@Argument FindingMapper.Filter filter, ScrollSubrange subrange, Authentication auth) {
        Caller caller = Callers.require(auth);
        boolean staff = caller.hasRole("bureau-admin") || caller.hasRole("inspector");
        var page = Pages.of(subrange);
        List<Finding> rows = mapper.page(
                Callers.tenant(auth),
                filter == null ? new FindingMapper.Filter(null, null, null, null, null) : filter,
                staff ? null : caller.username(),
                page.after(),
                page.limit());
        return Pages.window(rows, page, Finding::id);
    }

    @SchemaMapping(typeName = "Finding", field = "of")
    Integer of(Finding finding) {
        return finding.ofCount();
    }

    @BatchMapping(typeName = "Finding")
    Map<Finding, List<Change>> history(List<Finding> findings, Principal principal) {
        Map<String, List<Change>> changes = history.of(
                tenant(principal), "finding", findings.stream().map(Finding::id).toList());
        return findings.stream()
                .collect(Collectors.toMap(
                        Function.identity(),
                        finding -> changes.getOrDefault(String.valueOf(finding.id()), List.of()),
                        (first, second) -> first));
    }

    @BatchMapping(typeName = "Finding")
    Map<Finding, Rectification> rectification(List<Finding> findings, Principal principal) {
        Map<Long, Rectification> byFinding =
                rectifications
                        .byFindings(
                                tenant(principal),
                                findings.stream().map(Finding::id).toList())
                        .stream()
                        .collect(Collectors.toMap(Rectification::findingId, Function.identity()));
        return findings.stream()
                .filter(finding -> byFinding.containsKey(finding.id()))
                .collect(Collectors.toMap(
                        Function.identity(), finding -> byFinding.get(finding.id()), (first, second) -> first));
    }

    static String tenant(Principal principal) {
        return Callers.tenant((Authentication) principal);
    }
}
