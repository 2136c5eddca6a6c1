package dev.saferank.platform.preview;

import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The preview's own minimal readers of tables other features own (see {@link PreviewSources}). */
@Mapper
interface PreviewMapper {

    record FieldValue(String field, BigDecimal value) {}

    List<FieldValue> agencyData(
            @Param("tenant") String tenant, @Param("agencyId") long agencyId, @Param("year") int year);

    /** The names of the districts the agency serves, by code. */
    List<String> districts(@Param("tenant") String tenant, @Param("agencyId") long agencyId);
}
