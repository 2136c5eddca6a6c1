package dev.saferank.platform.rating;

import java.math.BigDecimal;
import java.util.List;

/**
 * The per-item trail of one result, as stored in {@code rating_result.trail} (see V50): the shape
 * of the live preview, so that GraphQL serves it with the preview's types (PreviewSection,
 * PreviewPart, PreviewItem, PreviewTrailStep, PreviewOutcome).
 */
record Trail(
        BigDecimal rawTotal,
        List<Outcome> vetoes,
        Outcome exclusion,
        List<Section> sections,
        Part bonus,
        Part penalties) {

    static final Trail EMPTY = new Trail(null, List.of(), null, List.of(), null, null);

    Trail {
        vetoes = vetoes == null ? List.of() : List.copyOf(vetoes);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    record Outcome(String code, String wording) {}

    record Section(String title, BigDecimal max, BigDecimal points, List<Item> items) {
        Section {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    record Part(BigDecimal points, boolean capped, List<Item> items) {
        Part {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    record Item(String number, String title, BigDecimal max, BigDecimal points, List<Step> trail) {
        Item {
            trail = trail == null ? List.of() : List.copyOf(trail);
        }
    }

    record Step(
            String rule,
            String wording,
            int count,
            BigDecimal amount,
            boolean capped,
            String enterprise,
            String note) {}
}
