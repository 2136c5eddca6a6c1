package dev.saferank.platform.rating;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Rating runs and their results; every statement binds the tenant. */
@Mapper
interface RatingMapper {

    /** A new queued run; {@code id} is filled in by the database. */
    @SuppressWarnings("unused") // fields read by MyBatis
    final class NewRun {
        Long id;
        final int year;
        final int runVersion;
        final String schemeVersion;
        final String activeKey;
        final String requestedBy;
        final String reason;

        NewRun(int year, int runVersion, String schemeVersion, String activeKey, String requestedBy, String reason) {
            this.year = year;
            this.runVersion = runVersion;
            this.schemeVersion = schemeVersion;
            this.activeKey = activeKey;
            this.requestedBy = requestedBy;
            this.reason = reason;
        }
    }

    /** Filter and keyset position of a results page. */
    record ResultPage(String grade, String category, String district, long afterRank, long afterAgency, int limit) {}

    int nextRunVersion(@Param("tenant") String tenant, @Param("year") int year);

    int insertRun(@Param("tenant") String tenant, @Param("run") NewRun run);

    Optional<RatingRun> findRun(@Param("tenant") String tenant, @Param("id") long id);

    /** The queued run of a tenant and year, if one waits for a worker. */
    Optional<RatingRun> findQueued(@Param("tenant") String tenant, @Param("year") int year);

    List<RatingRun> runsOf(@Param("tenant") String tenant, @Param("year") int year);

    List<RatingResult> resultPage(
            @Param("tenant") String tenant,
            @Param("runId") long runId,
            @Param("agencyId") Long agencyId,
            @Param("page") ResultPage page);

    Optional<RatingResult> findResult(
            @Param("tenant") String tenant, @Param("runId") long runId, @Param("agencyId") long agencyId);

    /** Every result of a run in rank order (the public notice shows them all). */
    List<RatingResult> allResults(@Param("tenant") String tenant, @Param("runId") long runId);

    /** The agency's results in completed runs of a year, newest run first. */
    List<RatingResult> resultsOfAgency(
            @Param("tenant") String tenant, @Param("agencyId") long agencyId, @Param("year") int year);

    List<RatingRun> runsByIds(@Param("tenant") String tenant, @Param("ids") Collection<Long> ids);
}
