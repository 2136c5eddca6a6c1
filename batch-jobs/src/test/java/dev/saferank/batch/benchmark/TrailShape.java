package dev.saferank.batch.benchmark;

import dev.saferank.scheme.Item;
import dev.saferank.scheme.Rule;
import dev.saferank.scheme.Scheme;
import dev.saferank.scheme.Section;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trail of the shape rating_result.trail has (V50): every item of the scheme with its number,
 * title, maximum and points, and one entry per rule that applied, with its wording and count. The
 * floor writes it so that its rows weigh what the job's rows weigh; the numbers in it are not scores
 * (the floor evaluates nothing): points are the maximum, amounts count × the rule's points.
 */
final class TrailShape {

    private final Scheme scheme;
    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private final Map<Rule, String> ruleHead = new HashMap<>();
    private final Map<Item, String> itemHead = new HashMap<>();

    TrailShape(Scheme scheme) {
        this.scheme = scheme;
        scheme.allItems().forEach(item -> {
            itemHead.put(
                    item,
                    "{\"number\":" + quote(item.number()) + ",\"title\":" + quote(item.title()) + ",\"max\":"
                            + quote(item.max().map(BigDecimal::toPlainString).orElse("")) + ",\"points\":"
                            + quote(item.max().map(BigDecimal::toPlainString).orElse("0")) + ",\"trail\":[");
            for (Rule rule : item.rules()) {
                ruleIndex.put(rule.code(), rules.size());
                rules.add(rule);
                ruleHead.put(
                        rule,
                        "{\"rule\":" + quote(rule.code()) + ",\"wording\":" + quote(rule.wording()) + ",\"count\":");
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

    String json(int[] counts, String rawTotal) {
        var out = new StringBuilder(4096);
        out.append("{\"rawTotal\":").append(quote(rawTotal)).append(",\"vetoes\":[],\"exclusion\":null,\"sections\":[");
        boolean firstSection = true;
        for (Section section : scheme.sections()) {
            out.append(firstSection ? "" : ",");
            firstSection = false;
            out.append("{\"title\":")
                    .append(quote(section.title()))
                    .append(",\"max\":")
                    .append(quote(section.max().map(BigDecimal::toPlainString).orElse("")))
                    .append(",\"points\":\"0\",\"items\":[");
            items(out, section.items(), counts);
            out.append("]}");
        }
        out.append("],\"bonus\":");
        scheme.bonus().ifPresentOrElse(bonus -> part(out, bonus.items(), counts), () -> out.append("null"));
        out.append(",\"penalties\":");
        scheme.penalties().ifPresentOrElse(penalties -> part(out, penalties.items(), counts), () -> out.append("null"));
        return out.append(",\"problems\":[]}").toString();
    }

    private void part(StringBuilder out, List<Item> items, int[] counts) {
        out.append("{\"points\":\"0\",\"capped\":false,\"items\":[");
        items(out, items, counts);
        out.append("]}");
    }

    private void items(StringBuilder out, List<Item> items, int[] counts) {
        boolean firstItem = true;
        for (Item item : items) {
            out.append(firstItem ? "" : ",").append(itemHead.get(item));
            firstItem = false;
            boolean firstEntry = true;
            BigDecimal sum = BigDecimal.ZERO;
            for (Rule rule : item.rules()) {
                int count = counts[ruleIndex.get(rule.code())];
                if (count == 0) {
                    continue;
                }
                BigDecimal amount = amount(rule, count);
                sum = sum.add(amount);
                out.append(firstEntry ? "" : ",").append(ruleHead.get(rule)).append(count);
                firstEntry = false;
                out.append(",\"amount\":\"-").append(amount.toPlainString()).append("\",\"capped\":false,");
                out.append("\"enterprise\":null,\"note\":")
                        .append(quote(note(rule, count)))
                        .append('}');
            }
            // the engine adds an entry where the deductions pass the item's maximum (扣完即止)
            if (item.max().isPresent() && sum.compareTo(item.max().get()) > 0) {
                out.append(firstEntry ? "" : ",")
                        .append("{\"rule\":\"floor\",\"wording\":\"扣完即止，不计负分 (the item does not go below 0)\",")
                        .append("\"count\":0,\"amount\":\"")
                        .append(sum.subtract(item.max().get()).toPlainString())
                        .append("\",\"capped\":true,\"enterprise\":null,\"note\":\"rules sum ")
                        .append(sum.toPlainString())
                        .append(", item max ")
                        .append(item.max().get().toPlainString())
                        .append("\"}");
            }
            out.append("]}");
        }
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

    static String quote(String text) {
        var out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
