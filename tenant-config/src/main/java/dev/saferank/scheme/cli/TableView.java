package dev.saferank.scheme.cli;

import dev.saferank.scheme.Evaluation;
import dev.saferank.scheme.Scheme;
import java.math.BigDecimal;

/** Readable tables for a terminal, with Chinese labels; wide characters count as two columns. */
final class TableView {
    private TableView() {}

    static String evaluation(Scheme s, Evaluation e) {
        StringBuilder b = new StringBuilder();
        b.append(s.title())
                .append(" (")
                .append(s.tenant())
                .append(' ')
                .append(s.version())
                .append(")\n");
        b.append("机构 agency: ").append(e.agency()).append('\n');
        if (e.exclusion().isPresent()) {
            b.append("不参与考评 excluded: ")
                    .append(e.exclusion().get().code())
                    .append(' ')
                    .append(e.exclusion().get().wording())
                    .append('\n');
            return b.toString();
        }
        b.append(row("序号", "考评项目", "标准分", "得分")).append('\n');
        for (Evaluation.SectionResult sec : e.sections()) {
            b.append("【")
                    .append(sec.title())
                    .append("】 ")
                    .append(num(sec.points()))
                    .append(" / ")
                    .append(num(sec.max()))
                    .append('\n');
            sec.items().forEach(i -> item(b, i));
        }
        e.bonus().ifPresent(p -> {
            b.append("【加分项 bonus】 ")
                    .append(num(p.points()))
                    .append(p.capped() ? " (封顶 capped)" : "")
                    .append('\n');
            p.items().forEach(i -> item(b, i));
        });
        e.penalties().ifPresent(p -> {
            b.append("【减分项 penalties】 −").append(num(p.points())).append('\n');
            p.items().forEach(i -> item(b, i));
        });
        b.append("合计得分 total: ")
                .append(num(e.total().orElseThrow()))
                .append("   (未舍入 raw ")
                .append(num(e.rawTotal()))
                .append(")\n");
        b.append("考评结果 grade: ").append(e.grade().orElseThrow()).append('\n');
        e.vetoes().forEach(v -> b.append("直接评定 veto: ")
                .append(v.code())
                .append(' ')
                .append(v.wording())
                .append('\n'));
        return b.toString();
    }

    private static void item(StringBuilder b, Evaluation.ItemResult i) {
        b.append(row(i.number(), i.title(), i.max().map(TableView::num).orElse(""), num(i.points())))
                .append('\n');
        for (Evaluation.TrailEntry t : i.trail()) {
            b.append("      ")
                    .append(t.rule())
                    .append(' ')
                    .append(t.amount().signum() > 0 ? "+" : "")
                    .append(num(t.amount()))
                    .append(t.enterprise().map(x -> " @" + x).orElse(""))
                    .append("  ")
                    .append(t.note())
                    .append("  「")
                    .append(clip(t.wording(), 40))
                    .append("」\n");
        }
    }

    static String num(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        // show at most 4 decimals: averages over 3 enterprises are long; the total is rounded by the scheme
        return (s.scale() > 4 ? s.setScale(4, java.math.RoundingMode.HALF_UP) : s).toPlainString();
    }

    static String row(String a, String b, String c, String d) {
        return pad(a, 6) + pad(clip(b, 36), 38) + pad(c, 8) + d;
    }

    static String clip(String s, int width) {
        StringBuilder out = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            int cw = width(s.charAt(i));
            if (w + cw > width) {
                return out.append('…').toString();
            }
            out.append(s.charAt(i));
            w += cw;
        }
        return out.toString();
    }

    private static String pad(String s, int width) {
        int w = s.chars().map(c -> width((char) c)).sum();
        return s + " ".repeat(Math.max(1, width - w));
    }

    private static int width(char c) {
        return c >= 0x1100
                        && (c <= 0x115F
                                || (c >= 0x2E80 && c <= 0xA4CF)
                                || (c >= 0xAC00 && c <= 0xD7A3)
                                || (c >= 0xF900 && c <= 0xFAFF)
                                || (c >= 0xFE30 && c <= 0xFE4F)
                                || (c >= 0xFF00 && c <= 0xFF60)
                                || (c >= 0xFFE0 && c <= 0xFFE6))
                ? 2
                : 1;
    }
}
