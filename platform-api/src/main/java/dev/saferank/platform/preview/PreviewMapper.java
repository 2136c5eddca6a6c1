package dev.saferank.platform.preview;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The preview's own minimal readers of tables other features own (see {@link PreviewSources}). */
@Mapper
interface PreviewMapper {

    /** The names of the districts the agency serves, by code. */
    List<String> districts(@Param("tenant") String tenant, @Param("agencyId") long agencyId);
}
