package dev.saferank.platform.agency;

import java.math.BigDecimal;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AgencyDataMapper {

    int upsert(
            @Param("tenant") String tenant,
            @Param("agencyId") long agencyId,
            @Param("year") int year,
            @Param("field") String field,
            @Param("value") BigDecimal value,
            @Param("actor") String actor);
}
