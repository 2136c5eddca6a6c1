package dev.saferank.platform.web;

import com.sun.net.httpserver.HttpServer;
import dev.saferank.platform.TestData;
import dev.saferank.platform.spreadsheet.SheetFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the year-long journeys (web/e2e/journey-*.spec.ts) need that no page can give: the agency sheets a
 * clerk fills in (written here as .xlsx files, their districts named as the spec adds them in the
 * districts page), and the passing of time. A notice lasts working days, and a year is published only
 * after its notice has ended, so a journey run in one afternoon asks this test's clock to let the notice
 * period pass: the open notice of a tenant's year is moved back so that it ended yesterday. Nothing
 * else of the tenant is touched; every fact is entered through the pages.
 */
final class JourneyE2eRows {

    /** A year in the past (facts are never dated in the future), for fresh tenants only. */
    static final int YEAR = 2025;

    private final JdbcTemplate jdbc;
    private HttpServer clock;

    JourneyE2eRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, String> seed() throws IOException {
        String mark = Long.toString(System.nanoTime() % 100_000, 36);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("E2E_JOURNEY_MARK", mark);
        env.put("E2E_JOURNEY_YEAR", Integer.toString(YEAR));
        Path dir = Files.createTempDirectory("e2e-journey");

        // 泉州: two evaluation agencies and a training institution (附件2's checklist is for training institutions)
        var quanzhou = new Sheet("泉州", mark)
                .agency("泉州诚安安全评价有限公司", "安全评价", "鲤城区", 3)
                .agency("泉州德信安全评价有限公司", "安全评价", "丰泽区", 2)
                .agency("泉州明安安全培训学校", "安全培训", "晋江市", 2);
        env.putAll(quanzhou.write(dir, "E2E_JOURNEY_QZ"));

        // 佛山: ranked by category (分类考核): two evaluation agencies and a testing one
        var foshan = new Sheet("佛山", mark)
                .agency("佛山顺安安全评价有限公司", "安全评价", "禅城区", 2)
                .agency("佛山粤正安全评价有限公司", "安全评价", "南海区", 2)
                .agency("佛山精测检测技术有限公司", "检测检验", "顺德区", 2);
        env.putAll(foshan.write(dir, "E2E_JOURNEY_FS"));

        clock = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        clock.createContext("/notice-period-passes", exchange -> {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            int moved = noticePeriodPasses(query.get("tenant"), Integer.parseInt(query.get("year")));
            byte[] body = Integer.toString(moved).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(moved == 1 ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        clock.start();
        env.put("E2E_CLOCK_URL", "http://127.0.0.1:" + clock.getAddress().getPort());
        return env;
    }

    void stop() {
        if (clock != null) {
            clock.stop(0);
        }
    }

    /** The open notice of a year, moved back so that its last day was yesterday (China's date). */
    private int noticePeriodPasses(String tenant, int year) {
        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
        return jdbc.update(
                "UPDATE rating_notice SET starts_on = DATE_SUB(starts_on, INTERVAL DATEDIFF(ends_on, ?) DAY), ends_on = ?"
                        + " WHERE tenant_id = ? AND year = ? AND status = 'open'",
                yesterday,
                yesterday,
                tenant,
                year);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            out.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return out;
    }

    /** An agency sheet as a clerk fills it: each agency with registered safety engineers and a contract of the year. */
    private static final class Sheet {
        private final String city;
        private final String mark;
        private final SheetFiles file = new SheetFiles();
        private final List<String> names = new java.util.ArrayList<>();
        private int people;

        Sheet(String city, String mark) {
            this.city = city;
            this.mark = mark;
        }

        Sheet agency(String name, String category, String district, int engineers) {
            String code = TestData.uniqueCreditCode();
            String full = name + mark;
            names.add(full);
            file.row("机构", code, full, category, category + "乙级", "200", district);
            for (int i = 0; i < engineers; i++) {
                people++;
                file.row(
                        "人员",
                        code,
                        "林" + "一二三四五六七八九十".charAt(people % 10) + "工",
                        idNumber(people),
                        "是",
                        "工程师",
                        "注册安全工程师",
                        "ZA" + mark + people,
                        null);
            }
            file.row(
                    "服务项目",
                    code,
                    city + "服务企业" + names.size() + "有限公司",
                    null,
                    district,
                    category,
                    YEAR + "-03-0" + names.size(),
                    "60000");
            return this;
        }

        Map<String, String> write(Path dir, String prefix) throws IOException {
            Path sheet = dir.resolve(city + "机构导入.xlsx");
            try {
                Files.write(sheet, file.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> env = new LinkedHashMap<>();
            env.put(prefix + "_SHEET", sheet.toString());
            for (int i = 0; i < names.size(); i++) {
                env.put(prefix + "_AGENCY_" + (i + 1), names.get(i));
            }
            return env;
        }

        /** A 公民身份号码 (GB 11643) born 1980-01-01 with its check character, unique within the build's run. */
        private String idNumber(int n) {
            String body = "440604" + "1980010" + "1" + "%03d".formatted((Math.abs(mark.hashCode()) + n * 7) % 1000);
            body = body.substring(0, 17);
            int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (body.charAt(i) - '0') * weights[i];
            }
            return body + "10X98765432".charAt(sum % 11);
        }
    }
}
