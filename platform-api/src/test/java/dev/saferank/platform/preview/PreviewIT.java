package dev.saferank.platform.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.measurement.Api;
import dev.saferank.platform.scheme.Schemes;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The live preview adds up the facts recorded so far as the seed tables say; every expected value is
 * worked out by hand from the table in the comment beside it.
 */
@RealServersTest
class PreviewIT {

    static final String PREVIEW = "query($a: ID!, $y: Int!) { preview(agencyId: $a, year: $y) {"
            + " schemeVersion evaluated total rawTotal grade exclusion { code wording } vetoes { code wording }"
            + " missingFacts { path message }"
            + " sections { title max points items { number title max points trail { rule wording count amount capped note } } }"
            + " bonus { points capped items { number points trail { rule amount } } }"
            + " penalties { points items { number points trail { rule amount } } } notes } }";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    Api api;
    TestData data;

    @BeforeEach
    void schemes() {
        api = new Api(port);
        data = new TestData(jdbc, schemes);
        data.activeSeedScheme("quanzhou", "tenants/quanzhou/quanzhou-2023.yaml", 2023);
        data.activeSeedScheme("foshan", "tenants/foshan/foshan-2023.yaml", 2023);
        data.activeSeedScheme("suzhou", "tenants/suzhou/suzhou-2023.yaml", 2023);
    }

    @Test
    void aQuanzhouAgencyScoresByTheTableFromItsConfirmedFactsSanctionsAndHonours() {
        long agency = data.agency("quanzhou", "泉州预览机构", "evaluation");
        agencyData("quanzhou", agency, 2023, "registeredEngineers", 2);
        agencyData("quanzhou", agency, 2023, "hadBusiness", 1);
        for (int i = 0; i < 3; i++) {
            finding("quanzhou", agency, 2023, "14.5a", "confirmed");
        }
        finding("quanzhou", agency, 2023, "9.1", "confirmed");
        finding("quanzhou", agency, 2023, "20.1", "draft");
        recordSanction("quanzhou-inspector", agency, "interview", "city");
        recordHonour("quanzhou-admin", agency, "province");

        JsonNode preview = preview("quanzhou-inspector", agency, 2023);

        // item 3: 6 × max(0, 3 − 2) = 6 off its 18 → 12
        assertThat(item(preview, "3").path("points").decimalValue()).isEqualByComparingTo("12");
        // item 14: 标线 3 × 0.5 = 1.5 (under its cap of 2) off 20 → 18.5
        JsonNode fourteen = item(preview, "14");
        assertThat(fourteen.path("points").decimalValue()).isEqualByComparingTo("18.5");
        assertThat(fourteen.path("trail").get(0).path("rule").asString()).isEqualTo("14.5a");
        assertThat(fourteen.path("trail").get(0).path("count").asInt()).isEqualTo(3);
        assertThat(fourteen.path("trail").get(0).path("amount").decimalValue()).isEqualByComparingTo("-1.5");
        // item 9: 未公开承诺 zeroes its 1 point; item 20 keeps its 5: the 廉洁 finding is only a draft
        assertThat(item(preview, "9").path("points").decimalValue()).isEqualByComparingTo("0");
        assertThat(item(preview, "20").path("points").decimalValue()).isEqualByComparingTo("5");
        // 100 − 6 − 1.5 − 1 = 91.5; + 5 (省级表彰, 21.2) − 10 (市级约谈, 22.1a) = 86.5 → 良好 (80 ≤ 86.5 < 90)
        assertThat(preview.path("sections").get(0).path("points").decimalValue())
                .isEqualByComparingTo("91.5");
        assertThat(preview.path("bonus").path("points").decimalValue()).isEqualByComparingTo("5");
        assertThat(preview.path("penalties").path("points").decimalValue()).isEqualByComparingTo("10");
        assertThat(preview.path("total").decimalValue()).isEqualByComparingTo("86.5");
        assertThat(preview.path("grade").asString()).isEqualTo("良好");
        assertThat(preview.path("vetoes").size()).isZero();
        assertThat(preview.path("missingFacts").size()).isZero();
        assertThat(preview.path("evaluated").asBoolean()).isTrue();
        assertThat(preview.path("schemeVersion").asString()).isEqualTo("2023.1");

        recordSanction("quanzhou-inspector", agency, "interview", "city");
        JsonNode twoInterviews = preview("quanzhou-admin", agency, 2023);

        // a second 市级约谈: 86.5 − 10 = 76.5, and V1 (两次及以上) makes it 不合格 whatever the points
        assertThat(twoInterviews.path("total").decimalValue()).isEqualByComparingTo("76.5");
        assertThat(twoInterviews.path("grade").asString()).isEqualTo("不合格");
        assertThat(twoInterviews.path("vetoes").findValuesAsString("code")).containsExactly("V1");
    }

    @Test
    void aFoshanAgencyLosesFiftyMinusHalfPAndTwentyFiveMinusAQuarterP() {
        long agency = data.agency("foshan", "佛山预览机构", "testing");
        agencyData("foshan", agency, 2023, "businessInTwoYears", 1);
        for (String answers : new String[] {"AAAAAAAAAA", "AAAAABBBBB", "AABACAAAAB"}) {
            record(
                    "foshan-inspector",
                    "recordSatisfactionResponse",
                    "RecordSatisfactionResponseInput",
                    input(agency, 2023, "answers", answers));
        }
        record(
                "foshan-inspector",
                "recordReportReview",
                "RecordReportReviewInput",
                input(agency, 2023, "report", "报告A", "percentage", 80));
        record(
                "foshan-inspector",
                "recordReportReview",
                "RecordReportReviewInput",
                input(agency, 2023, "report", "报告B", "percentage", 90));

        JsonNode preview = preview("foshan-admin", agency, 2023);

        // 11: P = (80 + 90) / 2 = 85 → 50 − 85/2 = 7.5 off the 服务质量 pool of 50 → 42.5
        assertThat(item(preview, "11").path("points").decimalValue()).isEqualByComparingTo("-7.5");
        assertThat(preview.path("sections").get(1).path("points").decimalValue())
                .isEqualByComparingTo("42.5");
        // 12: forms 100, 85 (5×10 + 5×7), 87 (7×10 + 2×7 + 3) → P = 272/3 = 90.666…;
        //     25 − P/4 = 25 − 22.666… = 2.333… off the 服务效果 pool of 25 → 22.666…
        assertThat(item(preview, "12").path("points").decimalValue().setScale(4, RoundingMode.HALF_UP))
                .isEqualByComparingTo("-2.3333");
        // 25 + 42.5 + 22.666… = 90.1666… → 90.17 (2 decimals, HALF_UP) → 优秀 (≥ 90)
        assertThat(preview.path("total").decimalValue()).isEqualByComparingTo("90.17");
        assertThat(preview.path("grade").asString()).isEqualTo("优秀");
    }

    @Test
    void missingFactsAreListedInsteadOfATotal() {
        long agency = data.agency("foshan", "佛山缺数机构", "testing");
        // with business in the two years: without it 注4 would exclude it, whatever else is missing
        agencyData("foshan", agency, 2023, "businessInTwoYears", 1);
        record(
                "foshan-inspector",
                "recordSatisfactionResponse",
                "RecordSatisfactionResponseInput",
                input(agency, 2023, "answers", "AAAAAAAAAA"));

        JsonNode preview = preview("foshan-inspector", agency, 2023);

        assertThat(preview.path("evaluated").asBoolean()).isFalse();
        assertThat(preview.path("total").isNull()).isTrue();
        // businessInTwoYears is derived from its engagement, so only the report review is missing
        assertThat(preview.path("missingFacts").findValuesAsString("path"))
                .containsExactly("measurements.reportReview");
        assertThat(preview.path("missingFacts").findValuesAsString("message"))
                .anyMatch(message -> message.startsWith("尚无测评数据"));
    }

    @Test
    void aSuzhouSatisfactionIsTheMeanOfTheThreeGroupMeans() {
        // a year of its own: the population of the rank bonus (20.1) is this agency alone
        data.activeSeedSchemeFor("suzhou", "tenants/suzhou/suzhou-2023.yaml", 2046);
        long agency = data.agency("suzhou", "苏州预览机构", "consulting");
        agencyData("suzhou", agency, 2046, "officeArea", 150);
        agencyData("suzhou", agency, 2046, "qualifiedStaff", 6);
        agencyData("suzhou", agency, 2046, "multiEmployedStaff", 0);
        agencyData("suzhou", agency, 2046, "businessVolume", 10);
        Map<String, int[]> scores =
                Map.of("county", new int[] {9, 8}, "town", new int[] {7}, "enterprise", new int[] {10, 9, 8, 9});
        scores.forEach((group, values) -> {
            for (int value : values) {
                record(
                        "suzhou-inspector",
                        "recordSatisfactionResponse",
                        "RecordSatisfactionResponseInput",
                        input(agency, 2046, "group", group, "score", value));
            }
        });

        JsonNode preview = preview("suzhou-admin", agency, 2046);

        // county (9 + 8)/2 = 8.5, town 7, enterprise (10 + 9 + 8 + 9)/4 = 9 → (8.5 + 7 + 9)/3 = 24.5/3 = 8.1666…
        assertThat(item(preview, "19").path("points").decimalValue().setScale(4, RoundingMode.HALF_UP))
                .isEqualByComparingTo("8.1667");
        // every other item keeps its max (90 in all); 90 + 8.1666… = 98.1666…; 20.1 按业务量进行排名: 10 engagements,
        // rank 1 of the year's population (this agency alone) → 第1-2名加5分 → 103.1666… → 103.17
        assertThat(preview.path("total").decimalValue()).isEqualByComparingTo("103.17");
        assertThat(preview.path("notes").get(0).asString()).contains("排名加分");
    }

    @Test
    void aWithdrawnSanctionNoLongerCounts() {
        long agency = data.agency("quanzhou", "泉州撤销机构", "evaluation");
        agencyData("quanzhou", agency, 2023, "registeredEngineers", 3);
        agencyData("quanzhou", agency, 2023, "hadBusiness", 1);
        recordSanction("quanzhou-inspector", agency, "circular", "county");
        long id = jdbc.queryForObject("SELECT id FROM sanction WHERE agency_id = ?", Long.class, agency);

        // 100 − 3 (县级通报批评, 22.3b) = 97
        assertThat(preview("quanzhou-admin", agency, 2023).path("total").decimalValue())
                .isEqualByComparingTo("97");
        record(
                "quanzhou-admin",
                "withdrawSanction",
                "WithdrawSanctionInput",
                Map.of("id", String.valueOf(id), "reason", "复核撤销"));
        // withdrawn: nothing recorded against it any more → 100
        assertThat(preview("quanzhou-admin", agency, 2023).path("total").decimalValue())
                .isEqualByComparingTo("100");
    }

    @Test
    void anAgencyUserSeesOnlyItsOwnPreview() {
        long own = data.agency("quanzhou", "泉州自有机构", "evaluation");
        long other = data.agency("quanzhou", "泉州他家机构", "evaluation");
        for (long agency : new long[] {own, other}) {
            agencyData("quanzhou", agency, 2023, "registeredEngineers", 3);
            agencyData("quanzhou", agency, 2023, "hadBusiness", 1);
        }
        jdbc.update("UPDATE agency SET account_user = 'quanzhou-agency' WHERE id = ?", own);
        try {
            // nothing recorded against it: every item keeps its max → 100 → 优秀
            assertThat(preview("quanzhou-agency", own, 2023).path("total").decimalValue())
                    .isEqualByComparingTo("100");
            assertThat(previewError("quanzhou-agency", other)).isEqualTo("NOT_FOUND");
            assertThat(previewError("quanzhou-agency", Long.MAX_VALUE - 11)).isEqualTo("NOT_FOUND");
        } finally {
            jdbc.update("UPDATE agency SET account_user = NULL WHERE id = ?", own);
        }
    }

    @Test
    void aTokenOfAnotherCityFindsNoPreviewAsIfTheAgencyDidNotExist() {
        long agency = data.agency("quanzhou", "泉州隔离机构", "evaluation");
        long missing = Long.MAX_VALUE - 13;

        assertThat(previewError("linyi-admin", agency)).isEqualTo("NOT_FOUND");
        assertThat(previewError("linyi-admin", missing)).isEqualTo("NOT_FOUND");
        assertThat(api.errorMessage("linyi-admin", PREVIEW, Map.of("a", String.valueOf(agency), "y", 2023)))
                .isEqualTo("未找到机构 " + agency);
    }

    JsonNode preview(String user, long agency, int year) {
        return api.data(user, PREVIEW, Map.of("a", String.valueOf(agency), "y", year))
                .path("preview");
    }

    String previewError(String user, long agency) {
        return api.errorClass(user, PREVIEW, Map.of("a", String.valueOf(agency), "y", 2023));
    }

    static JsonNode item(JsonNode preview, String number) {
        for (JsonNode section : preview.path("sections")) {
            for (JsonNode item : section.path("items")) {
                if (item.path("number").asString().equals(number)) {
                    return item;
                }
            }
        }
        throw new AssertionError("no item " + number + " in " + preview);
    }

    /**
     * Gives an agency the registered records from which the platform derives a scheme's agency data
     * (AgencyDataService): staff with certificates, engagements, the office area.
     */
    void agencyData(String tenant, long agency, int year, String field, int value) {
        switch (field) {
            case "registeredEngineers" -> staff(tenant, agency, value, "registeredSafetyEngineer");
            case "qualifiedStaff" -> staff(tenant, agency, value, "engineerTitle");
            case "hadBusiness", "businessInTwoYears" -> engagements(tenant, agency, year, value);
            case "businessVolume" -> engagements(tenant, agency, year, value);
            case "officeArea" ->
                jdbc.update("UPDATE agency SET office_area = ? WHERE tenant_id = ? AND id = ?", value, tenant, agency);
            case "multiEmployedStaff" -> {
                // derived: no one of this agency is employed elsewhere unless a test says so
            }
            default ->
                jdbc.update(
                        "INSERT INTO agency_data (tenant_id, agency_id, year, field, value, updated_by)"
                                + " VALUES (?, ?, ?, ?, ?, 'test')",
                        tenant,
                        agency,
                        year,
                        field,
                        value);
        }
    }

    private void staff(String tenant, long agency, int count, String certificate) {
        for (int i = 0; i < count; i++) {
            String person = "%064x"
                    .formatted(new java.math.BigInteger(64, new java.util.Random())
                            .add(java.math.BigInteger.valueOf(System.nanoTime())));
            jdbc.update(
                    "INSERT INTO staff (tenant_id, agency_id, name, id_hash, full_time, created_by) VALUES (?, ?, ?, ?, TRUE, 'test')",
                    tenant,
                    agency,
                    "技术人员" + i,
                    person);
            long staff = jdbc.queryForObject(
                    "SELECT id FROM staff WHERE tenant_id = ? AND agency_id = ? AND id_hash = ?",
                    Long.class,
                    tenant,
                    agency,
                    person);
            jdbc.update(
                    "INSERT INTO staff_certificate (tenant_id, agency_id, staff_id, type, number) VALUES (?, ?, ?, ?, ?)",
                    tenant,
                    agency,
                    staff,
                    certificate,
                    "C" + staff);
        }
    }

    private void engagements(String tenant, long agency, int year, int count) {
        for (int i = 0; i < count; i++) {
            jdbc.update(
                    "INSERT INTO engagement (tenant_id, agency_id, enterprise_name, service_type, contract_date, created_by)"
                            + " VALUES (?, ?, ?, 'evaluation', ?, 'test')",
                    tenant,
                    agency,
                    "服务企业" + i,
                    java.time.LocalDate.of(year, 3, 1));
        }
    }

    void finding(String tenant, long agency, int year, String rule, String status) {
        jdbc.update(
                "INSERT INTO finding (tenant_id, agency_id, year, rule_code, count, evidence, source, observed_on, status, recorded_by)"
                        + " VALUES (?, ?, ?, ?, 1, '现场检查记录', 'routineInspection', MAKEDATE(?, 200), ?, 'test')",
                tenant,
                agency,
                year,
                rule,
                year,
                status);
    }

    void recordSanction(String user, long agency, String type, String level) {
        var input = input(
                agency,
                2023,
                "type",
                type,
                "level",
                level,
                "decidedOn",
                "2023-06-01",
                "issuer",
                "泉州市应急管理局",
                "reason",
                "服务不到位");
        record(user, "recordSanction", "RecordSanctionInput", input);
    }

    void recordHonour(String user, long agency, String level) {
        var input = input(
                agency, 2023, "level", level, "cause", "安全生产先进单位", "awardedOn", "2023-07-01", "issuer", "福建省应急管理厅");
        record(user, "recordHonour", "RecordHonourInput", input);
    }

    void record(String user, String mutation, String inputType, Map<String, ?> input) {
        JsonNode payload = api.data(
                        user,
                        "mutation($input: " + inputType + "!) { " + mutation
                                + "(input: $input) { errors { field code } } }",
                        Map.of("input", input))
                .path(mutation);
        assertThat(payload.path("errors").size())
                .as("errors: %s", payload.path("errors"))
                .isZero();
    }

    static Map<String, Object> input(long agency, int year, Object... fields) {
        Map<String, Object> input = new HashMap<>();
        input.put("agencyId", String.valueOf(agency));
        input.put("year", year);
        for (int i = 0; i < fields.length; i += 2) {
            input.put((String) fields[i], fields[i + 1]);
        }
        return input;
    }
}
