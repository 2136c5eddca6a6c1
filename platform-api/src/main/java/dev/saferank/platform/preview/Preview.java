package dev.saferank.platform.preview;

import dev.saferank.rating.facts.FactProblem;
import dev.saferank.scheme.Evaluation;
import java.math.BigDecimal;
import java.util.List;

/**
 * An agency's provisional score for a year, as the engine evaluates the facts recorded so far.
 *
 * @param evaluated whether the engine could evaluate the facts; if not, {@code missingFacts} says
 *     what is missing and there is no total
 * @param total the rounded total; null when excluded or not evaluated
 * @param missingFacts facts the engine needs and does not have yet, and recorded facts the scheme
 *     does not use (set aside)
 * @param notes how the preview was computed where it differs from a single agency's facts (a rank bonus
 *     computed against the tenant's population as recorded now), in Chinese
 */
record Preview(
        long agencyId,
        int year,
        String schemeVersion,
        boolean evaluated,
        BigDecimal total,
        BigDecimal rawTotal,
        String grade,
        Outcome exclusion,
        List<Outcome> vetoes,
        List<FactProblem> missingFacts,
        List<Section> sections,
        Part bonus,
        Part penalties,
        List<String> notes) {

    record Outcome(String code, String wording) {}

    record Section(String title, BigDecimal max, BigDecimal points, List<Item> items) {}

    record Part(BigDecimal points, boolean capped, List<Item> items) {}

    record Item(String number, String title, BigDecimal max, BigDecimal points, List<Step> trail) {}

    record Step(
            String rule,
            String wording,
            int count,
            BigDecimal amount,
            boolean capped,
            String enterprise,
            String note) {}

    Preview withNotes(List<String> more) {
        return new Preview(
                agencyId,
                year,
                schemeVersion,
                evaluated,
                total,
                rawTotal,
                grade,
                exclusion,
                vetoes,
                missingFacts,
                sections,
                bonus,
                penalties,
                List.copyOf(more));
    }

    static Preview of(long agencyId, int year, String version, Evaluation e, List<FactProblem> setAside) {
        return new Preview(
                agencyId,
                year,
                version,
                true,
                e.total().orElse(null),
                e.exclusion().isPresent() ? null : e.rawTotal(),
                e.grade().orElse(null),
                e.exclusion().map(Preview::outcome).orElse(null),
                e.vetoes().stream().map(Preview::outcome).toList(),
                setAside,
                e.sections().stream()
                        .map(s -> new Section(s.title(), s.max(), s.points(), items(s.items())))
                        .toList(),
                e.bonus().map(Preview::part).orElse(null),
                e.penalties().map(Preview::part).orElse(null),
                List.of());
    }

    static Preview incomplete(long agencyId, int year, String version, List<FactProblem> problems) {
        return new Preview(
                agencyId, year, version, false, null, null, null, null, List.of(), problems, List.of(), null, null,
                List.of());
    }

    private static Outcome outcome(Evaluation.Outcome o) {
        return new Outcome(o.code(), o.wording());
    }

    private static Part part(Evaluation.PartResult p) {
        return new Part(p.points(), p.capped(), items(p.items()));
    }

    private static List<Item> items(List<Evaluation.ItemResult> items) {
        return items.stream()
                .map(i -> new Item(
                        i.number(),
                        i.title(),
                        i.max().orElse(null),
                        i.points(),
                        i.trail().stream().map(Preview::step).toList()))
                .toList();
    }

    private static Step step(Evaluation.TrailEntry t) {
        return new Step(
                t.rule(),
                t.wording(),
                t.count(),
                t.amount(),
                t.capped(),
                t.enterprise().orElse(null),
                t.note());
    }
}
