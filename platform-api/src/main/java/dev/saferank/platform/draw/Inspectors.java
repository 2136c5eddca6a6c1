package dev.saferank.platform.draw;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.History;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bureau's roster of inspectors (执法检查人员名录) and their declared conflicts of interest (回避). */
@Service
class Inspectors {

    record Inspector(long id, String name, String unit, String status, List<Conflict> conflicts) {}

    record Conflict(long agencyId, String agencyName, String reason) {}

    private final JdbcTemplate jdbc;
    private final History history;

    Inspectors(JdbcTemplate jdbc, History history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    /** The roster with every conflict, in two statements. */
    List<Inspector> all(String tenant) {
        Map<Long, List<Conflict>> conflicts = new java.util.HashMap<>();
        jdbc.query(
                "SELECT c.inspector_id, c.agency_id, a.name, c.reason FROM inspector_conflict c JOIN agency a"
                        + " ON a.tenant_id = c.tenant_id AND a.id = c.agency_id WHERE c.tenant_id = ?"
                        + " ORDER BY c.inspector_id, c.agency_id",
                rs -> {
                    conflicts
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Conflict(rs.getLong(2), rs.getString(3), rs.getString(4)));
                },
                tenant);
        return jdbc.query(
                "SELECT id, name, unit, status FROM inspector WHERE tenant_id = ? ORDER BY id",
                (rs, n) -> new Inspector(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        conflicts.getOrDefault(rs.getLong(1), List.of())),
                tenant);
    }

    @Transactional
    Inspector add(String tenant, String name, String unit, String actor) {
        List<UserError> errors = new ArrayList<>();
        String n = name == null ? "" : name.strip();
        String u = unit == null ? "" : unit.strip();
        if (n.isEmpty() || n.length() > 100) {
            errors.add(UserError.of("input.name", "REQUIRED", "请填写检查人员姓名（至多 100 字）"));
        }
        if (u.isEmpty() || u.length() > 200) {
            errors.add(UserError.of("input.unit", "REQUIRED", "请填写检查人员所在单位（至多 200 字）"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                c -> {
                    var s = c.prepareStatement(
                            "INSERT INTO inspector (tenant_id, name, unit, created_by) VALUES (?, ?, ?, ?)",
                            new String[] {"id"});
                    s.setString(1, tenant);
                    s.setString(2, n);
                    s.setString(3, u);
                    s.setString(4, actor);
                    return s;
                },
                keys);
        long id = keys.getKey().longValue();
        history.record(tenant, "inspector", id, "added", actor, null, Map.of("unit", u));
        return find(tenant, id);
    }

    @Transactional
    Inspector declareConflict(String tenant, long inspectorId, long agencyId, String reason, String actor) {
        List<UserError> errors = new ArrayList<>();
        if (jdbc.queryForObject(
                        "SELECT COUNT(*) FROM inspector WHERE tenant_id = ? AND id = ?",
                        Integer.class,
                        tenant,
                        inspectorId)
                == 0) {
            errors.add(UserError.of("input.inspectorId", "NOT_FOUND", "未找到该检查人员"));
        }
        if (jdbc.queryForObject(
                        "SELECT COUNT(*) FROM agency WHERE tenant_id = ? AND id = ?", Integer.class, tenant, agencyId)
                == 0) {
            errors.add(UserError.of("input.agencyId", "NOT_FOUND", "未找到该机构"));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 2 || why.length() > 500) {
            errors.add(UserError.of("input.reason", "REQUIRED", "请填写回避原因（2–500 字），如曾在该机构任职、亲属关系"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.update(
                "INSERT INTO inspector_conflict (tenant_id, inspector_id, agency_id, reason, declared_by)"
                        + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE reason = VALUES(reason)",
                tenant,
                inspectorId,
                agencyId,
                why,
                actor);
        history.record(tenant, "inspector", inspectorId, "conflictDeclared", actor, why, Map.of("agencyId", agencyId));
        return find(tenant, inspectorId);
    }

    private Inspector find(String tenant, long id) {
        return all(tenant).stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }
}
