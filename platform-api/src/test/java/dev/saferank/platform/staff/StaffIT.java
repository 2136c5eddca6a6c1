package dev.saferank.platform.staff;

import static dev.saferank.platform.agency.AgencyFixtures.classification;
import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.agency.AgencyFixtures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Staff with certificates, known by a hashed ID number: one person in two agencies is found. */
@RealServersTest
class StaffIT {

    static final String ADD =
            """
            mutation($input: AddStaffInput!) { addStaff(input: $input) {
              staff { id agencyId name fullTime title status certificates { type typeLabel number validUntil } }
              errors { field code message } } }""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    AgencyFixtures fixtures;
    TestData data;
    String admin;

    @BeforeEach
    void setUp() {
        fixtures = new AgencyFixtures(jdbc, port);
        data = new TestData(jdbc, null);
        data.tenant("quanzhou");
        data.tenant("linyi");
        admin = AgencyFixtures.token("quanzhou-admin");
    }

    @Test
    void addsStaffWithCertificatesAndNeverStoresTheIdNumber() {
        long agency = data.agency("quanzhou", "人员机构" + AgencyFixtures.marker(), "evaluation");
        String idNumber = AgencyFixtures.idNumber();
        Map<String, Object> input = staff(agency, "张三", idNumber);
        input.put("title", "高级工程师");
        input.put(
                "certificates",
                List.of(
                        Map.of("type", "registeredSafetyEngineer", "number", "RSE-001", "validUntil", "2027-06-30"),
                        Map.of("type", "safetyEvaluator", "number", "SE-002")));

        JsonNode staff = add(input, admin).path("staff");
        JsonNode listed = fixtures.ok(
                        "{ agency(id: " + agency + ") { staff { id name certificates { type } } } }", Map.of(), admin)
                .path("agency")
                .path("staff");

        assertThat(staff.path("name").asString()).isEqualTo("张三");
        assertThat(staff.path("fullTime").asBoolean()).isTrue();
        assertThat(staff.path("certificates").findValuesAsString("typeLabel")).containsExactly("注册安全工程师", "安全评价师");
        assertThat(staff.path("certificates").get(0).path("validUntil").asString())
                .isEqualTo("2027-06-30");
        assertThat(listed.findValuesAsString("id"))
                .containsExactly(staff.path("id").asString());
        String hash = jdbc.queryForObject(
                "SELECT id_hash FROM staff WHERE id = ?",
                String.class,
                staff.path("id").asLong());
        assertThat(hash).matches("[0-9a-f]{64}").doesNotContain(idNumber.substring(0, 17));
        for (String table : List.of("staff", "staff_certificate", "change_history", "idempotency_key")) {
            assertThat(jdbc.queryForList("SELECT * FROM " + table).toString())
                    .as(table)
                    .doesNotContain(idNumber)
                    .doesNotContain(idNumber.substring(0, 17));
        }
    }

    @Test
    void refusesBadStaffInputAndWritesNothing() {
        long agency = data.agency("quanzhou", "坏输入机构" + AgencyFixtures.marker(), "evaluation");
        String valid = AgencyFixtures.idNumber();
        char wrong = valid.charAt(17) == '1' ? '2' : '1';

        assertRefused(staff(agency, "校验位", valid.substring(0, 17) + wrong), "input.idNumber", "INVALID_ID_NUMBER");
        assertRefused(staff(agency, "位数", "35010219800101123"), "input.idNumber", "INVALID_ID_NUMBER");
        assertRefused(staff(agency, "日期", "350102" + "19801301" + "0011"), "input.idNumber", "INVALID_ID_NUMBER");
        assertRefused(staff(agency, "名".repeat(101), AgencyFixtures.idNumber()), "input.name", "TOO_LONG");
        Map<String, Object> badCertificate = staff(agency, "证书", AgencyFixtures.idNumber());
        badCertificate.put("certificates", List.of(Map.of("type", "driver", "number", "X1")));
        assertRefused(badCertificate, "input.certificates[0].type", "INVALID_CERTIFICATE_TYPE");
        assertThat(fixtures.count("SELECT COUNT(*) FROM staff WHERE tenant_id = 'quanzhou' AND agency_id = ?", agency))
                .isZero();
    }

    @Test
    void theSamePersonTwiceInOneAgencyIsRefused() {
        long agency = data.agency("quanzhou", "重复人员机构" + AgencyFixtures.marker(), "evaluation");
        String idNumber = AgencyFixtures.idNumber();
        add(staff(agency, "李四", idNumber), admin);

        JsonNode again = add(staff(agency, "李四", idNumber.toLowerCase()), admin);

        assertThat(again.path("errors").get(0).path("code").asString()).isEqualTo("DUPLICATE_STAFF");
        assertThat(again.path("errors").get(0).path("message").asString()).doesNotContain(idNumber);
        assertThat(fixtures.count("SELECT COUNT(*) FROM staff WHERE tenant_id = 'quanzhou' AND agency_id = ?", agency))
                .isEqualTo(1);
    }

    @Test
    void aRepeatedSubmissionWithItsKeyReturnsTheFirstStaffRecord() {
        long agency = data.agency("quanzhou", "重复提交人员" + AgencyFixtures.marker(), "evaluation");
        Map<String, Object> input = staff(agency, "冯二", AgencyFixtures.idNumber());
        input.put("idempotencyKey", "staff-" + AgencyFixtures.marker());

        JsonNode first = add(input, admin);
        JsonNode second = add(input, admin);

        assertThat(second.path("errors").size()).as("%s", second).isZero();
        assertThat(second.path("staff").path("id").asString())
                .isEqualTo(first.path("staff").path("id").asString());
        assertThat(fixtures.count("SELECT COUNT(*) FROM staff WHERE tenant_id = 'quanzhou' AND agency_id = ?", agency))
                .isEqualTo(1);
    }

    @Test
    void findsTheSamePersonInTwoAgenciesOfOneCityButNotAcrossCities() {
        String marker = AgencyFixtures.marker();
        long first = data.agency("quanzhou", "挂靠甲" + marker, "evaluation");
        long second = data.agency("quanzhou", "挂靠乙" + marker, "testing");
        long elsewhere = data.agency("linyi", "临沂机构" + marker, "evaluation");
        String person = AgencyFixtures.idNumber();
        String linyiAdmin = AgencyFixtures.token("linyi-admin");
        long inFirst =
                add(staff(first, "王五", person), admin).path("staff").path("id").asLong();
        long inSecond =
                add(staff(second, "王五", person), admin).path("staff").path("id").asLong();
        long inLinyi = add(staff(elsewhere, "王五", person), linyiAdmin)
                .path("staff")
                .path("id")
                .asLong();

        JsonNode others = fixtures.ok("{ staffMember(id: " + inFirst + ") { otherAgencies { id } } }", Map.of(), admin)
                .path("staffMember")
                .path("otherAgencies");
        JsonNode quanzhouPeople = fixtures.ok(
                        "{ multiAffiliatedStaff { name staff { id agencyId } } }",
                        Map.of(),
                        AgencyFixtures.token("quanzhou-inspector"))
                .path("multiAffiliatedStaff");
        JsonNode linyiPeople = fixtures.ok("{ multiAffiliatedStaff { staff { id } } }", Map.of(), linyiAdmin)
                .path("multiAffiliatedStaff");
        JsonNode linyiOthers = fixtures.ok(
                        "{ staffMember(id: " + inLinyi + ") { otherAgencies { id } } }", Map.of(), linyiAdmin)
                .path("staffMember")
                .path("otherAgencies");

        assertThat(others.findValuesAsString("id")).containsExactly(String.valueOf(second));
        assertThat(quanzhouPeople.findValues("staff").stream()
                        .map(staff -> staff.findValuesAsString("id"))
                        .filter(ids -> ids.contains(String.valueOf(inFirst))))
                .containsExactly(List.of(String.valueOf(inFirst), String.valueOf(inSecond)));
        assertThat(linyiPeople.findValuesAsString("id")).doesNotContain(String.valueOf(inLinyi));
        assertThat(linyiOthers.size()).isZero();
    }

    @Test
    void anAgencyUserRecordsStaffOfItsOwnAgencyOnly() {
        long own = data.agency("quanzhou", "账号机构" + AgencyFixtures.marker(), "evaluation");
        long other = data.agency("quanzhou", "别家机构" + AgencyFixtures.marker(), "evaluation");
        fixtures.linkAccount("quanzhou", "quanzhou-agency", own);
        String agencyUser = AgencyFixtures.token("quanzhou-agency");

        JsonNode added = add(staff(own, "赵六", AgencyFixtures.idNumber()), agencyUser);
        JsonNode refused =
                fixtures.error(ADD, Map.of("input", staff(other, "钱七", AgencyFixtures.idNumber())), agencyUser);
        JsonNode inspector = fixtures.error(
                ADD,
                Map.of("input", staff(own, "孙八", AgencyFixtures.idNumber())),
                AgencyFixtures.token("quanzhou-inspector"));
        JsonNode otherAgencies = fixtures.error(
                "{ staffMember(id: " + added.path("staff").path("id").asString() + ") { name otherAgencies { id } } }",
                Map.of(),
                agencyUser);

        assertThat(added.path("errors").size()).isZero();
        assertThat(classification(refused)).isEqualTo("NOT_FOUND");
        assertThat(classification(inspector)).isEqualTo("FORBIDDEN");
        assertThat(classification(otherAgencies)).isEqualTo("FORBIDDEN");
        assertThat(fixtures.count("SELECT COUNT(*) FROM staff WHERE tenant_id = 'quanzhou' AND agency_id = ?", other))
                .isZero();
    }

    @Test
    void anotherCityCannotSeeOrWithdrawStaff() {
        long agency = data.agency("quanzhou", "隔离机构" + AgencyFixtures.marker(), "evaluation");
        long staffId = add(staff(agency, "周九", AgencyFixtures.idNumber()), admin)
                .path("staff")
                .path("id")
                .asLong();
        String linyi = AgencyFixtures.token("linyi-admin");
        String withdraw =
                "mutation { withdrawStaff(input: {id: %d, reason: \"离职\"}) { staff { status } errors { code } } }";

        JsonNode read = fixtures.error("{ staffMember(id: " + staffId + ") { name } }", Map.of(), linyi);
        JsonNode missing =
                fixtures.error("{ staffMember(id: " + (staffId + 1_000_000_000L) + ") { name } }", Map.of(), linyi);
        JsonNode change = fixtures.error(withdraw.formatted(staffId), Map.of(), linyi);
        JsonNode add = fixtures.error(ADD, Map.of("input", staff(agency, "吴十", AgencyFixtures.idNumber())), linyi);

        assertThat(List.of(read, missing, change, add))
                .allSatisfy(e -> assertThat(classification(e)).isEqualTo("NOT_FOUND"));
        assertThat(jdbc.queryForObject("SELECT status FROM staff WHERE id = ?", String.class, staffId))
                .isEqualTo("active");

        JsonNode withdrawn =
                fixtures.ok(withdraw.formatted(staffId), Map.of(), admin).path("withdrawStaff");
        JsonNode listed = fixtures.ok("{ agency(id: " + agency + ") { staff { id } } }", Map.of(), admin);
        assertThat(withdrawn.path("staff").path("status").asString()).isEqualTo("withdrawn");
        assertThat(listed.path("agency").path("staff").size()).isZero();
    }

    @Test
    void aWithdrawnPersonWhoReturnsIsActiveAgainWithTheSameRecord() {
        long agency = data.agency("quanzhou", "回归机构" + AgencyFixtures.marker(), "evaluation");
        String idNumber = AgencyFixtures.idNumber();
        long first = add(staff(agency, "郑一", idNumber), admin)
                .path("staff")
                .path("id")
                .asLong();
        fixtures.ok("mutation { withdrawStaff(input: {id: " + first + "}) { errors { code } } }", Map.of(), admin);

        JsonNode back = add(staff(agency, "郑一", idNumber), admin).path("staff");

        assertThat(back.path("id").asLong()).isEqualTo(first);
        assertThat(back.path("status").asString()).isEqualTo("active");
        assertThat(fixtures.count(
                        "SELECT COUNT(*) FROM change_history WHERE entity_type = 'staff' AND entity_id = ?"
                                + " AND action IN ('added', 'withdrawn', 'readded')",
                        String.valueOf(first)))
                .isEqualTo(3);
    }

    @Test
    void aStaffMembersRecordIsChangedWithItsCertificatesAndBadChangesWriteNothing() {
        long agency = data.agency("quanzhou", "修改人员机构" + AgencyFixtures.marker(), "evaluation");
        Map<String, Object> input = staff(agency, "冯一", AgencyFixtures.idNumber());
        input.put("certificates", List.of(Map.of("type", "safetyEvaluator", "number", "SE-100")));
        long id = add(input, admin).path("staff").path("id").asLong();
        String update =
                """
                mutation($input: UpdateStaffInput!) { updateStaff(input: $input) {
                  staff { name fullTime title certificates { type number validUntil } } errors { field code message } } }""";

        // a certificate without its number: refused by field, nothing changed
        JsonNode refused = fixtures.ok(
                        update,
                        Map.of(
                                "input",
                                Map.of(
                                        "id",
                                        id,
                                        "name",
                                        "冯一",
                                        "title",
                                        "高级工程师",
                                        "certificates",
                                        List.of(Map.of("type", "registeredSafetyEngineer", "number", " ")))),
                        admin)
                .path("updateStaff");
        assertThat(refused.path("errors").get(0).path("field").asString()).isEqualTo("input.certificates[0].number");
        assertThat(refused.path("errors").get(0).path("message").asString()).isEqualTo("请填写证书编号");
        assertThat(jdbc.queryForObject("SELECT title FROM staff WHERE id = ?", String.class, id))
                .isNull();

        // promoted, part-time, a new certificate instead of the old one; the reason kept in the history
        JsonNode changed = fixtures.ok(
                        update,
                        Map.of(
                                "input",
                                Map.of(
                                        "id",
                                        id,
                                        "name",
                                        " 冯一 ",
                                        "fullTime",
                                        false,
                                        "title",
                                        "高级工程师",
                                        "certificates",
                                        List.of(Map.of(
                                                "type",
                                                "registeredSafetyEngineer",
                                                "number",
                                                "RSE-200",
                                                "validUntil",
                                                "2028-12-31")),
                                        "reason",
                                        "职称晋升")),
                        admin)
                .path("updateStaff");
        assertThat(changed.path("errors").size()).as("%s", changed).isZero();
        assertThat(changed.path("staff").path("name").asString()).isEqualTo("冯一");
        assertThat(changed.path("staff").path("fullTime").asBoolean()).isFalse();
        assertThat(changed.path("staff").path("title").asString()).isEqualTo("高级工程师");
        assertThat(changed.path("staff").path("certificates").findValuesAsString("number"))
                .containsExactly("RSE-200");
        assertThat(fixtures.count(
                        "SELECT COUNT(*) FROM change_history WHERE entity_type = 'staff' AND entity_id = ?"
                                + " AND action = 'updated' AND reason = '职称晋升'",
                        String.valueOf(id)))
                .isEqualTo(1);

        // another city cannot change it; a person who has left cannot be changed
        JsonNode foreign = fixtures.error(
                update, Map.of("input", Map.of("id", id, "name", "改名")), AgencyFixtures.token("linyi-admin"));
        assertThat(classification(foreign)).isEqualTo("NOT_FOUND");
        fixtures.ok("mutation { withdrawStaff(input: {id: " + id + "}) { errors { code } } }", Map.of(), admin);
        JsonNode left = fixtures.ok(update, Map.of("input", Map.of("id", id, "name", "冯一")), admin)
                .path("updateStaff");
        assertThat(left.path("errors").findValuesAsString("message")).containsExactly("该人员已离职，不能修改");
    }

    private void assertRefused(Map<String, Object> input, String field, String code) {
        JsonNode payload = add(input, admin);
        assertThat(payload.path("staff").isNull()).as("%s", payload).isTrue();
        assertThat(payload.path("errors").get(0).path("field").asString())
                .as("%s", payload)
                .isEqualTo(field);
        assertThat(payload.path("errors").get(0).path("code").asString()).isEqualTo(code);
        assertThat(payload.toString()).doesNotContain(String.valueOf(input.get("idNumber")));
    }

    private JsonNode add(Map<String, Object> input, String token) {
        return fixtures.ok(ADD, Map.of("input", input), token).path("addStaff");
    }

    private static Map<String, Object> staff(long agencyId, String name, String idNumber) {
        return new HashMap<>(Map.of("agencyId", agencyId, "name", name, "idNumber", idNumber, "fullTime", true));
    }
}
