package dev.saferank.scheme.cli;

import dev.saferank.scheme.ChecklistEvaluator;
import dev.saferank.scheme.Evaluation;
import dev.saferank.scheme.Facts;
import dev.saferank.scheme.PopulationResult;
import dev.saferank.scheme.WhatIf;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Results as plain maps and lists, written as JSON with exact decimals (never in exponent form). */
final class JsonView {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonView() {}

    static String write(Object value) {
        return MAPPER.writeValueAsString(value) + "\n";
    }

    static Map<String, Object> evaluation(Evaluation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agency", e.agency());
        e.category().ifPresent(c -> m.put("category", c));
        e.exclusion().ifPresent(x -> m.put("exclusion", outcome(x)));
        e.total().ifPresent(t -> m.put("total", t));
        m.put("rawTotal", e.rawTotal());
        e.grade().ifPresent(g -> m.put("grade", g));
        m.put("vetoes", e.vetoes().stream().map(JsonView::outcome).toList());
        m.put(
                "sections",
                e.sections().stream()
                        .map(s -> {
                            Map<String, Object> sm = new LinkedHashMap<>();
                            sm.put("title", s.title());
                            sm.put("max", s.max());
                            sm.put("points", s.points());
                            sm.put(
                                    "items",
                                    s.items().stream().map(JsonView::item).toList());
                            return sm;
                        })
                        .toList());
        e.bonus().ifPresent(b -> m.put("bonus", part(b)));
        e.penalties().ifPresent(p -> m.put("penalties", part(p)));
        return m;
    }

    private static Map<String, Object> part(Evaluation.PartResult p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("points", p.points());
        m.put("capped", p.capped());
        m.put("items", p.items().stream().map(JsonView::item).toList());
        return m;
    }

    private static Map<String, Object> item(Evaluation.ItemResult i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", i.number());
        m.put("title", i.title());
        i.max().ifPresent(x -> m.put("max", x));
        m.put("points", i.points());
        m.put(
                "trail",
                i.trail().stream()
                        .map(t -> {
                            Map<String, Object> tm = new LinkedHashMap<>();
                            tm.put("rule", t.rule());
                            tm.put("wording", t.wording());
                            tm.put("count", t.count());
                            tm.put("amount", t.amount());
                            tm.put("capped", t.capped());
                            t.enterprise().ifPresent(x -> tm.put("enterprise", x));
                            tm.put("note", t.note());
                            return tm;
                        })
                        .toList());
        return m;
    }

    private static Map<String, Object> outcome(Evaluation.Outcome o) {
        return Map.of("code", o.code(), "wording", o.wording());
    }

    static Map<String, Object> population(PopulationResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("overall", r.overall().stream().map(JsonView::ranked).toList());
        Map<String, Object> groups = new LinkedHashMap<>();
        r.groups()
                .forEach(
                        (k, v) -> groups.put(k, v.stream().map(JsonView::ranked).toList()));
        m.put("groups", groups);
        r.top().ifPresent(t -> m.put("top", t));
        m.put("evaluations", r.evaluations().stream().map(JsonView::evaluation).toList());
        return m;
    }

    private static Map<String, Object> ranked(PopulationResult.Ranked r) {
        return Map.of("agency", r.agency(), "rank", r.rank(), "total", r.total(), "grade", r.grade());
    }

    static Map<String, Object> report(WhatIf.Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("before", r.before());
        m.put("after", r.after());
        m.put(
                "changes",
                r.changes().stream()
                        .map(c -> {
                            Map<String, Object> cm = new LinkedHashMap<>();
                            cm.put("agency", c.agency());
                            c.totalBefore().ifPresent(x -> cm.put("totalBefore", x));
                            c.totalAfter().ifPresent(x -> cm.put("totalAfter", x));
                            c.delta().ifPresent(x -> cm.put("delta", x));
                            c.gradeBefore().ifPresent(x -> cm.put("gradeBefore", x));
                            c.gradeAfter().ifPresent(x -> cm.put("gradeAfter", x));
                            cm.put("bandCrossed", c.bandCrossed());
                            c.rankBefore().ifPresent(x -> cm.put("rankBefore", x));
                            c.rankAfter().ifPresent(x -> cm.put("rankAfter", x));
                            return cm;
                        })
                        .toList());
        return m;
    }

    static Map<String, Object> checklist(Facts f, List<ChecklistEvaluator.ChecklistFinding> findings) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agency", f.agency());
        m.put(
                "findings",
                findings.stream()
                        .map(x -> {
                            Map<String, Object> xm = new LinkedHashMap<>();
                            xm.put("checklist", x.checklist());
                            xm.put("question", x.question());
                            xm.put("text", x.text());
                            xm.put("answer", x.answer());
                            x.rectification()
                                    .ifPresent(r -> xm.put(
                                            "rectification",
                                            Map.of(
                                                    "measure",
                                                    r.measure(),
                                                    "deadline",
                                                    r.deadline(),
                                                    "responsible",
                                                    r.responsible(),
                                                    "status",
                                                    r.status())));
                            return xm;
                        })
                        .toList());
        return m;
    }
}
