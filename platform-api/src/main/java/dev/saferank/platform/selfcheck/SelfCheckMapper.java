package dev.saferank.platform.selfcheck;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SelfCheckMapper {

    /** The campaign calendar's self-check phase of a year. */
    record Phase(LocalDate selfCheckStart, LocalDate selfCheckEnd) {}

    Optional<Phase> phase(@Param("tenant") String tenant, @Param("year") int year);

    /**
     * An active agency (of {@code district} when given) with its first self-inspection of the
     * checklist in the year, if any, and the number of its problems (violation answers).
     */
    record AgencyRow(
            long agencyId,
            String agencyName,
            Long inspectionId,
            LocalDate inspectedOn,
            Instant recordedAt,
            int problems,
            int overdueRectifications) {}

    List<AgencyRow> agencies(
            @Param("tenant") String tenant,
            @Param("year") int year,
            @Param("checklistId") String checklistId,
            @Param("district") String district,
            @Param("today") LocalDate today);

    /** A rectification past its deadline and not done (open, or rejected and open again). */
    record OverdueRow(
            long findingId,
            long agencyId,
            String agencyName,
            String ruleCode,
            String source,
            String measure,
            LocalDate deadline,
            String responsible,
            String status) {}

    List<OverdueRow> overdue(
            @Param("tenant") String tenant,
            @Param("year") int year,
            @Param("district") String district,
            @Param("today") LocalDate today);

    /** The agency's first self-inspection of the checklist in the year. */
    Optional<AgencyRow> own(
            @Param("tenant") String tenant,
            @Param("year") int year,
            @Param("checklistId") String checklistId,
            @Param("agencyId") long agencyId,
            @Param("today") LocalDate today);
}
