package dev.saferank.platform.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ReportMapper {

    /** A new report; {@code id} is filled in by the database. */
    @SuppressWarnings("unused") // fields read by MyBatis
    final class Row {
        Long id;
        final long agencyId;
        final String enterprise;
        final String type;
        final String reportNo;
        final String title;
        final LocalDate issuedOn;
        final String body;
        final String source;
        final String fileName;
        final String actor;

        Row(
                long agencyId,
                String enterprise,
                String type,
                String reportNo,
                String title,
                LocalDate issuedOn,
                String body,
                String source,
                String fileName,
                String actor) {
            this.agencyId = agencyId;
            this.enterprise = enterprise;
            this.type = type;
            this.reportNo = reportNo;
            this.title = title;
            this.issuedOn = issuedOn;
            this.body = body;
            this.source = source;
            this.fileName = fileName;
            this.actor = actor;
        }
    }

    /** A staff member of an agency: id and name. */
    record StaffName(long id, String name) {}

    /** An agency's id and name. */
    record AgencyName(long id, String name) {}

    /** A report's text by its id. */
    record Body(long id, String body) {}

    int insert(@Param("tenant") String tenant, @Param("row") Row row);

    int insertSignatories(
            @Param("tenant") String tenant,
            @Param("reportId") long reportId,
            @Param("signatories") List<Signatory> signatories);

    Optional<Report> find(@Param("tenant") String tenant, @Param("id") long id);

    List<Report> findByIds(@Param("tenant") String tenant, @Param("ids") Collection<Long> ids);

    /** As {@link #findByIds} without the text (body null): for lists, whose clients rarely show it. */
    List<Report> listedByIds(@Param("tenant") String tenant, @Param("ids") Collection<Long> ids);

    /** An agency's reports with an id below {@code before}, newest first, without the text. */
    List<Report> ofAgency(
            @Param("tenant") String tenant,
            @Param("agencyId") long agencyId,
            @Param("before") long before,
            @Param("limit") int limit);

    List<Body> bodiesOf(@Param("tenant") String tenant, @Param("ids") Collection<Long> ids);

    List<Signatory> signatoriesOf(@Param("tenant") String tenant, @Param("reportIds") Collection<Long> reportIds);

    List<StaffName> staffOf(
            @Param("tenant") String tenant,
            @Param("agencyId") long agencyId,
            @Param("staffIds") Collection<Long> staffIds);

    List<AgencyName> agencyNames(@Param("tenant") String tenant, @Param("ids") Collection<Long> ids);

    int withdraw(@Param("tenant") String tenant, @Param("id") long id);

    /** Reports of every tenant with an id above {@code after}: the rebuild's pages. */
    List<Report> page(@Param("after") long after, @Param("limit") int limit);
}
