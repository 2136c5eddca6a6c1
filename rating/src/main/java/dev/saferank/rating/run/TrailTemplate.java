package dev.saferank.rating.run;

import dev.saferank.scheme.Item;
import dev.saferank.scheme.Scheme;
import dev.saferank.scheme.Section;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every trail of a run shares, kept once with the run ({@code rating_run.trail_template}, V95): the
 * texts of the pinned scheme version (section and item titles, rule, veto and exclusion wordings, the
 * engine's own step wordings) and, per section, bonus and penalties, the items in scheme order with
 * number, title, maximum and the points of an item nothing moved (a deduction item outside a pool: its
 * maximum; any other: 0). A stored result keeps only what differs from it ({@link CompactTrail}), and
 * reading it back needs this template, never a scheme file.
 */
public final class TrailTemplate {

    /**
     * An item as the template knows it; {@code max} and {@code base} as the trail writes them (plain decimal
     * strings), {@code maxValue} and {@code baseValue} the same as decimals, so that the engine's points are
     * compared with them without being formatted for every item of every agency.
     */
    record ItemBase(String number, int title, String max, String base, BigDecimal maxValue, BigDecimal baseValue) {

        ItemBase(String number, int title, String max, String base) {
            this(number, title, max, base, max == null ? null : new BigDecimal(max), new BigDecimal(base));
        }

        /** Whether the trail would write {@code max} as this item's maximum. */
        boolean sameMax(Optional<BigDecimal> value) {
            return value.isEmpty() ? max == null : max != null && samePlain(value.get(), maxValue, max);
        }

        /** Whether the trail would write {@code points} as this item's base points. */
        boolean isBase(BigDecimal points) {
            return samePlain(points, baseValue, base);
        }

        /**
         * {@code value.toPlainString().equals(plain)}, where {@code decimal} is {@code plain} parsed: for a
         * scale of 0 or more, equal plain strings are the same unscaled value and scale, which is {@code equals}.
         */
        private static boolean samePlain(BigDecimal value, BigDecimal decimal, String plain) {
            return value.scale() >= 0
                    ? value.equals(decimal)
                    : value.toPlainString().equals(plain);
        }
    }

    /** Step wordings the engine writes itself (not from the scheme); any other text is kept inline. */
    private static final List<String> ENGINE_TEXTS = List.of(
            "扣完即止，不计负分 (the item does not go below 0)",
            "不超过本项分值 (the item does not exceed its max)",
            "抽查企业平均分 (mean over sampled enterprises)");

    private final List<String> texts;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<List<ItemBase>> sections;
    private final List<ItemBase> bonus;
    private final List<ItemBase> penalties;

    private TrailTemplate(
            List<String> texts, List<List<ItemBase>> sections, List<ItemBase> bonus, List<ItemBase> penalties) {
        this.texts = List.copyOf(texts);
        for (int i = 0; i < this.texts.size(); i++) {
            index.putIfAbsent(this.texts.get(i), i);
        }
        this.sections = sections;
        this.bonus = bonus;
        this.penalties = penalties;
    }

    /** The template of a scheme version. */
    public static TrailTemplate of(Scheme scheme) {
        List<String> texts = new ArrayList<>(ENGINE_TEXTS);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            seen.put(texts.get(i), i);
        }
        java.util.function.ToIntFunction<String> text = t -> seen.computeIfAbsent(t, k -> {
            texts.add(k);
            return texts.size() - 1;
        });
        scheme.vetoes().forEach(v -> text.applyAsInt(v.wording()));
        scheme.exclusions().forEach(x -> text.applyAsInt(x.wording()));
        List<List<ItemBase>> sections = new ArrayList<>();
        for (Section s : scheme.sections()) {
            text.applyAsInt(s.title());
            sections.add(items(s.items(), !s.pool(), text));
        }
        List<ItemBase> bonus =
                scheme.bonus().map(b -> items(b.items(), false, text)).orElse(null);
        List<ItemBase> penalties =
                scheme.penalties().map(p -> items(p.items(), false, text)).orElse(null);
        return new TrailTemplate(texts, sections, bonus, penalties);
    }

    private static List<ItemBase> items(
            List<Item> items, boolean deductFromMax, java.util.function.ToIntFunction<String> text) {
        List<ItemBase> out = new ArrayList<>(items.size());
        for (Item item : items) {
            int title = text.applyAsInt(item.title());
            item.rules().forEach(r -> text.applyAsInt(r.wording()));
            String max = item.max().map(BigDecimal::toPlainString).orElse(null);
            String base = deductFromMax && item.scoring() == Item.Scoring.DEDUCT
                    ? item.max().orElse(BigDecimal.ZERO).toPlainString()
                    : "0";
            out.add(new ItemBase(item.number(), title, max, base));
        }
        return List.copyOf(out);
    }

    /** The form kept in {@code rating_run.trail_template}. */
    public String json() {
        Json json = new Json().begin().name("v").value(1).name("texts").beginArray();
        texts.forEach(json::value);
        json.endArray().name("sections").beginArray();
        sections.forEach(items -> items(json, items));
        json.endArray().name("bonus");
        items(json, bonus);
        json.name("penalties");
        items(json, penalties);
        return json.end().toString();
    }

    private static void items(Json json, List<ItemBase> items) {
        if (items == null) {
            json.nullValue();
            return;
        }
        json.beginArray();
        for (ItemBase i : items) {
            json.beginArray()
                    .value(i.number())
                    .value(i.title())
                    .value(i.max())
                    .value(i.base())
                    .endArray();
        }
        json.endArray();
    }

    /** A template read back from {@link #json()}. */
    public static TrailTemplate parse(String stored) {
        JsonNode root = JsonMapper.shared().readTree(stored);
        if (root.path("v").asInt() != 1) {
            throw new IllegalArgumentException("unknown trail template version " + root.path("v"));
        }
        List<String> texts = new ArrayList<>();
        root.path("texts").forEach(t -> texts.add(t.asString()));
        List<List<ItemBase>> sections = new ArrayList<>();
        root.path("sections").forEach(s -> sections.add(items(s)));
        return new TrailTemplate(texts, sections, items(root.path("bonus")), items(root.path("penalties")));
    }

    private static List<ItemBase> items(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        List<ItemBase> out = new ArrayList<>();
        node.forEach(i -> out.add(new ItemBase(
                i.get(0).asString(),
                i.get(1).intValue(),
                i.get(2).isNull() ? null : i.get(2).asString(),
                i.get(3).asString())));
        return List.copyOf(out);
    }

    /** The index of a text, or -1 when the template does not hold it. */
    int indexOf(String text) {
        Integer i = text == null ? null : index.get(text);
        return i == null ? -1 : i;
    }

    String text(int i) {
        return texts.get(i);
    }

    List<ItemBase> section(int i) {
        return i < sections.size() ? sections.get(i) : null;
    }

    int sectionCount() {
        return sections.size();
    }

    List<ItemBase> bonus() {
        return bonus;
    }

    List<ItemBase> penalties() {
        return penalties;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrailTemplate t && t.json().equals(json());
    }

    @Override
    public int hashCode() {
        return json().hashCode();
    }
}
