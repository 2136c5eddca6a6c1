package dev.saferank.scheme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads the scheme tree into the model; structural problems go to the tree's problem list. */
final class SchemeReader {
    private SchemeReader() {}

    static Scheme read(Obj o) {
        String tenant = o.reqText("tenant");
        int year = o.reqInteger("year");
        String version = o.reqText("version");
        String title = o.reqText("title");
        String source = o.reqText("source");
        Optional<BigDecimal> total = o.decimal("total");
        Optional<Rounding> rounding = o.obj("rounding").map(SchemeReader::rounding);
        Optional<BigDecimal> floor = o.decimal("totalFloor");
        List<String> notes = o.scalars("notes", Obj.ScalarReader.TEXT);
        var agencyData = o.map("agencyData", SchemeReader::agencyField);
        var measurements = o.map("measurements", SchemeReader::measurement);
        List<Section> sections = o.list("sections", SchemeReader::section);
        Optional<Bonus> bonus = o.obj("bonus").map(b -> {
            Bonus read = new Bonus(
                    b.reqDecimal("cap"),
                    b.bool("onePerCause", true),
                    b.list("items", i -> item(i, Item.Scoring.AWARD)));
            b.finish();
            return read;
        });
        Optional<Penalties> penalties = o.obj("penalties").map(p -> {
            Penalties read = new Penalties(p.list("items", i -> item(i, Item.Scoring.DEDUCT)));
            p.finish();
            return read;
        });
        List<Veto> vetoes = o.list(
                "vetoes", v -> new Veto(v.reqText("code"), v.reqText("wording"), v.text("when"), v.reqText("grade")));
        List<Exclusion> exclusions =
                o.list("exclusions", e -> new Exclusion(e.reqText("code"), e.reqText("wording"), e.text("when")));
        List<Band> bands = o.list("bands", b -> new Band(b.decimal("min"), b.reqText("label")));
        Optional<Grouping> grouping = o.obj("grouping").map(g -> {
            Grouping read = new Grouping(g.reqText("by"), g.integer("top"));
            g.finish();
            return read;
        });
        List<Checklist> checklists = o.list("checklists", SchemeReader::checklist);
        Optional<Publication> publication = o.obj("publication").map(PublicationReader::read);
        Optional<RankOrder> ranking = o.obj("ranking").map(r -> {
            String vetoed = r.reqText("vetoed");
            if (!vetoed.equals("last")) {
                r.problems().add(r.at("vetoed"), "must be last (vetoed agencies rank below all others)");
            }
            RankOrder read = new RankOrder(vetoed.equals("last"), r.reqText("wording"));
            r.finish();
            return read;
        });
        java.util.Map<SanctionType, String> asFindings = new java.util.EnumMap<>(SanctionType.class);
        o.obj("sanctionsAsFindings").ifPresent(m -> {
            for (SanctionType type : SanctionType.values()) {
                m.text(type.id()).ifPresent(code -> asFindings.put(type, code));
            }
            m.finish();
        });
        return new Scheme(
                tenant,
                year,
                version,
                title,
                source,
                total,
                rounding,
                floor,
                notes,
                agencyData,
                measurements,
                sections,
                bonus,
                penalties,
                vetoes,
                exclusions,
                bands,
                grouping,
                checklists,
                publication,
                ranking,
                java.util.Map.copyOf(asFindings));
    }

    private static Rounding rounding(Obj o) {
        int scale = o.reqInteger("scale");
        String mode = o.reqText("mode");
        RoundingMode parsed = RoundingMode.HALF_UP;
        try {
            parsed = RoundingMode.valueOf(mode);
            if (parsed == RoundingMode.UNNECESSARY) {
                o.problems().add(o.at("mode"), "UNNECESSARY is not a rounding");
            }
        } catch (IllegalArgumentException e) {
            o.problems().add(o.at("mode"), "must be one of HALF_UP, HALF_EVEN, HALF_DOWN, UP, DOWN, CEILING, FLOOR");
        }
        o.finish();
        return new Rounding(scale, parsed);
    }

    private static AgencyField agencyField(Obj o) {
        return new AgencyField(
                o.reqText("wording"), o.reqDecimal("min"), o.reqDecimal("max"), o.bool("integer", false));
    }

    private static MeasurementSpec measurement(Obj o) {
        return new MeasurementSpec(
                o.reqText("wording"),
                o.decimal("min"),
                o.decimal("max"),
                o.scalars("groups", Obj.ScalarReader.TEXT),
                o.integer("questions"),
                o.scalarMap("choices", Obj.ScalarReader.DECIMAL),
                o.decimal("passMark"));
    }

    private static Section section(Obj o) {
        return new Section(
                o.reqText("title"),
                o.decimal("max"),
                o.bool("pool", false),
                o.bool("perEnterprise", false),
                o.list("items", i -> item(i, Item.Scoring.DEDUCT)));
    }

    private static Item item(Obj o, Item.Scoring defaultScoring) {
        Item.Scoring scoring = o.text("scoring")
                .map(s -> switch (s) {
                    case "deduct" -> Item.Scoring.DEDUCT;
                    case "award" -> Item.Scoring.AWARD;
                    default -> {
                        o.problems().add(o.at("scoring"), "must be deduct or award");
                        yield defaultScoring;
                    }
                })
                .orElse(defaultScoring);
        return new Item(
                o.reqText("number"),
                o.reqText("title"),
                o.decimal("max"),
                o.text("wording"),
                scoring,
                o.text("note"),
                o.list("rules", RuleReader::read));
    }

    private static Checklist checklist(Obj o) {
        return new Checklist(
                o.reqText("id"),
                o.reqText("title"),
                o.reqText("source"),
                o.reqText("subject"),
                o.text("subjectKind").orElse(Checklist.AGENCY),
                o.list(
                        "questions",
                        q -> new Checklist.Question(
                                q.reqText("number"),
                                q.reqText("text"),
                                q.reqText("violation").toLowerCase(Locale.ROOT))));
    }
}
