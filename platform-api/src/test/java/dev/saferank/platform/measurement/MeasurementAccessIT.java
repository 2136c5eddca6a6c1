package dev.saferank.platform.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.scheme.Schemes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Who may record and read measurements: the tenant's staff; another tenant's ids are like missing ones. */
@RealServersTest
class MeasurementAccessIT {

    static final String AGENCY_MEASUREMENTS =
            "query($id: ID!) { agency(id: $id) { measurements(year: 2022) { name value subject status } } }";
    static final String LIST = "query($agency: ID!, $after: String) { measurements(first: 2, after: $after,"
            + " filter: {agencyId: $agency, year: 2022}) { edges { cursor node { subject } }"
            + " pageInfo { hasNextPage endCursor } } }";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    Api api;
    MeasurementIT recorder;
    long linyi;

    @BeforeEach
    void agency() {
        api = new Api(port);
        new TestData(jdbc, schemes).activeSeedScheme("linyi", "tenants/linyi/linyi-2022.yaml", 2022);
        linyi = new TestData(jdbc, schemes).agency("linyi", "临沂权限机构", "evaluation");
        recorder = new MeasurementIT();
        recorder.api = api;
    }

    @Test
    void anAgencyListsItsMeasurementsOfAYear() {
        for (String staff : List.of("甲", "乙", "丙")) {
            exam("linyi-inspector", staff, 80);
        }

        JsonNode listed = api.data("linyi-admin", AGENCY_MEASUREMENTS, Map.of("id", String.valueOf(linyi)))
                .path("agency")
                .path("measurements");
        JsonNode first = api.data("linyi-inspector", LIST, Map.of("agency", String.valueOf(linyi)))
                .path("measurements");
        JsonNode second = api.data(
                        "linyi-inspector",
                        LIST,
                        Map.of(
                                "agency", String.valueOf(linyi),
                                "after",
                                        first.path("pageInfo").path("endCursor").asString()))
                .path("measurements");

        assertThat(listed.findValuesAsString("subject")).containsExactly("甲", "乙", "丙");
        assertThat(first.path("edges").findValuesAsString("subject")).containsExactly("甲", "乙");
        assertThat(first.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        assertThat(second.path("edges").findValuesAsString("subject")).containsExactly("丙");
        assertThat(second.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
    }

    @Test
    void agencyUsersMayNotRecordMeasurements() {
        String staff = String.valueOf(new TestData(jdbc, schemes).staff("linyi", linyi, "甲"));
        String error = api.errorClass(
                "linyi-agency",
                MeasurementIT.EXAM,
                Map.of(
                        "input",
                        Map.of("agencyId", String.valueOf(linyi), "year", 2022, "staffId", staff, "score", 90)));

        assertThat(error).isEqualTo("FORBIDDEN");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM measurement WHERE agency_id = ?", Integer.class, linyi))
                .isZero();
    }

    @Test
    void anotherTenantsIdsBehaveLikeIdsThatDoNotExist() {
        String id = exam("linyi-inspector", "丁", 60);
        long missing = Long.MAX_VALUE - 7;

        var foreignWithdrawal = Map.of("input", Map.of("id", id, "reason", "越权撤销"));
        var missingWithdrawal = Map.of("input", Map.of("id", String.valueOf(missing), "reason", "越权撤销"));
        String staff = String.valueOf(new TestData(jdbc, schemes).staff("linyi", linyi, "戊"));
        var foreignRecord =
                Map.of("input", Map.of("agencyId", String.valueOf(linyi), "year", 2022, "staffId", staff, "score", 90));
        var missingRecord = Map.of(
                "input", Map.of("agencyId", String.valueOf(missing), "year", 2022, "staffId", staff, "score", 90));

        assertThat(api.errorClass("quanzhou-admin", MeasurementIT.WITHDRAW, foreignWithdrawal))
                .isEqualTo("NOT_FOUND");
        assertThat(api.errorClass("quanzhou-admin", MeasurementIT.WITHDRAW, missingWithdrawal))
                .isEqualTo("NOT_FOUND");
        assertThat(api.errorMessage("quanzhou-admin", MeasurementIT.WITHDRAW, foreignWithdrawal))
                .isEqualTo("未找到测评数据 " + id);
        assertThat(api.errorMessage("quanzhou-admin", MeasurementIT.WITHDRAW, missingWithdrawal))
                .isEqualTo("未找到测评数据 " + missing);
        assertThat(api.errorClass("quanzhou-inspector", MeasurementIT.EXAM, foreignRecord))
                .isEqualTo("NOT_FOUND");
        assertThat(api.errorClass("quanzhou-inspector", MeasurementIT.EXAM, missingRecord))
                .isEqualTo("NOT_FOUND");
        assertThat(api.errorClass("quanzhou-admin", AGENCY_MEASUREMENTS, Map.of("id", String.valueOf(linyi))))
                .isEqualTo("NOT_FOUND");
        // the exam form's staff list of another city's agency: not found, no names
        assertThat(api.errorClass(
                        "quanzhou-inspector",
                        "query($a: ID!) { examCandidates(agencyId: $a, year: 2022) { staffId name } }",
                        Map.of("a", String.valueOf(linyi))))
                .isEqualTo("NOT_FOUND");
        assertThat(api.body("quanzhou-admin", LIST, Map.of("agency", String.valueOf(linyi)))
                        .path("data")
                        .path("measurements")
                        .path("edges")
                        .size())
                .isZero();
        assertThat(jdbc.queryForObject("SELECT status FROM measurement WHERE id = ?", String.class, Long.parseLong(id)))
                .isEqualTo("active");
    }

    /** An exam result of a staff member of that name, registered for it. */
    private String exam(String user, String staff, int score) {
        long id = new TestData(jdbc, schemes).staff("linyi", linyi, staff);
        return recorder.record(
                        user,
                        MeasurementIT.EXAM,
                        "recordExamResult",
                        recorder.input(linyi, 2022, "staffId", String.valueOf(id), "score", score))
                .path("id")
                .asString();
    }
}
