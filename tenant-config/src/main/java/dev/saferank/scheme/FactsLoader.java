package dev.saferank.scheme;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads facts (one agency) or a population ({@code agencies: [...]}) from YAML or JSON. Structural
 * problems are reported by path; fitness to a scheme is checked when evaluating.
 */
public final class FactsLoader {
    private FactsLoader() {}

    /** Reads one agency's facts from a file. */
    public static Facts load(Path file) {
        return fromYaml(Tree.read(file));
    }

    /** Reads one agency's facts from text. */
    public static Facts fromYaml(String text) {
        Problems problems = new Problems();
        Obj root = Obj.of(Tree.parse(text, problems), "", problems);
        Facts facts = facts(root);
        root.finish();
        throwIfAny(problems);
        return facts;
    }

    /** Reads a population ({@code agencies: [...]}) from a file. */
    public static List<Facts> loadPopulation(Path file) {
        return populationFromYaml(Tree.read(file));
    }

    /** Reads a population ({@code agencies: [...]}) from text. */
    public static List<Facts> populationFromYaml(String text) {
        Problems problems = new Problems();
        Obj root = Obj.of(Tree.parse(text, problems), "", problems);
        if (!root.has("agencies")) {
            problems.add("agencies", "is required (a population file lists agencies)");
        }
        List<Facts> all = root.list("agencies", FactsLoader::facts);
        root.finish();
        throwIfAny(problems);
        return all;
    }

    private static void throwIfAny(Problems problems) {
        if (!problems.isEmpty()) {
            throw new InvalidFactsException(problems.list());
        }
    }

    static Facts facts(Obj o) {
        return new Facts(
                o.reqText("agency"),
                o.text("name"),
                o.text("category"),
                o.text("district"),
                o.scalarMap("data", Obj.ScalarReader.DECIMAL),
                o.scalars("sampledEnterprises", Obj.ScalarReader.TEXT),
                o.list("findings", FactsLoader::finding),
                o.map(
                        "measurements",
                        m -> new Facts.Measurement(
                                m.scalars("values", Obj.ScalarReader.DECIMAL),
                                groups(m),
                                m.scalars("responses", Obj.ScalarReader.TEXT))),
                o.list("sanctions", FactsLoader::sanction),
                o.list("honours", h -> new Facts.Honour(level(h, "level"), h.reqText("cause"))),
                o.list("checklistAnswers", FactsLoader::answer));
    }

    private static java.util.Map<String, List<BigDecimal>> groups(Obj m) {
        java.util.Map<String, List<BigDecimal>> out = new java.util.LinkedHashMap<>();
        m.obj("groups").ifPresent(g -> {
            for (String k : g.keys()) {
                out.put(k, g.scalars(k, Obj.ScalarReader.DECIMAL));
            }
            g.finish();
        });
        return out;
    }

    private static Facts.Finding finding(Obj o) {
        String rule = o.reqText("rule");
        // the range of count is checked against the scheme, with every other fact problem
        int count = o.integer("count").orElse(1);
        return new Facts.Finding(rule, count, o.decimal("value"), o.text("enterprise"), o.integer("of"));
    }

    private static Facts.Sanction sanction(Obj o) {
        String type = o.reqText("type");
        Optional<SanctionType> t = SanctionType.of(type);
        if (t.isEmpty() && !type.isEmpty()) {
            o.problems()
                    .add(
                            o.at("type"),
                            "unknown sanction type " + type
                                    + " (interview, circular, badRecord, penaltyCase, multiAffiliation)");
        }
        Optional<Level> level = o.has("level") ? Optional.of(level(o, "level")) : Optional.empty();
        return new Facts.Sanction(t.orElse(SanctionType.INTERVIEW), level);
    }

    private static Level level(Obj o, String key) {
        String s = o.reqText(key);
        return Level.of(s).orElseGet(() -> {
            if (!s.isEmpty()) {
                o.problems().add(o.at(key), "unknown level " + s + " (town, county, city, province, national)");
            }
            return Level.TOWN;
        });
    }

    private static Facts.ChecklistAnswer answer(Obj o) {
        return new Facts.ChecklistAnswer(
                o.reqText("checklist"),
                o.reqText("question"),
                o.reqText("answer"),
                o.obj("rectification").map(r -> {
                    Facts.Rectification read = new Facts.Rectification(
                            r.reqText("measure"),
                            r.text("deadline").orElse(""),
                            r.text("responsible").orElse(""),
                            r.text("status").orElse("open"));
                    r.finish();
                    return read;
                }));
    }
}
