package dev.saferank.platform.finding;

import org.springframework.jdbc.core.JdbcTemplate;

/** What the database holds for an agency: to prove that rejected input wrote nothing. */
record FindingRows(JdbcTemplate jdbc) {

    int findings(long agencyId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM finding WHERE agency_id = ?", Integer.class, agencyId);
    }

    int history(long agencyId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM change_history h JOIN finding f ON h.entity_type = 'finding'"
                        + " AND CAST(h.entity_id AS UNSIGNED) = f.id WHERE f.agency_id = ?",
                Integer.class,
                agencyId);
    }

    int inspections(long agencyId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM inspection WHERE agency_id = ?", Integer.class, agencyId);
    }

    /** Links an agency to the demo agency account, as registration would. */
    void ownedBy(long agencyId, String username) {
        jdbc.update("UPDATE agency SET account_user = ? WHERE id = ?", username, agencyId);
    }

    /** A served enterprise (engagement) of an agency; returns its id. */
    long engagement(String tenant, long agencyId, String enterprise) {
        jdbc.update(
                "INSERT INTO engagement (tenant_id, agency_id, enterprise_name, service_type, contract_date, created_by)"
                        + " VALUES (?, ?, ?, 'evaluation', '2022-03-01', 'test')",
                tenant,
                agencyId,
                enterprise);
        return jdbc.queryForObject(
                "SELECT MAX(id) FROM engagement WHERE tenant_id = ? AND agency_id = ?", Long.class, tenant, agencyId);
    }
}
