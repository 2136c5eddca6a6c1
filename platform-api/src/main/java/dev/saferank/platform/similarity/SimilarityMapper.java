package dev.saferank.platform.similarity;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SimilarityMapper {

    Optional<ReportSimilarity> find(@Param("tenant") String tenant, @Param("id") long id);

    List<ReportSimilarity> page(
            @Param("tenant") String tenant,
            @Param("status") String status,
            @Param("kind") String kind,
            @Param("agencyId") Long agencyId,
            @Param("after") long after,
            @Param("limit") int limit);

    /** Moves a suggestion on, if it is still as read. */
    int decide(
            @Param("tenant") String tenant,
            @Param("id") long id,
            @Param("version") int version,
            @Param("status") String status,
            @Param("findingId") Long findingId,
            @Param("actor") String actor,
            @Param("reason") String reason);
}
