package dev.saferank.platform.benchmark;

import dev.saferank.platform.TestData;
import dev.saferank.scheme.Rule;
import dev.saferank.scheme.Scheme;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A realistic tenant's worth of rows, written in bulk: agencies with a run marker in their names
 * (so that the benchmark reads only its own), two staff each, and findings against the
 * per-occurrence rules of the tenant's active scheme, mostly confirmed, some drafts and withdrawn.
 */
final class BenchmarkTenant {

    private static final String[] CATEGORIES = {"evaluation", "testing", "training", "standardisation", "consulting"};
    private static final String[] SOURCES = {"routineInspection", "specialCampaign", "reportReview", "complaint"};

    private final JdbcTemplate jdbc;
    private final String tenant;
    private final int year;

    BenchmarkTenant(JdbcTemplate jdbc, String tenant, int year) {
        this.jdbc = jdbc;
        this.tenant = tenant;
        this.year = year;
    }

    /** Writes the rows; returns the number of findings written. */
    int load(String marker, int agencies, int findingsEach, Scheme scheme) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < agencies; i++) {
            rows.add(new Object[] {
                tenant,
                TestData.uniqueCreditCode(),
                "佛山安全技术服务机构" + marker + "-" + String.format("%03d", i),
                CATEGORIES[i % CATEGORIES.length]
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO agency (tenant_id, credit_code, name, category, created_by) VALUES (?, ?, ?, ?, 'bench')",
                rows);
        String ofMarker = " FROM agency WHERE tenant_id = ? AND name LIKE ?";
        String pattern = "%" + marker + "-%";
        for (String person : new String[] {"a", "b"}) {
            jdbc.update(
                    "INSERT INTO staff (tenant_id, agency_id, name, id_hash, title, created_by)"
                            + " SELECT tenant_id, id, '安全评价师', SHA2(CONCAT(id, '" + person + "'), 256), '工程师', 'bench'"
                            + ofMarker,
                    tenant,
                    pattern);
        }
        List<String> codes = ruleCodes(scheme);
        String pick = codes.stream().map(code -> "?").collect(Collectors.joining(", "));
        List<Object> args = new ArrayList<>(codes);
        args.addAll(List.of(SOURCES[0], SOURCES[1], SOURCES[2], SOURCES[3], year, findingsEach, tenant, pattern));
        String digit = "SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4"
                + " UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9";
        return jdbc.update(
                "INSERT INTO finding (tenant_id, agency_id, year, kind, rule_code, count, evidence, source,"
                        + " observed_on, status, recorded_by, confirmed_by)"
                        + " SELECT a.tenant_id, a.id, y.year, 'rule',"
                        + " ELT(1 + (a.id + n.i) % " + codes.size() + ", " + pick + "),"
                        + " 1 + (a.id * 7 + n.i) % 3,"
                        + " CONCAT('现场检查发现：第', n.i + 1, '项服务档案资料不完整，报告签字页缺少技术负责人签字，已要求限期整改。'),"
                        + " ELT(1 + n.i % 4, ?, ?, ?, ?),"
                        + " MAKEDATE(y.year, 1 + (a.id + n.i * 9) % 360),"
                        + " CASE WHEN n.i % 10 = 9 THEN 'draft' WHEN n.i % 20 = 3 THEN 'withdrawn' ELSE 'confirmed' END,"
                        + " 'foshan-inspector', CASE WHEN n.i % 10 = 9 THEN NULL ELSE 'foshan-admin' END"
                        + " FROM agency a CROSS JOIN (SELECT ones.d + 10 * tens.d AS i FROM (" + digit + ") ones"
                        + " CROSS JOIN (" + digit + ") tens) n CROSS JOIN (SELECT ? AS year) y"
                        + " WHERE n.i < ? AND a.tenant_id = ? AND a.name LIKE ?",
                args.toArray());
    }

    /** The codes findings may name in the tenant's scheme: its per-occurrence rules. */
    static List<String> ruleCodes(Scheme scheme) {
        return scheme.sections().stream()
                .flatMap(section -> section.items().stream())
                .flatMap(item -> item.rules().stream())
                .filter(Rule.PerOccurrence.class::isInstance)
                .map(Rule::code)
                .toList();
    }
}
