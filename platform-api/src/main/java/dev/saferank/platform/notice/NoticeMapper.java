package dev.saferank.platform.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Notices and objections. Every statement binds the tenant, except the two documented below. */
@Mapper
interface NoticeMapper {

    /** The campaign's notice length and holidays (comma separated ISO dates) of a year, if set. */
    record CampaignDays(int noticeWorkingDays, String holidays) {}

    @SuppressWarnings("unused") // fields read by MyBatis
    final class NewNotice {
        Long id;
        final int year;
        final long runId;
        final LocalDate startsOn;
        final LocalDate endsOn;
        final int workingDays;
        final String openedBy;

        NewNotice(int year, long runId, LocalDate startsOn, LocalDate endsOn, int workingDays, String openedBy) {
            this.year = year;
            this.runId = runId;
            this.startsOn = startsOn;
            this.endsOn = endsOn;
            this.workingDays = workingDays;
            this.openedBy = openedBy;
        }
    }

    @SuppressWarnings("unused") // fields read by MyBatis
    final class NewObjection {
        Long id;
        final long noticeId;
        final long agencyId;
        final String trackingCode;
        final String filerKind;
        final String filedBy;
        final String filerName;
        final String contact;
        final String reason;

        NewObjection(
                long noticeId,
                long agencyId,
                String trackingCode,
                String filerKind,
                String filedBy,
                String filerName,
                String contact,
                String reason) {
            this.noticeId = noticeId;
            this.agencyId = agencyId;
            this.trackingCode = trackingCode;
            this.filerKind = filerKind;
            this.filedBy = filedBy;
            this.filerName = filerName;
            this.contact = contact;
            this.reason = reason;
        }
    }

    /** An open notice whose accepted objection's re-rating has completed: the notice moves to it. */
    record Move(String tenant, long noticeId, long fromRunId, long toRunId, long objectionId) {}

    Optional<CampaignDays> campaignDays(@Param("tenant") String tenant, @Param("year") int year);

    Optional<String> tenantName(@Param("tenant") String tenant);

    int insertNotice(@Param("tenant") String tenant, @Param("notice") NewNotice notice);

    Optional<Notice> findNotice(@Param("tenant") String tenant, @Param("id") long id);

    /** The open notice of a tenant and year, if any. */
    Optional<Notice> openNotice(@Param("tenant") String tenant, @Param("year") int year);

    /** The newest notice of a tenant and year that is not withdrawn (open or published). */
    Optional<Notice> latestNotice(@Param("tenant") String tenant, @Param("year") int year);

    int insertObjection(@Param("tenant") String tenant, @Param("objection") NewObjection objection);

    Optional<Objection> findObjection(@Param("tenant") String tenant, @Param("id") long id);

    /**
     * The one lookup without a tenant: the public follows its objection by the tracking code alone
     * (random, unique over all tenants), which is the capability.
     */
    Optional<Objection> findByTrackingCode(@Param("code") String code);

    List<Objection> objectionsFiledBy(
            @Param("tenant") String tenant, @Param("agencyId") long agencyId, @Param("filedBy") String filedBy);

    List<Objection> objectionPage(
            @Param("tenant") String tenant,
            @Param("noticeId") long noticeId,
            @Param("status") String status,
            @Param("after") long after,
            @Param("limit") int limit);

    int decide(
            @Param("tenant") String tenant,
            @Param("id") long id,
            @Param("previousStatus") String previousStatus,
            @Param("status") String status,
            @Param("decision") String decision,
            @Param("decidedBy") String decidedBy,
            @Param("rerunId") Long rerunId);

    /**
     * Notices to move, over all tenants: a system task that runs without a caller. Each row names
     * its tenant, and the update below binds it.
     */
    List<Move> pendingMoves();

    int moveNotice(
            @Param("tenant") String tenant,
            @Param("id") long id,
            @Param("fromRunId") long fromRunId,
            @Param("toRunId") long toRunId);
}
