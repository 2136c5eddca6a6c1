package dev.saferank.platform.spreadsheet;

import dev.saferank.platform.agency.Categories;
import dev.saferank.platform.scheme.RuleWording;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.rating.run.RatingResults;
import dev.saferank.scheme.Scheme;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The .xlsx exports, each read in one streaming pass of its table in key order (tenant bound) and written
 * row by row through {@link Xlsx}: findings of a year, the 整改 ledger (overdue rectifications marked),
 * a rating run's results with every item's score, a publication's lists. Headers and values in Chinese.
 */
@Service
class Exports {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final Map<String, String> FINDING_STATUS =
            Map.of("draft", "待确认", "confirmed", "已确认", "disputed", "有异议", "withdrawn", "已撤回");
    private static final Map<String, String> SOURCES = Map.of(
            "routineInspection", "日常检查",
            "specialCampaign", "专项检查",
            "reportReview", "报告抽查",
            "complaint", "投诉举报",
            "selfInspection", "机构自查");
    private static final Map<String, String> RECTIFICATION_STATUS =
            Map.of("open", "整改中", "submitted", "待验收", "accepted", "已通过", "rejected", "未通过");

    private final JdbcTemplate jdbc;
    private final Schemes schemes;
    private final RatingResults results;

    Exports(JdbcTemplate jdbc, Schemes schemes, RatingResults results) {
        this.jdbc = jdbc;
        this.schemes = schemes;
        this.results = results;
    }

    /** 检查发现: every finding of the year with its rule's text; returns the number of rows. */
    int findings(String tenant, int year, OutputStream out) throws IOException {
        Optional<Scheme> scheme = schemes.active(tenant, year).map(a -> a.scheme());
        try (Xlsx xlsx = new Xlsx()) {
            Sheet sheet = xlsx.sheet(
                    year + "年度检查发现", List.of("机构名称", "条款编号", "条款内容", "次数", "事实", "来源", "发现日期", "状态", "记录人", "确认人"));
            int[] count = {0};
            jdbc.query(
                    "SELECT a.name, f.rule_code, f.count, f.evidence, f.source, f.observed_on, f.status, f.recorded_by,"
                            + " f.confirmed_by FROM finding f JOIN agency a ON a.tenant_id = f.tenant_id AND a.id = f.agency_id"
                            + " WHERE f.tenant_id = ? AND f.year = ? ORDER BY f.id",
                    rs -> {
                        String code = rs.getString("rule_code");
                        xlsx.row(
                                sheet,
                                false,
                                rs.getString("name"),
                                code.startsWith("checklist:") ? "检查表" : code,
                                scheme.flatMap(s -> RuleWording.of(s, code)).orElse(""),
                                rs.getInt("count"),
                                rs.getString("evidence"),
                                SOURCES.getOrDefault(rs.getString("source"), rs.getString("source")),
                                rs.getDate("observed_on").toString(),
                                FINDING_STATUS.getOrDefault(rs.getString("status"), rs.getString("status")),
                                rs.getString("recorded_by"),
                                rs.getString("confirmed_by"));
                        count[0]++;
                    },
                    tenant,
                    year);
            xlsx.write(out);
            return count[0];
        }
    }

    /** 整改台账: every rectification of the year's findings; those past their deadline unaccepted are marked 逾期. */
    int rectifications(String tenant, int year, OutputStream out) throws IOException {
        Optional<Scheme> scheme = schemes.active(tenant, year).map(a -> a.scheme());
        LocalDate today = LocalDate.now(CHINA);
        try (Xlsx xlsx = new Xlsx()) {
            Sheet sheet = xlsx.sheet(
                    year + "年度整改台账", List.of("机构名称", "问题（条款）", "事实", "整改措施", "整改期限", "整改责任人", "整改状态", "机构答复", "是否逾期"));
            int[] count = {0};
            jdbc.query(
                    "SELECT a.name, f.rule_code, f.evidence, r.measure, r.deadline, r.responsible, r.status, r.answer"
                            + " FROM rectification r"
                            + " JOIN finding f ON f.tenant_id = r.tenant_id AND f.id = r.finding_id"
                            + " JOIN agency a ON a.tenant_id = f.tenant_id AND a.id = f.agency_id"
                            + " WHERE r.tenant_id = ? AND f.year = ? AND f.status <> 'withdrawn' ORDER BY r.deadline, f.id",
                    rs -> {
                        String code = rs.getString("rule_code");
                        LocalDate deadline = rs.getDate("deadline").toLocalDate();
                        String status = rs.getString("status");
                        boolean overdue =
                                deadline.isBefore(today) && (status.equals("open") || status.equals("rejected"));
                        xlsx.row(
                                sheet,
                                overdue,
                                rs.getString("name"),
                                scheme.flatMap(s -> RuleWording.of(s, code)).orElse(code),
                                rs.getString("evidence"),
                                rs.getString("measure"),
                                deadline.toString(),
                                rs.getString("responsible"),
                                RECTIFICATION_STATUS.getOrDefault(status, status),
                                rs.getString("answer"),
                                overdue ? "逾期" : "");
                        count[0]++;
                    },
                    tenant,
                    year);
            xlsx.write(out);
            return count[0];
        }
    }

    /** The year of a rating run of the tenant; empty for an id of another tenant, as for a missing one. */
    Optional<Integer> ratingYear(String tenant, long runId) {
        return jdbc
                .queryForList(
                        "SELECT year FROM rating_run WHERE tenant_id = ? AND id = ?", Integer.class, tenant, runId)
                .stream()
                .findFirst();
    }

    /** 评定结果: a run's results in rank order, every scored item's points (from the trail); the number of rows. */
    int ratingResults(String tenant, long runId, int year, OutputStream out) throws IOException {
        List<String[]> rows = new ArrayList<>();
        Map<String, String> items = new LinkedHashMap<>();
        List<Map<String, String>> points = new ArrayList<>();
        JsonMapper json = JsonMapper.shared();
        jdbc.query(
                "SELECT r.agency_name, r.category, t.overall_rank, r.total, r.grade, r.exclusion_code, r.veto_codes,"
                        + " r.trail FROM rating_result r LEFT JOIN rating_total t ON t.tenant_id = r.tenant_id"
                        + " AND t.run_id = r.run_id AND t.agency_id = r.agency_id WHERE r.tenant_id = ? AND r.run_id = ?"
                        + " ORDER BY t.overall_rank IS NULL, t.overall_rank, r.agency_id",
                rs -> {
                    rows.add(new String[] {
                        rs.getString("overall_rank"),
                        rs.getString("agency_name"),
                        Categories.label(rs.getString("category")).orElse(rs.getString("category")),
                        rs.getBigDecimal("total") == null
                                ? ""
                                : rs.getBigDecimal("total").stripTrailingZeros().toPlainString(),
                        rs.getString("grade"),
                        rs.getString("exclusion_code") != null
                                ? "不参评（" + rs.getString("exclusion_code") + "）"
                                : rs.getString("veto_codes") != null ? "直接定级（" + rs.getString("veto_codes") + "）" : ""
                    });
                    Map<String, String> scored = new LinkedHashMap<>();
                    JsonNode trail = json.readTree(results.fullTrail(tenant, runId, rs.getBytes("trail")));
                    List<JsonNode> parts = new ArrayList<>();
                    trail.path("sections").forEach(parts::add);
                    parts.add(trail.path("bonus"));
                    parts.add(trail.path("penalties"));
                    for (JsonNode part : parts) {
                        for (JsonNode item : part.path("items")) {
                            String number = item.path("number").asString();
                            items.putIfAbsent(
                                    number,
                                    "第" + number + "项 " + item.path("title").asString());
                            scored.put(number, item.path("points").asString());
                        }
                    }
                    points.add(scored);
                },
                tenant,
                runId);
        try (Xlsx xlsx = new Xlsx()) {
            List<String> headers = new ArrayList<>(List.of("名次", "机构名称", "机构类别", "总分", "等级", "说明"));
            headers.addAll(items.values());
            Sheet sheet = xlsx.sheet(year + "年度评定结果", headers);
            for (int i = 0; i < rows.size(); i++) {
                List<Object> values = new ArrayList<>(java.util.Arrays.asList((Object[]) rows.get(i)));
                for (String number : items.keySet()) {
                    String p = points.get(i).get(number);
                    values.add(p == null || p.isEmpty() ? null : new java.math.BigDecimal(p));
                }
                values.set(0, rows.get(i)[0] == null ? null : Integer.valueOf(rows.get(i)[0]));
                values.set(3, rows.get(i)[3].isEmpty() ? null : new java.math.BigDecimal(rows.get(i)[3]));
                xlsx.row(sheet, false, values.toArray());
            }
            xlsx.write(out);
        }
        return rows.size();
    }

    /** Whether a publication is published (public, like its CSV); no tenant: published results are public. */
    boolean published(long publicationId) {
        return !jdbc.queryForList(
                        "SELECT id FROM publication WHERE id = ? AND status = 'published'", Long.class, publicationId)
                .isEmpty();
    }

    /** 公布名单: a published publication's announced entries, and one sheet per public list. */
    int publication(long publicationId, OutputStream out) throws IOException {
        List<Map<String, Object>> found = jdbc.queryForList(
                "SELECT tenant_id, year, lists FROM publication WHERE id = ? AND status = 'published'", publicationId);
        String tenant = (String) found.getFirst().get("tenant_id");
        JsonNode lists =
                JsonMapper.shared().readTree(String.valueOf(found.getFirst().get("lists")));
        List<Map<String, Object>> entries = jdbc.queryForList(
                "SELECT overall_rank, agency_name, category, district, total, grade, published_grade, lists FROM publication_entry"
                        + " WHERE tenant_id = ? AND publication_id = ? AND public = 1 ORDER BY overall_rank, agency_id",
                tenant,
                publicationId);
        Map<String, String> titles = new LinkedHashMap<>();
        lists.forEach(l -> {
            if (l.path("public").asBoolean(true)) {
                titles.put(l.path("code").asString(), l.path("title").asString());
            }
        });
        List<String> headers = List.of("名次", "机构名称", "机构类别", "所属区域", "总分", "考评等级", "公布等级", "所列名单");
        try (Xlsx xlsx = new Xlsx()) {
            Sheet all = xlsx.sheet(found.getFirst().get("year") + "年度公布结果", headers);
            Map<String, Sheet> byList = new LinkedHashMap<>();
            titles.forEach((code, title) -> byList.put(code, xlsx.sheet(safeSheetName(title), headers)));
            for (Map<String, Object> e : entries) {
                List<String> codes = List.of(String.valueOf(e.get("lists")).split(","));
                Object[] values = {
                    e.get("overall_rank"),
                    e.get("agency_name"),
                    Categories.label((String) e.get("category")).orElse((String) e.get("category")),
                    e.get("district"),
                    e.get("total"),
                    e.get("grade"),
                    e.get("published_grade"),
                    String.join(
                            "、",
                            codes.stream()
                                    .filter(titles::containsKey)
                                    .map(titles::get)
                                    .toList())
                };
                xlsx.row(all, false, values);
                codes.stream().filter(byList::containsKey).forEach(c -> xlsx.row(byList.get(c), false, values));
            }
            xlsx.write(out);
        }
        return entries.size();
    }

    private static String safeSheetName(String title) {
        String name = title.replaceAll("[\\\\/?*\\[\\]:]", "");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
