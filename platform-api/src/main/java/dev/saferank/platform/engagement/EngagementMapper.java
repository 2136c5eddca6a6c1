package dev.saferank.platform.engagement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface EngagementMapper {

    /** Receives the generated id in {@code row.id}. */
    final class NewRow {
        long id;
    }

    int insert(
            @Param("tenant") String tenant,
            @Param("input") EngagementInput input,
            @Param("name") String name,
            @Param("creditCode") String creditCode,
            @Param("actor") String actor,
            @Param("row") NewRow row);

    Optional<Engagement> find(@Param("tenant") String tenant, @Param("id") long id);

    /**
     * Active engagements of many agencies with a contract date in [from, to), with enterprises in
     * {@code district} when one is given (a county caller's).
     */
    List<Engagement> activeOf(
            @Param("tenant") String tenant,
            @Param("agencyIds") Collection<Long> agencyIds,
            @Param("from") LocalDate from,
            @Param("to") LocalDate to,
            @Param("district") String district);

    boolean districtExists(@Param("tenant") String tenant, @Param("code") String code);

    int withdraw(@Param("tenant") String tenant, @Param("id") long id);
}
