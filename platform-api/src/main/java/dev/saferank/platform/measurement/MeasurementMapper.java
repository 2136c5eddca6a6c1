package dev.saferank.platform.measurement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface MeasurementMapper {

    /** A measurement row to insert; {@code id} is filled in by the database. */
    @SuppressWarnings("unused") // fields read by MyBatis
    final class Row {
        Long id;
        final long agencyId;
        final int year;
        final String name;
        final String groupName;
        final java.math.BigDecimal value;
        final String response;
        final String criteria;
        final String subject;
        final Long staffId;
        final String actor;

        Row(NewMeasurement m, String actor) {
            this.agencyId = m.agencyId();
            this.year = m.year();
            this.name = m.name();
            this.groupName = m.groupName();
            this.value = m.value();
            this.response = m.response();
            this.criteria = m.criteria();
            this.subject = m.subject();
            this.staffId = m.staffId();
            this.actor = actor;
        }
    }

    int insert(@Param("tenant") String tenant, @Param("row") Row row);

    Optional<Measurement> find(@Param("tenant") String tenant, @Param("id") long id);

    List<Measurement> findByIds(@Param("tenant") String tenant, @Param("ids") Collection<Long> ids);

    int withdraw(@Param("tenant") String tenant, @Param("id") long id);

    /** Measurements of many agencies in the given years, in one statement (batched fields). */
    List<Measurement> findByAgencies(
            @Param("tenant") String tenant,
            @Param("agencyIds") Collection<Long> agencyIds,
            @Param("years") Collection<Integer> years);

    List<Measurement> page(
            @Param("tenant") String tenant,
            @Param("filter") MeasurementFilter filter,
            @Param("after") long after,
            @Param("limit") int limit);
}
