package dev.saferank.rating.run;

import dev.saferank.rating.facts.FactProblem;
import dev.saferank.scheme.Evaluation;
import java.util.List;
import java.util.Optional;

/**
 * rating_result.trail: the engine's evaluation as the preview shows it (the shape documented in
 * V50__rating_run.sql, mirroring preview.graphqls), plus {@code problems}: facts the pinned scheme does
 * not know (set aside, as in the preview) or, for an agency that could not be evaluated, what is
 * missing; and {@code sampledEnterprises} where the scheme scores per enterprise.
 */
public final class TrailJson {

    private TrailJson() {}

    /** The trail of an evaluated agency. */
    public static String of(Evaluation e, List<FactProblem> problems, List<String> sampled) {
        Json json = new Json().begin();
        json.name("rawTotal").value(e.exclusion().isPresent() ? null : e.rawTotal());
        json.name("vetoes").beginArray();
        e.vetoes().forEach(v -> outcome(json, v));
        json.endArray();
        json.name("exclusion");
        e.exclusion().ifPresentOrElse(x -> outcome(json, x), json::nullValue);
        json.name("sections").beginArray();
        for (Evaluation.SectionResult s : e.sections()) {
            json.begin().name("title").value(s.title()).name("max").value(s.max());
            json.name("points").value(s.points());
            items(json, s.items());
            json.end();
        }
        json.endArray();
        part(json, "bonus", e.bonus());
        part(json, "penalties", e.penalties());
        problems(json, problems);
        if (!sampled.isEmpty()) {
            json.name("sampledEnterprises").beginArray();
            sampled.forEach(json::value);
            json.endArray();
        }
        return json.end().toString();
    }

    /** An agency the engine could not evaluate: no total, not ranked, the problems in Chinese. */
    public static String incomplete(List<FactProblem> problems) {
        Json json = new Json().begin();
        json.name("rawTotal").nullValue();
        json.name("vetoes").beginArray().endArray();
        json.name("exclusion").nullValue();
        json.name("sections").beginArray().endArray();
        json.name("bonus").nullValue();
        json.name("penalties").nullValue();
        problems(json, problems);
        return json.end().toString();
    }

    private static void problems(Json json, List<FactProblem> problems) {
        json.name("problems").beginArray();
        problems.forEach(p -> json.begin()
                .name("path")
                .value(p.path())
                .name("message")
                .value(p.message())
                .end());
        json.endArray();
    }

    private static void outcome(Json json, Evaluation.Outcome o) {
        json.begin()
                .name("code")
                .value(o.code())
                .name("wording")
                .value(o.wording())
                .end();
    }

    private static void part(Json json, String name, Optional<Evaluation.PartResult> part) {
        json.name(name);
        if (part.isEmpty()) {
            json.nullValue();
            return;
        }
        Evaluation.PartResult p = part.get();
        json.begin().name("points").value(p.points()).name("capped").value(p.capped());
        items(json, p.items());
        json.end();
    }

    private static void items(Json json, List<Evaluation.ItemResult> items) {
        json.name("items").beginArray();
        for (Evaluation.ItemResult i : items) {
            json.begin().name("number").value(i.number()).name("title").value(i.title());
            json.name("max").value(i.max().orElse(null)).name("points").value(i.points());
            json.name("trail").beginArray();
            for (Evaluation.TrailEntry t : i.trail()) {
                json.begin().name("rule").value(t.rule()).name("wording").value(t.wording());
                json.name("count").value(t.count()).name("amount").value(t.amount());
                json.name("capped")
                        .value(t.capped())
                        .name("enterprise")
                        .value(t.enterprise().orElse(null));
                json.name("note").value(t.note()).end();
            }
            json.endArray().end();
        }
        json.endArray();
    }
}
