package dev.saferank.platform.isolation;

import dev.saferank.platform.TestData;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The victim tenant's private rows, each carrying a marker string that must never appear in an
 * answer to a caller outside the tenant (or to an agency user who does not own the agency).
 */
record Victim(String tenant, long agencyId, long findingId, Map<String, String> ids, List<String> markers) {

    static Victim create(JdbcTemplate jdbc, TestData data, String tenant) {
        String nonce = Long.toString(System.nanoTime(), 36);
        String agencyName = "探针机构" + nonce;
        String evidence = "探针证据" + nonce;
        String staffName = "探针人员" + nonce;
        String reason = "探针处罚" + nonce;
        String cause = "探针表彰" + nonce;
        String subject = "探针测评" + nonce;
        String district = "探针区" + nonce;
        String enterprise = "探针企业" + nonce;
        String unit = "探针生产经营单位" + nonce;
        data.activeSeedScheme(tenant, "tenants/quanzhou/quanzhou-2023.yaml", 2023);
        long agency = data.agency(tenant, agencyName, "standardisation");
        // the agency works in 丰泽区, the enterprise it serves is there: 惠安县's county bureau is an outsider
        jdbc.update("INSERT IGNORE INTO district (tenant_id, code, name) VALUES (?, '350503', '丰泽区')", tenant);
        jdbc.update("INSERT IGNORE INTO district (tenant_id, code, name) VALUES (?, '350521', '惠安县')", tenant);
        jdbc.update(
                "INSERT INTO agency_district (tenant_id, agency_id, district_code) VALUES (?, ?, '350503')",
                tenant,
                agency);
        jdbc.update(
                "INSERT INTO staff (tenant_id, agency_id, name, id_hash, created_by) VALUES (?, ?, ?, ?, 'probe')",
                tenant,
                agency,
                staffName,
                "%064d".formatted(System.nanoTime()));
        long staff = lastId(jdbc, "staff", tenant, agency);
        jdbc.update(
                "INSERT INTO engagement (tenant_id, agency_id, enterprise_name, district_code, service_type,"
                        + " contract_date, created_by) VALUES (?, ?, ?, '350503', 'evaluation', '2023-03-01', 'probe')",
                tenant,
                agency,
                enterprise);
        long engagement = lastId(jdbc, "engagement", tenant, agency);
        jdbc.update(
                "INSERT INTO finding (tenant_id, agency_id, year, rule_code, evidence, source, observed_on, status, recorded_by)"
                        + " VALUES (?, ?, 2023, '14.5a', ?, 'routineInspection', '2023-07-20', 'confirmed', 'probe')",
                tenant,
                agency,
                evidence);
        long finding = jdbc.queryForObject(
                "SELECT id FROM finding WHERE tenant_id = ? AND agency_id = ?", Long.class, tenant, agency);
        jdbc.update(
                "INSERT INTO sanction (tenant_id, agency_id, year, type, level, decided_on, issuer, reason, recorded_by)"
                        + " VALUES (?, ?, 2023, 'interview', 'city', '2023-07-20', '泉州市应急管理局', ?, 'probe')",
                tenant,
                agency,
                reason);
        long sanction = lastId(jdbc, "sanction", tenant, agency);
        jdbc.update(
                "INSERT INTO honour (tenant_id, agency_id, year, level, cause, awarded_on, issuer, recorded_by)"
                        + " VALUES (?, ?, 2023, 'province', ?, '2023-05-04', '福建省应急管理厅', 'probe')",
                tenant,
                agency,
                cause);
        long honour = lastId(jdbc, "honour", tenant, agency);
        jdbc.update(
                "INSERT INTO measurement (tenant_id, agency_id, year, name, value, subject, recorded_by)"
                        + " VALUES (?, ?, 2023, 'exam', 88, ?, 'probe')",
                tenant,
                agency,
                subject);
        long measurement = lastId(jdbc, "measurement", tenant, agency);
        // a production unit of 丰泽区 (issue 17 point 2) with an inspection whose answer is a problem
        jdbc.update(
                "INSERT INTO inspected_subject (tenant_id, kind, name, credit_code, district_code, created_by)"
                        + " VALUES (?, 'production-unit', ?, ?, '350503', 'probe')",
                tenant,
                unit,
                TestData.uniqueCreditCode());
        long subjectId = jdbc.queryForObject(
                "SELECT id FROM inspected_subject WHERE tenant_id = ? AND name = ?", Long.class, tenant, unit);
        jdbc.update(
                "INSERT INTO subject_inspection (tenant_id, subject_id, year, checklist_id, inspected_on, source,"
                        + " recorded_by) VALUES (?, ?, 2023, 'production-unit', '2023-07-20', 'spotCheck', 'probe')",
                tenant,
                subjectId);
        var rating = RatingVictim.create(jdbc, tenant, agency, agencyName, nonce);
        String districtCode = "p" + nonce;
        jdbc.update("INSERT INTO district (tenant_id, code, name) VALUES (?, ?, ?)", tenant, districtCode, district);
        // before the search rows: their creation waits for the outbox to deliver everything
        var published = PublicRatingVictim.create(jdbc, tenant, rating.runId(), agency, agencyName, nonce);
        var searchable = SearchVictimRows.create(jdbc, tenant, agency, nonce);
        var similar = SimilarityVictim.create(jdbc, tenant, agency, nonce);
        Map<String, String> ids = new java.util.HashMap<>(searchable.ids());
        ids.putAll(similar.ids());
        ids.putAll(Map.ofEntries(
                Map.entry("agencyId", Long.toString(agency)),
                Map.entry("subject.id", Long.toString(subjectId)),
                Map.entry("subjectId", Long.toString(subjectId)),
                Map.entry("agency.id", Long.toString(agency)),
                Map.entry("preview.agencyId", Long.toString(agency)),
                // the what-if of the victim's own shipped version: an outsider compares its own tenant's
                Map.entry("compareSchemes.versionA", "2023.1"),
                Map.entry("compareSchemes.versionB", "2023.1"),
                Map.entry("findingId", Long.toString(finding)),
                Map.entry("finding.id", Long.toString(finding)),
                Map.entry("ConfirmFindingInput.id", Long.toString(finding)),
                Map.entry("DisputeFindingInput.id", Long.toString(finding)),
                Map.entry("WithdrawFindingInput.id", Long.toString(finding)),
                Map.entry("WithdrawSanctionInput.id", Long.toString(sanction)),
                Map.entry("WithdrawHonourInput.id", Long.toString(honour)),
                Map.entry("WithdrawMeasurementInput.id", Long.toString(measurement)),
                Map.entry("RenameDistrictInput.code", districtCode),
                Map.entry("DisableUserInput.username", tenant + "-inspector"),
                // every id argument the victim has a row for gets that row's id: a generic "id" (the
                // agency's) could be, by chance, an id of the caller's own tenant in another table
                Map.entry("staffMember.id", Long.toString(staff)),
                Map.entry("WithdrawStaffInput.id", Long.toString(staff)),
                Map.entry("engagement.id", Long.toString(engagement)),
                Map.entry("WithdrawEngagementInput.id", Long.toString(engagement)),
                Map.entry("ratingRun.id", Long.toString(rating.runId())),
                Map.entry("OpenNoticeInput.runId", Long.toString(rating.runId())),
                Map.entry("objections.noticeId", Long.toString(rating.noticeId())),
                Map.entry("DecideObjectionInput.id", Long.toString(rating.objectionId())),
                // the public history of the victim's agency: the tenant is public, the agency's id the probe
                Map.entry("publicAgency.tenant", tenant),
                // not the generic id: a published publication is public, whatever its id
                Map.entry("publication.id", Long.toString(published.failedPublicationId())),
                Map.entry("id", Long.toString(agency))));
        return new Victim(
                tenant,
                agency,
                finding,
                ids,
                java.util.stream.Stream.concat(
                                Stream.of(
                                        agencyName,
                                        evidence,
                                        staffName,
                                        reason,
                                        cause,
                                        subject,
                                        district,
                                        enterprise,
                                        unit),
                                Stream.of(
                                                rating.markers(),
                                                searchable.markers(),
                                                published.markers(),
                                                similar.markers())
                                        .flatMap(List::stream))
                        .toList());
    }

    private static long lastId(JdbcTemplate jdbc, String table, String tenant, long agency) {
        return jdbc.queryForObject(
                "SELECT MAX(id) FROM " + table + " WHERE tenant_id = ? AND agency_id = ?", Long.class, tenant, agency);
    }

    /** Victim ids by argument name, {@code field.argument} or {@code InputType.field}. */
    Map<String, String> idsByName() {
        return ids;
    }

    /** The first marker found in a text, if any. */
    java.util.Optional<String> markerIn(String text) {
        return markers.stream().filter(text::contains).findFirst();
    }
}
