package dev.saferank.platform.notice;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.History;
import dev.saferank.platform.rating.Ratings;
import dev.saferank.rating.run.RatingResult;
import dev.saferank.rating.run.RatingRun;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening a notice and reading it: the bureau's view and the public's draft list. */
@Service
class Notices {

    static final String ENTITY = "ratingNotice";
    static final int DEFAULT_WORKING_DAYS = 7;

    /** What the public reads: the period, and the draft list only while the period lasts. */
    record PublicNotice(
            String tenantName,
            int year,
            LocalDate startsOn,
            LocalDate endsOn,
            boolean open,
            String message,
            List<Entry> entries) {}

    /** One line of the draft list: nothing of the trail or the run's internals. */
    record Entry(
            long agencyId,
            String agencyName,
            java.math.BigDecimal total,
            String grade,
            Integer overallRank,
            String groupKey,
            Integer groupRank) {

        static Entry of(RatingResult result) {
            return new Entry(
                    result.agencyId(),
                    result.agencyName(),
                    result.total(),
                    result.grade(),
                    result.overallRank(),
                    result.groupKey(),
                    result.groupRank());
        }
    }

    private final NoticeMapper mapper;
    private final Ratings runs;
    private final History history;

    Notices(NoticeMapper mapper, Ratings runs, History history) {
        this.mapper = mapper;
        this.runs = runs;
        this.history = history;
    }

    @Transactional
    Notice open(String tenant, Long runId, LocalDate startsOn, String actor) {
        List<UserError> errors = new ArrayList<>();
        Optional<RatingRun> run = runId == null ? Optional.empty() : runs.find(tenant, runId);
        if (run.isEmpty()) {
            errors.add(UserError.of("input.runId", "NOT_FOUND", "未找到评定 " + runId));
        } else if (!run.get().completed()) {
            errors.add(UserError.of(
                    "input.runId",
                    "RUN_NOT_COMPLETED",
                    "只有已完成的评定可以公示（当前状态：" + run.get().status() + "）"));
        }
        if (startsOn == null) {
            errors.add(UserError.of("input.startsOn", "REQUIRED", "请填写公示开始日期"));
        } else if (startsOn.isBefore(NoticeCalendar.today())) {
            errors.add(UserError.of("input.startsOn", "START_IN_PAST", "公示开始日期不能早于今天"));
        } else if (startsOn.isAfter(NoticeCalendar.today().plusYears(1))) {
            errors.add(UserError.of("input.startsOn", "START_TOO_LATE", "公示开始日期不能晚于一年之后"));
        }
        if (run.isPresent() && mapper.openNotice(tenant, run.get().year()).isPresent()) {
            errors.add(UserError.of("input.runId", "NOTICE_OPEN", run.get().year() + " 年度已有正在进行的公示"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int year = run.get().year();
        var days = mapper.campaignDays(tenant, year);
        int workingDays = days.map(NoticeMapper.CampaignDays::noticeWorkingDays).orElse(DEFAULT_WORKING_DAYS);
        LocalDate endsOn = NoticeCalendar.endsOn(startsOn, workingDays, holidays(days));
        var row = new NoticeMapper.NewNotice(year, runId, startsOn, endsOn, workingDays, actor);
        try {
            mapper.insertNotice(tenant, row);
        } catch (DuplicateKeyException concurrent) {
            throw new InvalidInputException("input.runId", "NOTICE_OPEN", year + " 年度已有正在进行的公示");
        }
        Notice notice = mapper.findNotice(tenant, row.id).orElseThrow();
        history.record(
                tenant,
                ENTITY,
                notice.id(),
                "opened",
                actor,
                null,
                Map.of("runId", runId, "startsOn", startsOn.toString(), "endsOn", endsOn.toString()));
        return notice;
    }

    Optional<Notice> find(String tenant, long id) {
        return mapper.findNotice(tenant, id);
    }

    Optional<Notice> latest(String tenant, int year) {
        return mapper.latestNotice(tenant, year);
    }

    /**
     * The public's view of a tenant's notice of a year: null when there is none; outside the period
     * the dates and a message, no list. Only rated agencies are listed (an excluded agency is not
     * ranked, and why it is excluded is not for the public).
     */
    PublicNotice publicView(String tenant, int year) {
        Optional<Notice> found = mapper.latestNotice(tenant, year);
        if (found.isEmpty()) {
            return null;
        }
        Notice notice = found.get();
        String name = mapper.tenantName(tenant).orElse(tenant);
        LocalDate today = NoticeCalendar.today();
        if (today.isBefore(notice.startsOn())) {
            return new PublicNotice(name, year, notice.startsOn(), notice.endsOn(), false, "公示尚未开始", List.of());
        }
        if (today.isAfter(notice.endsOn()) || !notice.open()) {
            return new PublicNotice(name, year, notice.startsOn(), notice.endsOn(), false, "公示期已结束", List.of());
        }
        List<Entry> entries = runs.rankedResults(tenant, notice.runId()).stream()
                .filter(result -> result.overallRank() != null)
                .map(Entry::of)
                .toList();
        return new PublicNotice(name, year, notice.startsOn(), notice.endsOn(), true, null, entries);
    }

    static List<LocalDate> holidays(Optional<NoticeMapper.CampaignDays> days) {
        return days.map(NoticeMapper.CampaignDays::holidays)
                .filter(text -> !text.isBlank())
                .map(text -> Arrays.stream(text.split(","))
                        .map(String::strip)
                        .map(LocalDate::parse)
                        .toList())
                .orElse(List.of());
    }
}
