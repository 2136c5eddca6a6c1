package dev.saferank.rating.run;

import java.math.BigDecimal;
import java.util.List;

/**
 * The per-item trail of one result, as the engine gave it ({@code rating_result.trail}, see V50): the
 * shape of the live preview, plus the problems that left the agency without a total or facts that were
 * set aside, and the enterprises sampled where the scheme scores per enterprise.
 */
public record Trail(
        BigDecimal rawTotal,
        List<Outcome> vetoes,
        Outcome exclusion,
        List<Section> sections,
        Part bonus,
        Part penalties,
        List<Problem> problems,
        List<String> sampledEnterprises) {

    public static final Trail EMPTY = new Trail(null, List.of(), null, List.of(), null, null, List.of(), List.of());

    public Trail {
        vetoes = vetoes == null ? List.of() : List.copyOf(vetoes);
        sections = sections == null ? List.of() : List.copyOf(sections);
        problems = problems == null ? List.of() : List.copyOf(problems);
        sampledEnterprises = sampledEnterprises == null ? List.of() : List.copyOf(sampledEnterprises);
    }

    public record Outcome(String code, String wording) {}

    /** A problem with the agency's facts, in Chinese (see {@code dev.saferank.rating.facts.FactProblem}). */
    public record Problem(String path, String message) {}

    public record Section(String title, BigDecimal max, BigDecimal points, List<Item> items) {
        public Section {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    public record Part(BigDecimal points, boolean capped, List<Item> items) {
        public Part {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    public record Item(String number, String title, BigDecimal max, BigDecimal points, List<Step> trail) {
        public Item {
            trail = trail == null ? List.of() : List.copyOf(trail);
        }
    }

    public record Step(
            String rule,
            String wording,
            int count,
            BigDecimal amount,
            boolean capped,
            String enterprise,
            String note) {}
}
