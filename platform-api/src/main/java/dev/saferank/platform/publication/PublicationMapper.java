package dev.saferank.platform.publication;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Publications and their entries. Statements named {@code published…} are the public ones: they read
 * published rows and announced entries of any tenant (published data is public by definition); every other
 * statement binds the caller's tenant.
 */
@Mapper
interface PublicationMapper {

    /** A new request; {@code id} is filled in by the database. */
    @SuppressWarnings("unused") // fields read by MyBatis
    final class NewRequest {
        Long id;
        final int year;
        final String kind;
        final long runId;
        final Long noticeId;
        final Long supersedesId;
        final Long agencyId;
        final String reason;
        final String activeKey;
        final String requestedBy;

        NewRequest(
                int year,
                String kind,
                long runId,
                Long noticeId,
                Long supersedesId,
                Long agencyId,
                String reason,
                String activeKey,
                String requestedBy) {
            this.year = year;
            this.kind = kind;
            this.runId = runId;
            this.noticeId = noticeId;
            this.supersedesId = supersedesId;
            this.agencyId = agencyId;
            this.reason = reason;
            this.activeKey = activeKey;
            this.requestedBy = requestedBy;
        }
    }

    /** A notice of the tenant: what publishing it needs. */
    record Notice(long id, int year, long runId, String status, java.time.LocalDate endsOn) {}

    /** A rating run of the tenant. */
    record Run(long id, int year, String status, String schemeVersion) {}

    int insert(@Param("tenant") String tenant, @Param("row") NewRequest row);

    Optional<Notice> notice(@Param("tenant") String tenant, @Param("id") long id);

    int openObjections(@Param("tenant") String tenant, @Param("notice") long notice);

    Optional<Run> run(@Param("tenant") String tenant, @Param("id") long id);

    Optional<String> schemeSource(@Param("tenant") String tenant, @Param("version") String version);

    Optional<Publication> find(@Param("tenant") String tenant, @Param("id") long id);

    /** The id of the published publication that supersedes it, if any. */
    Optional<Long> publishedSuccessor(@Param("tenant") String tenant, @Param("id") long id);

    Optional<PublicationEntry> entry(
            @Param("tenant") String tenant, @Param("publication") long publication, @Param("agency") long agency);

    List<Publication> ofYear(@Param("tenant") String tenant, @Param("year") int year);

    /** Entries of several publications of one tenant, announced ones only unless {@code all}. */
    List<PublicationEntry> entries(
            @Param("tenant") String tenant, @Param("ids") Collection<Long> ids, @Param("all") boolean all);

    /** A published publication that supersedes another. */
    record Successor(long supersedesId, long id) {}

    /** Published successors of several publications. */
    List<Successor> successors(@Param("tenant") String tenant, @Param("ids") Collection<Long> ids);

    Optional<Publication> publishedById(@Param("id") long id);

    List<Publication> publishedOfYear(@Param("tenant") String tenant, @Param("year") int year);
}
