package dev.saferank.scheme.cli;

import dev.saferank.scheme.ChecklistEvaluator;
import dev.saferank.scheme.Facts;
import dev.saferank.scheme.PopulationResult;
import dev.saferank.scheme.Scheme;
import dev.saferank.scheme.WhatIf;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Tables of many lines: a population's ranking, a what-if comparison, checklist findings. */
final class ListViews {
    private ListViews() {}

    static String population(Scheme s, PopulationResult r) {
        StringBuilder b = new StringBuilder(s.title() + " (" + s.tenant() + " " + s.version() + ")\n");
        b.append("排名 ranking\n").append(ranking(r.overall()));
        r.groups()
                .forEach((g, list) ->
                        b.append("分类排名 group ").append(g).append('\n').append(ranking(list)));
        r.evaluations().stream().filter(e -> e.exclusion().isPresent()).forEach(e -> b.append("不参与考评 excluded: ")
                .append(e.agency())
                .append(' ')
                .append(e.exclusion().get().wording())
                .append('\n'));
        return b.toString();
    }

    private static String ranking(List<PopulationResult.Ranked> list) {
        StringBuilder b = new StringBuilder();
        list.forEach(
                x -> b.append(TableView.row(String.valueOf(x.rank()), x.agency(), TableView.num(x.total()), x.grade()))
                        .append('\n'));
        return b.toString();
    }

    static String report(WhatIf.Report r) {
        StringBuilder b = new StringBuilder("what-if: " + r.before() + " → " + r.after() + "\n");
        b.append(TableView.row("机构", "得分 A → B (Δ)", "等级 A → B", "排名 A → B")).append('\n');
        for (WhatIf.Change c : r.changes()) {
            String total = opt(c.totalBefore()) + " → " + opt(c.totalAfter())
                    + c.delta()
                            .map(d -> " (" + (d.signum() > 0 ? "+" : "") + TableView.num(d) + ")")
                            .orElse("");
            String grade =
                    c.gradeBefore().orElse("-") + " → " + c.gradeAfter().orElse("-") + (c.bandCrossed() ? " *" : "");
            String rank = c.rankBefore().map(String::valueOf).orElse("-") + " → "
                    + c.rankAfter().map(String::valueOf).orElse("-");
            b.append(TableView.row(c.agency(), total, grade, rank)).append('\n');
        }
        b.append(r.changed().size())
                .append(" of ")
                .append(r.changes().size())
                .append(" agencies changed (* band crossed)\n");
        return b.toString();
    }

    static String checklist(Facts f, List<ChecklistEvaluator.ChecklistFinding> findings) {
        StringBuilder b = new StringBuilder("机构 agency: " + f.agency() + " — " + findings.size() + " 项问题 findings\n");
        for (ChecklistEvaluator.ChecklistFinding x : findings) {
            b.append(x.checklist())
                    .append(" #")
                    .append(x.question())
                    .append(" 「")
                    .append(TableView.clip(x.text(), 50))
                    .append("」 答 ")
                    .append(x.answer());
            x.rectification().ifPresent(r -> b.append("  整改: ")
                    .append(r.measure())
                    .append(" / ")
                    .append(r.deadline())
                    .append(" / ")
                    .append(r.responsible())
                    .append(" / ")
                    .append(r.status()));
            b.append('\n');
        }
        return b.toString();
    }

    private static String opt(Optional<BigDecimal> v) {
        // totals are already rounded to the scheme's scale: show them as the bureau will publish them
        return v.map(BigDecimal::toPlainString).orElse("-");
    }
}
