package dev.saferank.platform.review;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.scheme.ActiveScheme;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.rating.InvalidRequestException;
import dev.saferank.rating.publication.PublicationRequests;
import dev.saferank.scheme.Exclusion;
import dev.saferank.scheme.Publication;
import dev.saferank.scheme.PublicationLists;
import dev.saferank.scheme.Scheme;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bars (禁入期, V153__rating_bar.sql): 苏州 7.6.3 "两年内不得申请参加星级评定", 佛山 "一年内不再作为标杆机构候选单位". A bar is
 * carried out by one confirmed finding naming the scheme's exclusion in each barred year, which the preview, the
 * what-if and the rating job read alike.
 */
@Service
public class RatingBars {

    /** How many years a bar may cover at most (the seeds name one and two). */
    static final int MAX_YEARS = 5;

    /** An exclusion of the scheme a bar can name: decided by a finding, no condition of its own. */
    public record BarExclusion(String code, String wording) {}

    public record Bar(
            long id,
            long agencyId,
            String agencyName,
            String exclusionCode,
            String wording,
            int firstYear,
            int lastYear,
            String reason,
            String createdBy,
            Instant createdAt,
            Long standingPublicationId,
            Long sanctionId,
            Long findingId) {}

    private final JdbcTemplate jdbc;
    private final Schemes schemes;
    private final PublicationRequests publications;

    RatingBars(JdbcTemplate jdbc, Schemes schemes, PublicationRequests publications) {
        this.jdbc = jdbc;
        this.schemes = schemes;
        this.publications = publications;
    }

    /**
     * The exclusions a bar starting in a year can name: those of the scheme active for the year, or, while next
     * year's scheme is not active yet, of the latest earlier active one (the scheme a new year starts from).
     */
    public List<BarExclusion> exclusions(String tenant, int year) {
        return scheme(tenant, year)
                .map(s -> s.scheme().exclusions().stream()
                        .filter(e -> e.when().isEmpty())
                        .map(e -> new BarExclusion(e.code(), e.wording()))
                        .toList())
                .orElse(List.of());
    }

    /**
     * Records a bar and its findings; refused with every problem by field, nothing written. A bar under the bar
     * exclusion of the scheme of the agency's current standing (publication.bar: 苏州 E1, 佛山 E3) also queues the
     * publication that takes that standing away (苏州 7.6.3 "取消已评定的星级并予以公告"; 佛山 "取消标杆机构称号").
     */
    @Transactional
    public Bar bar(String tenant, String actor, long agencyId, String code, int firstYear, int years, String reason) {
        long id = record(tenant, actor, agencyId, code, firstYear, years, reason, null, null, null);
        String why = reason.strip();
        Long standing = takeStandingAway(tenant, actor, agencyId, code, id, firstYear, firstYear + years - 1, why);
        if (standing != null) {
            jdbc.update(
                    "UPDATE rating_bar SET standing_publication_id = ? WHERE tenant_id = ? AND id = ?",
                    standing,
                    tenant,
                    id);
        }
        return find(tenant, id);
    }

    /**
     * Records the bar that follows a confirmed revocation (佛山 四（二）"一年内不再作为标杆机构候选单位"): the scheme's bar,
     * from the year after the publication's, naming the sanction or finding (佛山 9.1 不良信息) and the revoking
     * publication.
     */
    @Transactional
    Bar afterRevocation(
            String tenant,
            String actor,
            long agencyId,
            Publication.Bar rule,
            int firstYear,
            String reason,
            Long sanctionId,
            Long findingId,
            long revokingPublication) {
        long id = record(
                tenant,
                actor,
                agencyId,
                rule.exclusion(),
                firstYear,
                rule.years(),
                reason,
                sanctionId,
                findingId,
                revokingPublication);
        return find(tenant, id);
    }

    private Bar find(String tenant, long id) {
        return list(tenant).stream().filter(b -> b.id() == id).findFirst().orElseThrow();
    }

    /**
     * The agency's current standing (the newest published publication listing it that nothing supersedes or is
     * about to), taken away when its run's scheme names this exclusion as its bar; null when there is none or
     * nothing to take away.
     */
    private Long takeStandingAway(
            String tenant,
            String actor,
            long agencyId,
            String code,
            long barId,
            int firstYear,
            int lastYear,
            String why) {
        record Current(long publicationId, String grade, String lists, String schemeVersion) {}
        List<Current> current = jdbc.query(
                "SELECT p.id, e.published_grade, e.lists, r.scheme_version FROM publication_entry e"
                        + " JOIN publication p ON p.tenant_id = e.tenant_id AND p.id = e.publication_id"
                        + " JOIN rating_run r ON r.tenant_id = p.tenant_id AND r.id = p.run_id"
                        + " WHERE e.tenant_id = ? AND e.agency_id = ? AND p.status = 'published'"
                        + " AND NOT EXISTS (SELECT 1 FROM publication q WHERE q.tenant_id = p.tenant_id"
                        + " AND q.supersedes_id = p.id AND q.status IN ('queued', 'running', 'published'))"
                        + " ORDER BY p.published_at DESC, p.id DESC LIMIT 1",
                (rs, n) -> new Current(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                tenant,
                agencyId);
        if (current.isEmpty()) {
            return null;
        }
        Current c = current.getFirst();
        Optional<Scheme> scheme =
                schemes.compiledVersion(tenant, c.schemeVersion()).map(a -> a.scheme());
        boolean named = scheme.flatMap(Scheme::publication)
                .flatMap(Publication::bar)
                .map(b -> b.exclusion().equals(code))
                .orElse(false);
        if (!named
                || PublicationLists.cancel(scheme.get(), c.grade(), PublicationRequests.codes(c.lists()))
                        .isEmpty()) {
            return null;
        }
        String years = firstYear == lastYear ? firstYear + "年度" : firstYear + "–" + lastYear + "年度";
        String announced = why + "（禁入期第" + barId + "号，" + years + "）";
        try {
            return publications.cancel(tenant, actor, c.publicationId(), agencyId, announced);
        } catch (InvalidRequestException refused) {
            throw new InvalidInputException(
                    List.of(UserError.of("input.agencyId", refused.code(), "该机构现有的公布结果无法取消：" + refused.getMessage())));
        }
    }

    private long record(
            String tenant,
            String actor,
            long agencyId,
            String code,
            int firstYear,
            int years,
            String reason,
            Long sanctionId,
            Long findingId,
            Long standingPublicationId) {
        List<UserError> errors = new ArrayList<>();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            errors.add(UserError.of("input.reason", "REASON_REQUIRED", "请填写禁入理由（如：虚假申报取得星级）"));
        } else if (why.length() > 500) {
            errors.add(UserError.of("input.reason", "REASON_TOO_LONG", "禁入理由不能超过500字"));
        }
        if (years < 1 || years > MAX_YEARS) {
            errors.add(UserError.of("input.years", "INVALID_YEARS", "禁入期须为1到" + MAX_YEARS + "个考评年度"));
        }
        Optional<String> agencyName = jdbc
                .queryForList("SELECT name FROM agency WHERE tenant_id = ? AND id = ?", String.class, tenant, agencyId)
                .stream()
                .findFirst();
        if (agencyName.isEmpty()) {
            errors.add(UserError.of("input.agencyId", "NOT_FOUND", "未找到该机构"));
        }
        Optional<BarExclusion> exclusion = Optional.empty();
        if (firstYear < 2000 || firstYear > 2100 - MAX_YEARS) {
            errors.add(UserError.of("input.firstYear", "INVALID_YEAR", "起始年度须在2000到" + (2100 - MAX_YEARS) + "之间"));
        } else {
            List<BarExclusion> offered = exclusions(tenant, firstYear);
            exclusion = offered.stream().filter(e -> e.code().equals(code)).findFirst();
            if (exclusion.isEmpty()) {
                errors.add(UserError.of(
                        "input.exclusionCode",
                        "NOT_A_BAR",
                        offered.isEmpty()
                                ? firstYear + "年度适用的考评方案没有可用于禁入的排除条款"
                                : "排除条款“" + code + "”不可用于禁入，可选："
                                        + String.join(
                                                "、",
                                                offered.stream()
                                                        .map(BarExclusion::code)
                                                        .toList())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int lastYear = firstYear + years - 1;
        var key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO rating_bar (tenant_id, agency_id, exclusion_code, first_year, last_year, reason,"
                                    + " created_by, sanction_id, finding_id, standing_publication_id)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    insert.setString(1, tenant);
                    insert.setLong(2, agencyId);
                    insert.setString(3, code);
                    insert.setInt(4, firstYear);
                    insert.setInt(5, lastYear);
                    insert.setString(6, why);
                    insert.setString(7, actor);
                    insert.setObject(8, sanctionId, Types.BIGINT);
                    insert.setObject(9, findingId, Types.BIGINT);
                    insert.setObject(10, standingPublicationId, Types.BIGINT);
                    return insert;
                },
                key);
        long id = key.getKey().longValue();
        for (int year = firstYear; year <= lastYear; year++) {
            jdbc.update(
                    "INSERT INTO finding (tenant_id, agency_id, year, kind, rule_code, count, evidence, source,"
                            + " observed_on, status, recorded_by, confirmed_by)"
                            + " VALUES (?, ?, ?, 'rule', ?, 1, ?, 'ratingBar', ?, 'confirmed', ?, ?)",
                    tenant,
                    agencyId,
                    year,
                    code,
                    "禁入期（第" + id + "号，" + firstYear + "–" + lastYear + "年度）：" + why,
                    LocalDate.of(year, 1, 1),
                    actor,
                    actor);
        }
        jdbc.update(
                "INSERT INTO change_history (tenant_id, entity_type, entity_id, action, actor, reason, snapshot)"
                        + " VALUES (?, 'ratingBar', ?, 'barred', ?, ?, ?)",
                tenant,
                String.valueOf(id),
                actor,
                why,
                "{\"agencyId\":" + agencyId + ",\"exclusionCode\":\"" + code.replace("\"", "\\\"") + "\",\"firstYear\":"
                        + firstYear + ",\"lastYear\":" + lastYear + "}");
        return id;
    }

    /** The tenant's bars, newest first, with the exclusion's words from the scheme of their first year. */
    public List<Bar> list(String tenant) {
        List<Bar> rows = jdbc.query(
                "SELECT b.id, b.agency_id, a.name, b.exclusion_code, b.first_year, b.last_year, b.reason, b.created_by,"
                        + " b.created_at, b.standing_publication_id, b.sanction_id, b.finding_id FROM rating_bar b JOIN agency a ON a.tenant_id = b.tenant_id AND a.id = b.agency_id"
                        + " WHERE b.tenant_id = ? ORDER BY b.id DESC LIMIT 500",
                (rs, n) -> new Bar(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        "",
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getString(7),
                        rs.getString(8),
                        instant(rs.getTimestamp(9)),
                        rs.getObject(10, Long.class),
                        rs.getObject(11, Long.class),
                        rs.getObject(12, Long.class)),
                tenant);
        return rows.stream()
                .map(b -> new Bar(
                        b.id(),
                        b.agencyId(),
                        b.agencyName(),
                        b.exclusionCode(),
                        scheme(tenant, b.firstYear())
                                .flatMap(s -> s.scheme().exclusions().stream()
                                        .filter(e -> e.code().equals(b.exclusionCode()))
                                        .map(Exclusion::wording)
                                        .findFirst())
                                .orElse(""),
                        b.firstYear(),
                        b.lastYear(),
                        b.reason(),
                        b.createdBy(),
                        b.createdAt(),
                        b.standingPublicationId(),
                        b.sanctionId(),
                        b.findingId()))
                .toList();
    }

    private Optional<ActiveScheme> scheme(String tenant, int year) {
        for (int y = year; y >= Math.max(2000, year - MAX_YEARS); y--) {
            Optional<ActiveScheme> active = schemes.active(tenant, y);
            if (active.isPresent()) {
                return active;
            }
        }
        return Optional.empty();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
