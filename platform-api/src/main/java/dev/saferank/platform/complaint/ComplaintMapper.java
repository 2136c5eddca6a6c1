package dev.saferank.platform.complaint;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ComplaintMapper {

    /** A new complaint; {@code id} is filled in by the database. */
    @SuppressWarnings("unused") // fields read by MyBatis
    final class NewRow {
        Long id;
        final String trackingCode;
        final String agencyName;
        final String subject;
        final String body;
        final String contactName;
        final String contactPhone;
        final String clientKey;

        NewRow(
                String trackingCode,
                String agencyName,
                String subject,
                String body,
                String contactName,
                String contactPhone,
                String clientKey) {
            this.trackingCode = trackingCode;
            this.agencyName = agencyName;
            this.subject = subject;
            this.body = body;
            this.contactName = contactName;
            this.contactPhone = contactPhone;
            this.clientKey = clientKey;
        }
    }

    /** A new case; {@code id} is filled in by the database. */
    @SuppressWarnings("unused") // fields read by MyBatis
    final class NewCase {
        Long id;
        final Long complaintId;
        final long agencyId;
        final String title;
        final String actor;

        NewCase(Long complaintId, long agencyId, String title, String actor) {
            this.complaintId = complaintId;
            this.agencyId = agencyId;
            this.title = title;
            this.actor = actor;
        }
    }

    boolean tenantExists(@Param("tenant") String tenant);

    int filedSince(@Param("clientKey") String clientKey, @Param("minutes") int minutes);

    int insert(@Param("tenant") String tenant, @Param("row") NewRow row);

    Optional<Complaint> find(@Param("tenant") String tenant, @Param("id") long id);

    Optional<Complaint> findByTrackingCode(@Param("code") String code);

    List<Complaint> findByIds(@Param("tenant") String tenant, @Param("ids") Collection<Long> ids);

    List<Complaint> page(@Param("after") long after, @Param("limit") int limit);

    int triage(
            @Param("tenant") String tenant,
            @Param("id") long id,
            @Param("agencyId") long agencyId,
            @Param("note") String note,
            @Param("version") int version);

    int linkReports(
            @Param("tenant") String tenant,
            @Param("complaintId") long complaintId,
            @Param("reportIds") Collection<Long> reportIds);

    List<ReportLink> reportLinks(@Param("tenant") String tenant, @Param("complaintIds") Collection<Long> complaintIds);

    int close(
            @Param("tenant") String tenant,
            @Param("id") long id,
            @Param("reason") String reason,
            @Param("version") int version);

    int markCaseOpened(@Param("tenant") String tenant, @Param("id") long id, @Param("version") int version);

    /** A complaint's link to a report. */
    record ReportLink(long complaintId, long reportId) {}

    int insertCase(@Param("tenant") String tenant, @Param("row") NewCase row);

    Optional<EnforcementCase> findCase(@Param("tenant") String tenant, @Param("id") long id);

    List<EnforcementCase> findCases(@Param("tenant") String tenant, @Param("ids") Collection<Long> ids);

    List<EnforcementCase> casePage(@Param("after") long after, @Param("limit") int limit);

    int insertStep(
            @Param("tenant") String tenant,
            @Param("caseId") long caseId,
            @Param("kind") String kind,
            @Param("takenOn") LocalDate takenOn,
            @Param("note") String note,
            @Param("actor") String actor);

    int touchCase(@Param("tenant") String tenant, @Param("id") long id, @Param("version") int version);

    int closeCase(
            @Param("tenant") String tenant,
            @Param("id") long id,
            @Param("outcome") String outcome,
            @Param("note") String note,
            @Param("version") int version);

    int insertProposals(
            @Param("tenant") String tenant,
            @Param("caseId") long caseId,
            @Param("proposals") List<FindingProposal> proposals);

    List<CaseStep> stepsOf(@Param("tenant") String tenant, @Param("caseIds") Collection<Long> caseIds);

    List<FindingProposal> proposalsOf(@Param("tenant") String tenant, @Param("caseIds") Collection<Long> caseIds);

    List<Long> casesOfComplaints(@Param("tenant") String tenant, @Param("complaintIds") Collection<Long> complaintIds);

    /** An agency's id and name. */
    record AgencyName(long id, String name) {}

    List<AgencyName> agencyNames(@Param("tenant") String tenant, @Param("ids") Collection<Long> ids);
}
