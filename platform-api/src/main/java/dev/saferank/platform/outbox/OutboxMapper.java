package dev.saferank.platform.outbox;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface OutboxMapper {

    /** A pending delivery. */
    record Pending(long id, String entityType, String entityTenant, long entityId, int attempts) {}

    int insert(@Param("tenant") String tenant, @Param("type") String type, @Param("entityId") long entityId);

    /** Rows due now, oldest first. */
    List<Pending> due(@Param("limit") int limit);

    int markSent(@Param("ids") Collection<Long> ids);

    int markFailed(@Param("id") long id, @Param("delayMillis") long delayMillis, @Param("error") String error);

    /** Rows not delivered yet (due or waiting for a retry). */
    long pending();
}
