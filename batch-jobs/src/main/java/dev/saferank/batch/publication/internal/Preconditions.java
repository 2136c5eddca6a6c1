package dev.saferank.batch.publication.internal;

import dev.saferank.scheme.Publication;
import dev.saferank.scheme.PublicationLists;
import dev.saferank.scheme.Scheme;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a requested publication may be written, checked before the entries and again in the final
 * transaction (an objection may be filed meanwhile). A refusal is the Chinese reason the bureau reads.
 */
@Component
class Preconditions {

    /** The bureaus' calendar: a notice ends at the end of its last day in China. */
    static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcTemplate jdbc;
    private final RunSchemes runs;

    Preconditions(JdbcTemplate jdbc, RunSchemes runs) {
        this.jdbc = jdbc;
        this.runs = runs;
    }

    /** The reason the request is refused, or empty when it may be published. */
    Optional<String> refusal(Request r) {
        Optional<RunSchemes.Run> run = runs.completed(r.tenant(), r.runId());
        if (run.isEmpty() || run.get().year() != r.year()) {
            return Optional.of("考评批次不存在、未完成或不属于" + r.year() + "年度");
        }
        Scheme scheme = run.get().scheme();
        if (scheme.publication().isEmpty()) {
            return Optional.of("考评方案" + run.get().schemeVersion() + "未规定公布规则，无法公布");
        }
        return switch (r.kind()) {
            case "publish" -> notice(r);
            case "correct" -> latest(r).or(() -> differentRun(r));
            case "downgrade" -> latest(r).or(() -> downgradable(r, scheme));
            case "cancel" -> latest(r).or(() -> cancellable(r, scheme));
            default -> Optional.of("未知的公布类型");
        };
    }

    private Optional<String> notice(Request r) {
        List<Map<String, Object>> notices = jdbc.queryForList(
                "SELECT status, run_id, ends_on FROM rating_notice WHERE tenant_id = ? AND id = ?",
                r.tenant(),
                r.noticeId().orElseThrow());
        if (notices.isEmpty()) {
            return Optional.of("公示不存在");
        }
        var notice = notices.getFirst();
        String status = (String) notice.get("status");
        if (status.equals("published")) {
            return Optional.of("该公示的结果已公布，不能重复公布");
        }
        if (!status.equals("open")) {
            return Optional.of("该公示已撤回，不能公布");
        }
        if (((Number) notice.get("run_id")).longValue() != r.runId()) {
            return Optional.of("公示的考评批次已因异议重新考评而变更，请重新提交公布");
        }
        LocalDate endsOn = ((java.sql.Date) notice.get("ends_on")).toLocalDate();
        if (!LocalDate.now(BUREAU_ZONE).isAfter(endsOn)) {
            return Optional.of("公示期至" + endsOn + "（含）尚未结束，公示期满后方可公布");
        }
        Integer open = jdbc.queryForObject(
                "SELECT COUNT(*) FROM objection WHERE tenant_id = ? AND notice_id = ? AND status = 'open'",
                Integer.class,
                r.tenant(),
                r.noticeId().orElseThrow());
        return open > 0 ? Optional.of("尚有" + open + "件异议未处理，处理完毕后方可公布") : Optional.empty();
    }

    /** Only the latest publication of a chain is corrected or downgraded. */
    private Optional<String> latest(Request r) {
        long old = r.supersedesId().orElseThrow();
        Integer published = jdbc.queryForObject(
                "SELECT COUNT(*) FROM publication WHERE tenant_id = ? AND id = ? AND year = ? AND status = 'published'",
                Integer.class,
                r.tenant(),
                old,
                r.year());
        if (published == 0) {
            return Optional.of("被更正的公布不存在或尚未公布");
        }
        Integer successors = jdbc.queryForObject(
                "SELECT COUNT(*) FROM publication WHERE tenant_id = ? AND supersedes_id = ? AND status = 'published'",
                Integer.class,
                r.tenant(),
                old);
        return successors > 0 ? Optional.of("该公布已被更正或替代，只能更正最新的公布") : Optional.empty();
    }

    private Optional<String> differentRun(Request r) {
        Long oldRun = jdbc.queryForObject(
                "SELECT run_id FROM publication WHERE tenant_id = ? AND id = ?",
                Long.class,
                r.tenant(),
                r.supersedesId().orElseThrow());
        return oldRun == r.runId() ? Optional.of("更正须使用重新考评后的另一考评批次") : Optional.empty();
    }

    private Optional<String> downgradable(Request r, Scheme scheme) {
        Optional<Publication.Downgrade> rule = scheme.publication().flatMap(Publication::downgrade);
        if (rule.isEmpty()) {
            return Optional.of("本市考评方案未规定公布后的动态降级");
        }
        List<Map<String, Object>> entries = jdbc.queryForList(
                "SELECT published_grade, lists FROM publication_entry"
                        + " WHERE tenant_id = ? AND publication_id = ? AND agency_id = ?",
                r.tenant(),
                r.supersedesId().orElseThrow(),
                r.agencyId().orElseThrow());
        if (entries.isEmpty()) {
            return Optional.of("该机构不在此次公布中");
        }
        String grade = (String) entries.getFirst().get("published_grade");
        List<String> lists = codes((String) entries.getFirst().get("lists"));
        if (PublicationLists.downgrade(scheme, grade, lists).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(
                rule.get().action() == Publication.Downgrade.Action.REVOKE
                        ? "该机构不在" + title(scheme, rule.get().list().orElseThrow()) + "名单中，无可撤销的称号"
                        : "该机构的等级已是最低（" + grade + "），无法再降低");
    }

    private Optional<String> cancellable(Request r, Scheme scheme) {
        List<Map<String, Object>> entries = jdbc.queryForList(
                "SELECT published_grade, lists FROM publication_entry"
                        + " WHERE tenant_id = ? AND publication_id = ? AND agency_id = ?",
                r.tenant(),
                r.supersedesId().orElseThrow(),
                r.agencyId().orElseThrow());
        if (entries.isEmpty()) {
            return Optional.of("该机构不在此次公布中");
        }
        String grade = (String) entries.getFirst().get("published_grade");
        return PublicationLists.cancel(
                                scheme, grade, codes((String) entries.getFirst().get("lists")))
                        .isPresent()
                ? Optional.empty()
                : Optional.of("该机构已无可取消的等级或称号（" + grade + "）");
    }

    static List<String> codes(String lists) {
        return lists == null || lists.isEmpty() ? List.of() : Arrays.asList(lists.split(","));
    }

    private static String title(Scheme scheme, String code) {
        return scheme.publication()
                .flatMap(p -> p.list(code))
                .map(l -> l.title())
                .orElse(code);
    }
}
