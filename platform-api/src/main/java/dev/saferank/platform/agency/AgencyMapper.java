package dev.saferank.platform.agency;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AgencyMapper {

    Optional<Agency> find(@Param("tenant") String tenant, @Param("id") long id);

    List<Agency> findByIds(@Param("tenant") String tenant, @Param("ids") List<Long> ids);

    Optional<Agency> findByAccount(@Param("tenant") String tenant, @Param("username") String username);
}
