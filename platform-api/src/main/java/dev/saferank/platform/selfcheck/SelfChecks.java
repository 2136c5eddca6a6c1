package dev.saferank.platform.selfcheck;

import dev.saferank.platform.agency.Agencies;
import dev.saferank.platform.agency.Agency;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.platform.security.Caller;
import dev.saferank.scheme.Checklist;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Who answered the self-inspection checklist (自查自改情况报告表) of a year and who did not, by the
 * campaign calendar's self-check deadline; rectifications past their deadline. The checklist is the
 * active scheme's self-inspection form: id {@code self-inspection}, or a subject naming 自查.
 */
@Service
class SelfChecks {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** answered: by the deadline; late: after it; missing: not yet, deadline not passed; overdue: not and passed. */
    record Row(
            long agencyId,
            String agencyName,
            String state,
            Long inspectionId,
            LocalDate answeredOn,
            Instant recordedAt,
            int problems,
            int overdueRectifications) {}

    record Overdue(
            long findingId,
            long agencyId,
            String agencyName,
            String ruleCode,
            String source,
            String measure,
            LocalDate deadline,
            String responsible,
            String status,
            long daysOverdue) {}

    record Status(
            int year,
            String checklistId,
            String checklistTitle,
            LocalDate start,
            LocalDate deadline,
            boolean deadlinePassed,
            String district,
            int agencies,
            int answered,
            int answeredLate,
            int notAnswered,
            List<Row> rows,
            List<Overdue> overdueRectifications) {}

    record Form(int year, Checklist checklist, LocalDate start, LocalDate deadline, boolean deadlinePassed, Row mine) {}

    private final SelfCheckMapper mapper;
    private final Schemes schemes;
    private final Agencies agencies;

    SelfChecks(SelfCheckMapper mapper, Schemes schemes, Agencies agencies) {
        this.mapper = mapper;
        this.schemes = schemes;
        this.agencies = agencies;
    }

    /** The bureau's view: a county's covers the agencies working in its district only. */
    Status status(Caller caller, String tenant, int year) {
        checkYear(year);
        LocalDate today = LocalDate.now(CHINA);
        Optional<Checklist> checklist = checklist(tenant, year);
        var phase = mapper.phase(tenant, year);
        LocalDate deadline = phase.map(SelfCheckMapper.Phase::selfCheckEnd).orElse(null);
        String district = caller.isCounty() ? caller.district().orElseThrow() : null;
        List<Row> rows =
                mapper.agencies(tenant, year, checklist.map(Checklist::id).orElse(""), district, today).stream()
                        .map(row -> row(row, deadline, today))
                        .toList();
        List<Overdue> overdue = mapper.overdue(tenant, year, district, today).stream()
                .map(o -> new Overdue(
                        o.findingId(),
                        o.agencyId(),
                        o.agencyName(),
                        o.ruleCode(),
                        o.source(),
                        o.measure(),
                        o.deadline(),
                        o.responsible(),
                        o.status(),
                        ChronoUnit.DAYS.between(o.deadline(), today)))
                .toList();
        int answered =
                (int) rows.stream().filter(r -> r.state().equals("answered")).count();
        int late = (int) rows.stream().filter(r -> r.state().equals("late")).count();
        return new Status(
                year,
                checklist.map(Checklist::id).orElse(null),
                checklist.map(Checklist::title).orElse(null),
                phase.map(SelfCheckMapper.Phase::selfCheckStart).orElse(null),
                deadline,
                deadline != null && today.isAfter(deadline),
                district,
                rows.size(),
                answered,
                late,
                rows.size() - answered - late,
                rows,
                overdue);
    }

    /** The agency user's form: the checklist to answer, the phase, and its own answer so far. */
    Form form(Caller caller, String tenant, int year) {
        checkYear(year);
        Agency own = agencies.ownAgency(caller)
                .orElseThrow(() -> new InvalidInputException("agency", "NO_AGENCY", "本账号未关联机构，请联系应急管理局"));
        LocalDate today = LocalDate.now(CHINA);
        Optional<Checklist> checklist = checklist(tenant, year);
        var phase = mapper.phase(tenant, year);
        LocalDate deadline = phase.map(SelfCheckMapper.Phase::selfCheckEnd).orElse(null);
        Row mine = mapper.own(tenant, year, checklist.map(Checklist::id).orElse(""), own.id(), today)
                .map(row -> row(row, deadline, today))
                .orElseThrow();
        return new Form(
                year,
                checklist.orElse(null),
                phase.map(SelfCheckMapper.Phase::selfCheckStart).orElse(null),
                deadline,
                deadline != null && today.isAfter(deadline),
                mine);
    }

    private Optional<Checklist> checklist(String tenant, int year) {
        return schemes.active(tenant, year).flatMap(active -> active.scheme().checklists().stream()
                .filter(c -> c.id().equals("self-inspection")
                        || (c.subject() != null && c.subject().contains("自查")))
                .findFirst());
    }

    /**
     * The state of one agency. Late is judged by the day the platform received the answer (China's
     * date of {@code recorded_at}), not the date the agency wrote on its form.
     */
    static Row row(SelfCheckMapper.AgencyRow row, LocalDate deadline, LocalDate today) {
        String state;
        LocalDate received =
                row.recordedAt() == null ? null : row.recordedAt().atZone(CHINA).toLocalDate();
        if (row.inspectionId() != null) {
            state = deadline != null && received.isAfter(deadline) ? "late" : "answered";
        } else {
            state = deadline != null && today.isAfter(deadline) ? "overdue" : "missing";
        }
        return new Row(
                row.agencyId(),
                row.agencyName(),
                state,
                row.inspectionId(),
                row.inspectedOn(),
                row.recordedAt(),
                row.problems(),
                row.overdueRectifications());
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "INVALID_YEAR", "年度须在 2000 到 2100 之间");
        }
    }
}
