package dev.saferank.platform.measurement;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.history.History;
import dev.saferank.platform.privacy.Masks;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.scheme.MeasurementSpec;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 临沂 技术人员抽考 (V161): "个人考试成绩将公开公示" and "对专业技术人员测试不合格的，不得从事相应技术服务活动". The exam measurements
 * are those the scheme active for their year declares with a pass mark (linyi-2022.yaml {@code exam}, passMark 60).
 */
@Service
public class ExamResults {

    /** A year's publication as the bureau sees it. */
    public record Publication(int year, Instant publishedAt, String publishedBy, int results, int failed) {}

    /** The published results of a year as anyone reads them. */
    public record PublicResults(
            int year, boolean published, Instant publishedAt, BigDecimal passMark, List<PublicResult> results) {}

    /** One examined person: agency, masked name, score, whether they passed. */
    public record PublicResult(String agencyName, String staffName, BigDecimal score, boolean passed) {}

    /** A failing result that bars a person from signing. */
    public record Failure(int year, BigDecimal score, BigDecimal passMark) {}

    private record Row(long agencyId, String agencyName, int year, String name, String subject, BigDecimal value) {}

    private static final RowMapper<Row> ROW = (rs, n) -> new Row(
            rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getBigDecimal(6));

    private final JdbcTemplate jdbc;
    private final Schemes schemes;
    private final History history;

    ExamResults(JdbcTemplate jdbc, Schemes schemes, History history) {
        this.jdbc = jdbc;
        this.schemes = schemes;
        this.history = history;
    }

    /** Publishes (公示) a year's exam results; refused in Chinese with nothing written. */
    @Transactional
    public Publication publish(String tenant, String actor, int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("input.year", "INVALID_YEAR", "年度须在 2000 到 2100 之间");
        }
        Optional<Map.Entry<String, MeasurementSpec>> exam = exam(tenant, year);
        if (exam.isEmpty()) {
            throw new InvalidInputException("input.year", "NO_EXAM", year + " 年度启用的考评方案没有设定合格分的抽考项目，无法公示抽考成绩");
        }
        if (rows(tenant, year, exam.get().getKey()).isEmpty()) {
            throw new InvalidInputException("input.year", "NO_RESULTS", year + " 年度尚未登记抽考成绩，无法公示");
        }
        try {
            jdbc.update(
                    "INSERT INTO exam_publication (tenant_id, year, published_by) VALUES (?, ?, ?)",
                    tenant,
                    year,
                    actor);
        } catch (DuplicateKeyException twice) {
            throw new InvalidInputException("input.year", "ALREADY_PUBLISHED", year + " 年度抽考成绩已公示");
        }
        history.record(tenant, "examPublication", String.valueOf(year), "published", actor, null, Map.of("year", year));
        return publication(tenant, year).orElseThrow();
    }

    /** Whether and when a year's results were published, with how many results and failures (the bureau). */
    public Optional<Publication> publication(String tenant, int year) {
        List<Object[]> published = jdbc.query(
                "SELECT published_at, published_by FROM exam_publication WHERE tenant_id = ? AND year = ?",
                (rs, n) -> new Object[] {rs.getTimestamp(1), rs.getString(2)},
                tenant,
                year);
        if (published.isEmpty()) {
            return Optional.empty();
        }
        Optional<Map.Entry<String, MeasurementSpec>> exam = exam(tenant, year);
        List<Row> rows = exam.map(e -> rows(tenant, year, e.getKey())).orElse(List.of());
        int failed = (int) rows.stream()
                .filter(r -> exam.get().getValue().fails(r.value()))
                .count();
        return Optional.of(new Publication(
                year,
                ((Timestamp) published.getFirst()[0]).toInstant(),
                (String) published.getFirst()[1],
                rows.size(),
                failed));
    }

    /** The published results of a city's year (anyone): not published and none until the bureau publishes them. */
    public PublicResults published(String tenant, int year) {
        Optional<Publication> publication = publication(tenant, year);
        Optional<Map.Entry<String, MeasurementSpec>> exam = exam(tenant, year);
        if (publication.isEmpty() || exam.isEmpty()) {
            return new PublicResults(year, false, null, null, List.of());
        }
        MeasurementSpec spec = exam.get().getValue();
        List<PublicResult> results = new ArrayList<>();
        for (Row r : rows(tenant, year, exam.get().getKey())) {
            results.add(new PublicResult(r.agencyName(), Masks.name(r.subject()), r.value(), !spec.fails(r.value())));
        }
        return new PublicResults(
                year, true, publication.get().publishedAt(), spec.passMark().orElseThrow(), results);
    }

    /**
     * The failing result that bars a person from signing a report issued in a year: an active exam result of that
     * year or earlier, below the pass mark, that names the person. 临沂 五、结果运用 bars the person, not the agency's
     * record of them ("对专业技术人员测试不合格的，不得从事相应技术服务活动"; 六（三）"考核不合格人员不得参加以上服务"), so the
     * person is found by the keyed hash of their ID number: a result names a staff member of the agency it was
     * recorded for, and holds for every record of the same ID number in the tenant (another agency they sign for, a
     * registration made again). Results are recorded against the staff member (measurement.staff_id, V163); a result
     * recorded by name before that matched no one in the register holds for that name in that agency.
     *
     * @param staffId the signatory's staff record when given, else null (the signatory is then the agency's staff
     *     members of that name)
     */
    public Optional<Failure> failure(String tenant, long agencyId, Long staffId, String person, int issuedYear) {
        List<String> hashes = staffId != null
                ? jdbc.queryForList(
                        "SELECT id_hash FROM staff WHERE tenant_id = ? AND agency_id = ? AND id = ?",
                        String.class,
                        tenant,
                        agencyId,
                        staffId)
                : jdbc.queryForList(
                        "SELECT id_hash FROM staff WHERE tenant_id = ? AND agency_id = ? AND name = ?",
                        String.class,
                        tenant,
                        agencyId,
                        person);
        // the person's records in every agency of the tenant: results recorded against any of them (by staff id)
        Set<Long> records = new LinkedHashSet<>();
        Set<List<Object>> named = new LinkedHashSet<>();
        named.add(List.of(agencyId, person));
        for (String hash : hashes) {
            jdbc.query(
                    "SELECT id, agency_id, name FROM staff WHERE tenant_id = ? AND id_hash = ? ORDER BY agency_id",
                    rs -> {
                        records.add(rs.getLong(1));
                        named.add(List.of(rs.getLong(2), rs.getString(3)));
                    },
                    tenant,
                    hash);
        }
        List<Row> rows = new ArrayList<>();
        for (long record : records) {
            rows.addAll(jdbc.query(
                    "SELECT m.agency_id, '', m.year, m.name, m.subject, m.value FROM measurement m"
                            + " WHERE m.tenant_id = ? AND m.staff_id = ? AND m.status = 'active'"
                            + " AND m.year <= ? AND m.value IS NOT NULL",
                    ROW,
                    tenant,
                    record,
                    issuedYear));
        }
        // results recorded by name before V163 that matched no one in the register: by name within their agency
        for (List<Object> record : named) {
            rows.addAll(jdbc.query(
                    "SELECT m.agency_id, '', m.year, m.name, m.subject, m.value FROM measurement m"
                            + " WHERE m.tenant_id = ? AND m.agency_id = ? AND m.subject = ? AND m.staff_id IS NULL"
                            + " AND m.status = 'active' AND m.year <= ? AND m.value IS NOT NULL",
                    ROW,
                    tenant,
                    record.get(0),
                    record.get(1),
                    issuedYear));
        }
        rows.sort(Comparator.comparingInt(Row::year).reversed());
        for (Row r : rows) {
            Optional<MeasurementSpec> spec = schemes.active(tenant, r.year())
                    .map(a -> a.scheme().measurements().get(r.name()))
                    .filter(s -> s.passMark().isPresent());
            if (spec.isPresent() && spec.get().fails(r.value())) {
                return Optional.of(
                        new Failure(r.year(), r.value(), spec.get().passMark().orElseThrow()));
            }
        }
        return Optional.empty();
    }

    /** A staff member the exam form offers: drawn (双随机 staff draw of the year), already examined this year. */
    public record Candidate(long staffId, String name, boolean drawn, boolean examined) {}

    /**
     * The agency's active technical staff for the exam form, those drawn for the year's exam first (临沂 "按照不低于技术
     * 服务机构专业技术人员总数 50%的比例进行抽考": a revealed draw of kind staff names them s&lt;id&gt;), then by register order.
     */
    public List<Candidate> candidates(String tenant, long agencyId, int year) {
        Set<Long> drawn = new java.util.HashSet<>();
        for (String result : jdbc.queryForList(
                "SELECT result FROM draw WHERE tenant_id = ? AND year = ? AND kind = 'staff' AND status = 'revealed'",
                String.class,
                tenant,
                year)) {
            result.lines().forEach(line -> {
                String[] cells = line.split(",");
                if (cells.length > 1 && cells[0].equals("a" + agencyId) && cells[1].matches("s[0-9]{1,18}")) {
                    drawn.add(Long.parseLong(cells[1].substring(1)));
                }
            });
        }
        Set<Long> examined = new java.util.HashSet<>(jdbc.queryForList(
                "SELECT staff_id FROM measurement WHERE tenant_id = ? AND agency_id = ? AND year = ? AND status ="
                        + " 'active' AND staff_id IS NOT NULL",
                Long.class,
                tenant,
                agencyId,
                year));
        List<Candidate> out = new ArrayList<>(jdbc.query(
                "SELECT id, name FROM staff WHERE tenant_id = ? AND agency_id = ? AND status = 'active' ORDER BY id",
                (rs, n) -> new Candidate(
                        rs.getLong(1),
                        rs.getString(2),
                        drawn.contains(rs.getLong(1)),
                        examined.contains(rs.getLong(1))),
                tenant,
                agencyId));
        out.sort(Comparator.comparing((Candidate c) -> !c.drawn()));
        return out;
    }

    /** The measurement of the year's active scheme with a pass mark (临沂 exam). */
    private Optional<Map.Entry<String, MeasurementSpec>> exam(String tenant, int year) {
        return schemes.active(tenant, year).flatMap(a -> a.scheme().measurements().entrySet().stream()
                .filter(e -> e.getValue().passMark().isPresent())
                .findFirst());
    }

    /** The year's active results, the person named as the register names them (the name typed before V163 else). */
    private List<Row> rows(String tenant, int year, String name) {
        return jdbc.query(
                "SELECT m.agency_id, a.name, m.year, m.name, COALESCE(s.name, m.subject), m.value FROM measurement m"
                        + " JOIN agency a ON a.tenant_id = m.tenant_id AND a.id = m.agency_id"
                        + " LEFT JOIN staff s ON s.tenant_id = m.tenant_id AND s.id = m.staff_id"
                        + " WHERE m.tenant_id = ? AND m.year = ? AND m.name = ? AND m.status = 'active'"
                        + " AND m.value IS NOT NULL ORDER BY a.name, m.id",
                ROW,
                tenant,
                year,
                name);
    }
}
