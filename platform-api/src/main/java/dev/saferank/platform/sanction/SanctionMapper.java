package dev.saferank.platform.sanction;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Sanctions and honours: the two tables share their shape and their statements' shape. */
@Mapper
interface SanctionMapper {

    /** A new row; {@code id} is filled in by the database. */
    @SuppressWarnings("unused") // fields read by MyBatis
    final class Row {
        Long id;
        final long agencyId;
        final int year;
        final String type;
        final String level;
        final LocalDate date;
        final String issuer;
        final String text;
        final String actor;

        Row(
                long agencyId,
                int year,
                String type,
                String level,
                LocalDate date,
                String issuer,
                String text,
                String actor) {
            this.agencyId = agencyId;
            this.year = year;
            this.type = type;
            this.level = level;
            this.date = date;
            this.issuer = issuer;
            this.text = text;
            this.actor = actor;
        }
    }

    int insertSanction(@Param("tenant") String tenant, @Param("row") Row row);

    int insertHonour(@Param("tenant") String tenant, @Param("row") Row row);

    Optional<Sanction> findSanction(@Param("tenant") String tenant, @Param("id") long id);

    Optional<Honour> findHonour(@Param("tenant") String tenant, @Param("id") long id);

    int withdrawSanction(@Param("tenant") String tenant, @Param("id") long id);

    int withdrawHonour(@Param("tenant") String tenant, @Param("id") long id);

    List<Sanction> sanctionsOf(
            @Param("tenant") String tenant,
            @Param("agencyIds") Collection<Long> agencyIds,
            @Param("years") Collection<Integer> years);

    List<Honour> honoursOf(
            @Param("tenant") String tenant,
            @Param("agencyIds") Collection<Long> agencyIds,
            @Param("years") Collection<Integer> years);

    List<Sanction> sanctionPage(
            @Param("tenant") String tenant,
            @Param("filter") SanctionFilter filter,
            @Param("after") long after,
            @Param("limit") int limit);

    List<Honour> honourPage(
            @Param("tenant") String tenant,
            @Param("filter") SanctionFilter filter,
            @Param("after") long after,
            @Param("limit") int limit);
}
