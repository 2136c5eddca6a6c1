package dev.saferank.rating.publication;

import dev.saferank.rating.InvalidRequestException;
import dev.saferank.rating.run.RatingRun;
import dev.saferank.rating.run.RatingRuns;
import dev.saferank.rating.scheme.StoredSchemes;
import dev.saferank.scheme.Publication.Downgrade;
import dev.saferank.scheme.PublicationLists;
import dev.saferank.scheme.Scheme;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests a publication: checks what can be checked at once (the publication job checks everything again
 * under its lock) and queues it for the publication job. One request per tenant and year at a time (the
 * {@code active_key} guard). Every statement binds the tenant; refusals name the input field in Chinese.
 */
@Component
public class PublicationRequests {

    /** The bureaus' calendar: a notice ends at the end of its last day in China. */
    public static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

    private record Notice(long id, int year, long runId, String status, LocalDate endsOn) {}

    private record Published(long id, int year, long runId) {}

    private final JdbcTemplate jdbc;
    private final StoredSchemes schemes;
    private final RatingRuns runs;

    PublicationRequests(JdbcTemplate jdbc, StoredSchemes schemes, RatingRuns runs) {
        this.jdbc = jdbc;
        this.schemes = schemes;
        this.runs = runs;
    }

    /** Publishes the run of a notice whose period has ended and whose objections are all decided. */
    @Transactional
    public long publish(String tenant, String username, long noticeId) {
        Notice notice = jdbc
                .query(
                        "SELECT id, year, run_id, status, ends_on FROM rating_notice WHERE tenant_id = ? AND id = ?",
                        (rs, n) -> new Notice(
                                rs.getLong(1),
                                rs.getInt(2),
                                rs.getLong(3),
                                rs.getString(4),
                                rs.getDate(5).toLocalDate()),
                        tenant,
                        noticeId)
                .stream()
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException("input.noticeId", "NOT_FOUND", "未找到该公示"));
        if (notice.status().equals("published")) {
            throw new InvalidRequestException("input.noticeId", "ALREADY_PUBLISHED", "该公示的结果已公布，不能重复公布");
        }
        if (!notice.status().equals("open")) {
            throw new InvalidRequestException("input.noticeId", "NOTICE_WITHDRAWN", "该公示已撤回，不能公布");
        }
        if (!LocalDate.now(BUREAU_ZONE).isAfter(notice.endsOn())) {
            throw new InvalidRequestException(
                    "input.noticeId", "NOTICE_RUNNING", "公示期至" + notice.endsOn() + "（含）尚未结束，公示期满后方可公布");
        }
        Integer open = jdbc.queryForObject(
                "SELECT COUNT(*) FROM objection WHERE tenant_id = ? AND notice_id = ? AND status = 'open'",
                Integer.class,
                tenant,
                noticeId);
        if (open != null && open > 0) {
            throw new InvalidRequestException("input.noticeId", "OBJECTIONS_OPEN", "尚有" + open + "件异议未处理，处理完毕后方可公布");
        }
        // An accepted objection's re-rating the notice does not show yet (still running, or completed moments ago
        // and not yet followed by the notice): publishing now would publish the superseded run, and the
        // publication job would refuse it. Refused here, at once and in words, instead.
        Integer pending = jdbc.queryForObject(
                "SELECT COUNT(*) FROM objection o JOIN rating_run r ON r.tenant_id = o.tenant_id AND r.id = o.rerun_id"
                        + " JOIN rating_run cur ON cur.tenant_id = o.tenant_id AND cur.id = ?"
                        + " WHERE o.tenant_id = ? AND o.notice_id = ? AND o.status = 'accepted'"
                        + " AND (r.status IN ('queued', 'running') OR (r.status = 'completed' AND r.run_version > cur.run_version))",
                Integer.class,
                notice.runId(),
                tenant,
                noticeId);
        if (pending != null && pending > 0) {
            throw new InvalidRequestException("input.noticeId", "RERATING_PENDING", "异议采纳后的重新评定尚未完成或尚未更新到公示，请稍候片刻再公布");
        }
        scheme(tenant, notice.runId(), "input.noticeId");
        return queue(tenant, notice.year(), "publish", notice.runId(), noticeId, null, null, null, username);
    }

    /** Corrects the latest publication of a year with another completed run of that year. */
    @Transactional
    public long correct(String tenant, String username, long publicationId, long runId, String reason) {
        Published old = latest(tenant, publicationId);
        String why = reason(reason);
        RatingRun run = runs.find(tenant, runId)
                .filter(r -> r.completed() && r.year() == old.year())
                .orElseThrow(() ->
                        new InvalidRequestException("input.runId", "INVALID_RUN", "未找到" + old.year() + "年度已完成的该考评批次"));
        if (run.id() == old.runId()) {
            throw new InvalidRequestException("input.runId", "SAME_RUN", "更正须使用重新考评后的另一考评批次");
        }
        scheme(tenant, run.id(), "input.runId");
        return queue(tenant, old.year(), "correct", run.id(), null, old.id(), null, why, username);
    }

    /** Lowers one agency's published standing (the scheme's dynamic downgrade, 苏州 7.6.4). */
    @Transactional
    public long downgrade(String tenant, String username, long publicationId, long agencyId, String reason) {
        Published old = latest(tenant, publicationId);
        String why = reason(reason);
        record Entry(String publishedGrade, List<String> listCodes) {}
        Entry entry = jdbc
                .query(
                        "SELECT published_grade, lists FROM publication_entry WHERE tenant_id = ? AND publication_id = ?"
                                + " AND agency_id = ?",
                        (rs, n) -> new Entry(rs.getString(1), codes(rs.getString(2))),
                        tenant,
                        old.id(),
                        agencyId)
                .stream()
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException("input.agencyId", "NOT_IN_PUBLICATION", "该机构不在此次公布中"));
        Scheme scheme = scheme(tenant, old.runId(), "input.publicationId");
        Downgrade rule = scheme.publication()
                .flatMap(dev.saferank.scheme.Publication::downgrade)
                .orElseThrow(() ->
                        new InvalidRequestException("input.publicationId", "NO_DOWNGRADE_RULE", "本市考评方案未规定公布后的动态降级"));
        if (PublicationLists.downgrade(scheme, entry.publishedGrade(), entry.listCodes())
                .isEmpty()) {
            String message = rule.action() == Downgrade.Action.REVOKE
                    ? "该机构不在"
                            + scheme.publication()
                                    .flatMap(p -> p.list(rule.list().orElseThrow()))
                                    .map(l -> l.title())
                                    .orElse("")
                            + "名单中，无可撤销的称号"
                    : "该机构的等级已是最低（" + entry.publishedGrade() + "），无法再降低";
            throw new InvalidRequestException("input.agencyId", "NOT_DOWNGRADABLE", message);
        }
        return queue(tenant, old.year(), "downgrade", old.runId(), null, old.id(), agencyId, why, username);
    }

    /**
     * Cancels one agency's published standing (苏州 7.6.3 "由评定部门取消已评定的星级并予以公告"): a publication of kind
     * {@code cancel} that copies the entries with the agency at the lowest band and on no list chosen by rank; for a
     * scheme whose downgrade revokes a title (佛山), the revocation.
     */
    @Transactional
    public long cancel(String tenant, String username, long publicationId, long agencyId, String reason) {
        Published old = latest(tenant, publicationId);
        String why = reason(reason);
        List<String> entry = jdbc.query(
                "SELECT published_grade, lists FROM publication_entry WHERE tenant_id = ? AND publication_id = ?"
                        + " AND agency_id = ?",
                (rs, n) -> rs.getString(1) + "|" + (rs.getString(2) == null ? "" : rs.getString(2)),
                tenant,
                old.id(),
                agencyId);
        if (entry.isEmpty()) {
            throw new InvalidRequestException("input.agencyId", "NOT_IN_PUBLICATION", "该机构不在此次公布中");
        }
        String[] parts = entry.getFirst().split("\\|", -1);
        Scheme scheme = scheme(tenant, old.runId(), "input.publicationId");
        if (PublicationLists.cancel(scheme, parts[0], codes(parts[1])).isEmpty()) {
            throw new InvalidRequestException("input.agencyId", "NOT_CANCELLABLE", "该机构已无可取消的等级或称号（" + parts[0] + "）");
        }
        boolean revoke = scheme.publication()
                .flatMap(dev.saferank.scheme.Publication::downgrade)
                .map(d -> d.action() == Downgrade.Action.REVOKE)
                .orElse(false);
        return queue(
                tenant,
                old.year(),
                revoke ? "downgrade" : "cancel",
                old.runId(),
                null,
                old.id(),
                agencyId,
                why,
                username);
    }

    /** The list codes of an entry as stored ({@code best,worst} or empty). */
    public static List<String> codes(String lists) {
        return lists == null || lists.isBlank() ? List.of() : Arrays.asList(lists.split(","));
    }

    /** A published publication of the tenant that nothing has superseded yet. */
    private Published latest(String tenant, long id) {
        Published old = jdbc
                .query(
                        "SELECT id, year, run_id FROM publication WHERE tenant_id = ? AND id = ? AND status = 'published'",
                        (rs, n) -> new Published(rs.getLong(1), rs.getInt(2), rs.getLong(3)),
                        tenant,
                        id)
                .stream()
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException("input.publicationId", "NOT_FOUND", "未找到该公布"));
        Integer successors = jdbc.queryForObject(
                "SELECT COUNT(*) FROM publication WHERE tenant_id = ? AND supersedes_id = ? AND status = 'published'",
                Integer.class,
                tenant,
                id);
        if (successors != null && successors > 0) {
            throw new InvalidRequestException("input.publicationId", "SUPERSEDED", "该公布已被更正或替代，只能更正最新的公布");
        }
        return old;
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidRequestException("input.reason", "REASON_REQUIRED", "请填写原因（将在公告中公布）");
        }
        if (why.length() > 500) {
            throw new InvalidRequestException("input.reason", "REASON_TOO_LONG", "原因不能超过500字");
        }
        return why;
    }

    /** The scheme the run pinned, which must say what is published. */
    private Scheme scheme(String tenant, long runId, String field) {
        Scheme scheme = runs.find(tenant, runId)
                .flatMap(r -> schemes.version(tenant, r.schemeVersion()))
                .map(compiled -> compiled.scheme())
                .orElseThrow(() -> new InvalidRequestException(field, "INVALID_RUN", "考评批次不存在"));
        if (scheme.publication().isEmpty()) {
            throw new InvalidRequestException(field, "NO_PUBLICATION_RULES", "该年度考评方案未规定公布规则，无法公布");
        }
        return scheme;
    }

    private long queue(
            String tenant,
            int year,
            String kind,
            long runId,
            Long noticeId,
            Long supersedesId,
            Long agencyId,
            String reason,
            String requestedBy) {
        var key = new GeneratedKeyHolder();
        try {
            jdbc.update(
                    connection -> {
                        PreparedStatement insert = connection.prepareStatement(
                                "INSERT INTO publication (tenant_id, year, kind, run_id, notice_id, supersedes_id,"
                                        + " agency_id, reason, status, active_key, requested_by)"
                                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?)",
                                Statement.RETURN_GENERATED_KEYS);
                        insert.setString(1, tenant);
                        insert.setInt(2, year);
                        insert.setString(3, kind);
                        insert.setLong(4, runId);
                        insert.setObject(5, noticeId, Types.BIGINT);
                        insert.setObject(6, supersedesId, Types.BIGINT);
                        insert.setObject(7, agencyId, Types.BIGINT);
                        insert.setString(8, reason);
                        insert.setString(9, tenant + ":" + year);
                        insert.setString(10, requestedBy);
                        return insert;
                    },
                    key);
        } catch (DuplicateKeyException running) {
            throw new InvalidRequestException(null, "PUBLICATION_RUNNING", "该年度已有公布正在进行，请稍后再试");
        }
        return key.getKey().longValue();
    }
}
