package dev.saferank.platform.similarity;

import dev.saferank.scheme.Rule;
import dev.saferank.scheme.Scheme;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rule of a city's own scheme a suggestion names: a rule that takes findings (outside the
 * per-enterprise sections), or a veto or exclusion named by findings, whose wording names the
 * violation (抄袭 / 他人成果 for a copy, 模板化 for a template); or the code the tenant configured;
 * or none, said in the note. A checklist question that mentions the violation carries no points,
 * so it is only named in the note.
 */
record SuggestedRule(Optional<String> code, String note) {

    static final String COPY = "copy";
    static final String TEMPLATE = "template";

    static String label(String kind) {
        return COPY.equals(kind) ? "抄袭他人成果" : "机械模板化服务";
    }

    static SuggestedRule of(Optional<Scheme> scheme, String kind, Optional<String> configured) {
        String label = label(kind);
        if (scheme.isEmpty()) {
            return new SuggestedRule(Optional.empty(), "该年度没有启用的考评标准，无对应规则");
        }
        Scheme s = scheme.get();
        if (configured.isPresent()) {
            String code = configured.get();
            String wording = s.rule(code).map(Rule::wording).orElse("");
            return new SuggestedRule(
                    Optional.of(code), "本市配置的“" + label + "”规则 " + code + (wording.isEmpty() ? "" : "：" + wording));
        }
        List<String> words = COPY.equals(kind) ? List.of("抄袭", "他人成果", "剽窃") : List.of("模板化", "机械模板", "千篇一律");
        Optional<String[]> named = Stream.concat(
                        s.sections().stream()
                                .filter(section -> !section.perEnterprise())
                                .flatMap(section -> section.items().stream())
                                .flatMap(item -> item.rules().stream())
                                .filter(Rule::takesFindings)
                                .map(rule -> new String[] {rule.code(), rule.wording()}),
                        Stream.concat(
                                s.vetoes().stream()
                                        .filter(v -> v.when().isEmpty())
                                        .map(v -> new String[] {v.code(), v.wording()}),
                                s.exclusions().stream()
                                        .filter(e -> e.when().isEmpty())
                                        .map(e -> new String[] {e.code(), e.wording()})))
                .filter(rule -> words.stream().anyMatch(rule[1]::contains))
                .findFirst();
        if (named.isPresent()) {
            return new SuggestedRule(Optional.of(named.get()[0]), "本市考评标准规则 " + named.get()[0] + "：" + named.get()[1]);
        }
        Optional<String> question = s.checklists().stream()
                .flatMap(c -> c.questions().stream()
                        .filter(q -> words.stream().anyMatch(q.text()::contains))
                        .map(q -> "检查表“" + c.title() + "”第 " + q.number() + " 项提及“" + label + "”，但不计分"))
                .findFirst();
        return new SuggestedRule(
                Optional.empty(),
                "本市考评标准中没有与“" + label + "”对应的计分规则"
                        + question.map(q -> "（" + q + "）").orElse("") + "；确认时请指定规则编号");
    }
}
