package dev.saferank.rating.facts.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Opens the sources of a read: every table's rows read whole on the application's pool (the preview, the
 * what-if), or streamed on connections of their own (the rating job). The same statements either way.
 */
public final class Reads {

    private Reads() {}

    /** Reads every table whole, one statement each, on the pooled connection. */
    public static Sources listed(JdbcTemplate jdbc, FactPlan plan, FactQueries q, Selection selection) {
        List<Rows.Staff> staff = plan.staff() ? list(jdbc, q.staff(plan.multiEmployed())) : List.of();
        Set<String> multi = Set.of();
        if (plan.multiEmployed() && !staff.isEmpty()) {
            // the tenant's whole staff for a range; the read agencies' people only for given ids
            List<String> among = selection instanceof Selection.Ids
                    ? staff.stream().map(Rows.Staff::idHash).distinct().toList()
                    : null;
            multi = new HashSet<>(list(jdbc, q.multiEmployedHashes(among)));
        }
        return new Sources(
                RowSource.of(list(jdbc, q.agencies())),
                RowSource.of(list(jdbc, q.districts())),
                RowSource.of(staff),
                plan.certificates() ? RowSource.of(list(jdbc, q.certificates())) : RowSource.none(),
                plan.engagements() ? RowSource.of(list(jdbc, q.engagements(plan.engagementsFrom()))) : RowSource.none(),
                plan.entered() ? RowSource.of(list(jdbc, q.entered())) : RowSource.none(),
                RowSource.of(list(jdbc, q.findings())),
                RowSource.of(list(jdbc, q.measurements())),
                RowSource.of(list(jdbc, q.sanctions())),
                RowSource.of(list(jdbc, q.honours())),
                RowSource.of(list(jdbc, q.samples())),
                districtNames(jdbc, q),
                multi);
    }

    /**
     * Streams every table on a connection of its own (a streaming cursor holds its connection until read).
     * The small tables (district names, the tenant's multi-employed people) are read first.
     */
    public static Sources streamed(JdbcTemplate jdbc, ConnectionOpener connections, FactPlan plan, FactQueries q) {
        Set<String> multi = plan.multiEmployed() ? new HashSet<>(list(jdbc, q.multiEmployedHashes(null))) : Set.of();
        Map<String, String> names = districtNames(jdbc, q);
        List<RowSource<?>> opened = new ArrayList<>();
        try {
            return new Sources(
                    open(connections, q.agencies(), opened),
                    open(connections, q.districts(), opened),
                    plan.staff() ? open(connections, q.staff(plan.multiEmployed()), opened) : RowSource.none(),
                    plan.certificates() ? open(connections, q.certificates(), opened) : RowSource.none(),
                    plan.engagements()
                            ? open(connections, q.engagements(plan.engagementsFrom()), opened)
                            : RowSource.none(),
                    plan.entered() ? open(connections, q.entered(), opened) : RowSource.none(),
                    open(connections, q.findings(), opened),
                    open(connections, q.measurements(), opened),
                    open(connections, q.sanctions(), opened),
                    open(connections, q.honours(), opened),
                    open(connections, q.samples(), opened),
                    names,
                    multi);
        } catch (SQLException | RuntimeException e) {
            opened.forEach(RowSource::close);
            throw e instanceof RuntimeException r
                    ? r
                    : new org.springframework.dao.DataAccessResourceFailureException(
                            "cannot open the facts cursors", e);
        }
    }

    /** Opens a connection for a streaming cursor. */
    @FunctionalInterface
    public interface ConnectionOpener {
        Connection open() throws SQLException;
    }

    private static <T extends Rows.OfAgency> RowSource<T> open(
            ConnectionOpener connections, FactQueries.Query<T> query, List<RowSource<?>> opened) throws SQLException {
        RowSource<T> rows = new StreamedRows<>(connections.open(), query);
        opened.add(rows);
        return rows;
    }

    private static <T> List<T> list(JdbcTemplate jdbc, FactQueries.Query<T> query) {
        return jdbc.query(query.sql(), query.mapper(), query.parameters().toArray());
    }

    private static Map<String, String> districtNames(JdbcTemplate jdbc, FactQueries q) {
        Map<String, String> names = new HashMap<>();
        list(jdbc, q.districtNames()).forEach(row -> names.put(row[0], row[1]));
        return names;
    }
}
