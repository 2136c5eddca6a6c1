package dev.saferank.platform.history;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every change in the same transaction as the change itself, and answers duplicate
 * submissions (idempotency keys).
 */
@Service
public class History {

    private final HistoryMapper mapper;
    private final JsonMapper json;

    History(HistoryMapper mapper) {
        this.mapper = mapper;
        this.json = JsonMapper.builder().findAndAddModules().build();
    }

    /** Appends a change; call inside the transaction that makes it. */
    public void record(
            String tenant,
            String entityType,
            Object entityId,
            String action,
            String actor,
            String reason,
            Object after) {
        mapper.insert(
                tenant, entityType, String.valueOf(entityId), action, actor, reason, json.writeValueAsString(after));
    }

    public List<Change> of(String tenant, String entityType, Object entityId) {
        return mapper.findByEntity(tenant, entityType, String.valueOf(entityId));
    }

    /** The histories of many entities in one statement, for batched GraphQL fields. */
    public Map<String, List<Change>> of(String tenant, String entityType, List<?> entityIds) {
        if (entityIds.isEmpty()) {
            return Map.of();
        }
        return mapper
                .findByEntities(
                        tenant,
                        entityType,
                        entityIds.stream().map(String::valueOf).toList())
                .stream()
                .collect(Collectors.groupingBy(Change::entityId));
    }

    /** The result id of an earlier submission with this key, if there was one. */
    public Optional<String> earlierResult(String tenant, String key, String operation) {
        return key == null ? Optional.empty() : Optional.ofNullable(mapper.findKey(tenant, key, operation));
    }

    /**
     * Remembers the key of a submission, in its transaction. A concurrent duplicate fails on the
     * key and rolls back, so that only one of them writes.
     */
    public void rememberKey(String tenant, String key, String operation, Object resultId) {
        if (key == null) {
            return;
        }
        try {
            mapper.rememberKey(tenant, key, operation, String.valueOf(resultId));
        } catch (DuplicateKeyException duplicate) {
            throw new DuplicateSubmissionException();
        }
    }
}
