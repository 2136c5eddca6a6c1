package dev.saferank.platform.review;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.History;
import dev.saferank.rating.InvalidRequestException;
import dev.saferank.rating.publication.PublicationRequests;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 复核 after a publication: the bureau sets the period, an agency on the publication requests a review within
 * it, the bureau upholds the publication or corrects it with a re-rated run (a correction publication naming
 * what it supersedes, queued through the rating module). Checked before anything is written; every statement
 * binds the tenant.
 */
@Service
class Reviews {

    static final String ENTITY = "reviewRequest";
    private static final String COLUMNS = "r.id, r.publication_id, p.year, r.agency_id, a.name, r.reason, r.status,"
            + " r.decision_reason, r.correction_publication_id, r.filed_at, r.decided_at FROM review_request r"
            + " JOIN publication p ON p.tenant_id = r.tenant_id AND p.id = r.publication_id"
            + " JOIN agency a ON a.tenant_id = r.tenant_id AND a.id = r.agency_id";

    /** A publication an agency is on, with the period of review. */
    record Reviewable(
            long publicationId, int year, int seq, String publishedGrade, LocalDate reviewUntil, boolean open) {}

    private final JdbcTemplate jdbc;
    private final PublicationRequests publications;
    private final History history;

    Reviews(JdbcTemplate jdbc, PublicationRequests publications, History history) {
        this.jdbc = jdbc;
        this.publications = publications;
        this.history = history;
    }

    static LocalDate today() {
        return LocalDate.now(PublicationRequests.BUREAU_ZONE);
    }

    @Transactional
    LocalDate setPeriod(String tenant, long publicationId, LocalDate endsOn, String actor) {
        LocalDate published = publishedOn(tenant, publicationId)
                .orElseThrow(() -> new InvalidInputException("input.publicationId", "NOT_FOUND", "未找到已公布的该公布"));
        if (endsOn == null) {
            throw new InvalidInputException("input.endsOn", "REQUIRED", "请填写复核申请截止日期");
        }
        if (endsOn.isBefore(published)) {
            throw new InvalidInputException("input.endsOn", "BEFORE_PUBLICATION", "复核申请截止日期不能早于公布日期 " + published);
        }
        jdbc.update(
                "INSERT INTO review_period (tenant_id, publication_id, ends_on, set_by) VALUES (?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE ends_on = VALUES(ends_on), set_by = VALUES(set_by),"
                        + " set_at = CURRENT_TIMESTAMP(3)",
                tenant,
                publicationId,
                endsOn,
                actor);
        history.record(tenant, "reviewPeriod", publicationId, "set", actor, null, Map.of("endsOn", endsOn.toString()));
        return endsOn;
    }

    Optional<LocalDate> period(String tenant, long publicationId) {
        return jdbc
                .queryForList(
                        "SELECT ends_on FROM review_period WHERE tenant_id = ? AND publication_id = ?",
                        LocalDate.class,
                        tenant,
                        publicationId)
                .stream()
                .findFirst();
    }

    @Transactional
    ReviewRequest request(String tenant, long agencyId, long publicationId, String reason, String actor) {
        Integer listed = jdbc.queryForObject(
                "SELECT COUNT(*) FROM publication_entry e JOIN publication p ON p.tenant_id = e.tenant_id"
                        + " AND p.id = e.publication_id WHERE e.tenant_id = ? AND e.publication_id = ? AND e.agency_id = ?"
                        + " AND p.status = 'published'",
                Integer.class,
                tenant,
                publicationId,
                agencyId);
        if (listed == null || listed == 0) {
            throw new InvalidInputException("input.publicationId", "NOT_IN_PUBLICATION", "本机构不在该公布中，不能申请复核");
        }
        LocalDate until = period(tenant, publicationId)
                .orElseThrow(() -> new InvalidInputException(
                        "input.publicationId", "NO_REVIEW_PERIOD", "应急管理局尚未设定该公布的复核申请期限，暂不受理复核申请"));
        if (today().isAfter(until)) {
            throw new InvalidInputException(
                    "input.publicationId", "REVIEW_PERIOD_OVER", "复核申请期限已于 " + until + " 截止，不再受理复核申请");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 5 || why.length() > 2000) {
            throw new InvalidInputException("input.reason", "INVALID_REASON", "请写明申请复核的理由（5–2000 字）");
        }
        Integer open = jdbc.queryForObject(
                "SELECT COUNT(*) FROM review_request WHERE tenant_id = ? AND publication_id = ? AND agency_id = ?"
                        + " AND status = 'open'",
                Integer.class,
                tenant,
                publicationId,
                agencyId);
        if (open != null && open > 0) {
            throw new InvalidInputException("input.publicationId", "ALREADY_REQUESTED", "本机构对该公布的复核申请尚在处理中");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                c -> {
                    var s = c.prepareStatement(
                            "INSERT INTO review_request (tenant_id, publication_id, agency_id, reason, filed_by)"
                                    + " VALUES (?, ?, ?, ?, ?)",
                            new String[] {"id"});
                    s.setString(1, tenant);
                    s.setLong(2, publicationId);
                    s.setLong(3, agencyId);
                    s.setString(4, why);
                    s.setString(5, actor);
                    return s;
                },
                keys);
        long id = keys.getKey().longValue();
        history.record(tenant, ENTITY, id, "filed", actor, null, Map.of("publicationId", publicationId));
        return find(tenant, id).orElseThrow();
    }

    @Transactional
    ReviewRequest decide(String tenant, long id, String decision, String reason, Long runId, String actor) {
        ReviewRequest request =
                find(tenant, id).orElseThrow(() -> new InvalidInputException("input.id", "NOT_FOUND", "未找到该复核申请"));
        if (!request.status().equals("open")) {
            throw new InvalidInputException("input.id", "ALREADY_DECIDED", "该复核申请已处理");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 2 || why.length() > 500) {
            throw new InvalidInputException("input.reason", "INVALID_REASON", "请填写复核结论的理由（2–500 字，将告知申请机构）");
        }
        Long correction = null;
        if ("correct".equals(decision)) {
            if (runId == null) {
                throw new InvalidInputException("input.runId", "REQUIRED", "更正公布须选择重新考评后的考评批次");
            }
            try {
                correction =
                        publications.correct(tenant, actor, request.publicationId(), runId, "复核申请第" + id + "号：" + why);
            } catch (InvalidRequestException refused) {
                throw new InvalidInputException(
                        List.of(UserError.of(refused.field(), refused.code(), refused.getMessage())));
            }
        } else if (!"uphold".equals(decision)) {
            throw new InvalidInputException("input.decision", "INVALID_DECISION", "请选择维持原公布或更正公布");
        }
        jdbc.update(
                "UPDATE review_request SET status = ?, decision_reason = ?, correction_publication_id = ?,"
                        + " decided_by = ?, decided_at = CURRENT_TIMESTAMP(3) WHERE tenant_id = ? AND id = ?",
                correction == null ? "upheld" : "corrected",
                why,
                correction,
                actor,
                tenant,
                id);
        history.record(
                tenant,
                ENTITY,
                id,
                correction == null ? "upheld" : "corrected",
                actor,
                why,
                correction == null ? Map.of() : Map.of("correctionPublicationId", correction));
        return find(tenant, id).orElseThrow();
    }

    List<ReviewRequest> ofPublication(String tenant, long publicationId) {
        return jdbc.query(
                "SELECT " + COLUMNS + " WHERE r.tenant_id = ? AND r.publication_id = ? ORDER BY r.id",
                Reviews::row,
                tenant,
                publicationId);
    }

    List<ReviewRequest> ofAgency(String tenant, long agencyId) {
        return jdbc.query(
                "SELECT " + COLUMNS + " WHERE r.tenant_id = ? AND r.agency_id = ? ORDER BY r.id DESC",
                Reviews::row,
                tenant,
                agencyId);
    }

    /** The published publications an agency is on, newest first, with their review period. */
    List<Reviewable> reviewable(String tenant, long agencyId) {
        LocalDate today = today();
        return jdbc.query(
                "SELECT p.id, p.year, p.seq, e.published_grade, v.ends_on FROM publication_entry e"
                        + " JOIN publication p ON p.tenant_id = e.tenant_id AND p.id = e.publication_id"
                        + " LEFT JOIN review_period v ON v.tenant_id = p.tenant_id AND v.publication_id = p.id"
                        + " WHERE e.tenant_id = ? AND e.agency_id = ? AND p.status = 'published'"
                        + " ORDER BY p.year DESC, p.seq DESC",
                (rs, n) -> {
                    LocalDate until = rs.getObject(5, LocalDate.class);
                    return new Reviewable(
                            rs.getLong(1),
                            rs.getInt(2),
                            rs.getInt(3),
                            rs.getString(4),
                            until,
                            until != null && !today.isAfter(until));
                },
                tenant,
                agencyId);
    }

    private Optional<ReviewRequest> find(String tenant, long id) {
        return jdbc
                .query("SELECT " + COLUMNS + " WHERE r.tenant_id = ? AND r.id = ?", Reviews::row, tenant, id)
                .stream()
                .findFirst();
    }

    private Optional<LocalDate> publishedOn(String tenant, long publicationId) {
        return jdbc
                .queryForList(
                        "SELECT published_at FROM publication WHERE tenant_id = ? AND id = ? AND status = 'published'",
                        java.sql.Timestamp.class,
                        tenant,
                        publicationId)
                .stream()
                .findFirst()
                .map(t -> t.toInstant().atZone(PublicationRequests.BUREAU_ZONE).toLocalDate());
    }

    private static ReviewRequest row(ResultSet rs, int n) throws SQLException {
        var decided = rs.getTimestamp(11);
        return new ReviewRequest(
                rs.getLong(1),
                rs.getLong(2),
                rs.getInt(3),
                rs.getLong(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getObject(9, Long.class),
                rs.getTimestamp(10).toInstant(),
                decided == null ? null : decided.toInstant());
    }
}
