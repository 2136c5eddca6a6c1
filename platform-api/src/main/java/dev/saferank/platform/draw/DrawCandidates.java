package dev.saferank.platform.draw;

import dev.saferank.platform.draw.CandidateFile.Candidate;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.scheme.Band;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The candidates of a draw as the tenant's records stand at commit time, in a fixed order (group, then id).
 * Agencies are the active ones (optionally of one category or district); enterprises are the active
 * engagements with a contract in the year, grouped by agency; reports those issued in the year; staff the
 * active technical staff, grouped by agency; inspectors the active roster minus each agency's declared
 * conflicts (回避), grouped by the agencies a revealed draw picked. Staff names are masked (张**): the list
 * is public.
 */
@Component
class DrawCandidates {

    /** The agency filters of a commit. */
    record Filters(String category, String districtCode) {}

    private static final String AGENCY_FILTER = " AND a.status = 'active' AND (? IS NULL OR a.category = ?)"
            + " AND (? IS NULL OR EXISTS (SELECT 1 FROM agency_district d WHERE d.tenant_id = a.tenant_id"
            + " AND d.agency_id = a.id AND d.district_code = ?))";

    private final JdbcTemplate jdbc;
    private final Schemes schemes;

    DrawCandidates(JdbcTemplate jdbc, Schemes schemes) {
        this.jdbc = jdbc;
        this.schemes = schemes;
    }

    List<Candidate> agencies(String tenant, int year, Filters f, String weighting) {
        Map<Long, Integer> weights =
                switch (weighting) {
                    case "complaints" -> complaintWeights(tenant, year);
                    case "lastGrade" -> gradeWeights(tenant, year - 1);
                    default -> Map.of();
                };
        return jdbc.query(
                "SELECT a.id, a.name, a.credit_code FROM agency a WHERE a.tenant_id = ?" + AGENCY_FILTER
                        + " ORDER BY a.id",
                (rs, n) -> new Candidate(
                        "all",
                        "a" + rs.getLong(1),
                        weights.getOrDefault(rs.getLong(1), 1),
                        rs.getString(2) + "（" + rs.getString(3) + "）"),
                params(tenant, f));
    }

    List<Candidate> enterprises(String tenant, int year, Filters f) {
        return jdbc.query(
                "SELECT e.agency_id, e.id, e.enterprise_name, a.name FROM engagement e JOIN agency a"
                        + " ON a.tenant_id = e.tenant_id AND a.id = e.agency_id WHERE e.tenant_id = ?" + AGENCY_FILTER
                        + " AND e.status = 'active' AND e.contract_date BETWEEN ? AND ? ORDER BY e.agency_id, e.id",
                (rs, n) -> new Candidate(
                        "a" + rs.getLong(1),
                        "e" + rs.getLong(2),
                        1,
                        rs.getString(3) + "（服务机构：" + rs.getString(4) + "）"),
                params(tenant, f, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    List<Candidate> reports(String tenant, int year, Filters f, boolean perAgency) {
        return jdbc.query(
                "SELECT r.agency_id, r.id, r.title, a.name FROM report r JOIN agency a"
                        + " ON a.tenant_id = r.tenant_id AND a.id = r.agency_id WHERE r.tenant_id = ?" + AGENCY_FILTER
                        + " AND r.status = 'active' AND r.issued_on BETWEEN ? AND ? ORDER BY r.agency_id, r.id",
                (rs, n) -> new Candidate(
                        perAgency ? "a" + rs.getLong(1) : "all",
                        "r" + rs.getLong(2),
                        1,
                        rs.getString(3) + "（" + rs.getString(4) + "）"),
                params(tenant, f, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    List<Candidate> staff(String tenant, Filters f) {
        return jdbc.query(
                "SELECT s.agency_id, s.id, s.name, a.name FROM staff s JOIN agency a"
                        + " ON a.tenant_id = s.tenant_id AND a.id = s.agency_id WHERE s.tenant_id = ?" + AGENCY_FILTER
                        + " AND s.status = 'active' ORDER BY s.agency_id, s.id",
                (rs, n) -> new Candidate(
                        "a" + rs.getLong(1),
                        "s" + rs.getLong(2),
                        1,
                        masked(rs.getString(3)) + "（" + rs.getString(4) + "）"),
                params(tenant, f));
    }

    /** The active roster for each agency, without the inspectors who declared a conflict with it. */
    List<Candidate> inspectors(String tenant, List<Long> agencyIds) {
        record Inspector(long id, String label) {}
        List<Inspector> roster = jdbc.query(
                "SELECT id, name, unit FROM inspector WHERE tenant_id = ? AND status = 'active' ORDER BY id",
                (rs, n) -> new Inspector(rs.getLong(1), rs.getString(2) + "（" + rs.getString(3) + "）"),
                tenant);
        Map<Long, Set<Long>> conflicts = new HashMap<>();
        jdbc.query(
                "SELECT agency_id, inspector_id FROM inspector_conflict WHERE tenant_id = ?",
                rs -> {
                    conflicts
                            .computeIfAbsent(rs.getLong(1), k -> new java.util.HashSet<>())
                            .add(rs.getLong(2));
                },
                tenant);
        List<Candidate> out = new ArrayList<>();
        for (long agency : agencyIds) {
            Set<Long> avoided = conflicts.getOrDefault(agency, Set.of());
            roster.stream()
                    .filter(i -> !avoided.contains(i.id()))
                    .forEach(i -> out.add(new Candidate("a" + agency, "i" + i.id(), 1, i.label())));
        }
        return out;
    }

    /** Agency names by group key ({@code a12}), for messages. */
    Map<String, String> agencyNames(String tenant, java.util.Collection<String> groups) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String g : groups) {
            if (g.startsWith("a")) {
                jdbc.queryForList(
                                "SELECT name FROM agency WHERE tenant_id = ? AND id = ?",
                                String.class,
                                tenant,
                                Long.parseLong(g.substring(1)))
                        .forEach(name -> names.put(g, name));
            }
        }
        return names;
    }

    /** Weight 1 + complaints linked to the agency filed in the draw's year or the year before, at most 10. */
    private Map<Long, Integer> complaintWeights(String tenant, int year) {
        Map<Long, Integer> weights = new HashMap<>();
        jdbc.query(
                "SELECT agency_id, COUNT(*) FROM complaint WHERE tenant_id = ? AND agency_id IS NOT NULL"
                        + " AND filed_at >= ? AND filed_at < ? GROUP BY agency_id",
                rs -> {
                    weights.put(rs.getLong(1), 1 + Math.min(9, rs.getInt(2)));
                },
                tenant,
                LocalDate.of(year - 1, 1, 1),
                LocalDate.of(year + 1, 1, 1));
        return weights;
    }

    /**
     * Weight by last year's published grade: the grade's place in that year's bands counted from the top (优秀
     * 1, 良好 2, …: the weaker the grade, the likelier the inspection); agencies without a published grade 1.
     */
    private Map<Long, Integer> gradeWeights(String tenant, int lastYear) {
        List<String> bands = schemes.active(tenant, lastYear)
                .map(a -> a.scheme().bands().stream().map(Band::label).toList())
                .orElse(List.of());
        Map<Long, Integer> weights = new HashMap<>();
        jdbc.query(
                "SELECT e.agency_id, e.published_grade FROM publication_entry e JOIN publication p"
                        + " ON p.tenant_id = e.tenant_id AND p.id = e.publication_id"
                        + " WHERE e.tenant_id = ? AND p.year = ? AND p.status = 'published' ORDER BY p.seq",
                rs -> {
                    int place = bands.indexOf(rs.getString(2));
                    weights.put(rs.getLong(1), place < 0 ? 1 : place + 1);
                },
                tenant,
                lastYear);
        return weights;
    }

    private static Object[] params(String tenant, Filters f, Object... more) {
        List<Object> all = new ArrayList<>(List.of(tenant));
        all.add(f.category());
        all.add(f.category());
        all.add(f.districtCode());
        all.add(f.districtCode());
        all.addAll(List.of(more));
        return all.toArray();
    }

    /** 张三 → 张*, 欧阳小明 → 欧***: the public list names no one. */
    static String masked(String name) {
        if (name == null || name.isEmpty()) {
            return "*";
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }
}
