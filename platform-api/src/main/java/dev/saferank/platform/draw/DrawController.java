package dev.saferank.platform.draw;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.NotFoundException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.security.Callers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * Draws over GraphQL: committed, revealed and cancelled by bureau admins, read by the tenant's staff, and
 * by anyone once published (a draw is public from its commit: its list and commitment are the point).
 */
@Controller
class DrawController {

    record CommitDrawInput(
            Integer year,
            String kind,
            String title,
            String quotaMode,
            Integer quotaValue,
            String weighting,
            String category,
            String districtCode,
            Long sourceDrawId) {}

    record RevealDrawInput(long id, String seed) {}

    record CancelDrawInput(long id, String reason) {}

    record AddInspectorInput(String name, String unit) {}

    record DeclareConflictInput(long inspectorId, long agencyId, String reason) {}

    record CommitDrawPayload(Draw draw, String seed, List<UserError> errors) {}

    record DrawPayload(Draw draw, List<UserError> errors) {}

    record InspectorPayload(Inspectors.Inspector inspector, List<UserError> errors) {}

    record DrawCandidate(String group, String candidate, int weight, String label, Integer rank, String key) {}

    private final DrawRows rows;
    private final Draws draws;
    private final Inspectors inspectors;

    DrawController(DrawRows rows, Draws draws, Inspectors inspectors) {
        this.rows = rows;
        this.draws = draws;
        this.inspectors = inspectors;
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    List<Draw> draws(@Argument int year, Authentication auth) {
        return rows.ofYear(Callers.tenant(auth), year);
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    Draw draw(@Argument long id, Authentication auth) {
        return rows.find(Callers.tenant(auth), id).orElse(null);
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    List<Inspectors.Inspector> inspectors(Authentication auth) {
        return inspectors.all(Callers.tenant(auth));
    }

    @QueryMapping
    @PreAuthorize("permitAll()")
    List<Draw> publicDraws(@Argument String tenant, @Argument int year) {
        if (tenant == null || !tenant.matches("[a-z][a-z0-9-]{1,31}") || year < 2000 || year > 2100) {
            return List.of();
        }
        return rows.ofYear(tenant, year);
    }

    @QueryMapping
    @PreAuthorize("permitAll()")
    Draw publicDraw(@Argument String tenant, @Argument long id) {
        if (tenant == null || !tenant.matches("[a-z][a-z0-9-]{1,31}")) {
            return null;
        }
        return rows.find(tenant, id).orElse(null);
    }

    @SchemaMapping(typeName = "Draw")
    List<DrawCandidate> candidates(Draw draw) {
        Map<String, DrawAlgorithm.Drawn> drawn = drawnByCandidate(draw);
        return CandidateFile.parse(rows.file(draw.tenant(), draw.id())).candidates().stream()
                .map(c -> {
                    var d = drawn.get(c.group() + "," + c.id());
                    return new DrawCandidate(
                            c.group(),
                            c.id(),
                            c.weight(),
                            c.label(),
                            d == null ? null : d.rank(),
                            d == null ? null : d.key());
                })
                .toList();
    }

    @SchemaMapping(typeName = "Draw")
    List<DrawCandidate> drawn(Draw draw) {
        Map<String, DrawAlgorithm.Drawn> drawn = drawnByCandidate(draw);
        if (drawn.isEmpty()) {
            return List.of();
        }
        Map<String, CandidateFile.Candidate> listed = new HashMap<>();
        CandidateFile.parse(rows.file(draw.tenant(), draw.id()))
                .candidates()
                .forEach(c -> listed.put(c.group() + "," + c.id(), c));
        return drawn.entrySet().stream()
                .map(e -> {
                    var c = listed.get(e.getKey());
                    var d = e.getValue();
                    return new DrawCandidate(d.group(), d.candidate(), c.weight(), c.label(), d.rank(), d.key());
                })
                .toList();
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    CommitDrawPayload commitDraw(@Argument CommitDrawInput input, Authentication auth) {
        try {
            var committed = draws.commit(
                    Callers.tenant(auth),
                    new Draws.CommitInput(
                            input.year(),
                            input.kind(),
                            input.title(),
                            input.quotaMode(),
                            input.quotaValue(),
                            input.weighting(),
                            input.category(),
                            input.districtCode(),
                            input.sourceDrawId()),
                    Callers.require(auth).username());
            return new CommitDrawPayload(committed.draw(), committed.seed(), List.of());
        } catch (InvalidInputException invalid) {
            return new CommitDrawPayload(null, null, invalid.errors());
        }
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    DrawPayload revealDraw(@Argument RevealDrawInput input, Authentication auth) {
        String tenant = Callers.tenant(auth);
        return drawPayload(() -> draws.reveal(
                tenant,
                require(tenant, input.id()),
                input.seed(),
                Callers.require(auth).username()));
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    DrawPayload cancelDraw(@Argument CancelDrawInput input, Authentication auth) {
        String tenant = Callers.tenant(auth);
        return drawPayload(() -> draws.cancel(
                tenant,
                require(tenant, input.id()),
                input.reason(),
                Callers.require(auth).username()));
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    InspectorPayload addInspector(@Argument AddInspectorInput input, Authentication auth) {
        try {
            return new InspectorPayload(
                    inspectors.add(
                            Callers.tenant(auth),
                            input.name(),
                            input.unit(),
                            Callers.require(auth).username()),
                    List.of());
        } catch (InvalidInputException invalid) {
            return new InspectorPayload(null, invalid.errors());
        }
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    InspectorPayload declareConflict(@Argument DeclareConflictInput input, Authentication auth) {
        try {
            return new InspectorPayload(
                    inspectors.declareConflict(
                            Callers.tenant(auth),
                            input.inspectorId(),
                            input.agencyId(),
                            input.reason(),
                            Callers.require(auth).username()),
                    List.of());
        } catch (InvalidInputException invalid) {
            return new InspectorPayload(null, invalid.errors());
        }
    }

    private Draw require(String tenant, long id) {
        return rows.find(tenant, id).orElseThrow(() -> new NotFoundException("抽取 " + id));
    }

    private static DrawPayload drawPayload(Supplier<Draw> action) {
        try {
            return new DrawPayload(action.get(), List.of());
        } catch (InvalidInputException invalid) {
            return new DrawPayload(null, invalid.errors());
        }
    }

    /** The stored result by {@code group,candidate}, in the result's order. */
    private Map<String, DrawAlgorithm.Drawn> drawnByCandidate(Draw draw) {
        Map<String, DrawAlgorithm.Drawn> drawn = new java.util.LinkedHashMap<>();
        rows.result(draw.tenant(), draw.id()).orElse("").lines().forEach(line -> {
            String[] cells = line.split(",");
            drawn.put(
                    cells[0] + "," + cells[1],
                    new DrawAlgorithm.Drawn(cells[0], cells[1], Integer.parseInt(cells[2]), cells[3]));
        });
        return drawn;
    }
}
