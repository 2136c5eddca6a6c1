package dev.saferank.platform.notice;

import dev.saferank.platform.agency.Agencies;
import dev.saferank.platform.agency.Agency;
import dev.saferank.platform.graphql.ForbiddenException;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.History;
import dev.saferank.platform.privacy.PersonalData;
import dev.saferank.platform.rating.Ratings;
import dev.saferank.platform.security.Caller;
import dev.saferank.rating.run.RatingRun;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filing objections during a notice period and deciding them. An agency user objects for its own
 * agency only; anyone without an account objects as the public. Accepting queues a re-rating of the
 * tenant and year through the same path as startRating.
 */
@Service
class Objections {

    static final String ENTITY = "objection";
    /** Where the filer's sealed name and contact are kept: the associated data of their ciphertexts. */
    static final String FILER_NAME = "objection.filer_name";

    static final String CONTACT = "objection.contact";
    static final int MIN_REASON = 5;
    static final int MAX_REASON = 2000;
    static final int MAX_DECISION = 2000;
    static final int MAX_NAME = 100;
    private static final Pattern TENANT = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    /** What a filer sends. */
    record Filing(String tenant, Integer year, Long agencyId, String reason, String name, String contact) {}

    /** What the bureau decides. */
    record Decision(Long id, Boolean accept, String decision) {}

    private final NoticeMapper mapper;
    private final Agencies agencies;
    private final Ratings runs;
    private final History history;
    private final PersonalData personal;

    Objections(NoticeMapper mapper, Agencies agencies, Ratings runs, History history, PersonalData personal) {
        this.mapper = mapper;
        this.agencies = agencies;
        this.runs = runs;
        this.history = history;
        this.personal = personal;
    }

    /**
     * Files an objection. {@code caller} is empty for the public. Signed-in bureau staff do not file
     * objections (FORBIDDEN); an agency user only for its own agency of its own tenant (anything
     * else: as an agency that is not on the list).
     */
    @Transactional
    Objection file(Optional<Caller> caller, Filing filing) {
        boolean agencyFiler = caller.isPresent();
        if (agencyFiler && !caller.get().hasRole("agency-user")) {
            throw new ForbiddenException();
        }
        List<UserError> errors = new ArrayList<>();
        if (filing.tenant() == null || !TENANT.matcher(filing.tenant()).matches()) {
            errors.add(UserError.of("input.tenant", "UNKNOWN_TENANT", "未找到该城市"));
        }
        if (filing.year() == null || filing.year() < 2000 || filing.year() > 2100) {
            errors.add(UserError.of("input.year", "INVALID_YEAR", "年度须在 2000 到 2100 之间"));
        }
        String reason = filing.reason() == null ? "" : filing.reason().strip();
        int length = reason.codePointCount(0, reason.length());
        if (length < MIN_REASON || length > MAX_REASON) {
            errors.add(UserError.of(
                    "input.reason",
                    "REASON_LENGTH",
                    "异议理由须为 " + MIN_REASON + " 到 " + MAX_REASON + " 字（现为 " + length + " 字）"));
        }
        optional(errors, "input.name", "姓名", filing.name());
        optional(errors, "input.contact", "联系方式", filing.contact());
        if (filing.agencyId() == null) {
            errors.add(UserError.of("input.agencyId", "REQUIRED", "请选择机构"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String tenant = filing.tenant();
        if (agencyFiler) {
            long own = caller.get().tenant().equals(Optional.of(tenant))
                    ? agencies.ownAgency(caller.get()).map(Agency::id).orElse(-1L)
                    : -1L;
            if (own != filing.agencyId()) {
                throw notListed(filing.agencyId());
            }
        }
        Notice notice = mapper.openNotice(tenant, filing.year())
                .orElseThrow(
                        () -> new InvalidInputException("input.year", "NO_NOTICE", filing.year() + " 年度没有正在公示的评定结果"));
        if (!NoticeCalendar.within(NoticeCalendar.today(), notice.startsOn(), notice.endsOn())) {
            throw new InvalidInputException(
                    "input.year",
                    "NOT_IN_NOTICE_PERIOD",
                    "不在公示期内（" + notice.startsOn() + " 至 " + notice.endsOn() + "），不能提出异议");
        }
        if (runs.result(tenant, notice.runId(), filing.agencyId()).isEmpty()) {
            throw notListed(filing.agencyId());
        }
        var row = new NoticeMapper.NewObjection(
                notice.id(),
                filing.agencyId(),
                TrackingCodes.next(),
                agencyFiler ? "agency" : "public",
                caller.map(Caller::username).orElse(null),
                personal.seal(FILER_NAME, tenant, blankToNull(filing.name())),
                personal.seal(CONTACT, tenant, blankToNull(filing.contact())),
                reason);
        try {
            mapper.insertObjection(tenant, row);
        } catch (DuplicateKeyException sameCode) {
            // 60 random bits: a collision is next to impossible; the filer simply submits again
            throw new InvalidInputException(null, "TRY_AGAIN", "提交失败，请重新提交");
        }
        Objection filed = mapper.findObjection(tenant, row.id).orElseThrow();
        // the snapshot leaves out the filer's name and contact: personal data stays in its row
        history.record(
                tenant,
                ENTITY,
                filed.id(),
                "filed",
                caller.map(Caller::username).orElse("public"),
                reason,
                Map.of("noticeId", notice.id(), "agencyId", filed.agencyId(), "filerKind", filed.filerKind()));
        return filed;
    }

    /** The objection a tracking code names; empty for a code of the wrong form or unknown. */
    Optional<Objection> byTrackingCode(String code) {
        String normalized = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
        return TrackingCodes.wellFormed(normalized) ? mapper.findByTrackingCode(normalized) : Optional.empty();
    }

    /** The objections an agency user filed for its agency, newest first. */
    List<Objection> filedBy(String tenant, Caller caller) {
        return agencies.ownAgency(caller)
                .map(own -> mapper.objectionsFiledBy(tenant, own.id(), caller.username()))
                .orElse(List.of());
    }

    List<Objection> page(String tenant, long noticeId, String status, long after, int limit) {
        return mapper.objectionPage(tenant, noticeId, status, after, limit);
    }

    Optional<Objection> find(String tenant, long id) {
        return mapper.findObjection(tenant, id);
    }

    /**
     * Accepts or rejects an open objection, with the decision text either way. Accepting queues a
     * re-rating of the tenant and year (reason "objection <id>"), or joins the run already queued
     * for it, which will read the corrected facts too.
     */
    @Transactional
    Objection decide(String tenant, Decision input, String actor) {
        List<UserError> errors = new ArrayList<>();
        if (input.accept() == null) {
            errors.add(UserError.of("input.accept", "REQUIRED", "请选择采纳或不采纳"));
        }
        String decision = input.decision() == null ? "" : input.decision().strip();
        if (decision.isEmpty()) {
            errors.add(UserError.of("input.decision", "REQUIRED", "请填写处理意见（采纳或不采纳都须说明理由）"));
        } else if (decision.codePointCount(0, decision.length()) > MAX_DECISION) {
            errors.add(UserError.of("input.decision", "TOO_LONG", "处理意见过长（上限 " + MAX_DECISION + " 字）"));
        }
        Optional<Objection> found = input.id() == null ? Optional.empty() : mapper.findObjection(tenant, input.id());
        if (found.isEmpty()) {
            errors.add(UserError.of("input.id", "NOT_FOUND", "未找到异议 " + input.id()));
        } else if (!"open".equals(found.get().status()) && !correctable(tenant, found.get())) {
            errors.add(UserError.of(
                    "input.id", "ALREADY_DECIDED", "该异议已处理（" + found.get().statusText() + "），结果公布后不能再更正"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Objection objection = found.get();
        // a decided objection may be corrected until the notice's results are published (history kept)
        boolean correction = !"open".equals(objection.status());
        Long rerun = objection.rerunId();
        if (input.accept() && rerun == null) {
            rerun = rerun(tenant, objection, actor).id();
        }
        String status = input.accept() ? "accepted" : "rejected";
        if (mapper.decide(tenant, objection.id(), objection.status(), status, decision, actor, rerun) == 0) {
            throw new InvalidInputException("input.id", "ALREADY_DECIDED", "该异议已由他人处理，请刷新后查看");
        }
        Map<String, Object> snapshot = new HashMap<>(Map.of("status", status));
        if (rerun != null) {
            snapshot.put("rerunId", rerun);
        }
        if (correction) {
            snapshot.put("previousStatus", objection.status());
            snapshot.put("previousDecision", objection.decision() == null ? "" : objection.decision());
        }
        history.record(tenant, ENTITY, objection.id(), correction ? "corrected" : status, actor, decision, snapshot);
        return mapper.findObjection(tenant, objection.id()).orElseThrow();
    }

    /** A decision stays correctable while the objection's notice is open (its results not yet published). */
    private boolean correctable(String tenant, Objection objection) {
        return mapper.findNotice(tenant, objection.noticeId())
                .map(notice -> "open".equals(notice.status()))
                .orElse(false);
    }

    private RatingRun rerun(String tenant, Objection objection, String actor) {
        Optional<RatingRun> queued = runs.queued(tenant, objection.year());
        if (queued.isPresent()) {
            return queued.get();
        }
        try {
            return runs.queue(tenant, objection.year(), "objection " + objection.id(), actor);
        } catch (InvalidInputException refused) {
            // RATING_RUNNING, or the year's scheme withdrawn meanwhile: the objection stays open
            throw new InvalidInputException(refused.errors().stream()
                    .map(e -> UserError.of("input.accept", e.code(), e.message()))
                    .toList());
        }
    }

    private static InvalidInputException notListed(long agencyId) {
        return new InvalidInputException("input.agencyId", "NOT_FOUND", "公示名单中未找到机构 " + agencyId);
    }

    private static void optional(List<UserError> errors, String field, String label, String text) {
        if (text != null && text.codePointCount(0, text.length()) > MAX_NAME) {
            errors.add(UserError.of(field, "TOO_LONG", label + "过长（上限 " + MAX_NAME + " 字）"));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
