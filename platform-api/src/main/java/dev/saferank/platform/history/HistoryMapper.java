package dev.saferank.platform.history;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface HistoryMapper {

    void insert(
            @Param("tenant") String tenant,
            @Param("entityType") String entityType,
            @Param("entityId") String entityId,
            @Param("action") String action,
            @Param("actor") String actor,
            @Param("reason") String reason,
            @Param("snapshot") String snapshot);

    List<Change> findByEntity(
            @Param("tenant") String tenant, @Param("entityType") String entityType, @Param("entityId") String entityId);

    List<Change> findByEntities(
            @Param("tenant") String tenant,
            @Param("entityType") String entityType,
            @Param("entityIds") List<String> entityIds);

    int rememberKey(
            @Param("tenant") String tenant,
            @Param("key") String key,
            @Param("operation") String operation,
            @Param("resultId") String resultId);

    String findKey(@Param("tenant") String tenant, @Param("key") String key, @Param("operation") String operation);
}
