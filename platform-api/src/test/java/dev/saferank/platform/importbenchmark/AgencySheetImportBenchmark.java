package dev.saferank.platform.importbenchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.KeycloakTokens;
import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.spreadsheet.SheetFiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code ./mvnw -pl platform-api -Pimport-benchmark verify}: an agency sheet of {@code benchmark.agencies}
 * (1,000) agencies, each with {@code benchmark.staff} (3) staff holding a certificate and one engagement,
 * imported {@code benchmark.rounds} (3) times (fresh credit codes and people each round) through {@code
 * POST /imports/agencies} with a bureau admin's token: upload, reading, checking every row and writing it
 * all. Prints the time of each round (the target: under 10 s for 1,000 agencies with their staff); asserts
 * only that everything was written. Not part of {@code ./mvnw verify}.
 */
@RealServersTest
class AgencySheetImportBenchmark {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importsTheSheet() throws Exception {
        int agencies = Integer.getInteger("benchmark.agencies", 1000);
        int staffEach = Integer.getInteger("benchmark.staff", 3);
        int rounds = Integer.getInteger("benchmark.rounds", 3);
        new TestData(jdbc, null).tenant("suzhou");
        jdbc.update("INSERT IGNORE INTO district (tenant_id, code, name) VALUES ('suzhou', '320506', '吴中区')");
        String token = KeycloakTokens.accessToken("suzhou-admin");
        List<Long> times = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            SheetFiles sheet = new SheetFiles();
            int person = 0;
            for (int a = 0; a < agencies; a++) {
                String code = TestData.uniqueCreditCode();
                sheet.row("机构", code, "苏州导入基准机构" + round + "-" + a, "安全评价", "甲级", "150", "吴中区");
                for (int s = 0; s < staffEach; s++) {
                    sheet.row(
                            "人员",
                            code,
                            "技术人员" + person,
                            idNumber(round, person++),
                            "是",
                            "工程师",
                            "注册安全工程师",
                            "ZA" + round + "-" + person,
                            "2030-12-31");
                }
                sheet.row(
                        "服务项目",
                        code,
                        "吴中服务企业" + a,
                        null,
                        "吴中区",
                        "安全评价",
                        LocalDate.now().minusMonths(2).toString(),
                        "30000");
            }
            byte[] xlsx = sheet.bytes();
            long start = System.nanoTime();
            var response = SheetFiles.upload(port, xlsx, token);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).contains("\"agencies\":" + agencies, "\"staff\":" + agencies * staffEach);
            times.add(millis);
            System.out.printf(
                    "[import benchmark] round %d: %,d agencies, %,d staff, %,d engagements, %,d KB sheet: %,d ms%n",
                    round, agencies, agencies * staffEach, agencies, xlsx.length / 1024, millis);
        }
        List<Long> sorted = new ArrayList<>(times);
        sorted.sort(null);
        System.out.printf(
                "[import benchmark] median %,d ms over %d rounds (target: under 10,000 ms for 1,000 agencies with their staff)%n",
                sorted.get(sorted.size() / 2), rounds);
    }

    /** A valid ID number, unique per round and person (birth date from the person's number). */
    private static String idNumber(int round, int person) {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(person);
        String body = "3205" + String.format("%02d", 6 + round)
                + birth.toString().replace("-", "") + String.format("%03d", person % 1000);
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * w[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
