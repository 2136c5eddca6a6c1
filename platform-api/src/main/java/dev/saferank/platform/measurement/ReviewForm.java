package dev.saferank.platform.measurement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 临沂 评议表 (附件4): five criteria of 2 points each; the form's score (0–10) is their sum.
 *
 * @param compliance 合规执业
 * @param serviceQuality 服务质量
 * @param fees 规范收费
 * @param ethics 职业道德
 * @param fairCompetition 公平竞争
 */
record ReviewForm(
        BigDecimal compliance,
        BigDecimal serviceQuality,
        BigDecimal fees,
        BigDecimal ethics,
        BigDecimal fairCompetition) {

    static final BigDecimal CRITERION_MAX = BigDecimal.valueOf(2);

    /** A criterion's score, with the form's Chinese label. */
    public record Score(String criterion, String label, BigDecimal score) {}

    private static final Map<String, String> LABELS = labels();
    private static final JsonMapper JSON = JsonMapper.shared();

    /** The criteria in the form's order, with their answers (null when not answered). */
    Map<String, BigDecimal> answers() {
        Map<String, BigDecimal> answers = new LinkedHashMap<>();
        answers.put("compliance", compliance);
        answers.put("serviceQuality", serviceQuality);
        answers.put("fees", fees);
        answers.put("ethics", ethics);
        answers.put("fairCompetition", fairCompetition);
        return answers;
    }

    static String label(String criterion) {
        return LABELS.get(criterion);
    }

    BigDecimal total() {
        return answers().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    String toJson() {
        Map<String, String> plain = new LinkedHashMap<>();
        answers().forEach((criterion, score) -> plain.put(criterion, score.toPlainString()));
        return JSON.writeValueAsString(plain);
    }

    static List<Score> parse(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<Score> scores = new ArrayList<>();
        JSON.readTree(json)
                .properties()
                .forEach(entry -> scores.add(new Score(
                        entry.getKey(),
                        LABELS.getOrDefault(entry.getKey(), entry.getKey()),
                        new BigDecimal(entry.getValue().asString()))));
        return scores;
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("compliance", "合规执业");
        labels.put("serviceQuality", "服务质量");
        labels.put("fees", "规范收费");
        labels.put("ethics", "职业道德");
        labels.put("fairCompetition", "公平竞争");
        return labels;
    }
}
