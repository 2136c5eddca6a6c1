package dev.saferank.platform.publication;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import dev.saferank.platform.agency.Categories;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The printable Chinese announcement (公告) of a publication, as HTML; every text from data is escaped. */
final class Announcements {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");
    private static final String STYLE =
            """
            body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; color: #000; margin: 0; }
            article { max-width: 48em; margin: 2em auto; padding: 0 1em; line-height: 1.8; }
            h1 { font-size: 1.6em; text-align: center; margin-bottom: 0.2em; }
            .number { text-align: center; margin-top: 0; }
            h2 { font-size: 1.15em; margin-top: 1.5em; }
            table { width: 100%; border-collapse: collapse; margin: 0.5em 0; }
            th, td { border: 1px solid #000; padding: 0.2em 0.5em; text-align: left; }
            td.n { text-align: right; }
            .signature { text-align: right; margin-top: 3em; }
            .verification { font-size: 0.85em; } .verification code, .verification pre { word-break: break-all; white-space: pre-wrap; }
            @page { size: A4; margin: 2cm; }
            @media print { article { margin: 0; max-width: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
            """;

    private Announcements() {}

    /** 关于公布2023年度安全生产技术服务机构诚信考评结果的公告 (更正, 调整 for later publications). */
    static String title(Publication p) {
        return title(p.kind(), p.year());
    }

    static String title(String kind, int year) {
        String verb =
                switch (kind) {
                    case "correct" -> "更正";
                    case "downgrade", "cancel" -> "调整";
                    default -> "公布";
                };
        return "关于" + verb + year + "年度安全生产技术服务机构诚信考评结果的公告";
    }

    static String html(Publication p, Integer supersededSeq, List<PublicationEntry> entries) {
        List<PublicationListInfo> lists = PublicationListInfo.parse(p.lists()).stream()
                .filter(PublicationListInfo::isPublic)
                .toList();
        StringBuilder h = new StringBuilder(8192);
        String title = title(p);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(htmlEscape(title))
                .append("</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n<article>\n<h1>")
                .append(htmlEscape(title))
                .append("</h1>\n<p class=\"number\">")
                .append(htmlEscape(bureau(p)))
                .append("公告 ")
                .append(p.year())
                .append("年第")
                .append(p.seq())
                .append("号</p>\n<p>")
                .append(htmlEscape(opening(p, supersededSeq)))
                .append("</p>\n");
        int section = 0;
        for (PublicationListInfo list : lists) {
            List<PublicationEntry> members = entries.stream()
                    .filter(e -> e.listCodes().contains(list.code()))
                    .toList();
            h.append("<h2>")
                    .append(chineseNumber(++section))
                    .append("、")
                    .append(htmlEscape(list.title()))
                    .append("（")
                    .append(members.size())
                    .append("家")
                    .append(list.validMonths() == null ? "" : "，有效期" + list.validMonths() + "个月")
                    .append("）</h2>\n");
            table(h, members);
        }
        List<PublicationEntry> others = entries.stream()
                .filter(e -> e.listCodes().stream().noneMatch(c -> isPublicList(lists, c)) && e.note() == null)
                .toList();
        if (!others.isEmpty()) {
            h.append("<h2>").append(chineseNumber(++section)).append("、其他机构考评结果</h2>\n");
            table(h, others);
        }
        List<PublicationEntry> changed =
                entries.stream().filter(e -> e.note() != null).toList();
        if (!changed.isEmpty()) {
            h.append("<h2>").append(chineseNumber(++section)).append("、调整事项</h2>\n<ul>\n");
            changed.forEach(e -> h.append("<li>")
                    .append(htmlEscape(e.agencyName()))
                    .append("：")
                    .append(htmlEscape(e.note()))
                    .append("</li>\n"));
            h.append("</ul>\n");
        }
        verification(h, p);
        h.append("<p class=\"signature\">")
                .append(htmlEscape(bureau(p)))
                .append("<br>\n")
                .append(p.publishedAt().atZone(BUREAU_ZONE).format(CHINESE_DATE))
                .append("</p>\n</article>\n</body>\n</html>\n");
        return h.toString();
    }

    /**
     * 校验信息: the hashes of the publication's CSV and of its place in the city's chain, and the command that
     * recomputes them from the downloaded CSV (README: verifying a publication).
     */
    private static void verification(StringBuilder h, Publication p) {
        if (p.chainHash() == null) {
            return;
        }
        h.append("<section class=\"verification\" id=\"verification\">\n<h2>校验信息</h2>\n<dl>\n")
                .append("<dt>公布名单（CSV文件）SHA-256</dt><dd><code>")
                .append(p.rowsSha256())
                .append("</code></dd>\n<dt>前一公布的校验哈希")
                .append(p.prevPublicationId() == null ? "（本市首次公布）" : "（编号 " + p.prevPublicationId() + "）")
                .append("</dt><dd><code>")
                .append(p.prevHash())
                .append("</code></dd>\n<dt>本公布校验哈希</dt><dd><code>")
                .append(p.chainHash())
                .append(
                        "</code></dd>\n</dl>\n<p>任何人可下载本公告的CSV文件自行校验：</p>\n<pre>sha256sum 公布名单.csv\nprintf 'saferank-publication-v1\\n%s\\n%s\\n%s\\n%s\\n' ")
                .append(htmlEscape(p.tenantId()))
                .append(' ')
                .append(p.id())
                .append(' ')
                .append(p.prevHash())
                .append(" \"$(sha256sum &lt; 公布名单.csv | cut -d' ' -f1)\" | sha256sum</pre>\n</section>\n");
    }

    private static String opening(Publication p, Integer supersededSeq) {
        return switch (p.kind()) {
            case "correct" ->
                "经重新考评，现将" + p.year() + "年第" + supersededSeq + "号公告公布的考评结果更正如下，原公告同时废止。更正原因：" + p.reason();
            case "cancel" ->
                "根据星级管理的规定，现取消" + p.year() + "年第" + supersededSeq + "号公告中下列机构已评定的等级，结果调整如下。取消原因：" + p.reason();
            case "downgrade" -> "根据动态管理的规定，现对" + p.year() + "年第" + supersededSeq + "号公告公布的结果调整如下。调整原因：" + p.reason();
            default -> "根据本市安全生产技术服务机构考评标准，经考评和公示，公示期满且异议均已处理完毕，现将" + p.year() + "年度考评结果公布如下：";
        };
    }

    private static void table(StringBuilder h, List<PublicationEntry> rows) {
        h.append(
                "<table>\n<thead><tr><th>名次</th><th>机构名称</th><th>统一社会信用代码</th><th>机构类别</th><th>总分</th><th>等级</th></tr></thead>\n<tbody>\n");
        for (PublicationEntry e : rows) {
            h.append("<tr><td class=\"n\">")
                    .append(e.overallRank())
                    .append("</td><td>")
                    .append(htmlEscape(e.agencyName()))
                    .append("</td><td>")
                    .append(htmlEscape(nullToEmpty(e.creditCode())))
                    .append("</td><td>")
                    .append(htmlEscape(Categories.label(e.category()).orElse(nullToEmpty(e.category()))))
                    .append("</td><td class=\"n\">")
                    .append(decimal(e.total()))
                    .append("</td><td>")
                    .append(htmlEscape(e.publishedGrade()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static boolean isPublicList(List<PublicationListInfo> publicLists, String code) {
        return publicLists.stream().anyMatch(l -> l.code().equals(code));
    }

    static String bureau(Publication p) {
        return p.bureauName() == null ? "" : p.bureauName();
    }

    static String decimal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static Map<String, String> titles(Publication p) {
        return PublicationListInfo.parse(p.lists()).stream()
                .collect(Collectors.toMap(PublicationListInfo::code, PublicationListInfo::title, (a, b) -> a));
    }

    private static String chineseNumber(int n) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        return n <= 10 ? digits[n] : String.valueOf(n);
    }
}
