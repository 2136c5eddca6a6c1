package dev.saferank.rating.run;

import dev.saferank.rating.facts.FactProblem;
import dev.saferank.scheme.Evaluation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored form of an evaluated agency's trail ({@code rating_result.trail} from V95 on): only what the
 * run's {@link TrailTemplate} does not already say. Every text the template holds is written as its
 * number; an item nothing moved (no trail step, the template's points) is left out; the others keep their
 * position, points and steps. {@link #full} gives back exactly the JSON {@link TrailJson#of} writes for the
 * same evaluation, so every reader answers the full trail as before. Lossless by construction, whatever the
 * engine does: whatever differs from the template (a section with other items, a text the scheme does not
 * hold) is written out in full.
 *
 * <p>The form is a JSON array: {@code [1, rawTotal, vetoes, exclusion, sections, bonus, penalties, problems,
 * sampledEnterprises]}, outcomes {@code [code, text]}, a section {@code [title, max, points, mode, items]},
 * bonus and penalties {@code [points, capped, mode, items]}; mode 1: items by position in the template
 * ({@code [position, points, steps]}, only those something moved), mode 0: every item written out
 * ({@code [number, title, max, points, steps]}); a step {@code [rule, text, count, amount, capped,
 * enterprise, note]}; a text is a number (the template's) or a string. A trail stored as a JSON object (rows
 * written before V95, agencies without a total) is the full trail itself.
 */
public final class CompactTrail {

    private static final int FORMAT = 1;

    private CompactTrail() {}

    /** The stored form of an evaluated agency's trail under the run's template. */
    public static String of(TrailTemplate template, Evaluation e, List<FactProblem> problems, List<String> sampled) {
        Json json = new Json().beginArray().value(FORMAT);
        json.value(e.exclusion().isPresent() ? null : e.rawTotal());
        json.beginArray();
        e.vetoes().forEach(v -> outcome(json, template, v));
        json.endArray();
        if (e.exclusion().isPresent()) {
            outcome(json, template, e.exclusion().get());
        } else {
            json.nullValue();
        }
        json.beginArray();
        boolean sameSections = e.sections().size() == template.sectionCount();
        for (int s = 0; s < e.sections().size(); s++) {
            Evaluation.SectionResult section = e.sections().get(s);
            json.beginArray();
            text(json, template, section.title());
            json.value(section.max()).value(section.points());
            items(json, template, section.items(), sameSections ? template.section(s) : null);
            json.endArray();
        }
        json.endArray();
        part(json, template, e.bonus(), template.bonus());
        part(json, template, e.penalties(), template.penalties());
        json.beginArray();
        problems.forEach(
                p -> json.beginArray().value(p.path()).value(p.message()).endArray());
        json.endArray().beginArray();
        sampled.forEach(json::value);
        return json.endArray().endArray().toString();
    }

    /** Whether a stored trail is in this form (an array), not the full trail (an object). */
    public static boolean isCompact(String stored) {
        return stored != null && !stored.isEmpty() && stored.charAt(0) == '[';
    }

    /** The full trail (exactly {@link TrailJson#of}'s JSON) of a stored trail; a full one as it is. */
    public static String full(TrailTemplate template, String stored) {
        if (!isCompact(stored)) {
            return stored;
        }
        JsonNode root = JsonMapper.shared().readTree(stored);
        if (root.get(0).intValue() != FORMAT) {
            throw new IllegalArgumentException("unknown trail format " + root.get(0));
        }
        BigDecimal rawTotal = decimal(root.get(1));
        List<Evaluation.Outcome> vetoes = new ArrayList<>();
        root.get(2).forEach(v -> vetoes.add(outcome(template, v)));
        Optional<Evaluation.Outcome> exclusion =
                root.get(3).isNull() ? Optional.empty() : Optional.of(outcome(template, root.get(3)));
        List<Evaluation.SectionResult> sections = new ArrayList<>();
        JsonNode storedSections = root.get(4);
        boolean sameSections = storedSections.size() == template.sectionCount();
        for (int s = 0; s < storedSections.size(); s++) {
            JsonNode section = storedSections.get(s);
            sections.add(new Evaluation.SectionResult(
                    text(template, section.get(0)),
                    decimal(section.get(1)),
                    decimal(section.get(2)),
                    items(template, section.get(3), section.get(4), sameSections ? template.section(s) : null)));
        }
        List<FactProblem> problems = new ArrayList<>();
        root.get(7)
                .forEach(p -> problems.add(
                        new FactProblem(p.get(0).asString(), p.get(1).asString())));
        List<String> sampled = new ArrayList<>();
        root.get(8).forEach(x -> sampled.add(x.asString()));
        Evaluation e = new Evaluation(
                "",
                Optional.empty(),
                Optional.empty(),
                exclusion,
                rawTotal,
                Optional.empty(),
                Optional.empty(),
                vetoes,
                sections,
                part(template, root.get(5), template.bonus()),
                part(template, root.get(6), template.penalties()));
        return TrailJson.of(e, problems, sampled);
    }

    // --- writing

    private static void outcome(Json json, TrailTemplate template, Evaluation.Outcome o) {
        json.beginArray().value(o.code());
        text(json, template, o.wording());
        json.endArray();
    }

    private static void text(Json json, TrailTemplate template, String text) {
        int i = template.indexOf(text);
        if (i >= 0) {
            json.value(i);
        } else {
            json.value(text);
        }
    }

    private static void part(
            Json json,
            TrailTemplate template,
            Optional<Evaluation.PartResult> part,
            List<TrailTemplate.ItemBase> bases) {
        if (part.isEmpty()) {
            json.nullValue();
            return;
        }
        Evaluation.PartResult p = part.get();
        json.beginArray().value(p.points()).value(p.capped());
        items(json, template, p.items(), bases);
        json.endArray();
    }

    /** Writes mode and items: by position when the items are the template's, else every item in full. */
    private static void items(
            Json json, TrailTemplate template, List<Evaluation.ItemResult> items, List<TrailTemplate.ItemBase> bases) {
        boolean byPosition = bases != null && bases.size() == items.size();
        for (int i = 0; byPosition && i < items.size(); i++) {
            Evaluation.ItemResult item = items.get(i);
            TrailTemplate.ItemBase base = bases.get(i);
            byPosition = base.number().equals(item.number())
                    && template.indexOf(item.title()) == base.title()
                    && base.sameMax(item.max());
        }
        json.value(byPosition ? 1 : 0).beginArray();
        for (int i = 0; i < items.size(); i++) {
            Evaluation.ItemResult item = items.get(i);
            if (byPosition) {
                if (item.trail().isEmpty() && bases.get(i).isBase(item.points())) {
                    continue; // nothing moved it
                }
                json.beginArray().value(i).value(item.points());
            } else {
                json.beginArray().value(item.number());
                text(json, template, item.title());
                json.value(item.max().orElse(null)).value(item.points());
            }
            json.beginArray();
            for (Evaluation.TrailEntry t : item.trail()) {
                json.beginArray().value(t.rule());
                text(json, template, t.wording());
                json.value(t.count()).value(t.amount()).value(t.capped());
                json.value(t.enterprise().orElse(null)).value(t.note());
                json.endArray();
            }
            json.endArray().endArray();
        }
        json.endArray();
    }

    // --- reading

    private static Evaluation.Outcome outcome(TrailTemplate template, JsonNode o) {
        return new Evaluation.Outcome(o.get(0).asString(), text(template, o.get(1)));
    }

    private static String text(TrailTemplate template, JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        return node.isNumber() ? template.text(node.intValue()) : node.asString();
    }

    private static BigDecimal decimal(JsonNode node) {
        return node == null || node.isNull() ? null : new BigDecimal(node.asString());
    }

    private static Optional<Evaluation.PartResult> part(
            TrailTemplate template, JsonNode node, List<TrailTemplate.ItemBase> bases) {
        if (node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(new Evaluation.PartResult(
                decimal(node.get(0)), node.get(1).booleanValue(), items(template, node.get(2), node.get(3), bases)));
    }

    private static List<Evaluation.ItemResult> items(
            TrailTemplate template, JsonNode mode, JsonNode stored, List<TrailTemplate.ItemBase> bases) {
        List<Evaluation.ItemResult> items = new ArrayList<>();
        if (mode.intValue() == 1) {
            int next = 0;
            for (JsonNode item : stored) {
                int position = item.get(0).intValue();
                for (; next < position; next++) {
                    items.add(unmoved(template, bases.get(next)));
                }
                TrailTemplate.ItemBase base = bases.get(position);
                items.add(new Evaluation.ItemResult(
                        base.number(),
                        template.text(base.title()),
                        Optional.ofNullable(base.max()).map(BigDecimal::new),
                        decimal(item.get(1)),
                        steps(template, item.get(2))));
                next = position + 1;
            }
            for (; next < bases.size(); next++) {
                items.add(unmoved(template, bases.get(next)));
            }
        } else {
            for (JsonNode item : stored) {
                items.add(new Evaluation.ItemResult(
                        item.get(0).asString(),
                        text(template, item.get(1)),
                        Optional.ofNullable(decimal(item.get(2))),
                        decimal(item.get(3)),
                        steps(template, item.get(4))));
            }
        }
        return items;
    }

    private static Evaluation.ItemResult unmoved(TrailTemplate template, TrailTemplate.ItemBase base) {
        return new Evaluation.ItemResult(
                base.number(),
                template.text(base.title()),
                Optional.ofNullable(base.max()).map(BigDecimal::new),
                new BigDecimal(base.base()),
                List.of());
    }

    private static List<Evaluation.TrailEntry> steps(TrailTemplate template, JsonNode stored) {
        List<Evaluation.TrailEntry> steps = new ArrayList<>(stored.size());
        for (JsonNode t : stored) {
            steps.add(new Evaluation.TrailEntry(
                    t.get(0).isNull() ? null : t.get(0).asString(),
                    text(template, t.get(1)),
                    t.get(2).intValue(),
                    decimal(t.get(3)),
                    t.get(4).booleanValue(),
                    t.get(5).isNull() ? Optional.empty() : Optional.of(t.get(5).asString()),
                    t.get(6).isNull() ? null : t.get(6).asString()));
        }
        return steps;
    }
}
