package dev.saferank.batch.benchmark;

import dev.saferank.rating.run.CompactTrail;
import dev.saferank.rating.run.TrailTemplate;
import dev.saferank.scheme.Evaluation;
import dev.saferank.scheme.Item;
import dev.saferank.scheme.Rule;
import dev.saferank.scheme.Scheme;
import dev.saferank.scheme.Section;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A trail in the form the job stores (V95: {@link CompactTrail} under the scheme's {@link TrailTemplate},
 * written by the same code): the items a rule moved, with one step per rule that applied (count, amount,
 * note). The floor writes it so that its rows weigh what the job's rows weigh; the numbers in it are not
 * scores (the floor evaluates nothing): points are the maximum, amounts count × the rule's points.
 */
final class TrailShape {

    private final Scheme scheme;
    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private final TrailTemplate template;

    TrailShape(Scheme scheme) {
        this.scheme = scheme;
        this.template = TrailTemplate.of(scheme);
        scheme.allItems().forEach(item -> {
            for (Rule rule : item.rules()) {
                ruleIndex.put(rule.code(), rules.size());
                rules.add(rule);
            }
        });
    }

    /** Counts per rule of one agency, indexed like {@link #index}. */
    int[] counts() {
        return new int[rules.size()];
    }

    /** The index of a rule code; -1 when the scheme does not know it. */
    int index(String code) {
        Integer index = ruleIndex.get(code);
        return index == null ? -1 : index;
    }

    /**
     * The compact trail (the job's stored form, {@link CompactTrail}, under the template of the scheme) of an
     * agency with these rule counts: every rule that applied as a step with its count, amount and note, the
     * engine's floor step where deductions pass an item's maximum; points are the maximum (nothing scored).
     */
    String json(int[] counts, String rawTotal) {
        List<Evaluation.SectionResult> sections =
                new ArrayList<>(scheme.sections().size());
        for (Section section : scheme.sections()) {
            sections.add(new Evaluation.SectionResult(
                    section.title(), section.max().orElse(null), BigDecimal.ZERO, items(section.items(), counts)));
        }
        var e = new Evaluation(
                "",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                new BigDecimal(rawTotal),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                sections,
                scheme.bonus().map(b -> new Evaluation.PartResult(BigDecimal.ZERO, false, items(b.items(), counts))),
                scheme.penalties()
                        .map(p -> new Evaluation.PartResult(BigDecimal.ZERO, false, items(p.items(), counts))));
        return CompactTrail.of(template, e, List.of(), List.of());
    }

    private List<Evaluation.ItemResult> items(List<Item> items, int[] counts) {
        List<Evaluation.ItemResult> out = new ArrayList<>(items.size());
        for (Item item : items) {
            List<Evaluation.TrailEntry> steps = new ArrayList<>(2);
            BigDecimal sum = BigDecimal.ZERO;
            for (Rule rule : item.rules()) {
                int count = counts[ruleIndex.get(rule.code())];
                if (count == 0) {
                    continue;
                }
                BigDecimal amount = amount(rule, count);
                sum = sum.add(amount);
                steps.add(new Evaluation.TrailEntry(
                        rule.code(),
                        rule.wording(),
                        count,
                        amount.negate(),
                        false,
                        Optional.empty(),
                        note(rule, count)));
            }
            // the engine adds a step where the deductions pass the item's maximum (扣完即止)
            if (item.max().isPresent() && sum.compareTo(item.max().get()) > 0) {
                steps.add(new Evaluation.TrailEntry(
                        "floor",
                        "扣完即止，不计负分 (the item does not go below 0)",
                        0,
                        sum.subtract(item.max().get()),
                        true,
                        Optional.empty(),
                        "rules sum " + sum.toPlainString() + ", item max "
                                + item.max().get().toPlainString()));
            }
            out.add(new Evaluation.ItemResult(
                    item.number(), item.title(), item.max(), item.max().orElse(BigDecimal.ZERO), steps));
        }
        return out;
    }

    private static BigDecimal amount(Rule rule, int count) {
        return switch (rule) {
            case Rule.PerOccurrence r -> r.points().multiply(BigDecimal.valueOf(count));
            case Rule.Fixed r -> r.points();
            case Rule.Honour r -> r.points().multiply(BigDecimal.valueOf(count));
            case Rule.Sanction r -> r.points().multiply(BigDecimal.valueOf(count));
            default -> BigDecimal.ZERO;
        };
    }

    private static String note(Rule rule, int count) {
        return switch (rule) {
            case Rule.PerOccurrence r -> count + " × " + r.points().toPlainString();
            case Rule.Computed r -> "= " + r.expression();
            default -> rule.kind();
        };
    }
}
