package dev.saferank.platform.notice;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.Pages;
import dev.saferank.platform.history.Change;
import dev.saferank.platform.history.History;
import dev.saferank.platform.rating.Ratings;
import dev.saferank.platform.security.Callers;
import dev.saferank.rating.run.RatingRun;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/**
 * Reading notices and objections. The public reads the draft list of a notice in its period and
 * follows an objection by its tracking code; agency users read the objections they filed; bureau
 * staff read the notice of a year, bureau admins its objections.
 */
@Controller
class NoticeQueries {

    private static final Set<String> STATUSES = Set.of("open", "accepted", "rejected");

    private final Notices notices;
    private final Objections objections;
    private final Ratings runs;
    private final History history;

    NoticeQueries(Notices notices, Objections objections, Ratings runs, History history) {
        this.notices = notices;
        this.objections = objections;
        this.runs = runs;
        this.history = history;
    }

    @QueryMapping
    @PreAuthorize("permitAll()")
    Notices.PublicNotice publicNotice(@Argument String tenant, @Argument int year) {
        if (tenant == null || !tenant.matches("[a-z][a-z0-9-]{1,31}") || year < 2000 || year > 2100) {
            return null;
        }
        return notices.publicView(tenant, year);
    }

    @QueryMapping
    @PreAuthorize("permitAll()")
    Objection objectionStatus(@Argument String trackingCode) {
        return objections.byTrackingCode(trackingCode).orElse(null);
    }

    @QueryMapping
    @PreAuthorize("hasRole('agency-user')")
    List<Objection> myObjections(Authentication auth) {
        return objections.filedBy(Callers.tenant(auth), Callers.require(auth));
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    Notice ratingNotice(@Argument int year, Authentication auth) {
        return notices.latest(Callers.tenant(auth), year).orElse(null);
    }

    @QueryMapping
    @PreAuthorize("hasRole('bureau-admin')")
    Window<Objection> objections(
            @Argument long noticeId, @Argument String status, ScrollSubrange subrange, Authentication auth) {
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidInputException("status", "UNKNOWN_STATUS", "状态须为 open（处理中）、accepted（已采纳）或 rejected（未采纳）");
        }
        var page = Pages.of(subrange);
        String tenant = Callers.tenant(auth);
        return Pages.window(objections.page(tenant, noticeId, status, page.after(), page.limit()), page, Objection::id);
    }

    @SchemaMapping(typeName = "RatingNotice", field = "run")
    RatingRun noticeRun(Notice notice) {
        return runs.require(notice.tenantId(), notice.runId());
    }

    @SchemaMapping(typeName = "RatingNotice", field = "history")
    List<Change> noticeHistory(Notice notice) {
        return history.of(notice.tenantId(), Notices.ENTITY, notice.id());
    }

    @BatchMapping(typeName = "Objection", field = "history")
    Map<Objection, List<Change>> objectionHistory(List<Objection> rows) {
        Map<Objection, List<Change>> result = new HashMap<>();
        rows.stream().collect(Collectors.groupingBy(Objection::tenantId)).forEach((tenant, some) -> {
            var changes = history.of(
                    tenant, Objections.ENTITY, some.stream().map(Objection::id).toList());
            some.forEach(row -> result.put(row, changes.getOrDefault(String.valueOf(row.id()), List.of())));
        });
        return result;
    }

    @BatchMapping(typeName = "Objection", field = "rerun")
    Map<Objection, RatingRun> objectionRerun(List<Objection> rows) {
        Map<Objection, RatingRun> result = new HashMap<>();
        rows.stream()
                .filter(row -> row.rerunId() != null)
                .collect(Collectors.groupingBy(Objection::tenantId))
                .forEach(
                        (tenant, some) -> {
                            Map<Long, RatingRun> byId = runs
                                    .byIds(
                                            tenant,
                                            some.stream()
                                                    .map(Objection::rerunId)
                                                    .collect(Collectors.toSet()))
                                    .stream()
                                    .collect(Collectors.toMap(RatingRun::id, Function.identity()));
                            some.forEach(row -> {
                                RatingRun run = byId.get(row.rerunId());
                                if (run != null) {
                                    result.put(row, run);
                                }
                            });
                        });
        return result;
    }
}
