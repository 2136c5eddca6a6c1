package dev.saferank.platform.finding;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface RectificationMapper {

    /** Sets measure, deadline and responsible person; the rectification is open again. */
    int set(
            @Param("tenant") String tenant,
            @Param("findingId") long findingId,
            @Param("measure") String measure,
            @Param("deadline") LocalDate deadline,
            @Param("responsible") String responsible,
            @Param("actor") String actor);

    Optional<Rectification> find(@Param("tenant") String tenant, @Param("findingId") long findingId);

    List<Rectification> byFindings(@Param("tenant") String tenant, @Param("findingIds") List<Long> findingIds);

    /** Moves to a status if nobody changed it since it was read; the rows changed. */
    int changeStatus(
            @Param("tenant") String tenant,
            @Param("findingId") long findingId,
            @Param("version") int version,
            @Param("status") String status,
            @Param("answer") String answer,
            @Param("actor") String actor);
}
