package dev.saferank.platform.scheme;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SchemeMapper {

    int insert(
            @Param("tenant") String tenant,
            @Param("version") String version,
            @Param("year") int year,
            @Param("title") String title,
            @Param("source") String source,
            @Param("actor") String actor);

    Optional<SchemeVersion> find(@Param("tenant") String tenant, @Param("version") String version);

    List<SchemeVersion> findAll(@Param("tenant") String tenant);

    Optional<String> findActiveVersion(@Param("tenant") String tenant, @Param("year") int year);

    int activate(
            @Param("tenant") String tenant,
            @Param("year") int year,
            @Param("version") String version,
            @Param("actor") String actor);
}
