package dev.saferank.platform.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same page by hand: one keyset query for the agencies, one for their findings, mapped to the
 * structure the API answers with and written as JSON, as a hand-written endpoint would.
 */
final class JdbcPages implements PageSource {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final DataSource dataSource;
    private final String tenant;
    private final String marker;
    private final int pageSize;
    private final int year;

    JdbcPages(DataSource dataSource, String tenant, String marker, int pageSize, int year) {
        this.dataSource = dataSource;
        this.tenant = tenant;
        this.marker = marker;
        this.pageSize = pageSize;
        this.year = year;
    }

    @Override
    public Page page(String cursor) throws Exception {
        long after = cursor == null ? 0 : Long.parseLong(cursor);
        Map<Long, Map<String, Object>> nodes = new LinkedHashMap<>();
        boolean more = false;
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement agencies =
                    connection.prepareStatement("SELECT id, name, credit_code, category FROM agency"
                            + " WHERE tenant_id = ? AND id > ? AND name LIKE ? ORDER BY id LIMIT ?")) {
                agencies.setString(1, tenant);
                agencies.setLong(2, after);
                agencies.setString(3, "%" + marker + "%");
                agencies.setInt(4, pageSize + 1);
                try (ResultSet rs = agencies.executeQuery()) {
                    while (rs.next()) {
                        if (nodes.size() == pageSize) {
                            more = true; // the extra row only says that another page follows
                            break;
                        }
                        Map<String, Object> node = new LinkedHashMap<>();
                        node.put("id", Long.toString(rs.getLong(1)));
                        node.put("name", rs.getString(2));
                        node.put("creditCode", rs.getString(3));
                        node.put("category", rs.getString(4));
                        node.put("findings", new ArrayList<Map<String, Object>>());
                        nodes.put(rs.getLong(1), node);
                    }
                }
            }
            if (!nodes.isEmpty()) {
                findings(connection, nodes);
            }
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        long last = after;
        for (var node : nodes.entrySet()) {
            edges.add(Map.of("node", node.getValue()));
            rows.add(new Row(node.getKey(), (String) node.getValue().get("name"), findingsOf(node.getValue())));
            last = node.getKey();
        }
        String next = more ? Long.toString(last) : null;
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("hasNextPage", more);
        pageInfo.put("endCursor", Long.toString(last));
        byte[] body = JSON.writeValueAsBytes(
                Map.of("data", Map.of("agencies", Map.of("edges", edges, "pageInfo", pageInfo))));
        // the client reads the JSON exactly as it reads the API's answer (ApiPages.read)
        Page page = ApiPages.read(JSON.readTree(body));
        if (!page.agencies().equals(rows) || !java.util.Objects.equals(page.nextCursor(), next)) {
            throw new IllegalStateException("the JSON written does not hold the page read");
        }
        return page;
    }

    @SuppressWarnings("unchecked")
    private static int findingsOf(Map<String, Object> node) {
        return ((List<Map<String, Object>>) node.get("findings")).size();
    }

    @SuppressWarnings("unchecked")
    private void findings(Connection connection, Map<Long, Map<String, Object>> nodes) throws Exception {
        String in = String.join(", ", Collections.nCopies(nodes.size(), "?"));
        try (PreparedStatement findings =
                connection.prepareStatement("SELECT id, agency_id, rule_code, count, status, evidence FROM finding"
                        + " WHERE tenant_id = ? AND agency_id IN (" + in + ") AND year = ? ORDER BY agency_id, id")) {
            int index = 1;
            findings.setString(index++, tenant);
            for (long id : nodes.keySet()) {
                findings.setLong(index++, id);
            }
            findings.setInt(index, year);
            try (ResultSet rs = findings.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> finding = new LinkedHashMap<>();
                    finding.put("id", Long.toString(rs.getLong(1)));
                    finding.put("ruleCode", rs.getString(3));
                    finding.put("count", rs.getInt(4));
                    finding.put("status", rs.getString(5));
                    finding.put("evidence", rs.getString(6));
                    ((List<Map<String, Object>>) nodes.get(rs.getLong(2)).get("findings")).add(finding);
                }
            }
        }
    }
}
