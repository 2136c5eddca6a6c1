package dev.saferank.platform.rating;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reading rating runs and their results (batch-jobs writes them); every statement binds the tenant. */
@Mapper
interface RatingMapper {

    /** Filter and keyset position of a results page. */
    record ResultPage(String grade, String category, String district, long afterRank, long afterAgency, int limit) {}

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
