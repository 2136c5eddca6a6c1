package dev.saferank.rating.facts.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;

/**
 * The statements of the facts of a year: one per table, each bound to the tenant, each read in agency
 * order on the table's clustered key {@code (tenant_id, agency_id, ...)} ({@code FORCE INDEX (PRIMARY)}
 * where a secondary index on the year or date would tempt the optimizer into a sort), so that the plan of
 * every statement is a range scan of the primary key whatever the table statistics say (a bulk load just
 * before a rating included).
 */
public final class FactQueries {

    /** A statement, its parameters in order, and how a row becomes a record. */
    public record Query<T>(String sql, List<Object> parameters, RowMapper<T> mapper) {}

    private final String tenant;
    private final Selection selection;
    private final LocalDate yearStart;
    private final LocalDate nextYearStart;

    public FactQueries(String tenant, int year, Selection selection) {
        this.tenant = tenant;
        this.selection = selection;
        this.yearStart = LocalDate.of(year, 1, 1);
        this.nextYearStart = LocalDate.of(year + 1, 1, 1);
    }

    public Query<Rows.Agency> agencies() {
        return query(
                "SELECT id, name, category, office_area FROM agency WHERE tenant_id = ? AND "
                        + selection.condition("id")
                        + (selection.activeOnly() ? " AND status = 'active'" : "")
                        + " ORDER BY id",
                List.of(),
                (rs, n) -> new Rows.Agency(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)));
    }

    public Query<Rows.District> districts() {
        return query(
                "SELECT agency_id, district_code FROM agency_district WHERE tenant_id = ? AND "
                        + selection.condition("agency_id")
                        + " ORDER BY agency_id, district_code",
                List.of(),
                (rs, n) -> new Rows.District(rs.getLong(1), rs.getString(2)));
    }

    /** District names by code: a small table, read whole. */
    public Query<String[]> districtNames() {
        return new Query<>("SELECT code, name FROM district WHERE tenant_id = ?", List.of(tenant), (rs, n) ->
                new String[] {rs.getString(1), rs.getString(2)});
    }

    /**
     * Active staff (withdrawn staff never count); their ID-number hashes only when asked for (a scheme that
     * counts people in two agencies): 64 characters a person otherwise read for nothing.
     */
    public Query<Rows.Staff> staff(boolean withIdHash) {
        return query(
                "SELECT agency_id, id, full_time, " + (withIdHash ? "id_hash" : "NULL")
                        + " FROM staff FORCE INDEX (PRIMARY) WHERE tenant_id = ? AND "
                        + selection.condition("agency_id")
                        + " AND status = 'active' ORDER BY agency_id, id",
                List.of(),
                (rs, n) -> new Rows.Staff(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), rs.getString(4)));
    }

    /** Certificates valid at some time of the year (no end date, or ending on or after 1 January). */
    public Query<Rows.Certificate> certificates() {
        return query(
                "SELECT agency_id, staff_id, type FROM staff_certificate FORCE INDEX (PRIMARY) WHERE tenant_id = ?"
                        + " AND " + selection.condition("agency_id")
                        + " AND (valid_until IS NULL OR valid_until >= ?) ORDER BY agency_id, staff_id, id",
                List.of(Date.valueOf(yearStart)),
                (rs, n) -> new Rows.Certificate(rs.getLong(1), rs.getLong(2), rs.getString(3)));
    }

    /**
     * The ID-number hashes active in two or more agencies of the tenant (挂靠), among all the tenant's staff,
     * or among the given hashes only.
     */
    public Query<String> multiEmployedHashes(List<String> among) {
        List<Object> p = new ArrayList<>();
        p.add(tenant);
        String restriction = "";
        if (among != null) {
            restriction =
                    " AND id_hash IN (" + String.join(", ", java.util.Collections.nCopies(among.size(), "?")) + ")";
            p.addAll(among);
        }
        return new Query<>(
                // answered from the covering index alone, in id_hash order (V97): no plan to go wrong
                "SELECT id_hash FROM staff FORCE INDEX (ix_staff_person) WHERE tenant_id = ? AND status = 'active'"
                        + restriction
                        + " GROUP BY id_hash HAVING COUNT(*) > 1",
                p,
                (rs, n) -> rs.getString(1));
    }

    /**
     * Each agency's active engagements with a contract from {@code from} (inclusive) to the end of the year,
     * counted by the server: those of the year and all of them. Grouped on the clustered key's agency prefix
     * in key order, so the plan is the same range scan as a plain read (no temporary table, no sort), and one
     * row an agency crosses the wire instead of each engagement (≈ 8 an agency).
     */
    public Query<Rows.Engagements> engagements(LocalDate from) {
        return query(
                "SELECT agency_id, SUM(YEAR(contract_date) = " + yearStart.getYear() + "), COUNT(*)"
                        + " FROM engagement FORCE INDEX (PRIMARY) WHERE tenant_id = ? AND "
                        + selection.condition("agency_id")
                        + " AND status = 'active' AND contract_date >= ? AND contract_date < ?"
                        + " GROUP BY agency_id ORDER BY agency_id",
                List.of(Date.valueOf(from), Date.valueOf(nextYearStart)),
                (rs, n) -> new Rows.Engagements(rs.getLong(1), rs.getInt(2), rs.getInt(3)));
    }

    /** Agency data entered by hand for the year. */
    public Query<Rows.Entered> entered() {
        return query(
                "SELECT agency_id, field, value FROM agency_data WHERE tenant_id = ? AND "
                        + selection.condition("agency_id")
                        + " AND year = ? ORDER BY agency_id, year, field",
                List.of(yearStart.getYear()),
                (rs, n) -> new Rows.Entered(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3)));
    }

    /** Confirmed rule findings only: drafts, disputed, withdrawn and checklist findings do not count. */
    public Query<Rows.Finding> findings() {
        return query(
                "SELECT agency_id, rule_code, count, value, of_count, enterprise FROM finding FORCE INDEX (PRIMARY)"
                        + " WHERE tenant_id = ? AND " + selection.condition("agency_id")
                        + " AND year = ? AND kind = 'rule' AND status = 'confirmed' ORDER BY agency_id, id",
                List.of(yearStart.getYear()),
                (rs, n) -> new Rows.Finding(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getBigDecimal(4),
                        rs.getObject(5, Integer.class),
                        rs.getString(6)));
    }

    /** Active measurements of the year, in recording order. */
    public Query<Rows.Measurement> measurements() {
        return query(
                "SELECT agency_id, name, group_name, value, response FROM measurement FORCE INDEX (PRIMARY)"
                        + " WHERE tenant_id = ? AND " + selection.condition("agency_id")
                        + " AND year = ? AND status = 'active' ORDER BY agency_id, id",
                List.of(yearStart.getYear()),
                (rs, n) -> new Rows.Measurement(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getString(5)));
    }

    /** Active sanctions that took effect in the year (their decision date decides, not who recorded them). */
    public Query<Rows.Sanction> sanctions() {
        return query(
                "SELECT agency_id, type, level FROM sanction FORCE INDEX (PRIMARY) WHERE tenant_id = ? AND "
                        + selection.condition("agency_id")
                        + " AND decided_on >= ? AND decided_on < ? AND status = 'active' ORDER BY agency_id, id",
                List.of(Date.valueOf(yearStart), Date.valueOf(nextYearStart)),
                (rs, n) -> new Rows.Sanction(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    /** Active honours awarded in the year. */
    public Query<Rows.Honour> honours() {
        return query(
                "SELECT agency_id, level, cause FROM honour FORCE INDEX (PRIMARY) WHERE tenant_id = ? AND "
                        + selection.condition("agency_id")
                        + " AND awarded_on >= ? AND awarded_on < ? AND status = 'active' ORDER BY agency_id, id",
                List.of(Date.valueOf(yearStart), Date.valueOf(nextYearStart)),
                (rs, n) -> new Rows.Honour(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    /** The served enterprises sampled for an on-site check in the year (临沂 工作实绩). */
    public Query<Rows.Sample> samples() {
        return query(
                "SELECT agency_id, engagement_id FROM sampled_enterprise WHERE tenant_id = ? AND "
                        + selection.condition("agency_id")
                        + " AND year = ? AND status = 'active' ORDER BY agency_id, year, engagement_id",
                List.of(yearStart.getYear()),
                (rs, n) -> new Rows.Sample(rs.getLong(1), rs.getLong(2)));
    }

    /** Tenant first, then the selection's parameters, then the statement's own. */
    private <T> Query<T> query(String sql, List<Object> after, RowMapper<T> mapper) {
        List<Object> p = new ArrayList<>();
        p.add(tenant);
        p.addAll(selection.parameters());
        p.addAll(after);
        return new Query<>(sql, p, mapper);
    }

    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
