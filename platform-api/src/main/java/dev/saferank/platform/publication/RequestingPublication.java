package dev.saferank.platform.publication;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.security.Caller;
import dev.saferank.scheme.Publication.Downgrade;
import dev.saferank.scheme.PublicationLists;
import dev.saferank.scheme.Scheme;
import dev.saferank.scheme.SchemeLoader;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests a publication: checks what can be checked at once (the publication job checks everything again
 * under its lock) and queues it for the publication job of batch-jobs. One request per tenant and year at a
 * time (the {@code active_key} guard).
 */
@Service
class RequestingPublication {

    /** The bureaus' calendar: a notice ends at the end of its last day in China. */
    static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

    private final PublicationMapper mapper;

    RequestingPublication(PublicationMapper mapper) {
        this.mapper = mapper;
    }

    @Transactional
    Publication publish(Caller caller, long noticeId) {
        String tenant = caller.tenant().orElseThrow();
        var notice = mapper.notice(tenant, noticeId)
                .orElseThrow(() -> new InvalidInputException("input.noticeId", "NOT_FOUND", "未找到该公示"));
        if (notice.status().equals("published")) {
            throw new InvalidInputException("input.noticeId", "ALREADY_PUBLISHED", "该公示的结果已公布，不能重复公布");
        }
        if (!notice.status().equals("open")) {
            throw new InvalidInputException("input.noticeId", "NOTICE_WITHDRAWN", "该公示已撤回，不能公布");
        }
        if (!LocalDate.now(BUREAU_ZONE).isAfter(notice.endsOn())) {
            throw new InvalidInputException(
                    "input.noticeId", "NOTICE_RUNNING", "公示期至" + notice.endsOn() + "（含）尚未结束，公示期满后方可公布");
        }
        int open = mapper.openObjections(tenant, noticeId);
        if (open > 0) {
            throw new InvalidInputException("input.noticeId", "OBJECTIONS_OPEN", "尚有" + open + "件异议未处理，处理完毕后方可公布");
        }
        scheme(tenant, notice.runId(), "input.noticeId");
        return queue(
                tenant,
                new PublicationMapper.NewRequest(
                        notice.year(), "publish", notice.runId(), noticeId, null, null, null, null, caller.username()));
    }

    @Transactional
    Publication correct(Caller caller, long publicationId, long runId, String reason) {
        String tenant = caller.tenant().orElseThrow();
        Publication old = latest(tenant, publicationId);
        String why = reason(reason);
        var run = mapper.run(tenant, runId)
                .filter(r -> r.status().equals("completed") && r.year() == old.year())
                .orElseThrow(() ->
                        new InvalidInputException("input.runId", "INVALID_RUN", "未找到" + old.year() + "年度已完成的该考评批次"));
        if (run.id() == old.runId()) {
            throw new InvalidInputException("input.runId", "SAME_RUN", "更正须使用重新考评后的另一考评批次");
        }
        scheme(tenant, run.id(), "input.runId");
        return queue(
                tenant,
                new PublicationMapper.NewRequest(
                        old.year(), "correct", run.id(), null, old.id(), null, why, null, caller.username()));
    }

    @Transactional
    Publication downgrade(Caller caller, long publicationId, long agencyId, String reason) {
        String tenant = caller.tenant().orElseThrow();
        Publication old = latest(tenant, publicationId);
        String why = reason(reason);
        var entry = mapper.entry(tenant, old.id(), agencyId)
                .orElseThrow(() -> new InvalidInputException("input.agencyId", "NOT_IN_PUBLICATION", "该机构不在此次公布中"));
        Scheme scheme = scheme(tenant, old.runId(), "input.publicationId");
        Downgrade rule = scheme.publication()
                .flatMap(dev.saferank.scheme.Publication::downgrade)
                .orElseThrow(() ->
                        new InvalidInputException("input.publicationId", "NO_DOWNGRADE_RULE", "本市考评方案未规定公布后的动态降级"));
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
            throw new InvalidInputException("input.agencyId", "NOT_DOWNGRADABLE", message);
        }
        return queue(
                tenant,
                new PublicationMapper.NewRequest(
                        old.year(), "downgrade", old.runId(), null, old.id(), agencyId, why, null, caller.username()));
    }

    /** A published publication of the tenant that nothing has superseded yet. */
    private Publication latest(String tenant, long id) {
        Publication old = mapper.find(tenant, id)
                .filter(Publication::published)
                .orElseThrow(() -> new InvalidInputException("input.publicationId", "NOT_FOUND", "未找到该公布"));
        if (mapper.publishedSuccessor(tenant, id).isPresent()) {
            throw new InvalidInputException("input.publicationId", "SUPERSEDED", "该公布已被更正或替代，只能更正最新的公布");
        }
        return old;
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("input.reason", "REASON_REQUIRED", "请填写原因（将在公告中公布）");
        }
        if (why.length() > 500) {
            throw new InvalidInputException("input.reason", "REASON_TOO_LONG", "原因不能超过500字");
        }
        return why;
    }

    /** The scheme the run pinned, which must say what is published. */
    private Scheme scheme(String tenant, long runId, String field) {
        Scheme scheme = mapper.run(tenant, runId)
                .flatMap(r -> mapper.schemeSource(tenant, r.schemeVersion()))
                .map(SchemeLoader::fromYaml)
                .orElseThrow(() -> new InvalidInputException(field, "INVALID_RUN", "考评批次不存在"));
        if (scheme.publication().isEmpty()) {
            throw new InvalidInputException(field, "NO_PUBLICATION_RULES", "该年度考评方案未规定公布规则，无法公布");
        }
        return scheme;
    }

    private Publication queue(String tenant, PublicationMapper.NewRequest request) {
        var row = new PublicationMapper.NewRequest(
                request.year,
                request.kind,
                request.runId,
                request.noticeId,
                request.supersedesId,
                request.agencyId,
                request.reason,
                tenant + ":" + request.year,
                request.requestedBy);
        try {
            mapper.insert(tenant, row);
        } catch (DuplicateKeyException running) {
            throw new InvalidInputException(null, "PUBLICATION_RUNNING", "该年度已有公布正在进行，请稍后再试");
        }
        return mapper.find(tenant, row.id).orElseThrow();
    }
}
