package dev.saferank.rating.publication;

import dev.saferank.rating.AgencyCategories;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public CSV of a publication, made in one place: served by platform-api at
 * {@code /publications/{id}.csv} and hashed by the publication job when it publishes
 * ({@link PublicationHash}), so that the bytes anyone downloads are exactly the bytes that were hashed.
 * UTF-8 with a byte-order mark (Excel opens the Chinese text), a Chinese header, CRLF line ends, RFC 4180
 * quoting, cells a spreadsheet would take for a formula made literal; the announced entries only, by rank
 * then agency id. Published entries never change, so the same publication always gives the same bytes.
 */
@Component
public class PublicationFiles {

    public static final String HEADER = "名次,机构名称,统一社会信用代码,机构类别,所属区域,总分,考评等级,公布等级,分组,组内名次,所列名单,备注";

    private final JdbcTemplate jdbc;

    PublicationFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The CSV of a publication of the tenant (any status: the job hashes it before it is visible). */
    public Optional<byte[]> csv(String tenant, long publicationId) {
        List<String> lists = jdbc.queryForList(
                "SELECT lists FROM publication WHERE tenant_id = ? AND id = ?", String.class, tenant, publicationId);
        if (lists.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> titles = titles(lists.getFirst());
        StringBuilder out = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        jdbc.query(
                "SELECT overall_rank, agency_name, category, district, total, grade, published_grade, group_key,"
                        + " group_rank, lists, note, COALESCE(credit_code, (SELECT a.credit_code FROM agency a"
                        + " WHERE a.tenant_id = publication_entry.tenant_id AND a.id = publication_entry.agency_id))"
                        + " FROM publication_entry"
                        + " WHERE tenant_id = ? AND publication_id = ? AND public = 1 ORDER BY overall_rank, agency_id",
                rs -> {
                    String category = rs.getString(3);
                    String groupKey = rs.getString(8);
                    int groupRank = rs.getInt(9);
                    boolean noGroupRank = rs.wasNull();
                    BigDecimal total = rs.getBigDecimal(5);
                    List<String> cells = List.of(
                            String.valueOf(rs.getInt(1)),
                            rs.getString(2),
                            nullToEmpty(rs.getString(12)),
                            AgencyCategories.label(category).orElse(nullToEmpty(category)),
                            nullToEmpty(rs.getString(4)),
                            total.stripTrailingZeros().toPlainString(),
                            rs.getString(6),
                            rs.getString(7),
                            groupKey == null
                                    ? ""
                                    : AgencyCategories.label(groupKey).orElse(groupKey),
                            noGroupRank ? "" : String.valueOf(groupRank),
                            String.join(
                                    "；",
                                    PublicationRequests.codes(rs.getString(10)).stream()
                                            .map(c -> titles.getOrDefault(c, c))
                                            .toList()),
                            nullToEmpty(rs.getString(11)));
                    for (int i = 0; i < cells.size(); i++) {
                        if (i > 0) {
                            out.append(',');
                        }
                        out.append(cell(cells.get(i)));
                    }
                    out.append("\r\n");
                },
                tenant,
                publicationId);
        return Optional.of(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The titles of the lists as published (code → title). */
    static Map<String, String> titles(String json) {
        Map<String, String> titles = new HashMap<>();
        if (json == null || json.isBlank()) {
            return titles;
        }
        for (JsonNode l : JsonMapper.shared().readTree(json)) {
            titles.putIfAbsent(l.path("code").asString(), l.path("title").asString());
        }
        return titles;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** RFC 4180 quoting; a cell a spreadsheet would run as a formula is made literal (numbers excepted). */
    public static String cell(String value) {
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
