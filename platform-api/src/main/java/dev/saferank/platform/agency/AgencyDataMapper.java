package dev.saferank.platform.agency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AgencyDataMapper {

    /** Counts of many agencies in one statement; certificates count when valid at some time of the year. */
    List<DerivedCounts> derived(
            @Param("tenant") String tenant,
            @Param("ids") Collection<Long> ids,
            @Param("previousYearStart") LocalDate previousYearStart,
            @Param("yearStart") LocalDate yearStart,
            @Param("nextYearStart") LocalDate nextYearStart);

    List<EnteredValue> entered(
            @Param("tenant") String tenant, @Param("ids") Collection<Long> ids, @Param("year") int year);

    int upsert(
            @Param("tenant") String tenant,
            @Param("agencyId") long agencyId,
            @Param("year") int year,
            @Param("field") String field,
            @Param("value") BigDecimal value,
            @Param("actor") String actor);
}
