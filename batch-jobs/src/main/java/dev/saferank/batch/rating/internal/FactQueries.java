package dev.saferank.batch.rating.internal;

import dev.saferank.scheme.Scheme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SQL of the facts of a year, the same definitions as the live preview reads them one agency at a
 * time (platform-api AgencyDataService and its AgencyDataMapper.xml, FindingFacts, Measurements.active,
 * Sanctions.activeSanctions/activeHonours, PreviewMapper.districts), here set-wise for a range of agency
 * ids and ordered by agency id so that the tables clustered by (tenant_id, agency_id, id) are read in
 * their physical order. Every statement binds the tenant.
 */
final class FactQueries {

    /** The derived agency data fields (platform-api DerivedFields) and the count each one reads. */
    static final Set<String> DERIVED = Set.of(
            "officeArea",
            "fullTimeStaff",
            "registeredEngineers",
            "qualifiedStaff",
            "multiEmployedStaff",
            "businessVolume",
            "hadBusiness",
            "businessInTwoYears");

    private static final String ACTIVE_STAFF =
            "FROM staff s WHERE s.tenant_id = a.tenant_id AND s.agency_id = a.id AND s.status = 'active'";
    private static final String CERTIFICATE = "SELECT 1 FROM staff_certificate c WHERE c.tenant_id = s.tenant_id"
            + " AND c.staff_id = s.id AND (c.valid_until IS NULL OR c.valid_until >= ?)";
    private static final String ENGAGEMENTS = "SELECT COUNT(*) FROM engagement e WHERE e.tenant_id = a.tenant_id"
            + " AND e.agency_id = a.id AND e.status = 'active' AND e.contract_date >= ? AND e.contract_date < ?";

    /** A statement and its parameters in order. */
    record Query(String sql, List<Object> parameters) {}

    private FactQueries() {}

    /**
     * The agencies of the range with name, category, first district (by code) and the counts the derived
     * fields come from; counts the scheme does not declare are not computed (0).
     */
    static Query agencies(String tenant, int year, long after, long upTo, Scheme scheme) {
        Map<String, ?> declared = scheme.agencyData();
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        LocalDate next = LocalDate.of(year + 1, 1, 1);
        List<Object> p = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT a.id, a.name, a.category, (SELECT d.name FROM agency_district ad"
                + " JOIN district d ON d.tenant_id = ad.tenant_id AND d.code = ad.district_code"
                + " WHERE ad.tenant_id = a.tenant_id AND ad.agency_id = a.id ORDER BY ad.district_code LIMIT 1),"
                + " a.office_area");
        count(sql, declared.containsKey("fullTimeStaff"), "SELECT COUNT(*) " + ACTIVE_STAFF + " AND s.full_time");
        if (declared.containsKey("registeredEngineers")) {
            sql.append(", (SELECT COUNT(*) ")
                    .append(ACTIVE_STAFF)
                    .append(" AND s.full_time AND EXISTS (")
                    .append(CERTIFICATE)
                    .append(" AND c.type IN ('registeredSafetyEngineer', 'safetyEvaluator')))");
            p.add(yearStart);
        } else {
            sql.append(", 0");
        }
        if (declared.containsKey("qualifiedStaff")) {
            sql.append(", (SELECT COUNT(*) ")
                    .append(ACTIVE_STAFF)
                    .append(" AND s.full_time AND EXISTS (")
                    .append(CERTIFICATE)
                    .append(" AND c.type IN ('registeredSafetyEngineer', 'safetyEvaluator', 'registeredFireEngineer',"
                            + " 'engineerTitle')))");
            p.add(yearStart);
        } else {
            sql.append(", 0");
        }
        count(
                sql,
                declared.containsKey("multiEmployedStaff"),
                "SELECT COUNT(*) " + ACTIVE_STAFF + " AND EXISTS (SELECT 1 FROM staff o WHERE o.tenant_id = s.tenant_id"
                        + " AND o.id_hash = s.id_hash AND o.agency_id <> s.agency_id AND o.status = 'active')");
        if (declared.containsKey("businessVolume") || declared.containsKey("hadBusiness")) {
            sql.append(", (").append(ENGAGEMENTS).append(')');
            p.add(yearStart);
            p.add(next);
        } else {
            sql.append(", 0");
        }
        if (declared.containsKey("businessInTwoYears")) {
            sql.append(", (").append(ENGAGEMENTS).append(')');
            p.add(LocalDate.of(year - 1, 1, 1));
            p.add(next);
        } else {
            sql.append(", 0");
        }
        sql.append(
                " FROM agency a WHERE a.tenant_id = ? AND a.status = 'active' AND a.id > ? AND a.id <= ? ORDER BY a.id");
        p.add(tenant);
        p.add(after);
        p.add(upTo);
        return new Query(sql.toString(), p);
    }

    private static void count(StringBuilder sql, boolean needed, String subquery) {
        sql.append(needed ? ", (" + subquery + ")" : ", 0");
    }

    /** Agency data entered by hand for the year. */
    static Query entered(String tenant, int year, long after, long upTo) {
        return new Query(
                "SELECT agency_id, field, value FROM agency_data WHERE tenant_id = ? AND agency_id > ? AND agency_id <= ?"
                        + " AND year = ? ORDER BY agency_id, year, field",
                List.of(tenant, after, upTo, year));
    }

    /** Confirmed rule findings only: drafts, disputed, withdrawn and checklist findings do not count. */
    static Query findings(String tenant, int year, long after, long upTo) {
        return new Query(
                "SELECT agency_id, rule_code, count, value, of_count, enterprise FROM finding FORCE INDEX (PRIMARY)"
                        + " WHERE tenant_id = ? AND agency_id > ? AND agency_id <= ? AND year = ? AND kind = 'rule'"
                        + " AND status = 'confirmed' ORDER BY agency_id, id",
                List.of(tenant, after, upTo, year));
    }

    /** Active measurements of the year, in recording order. */
    static Query measurements(String tenant, int year, long after, long upTo) {
        return new Query(
                "SELECT agency_id, name, group_name, value, response FROM measurement FORCE INDEX (PRIMARY)"
                        + " WHERE tenant_id = ? AND agency_id > ? AND agency_id <= ? AND year = ? AND status = 'active'"
                        + " ORDER BY agency_id, id",
                List.of(tenant, after, upTo, year));
    }

    static Query sanctions(String tenant, int year, long after, long upTo) {
        return new Query(
                "SELECT agency_id, type, level FROM sanction WHERE tenant_id = ? AND agency_id > ? AND agency_id <= ?"
                        + " AND year = ? AND status = 'active' ORDER BY agency_id, id",
                List.of(tenant, after, upTo, year));
    }

    static Query honours(String tenant, int year, long after, long upTo) {
        return new Query(
                "SELECT agency_id, level, cause FROM honour WHERE tenant_id = ? AND agency_id > ? AND agency_id <= ?"
                        + " AND year = ? AND status = 'active' ORDER BY agency_id, id",
                List.of(tenant, after, upTo, year));
    }

    /** Active engagements with a contract in the year: the enterprises a sample is drawn from (临沂). */
    static Query engagements(String tenant, int year, long after, long upTo) {
        return new Query(
                "SELECT agency_id, id FROM engagement WHERE tenant_id = ? AND agency_id > ? AND agency_id <= ?"
                        + " AND status = 'active' AND contract_date >= ? AND contract_date < ? ORDER BY agency_id, id",
                List.of(tenant, after, upTo, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)));
    }
}
