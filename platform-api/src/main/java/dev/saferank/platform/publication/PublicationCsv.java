package dev.saferank.platform.publication;

import dev.saferank.platform.agency.Categories;
import java.util.List;
import java.util.Map;

/**
 * The CSV export of a publication: UTF-8 with a byte-order mark so that Excel opens the Chinese text, a
 * Chinese header, RFC 4180 quoting, and cells that a spreadsheet would take for a formula made literal.
 */
final class PublicationCsv {

    static final String HEADER = "名次,机构名称,统一社会信用代码,机构类别,所属区域,总分,考评等级,公布等级,分组,组内名次,所列名单,备注";

    private PublicationCsv() {}

    static String of(Publication p, List<PublicationEntry> entries) {
        Map<String, String> titles = Announcements.titles(p);
        StringBuilder out = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (PublicationEntry e : entries) {
            List<String> cells = List.of(
                    String.valueOf(e.overallRank()),
                    e.agencyName(),
                    Announcements.nullToEmpty(e.creditCode()),
                    Categories.label(e.category()).orElse(Announcements.nullToEmpty(e.category())),
                    Announcements.nullToEmpty(e.district()),
                    Announcements.decimal(e.total()),
                    e.grade(),
                    e.publishedGrade(),
                    e.groupKey() == null ? "" : Categories.label(e.groupKey()).orElse(e.groupKey()),
                    e.groupRank() == null ? "" : String.valueOf(e.groupRank()),
                    String.join(
                            "；",
                            e.listCodes().stream()
                                    .map(c -> titles.getOrDefault(c, c))
                                    .toList()),
                    Announcements.nullToEmpty(e.note()));
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(cell(cells.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
