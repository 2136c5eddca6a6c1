package dev.saferank.platform.spreadsheet;

import dev.saferank.platform.staff.PersonIds;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing the agency sheet: read it, check every row (nothing is written while any problem remains),
 * then write it all in one transaction. A second import of the same sheet finds every agency registered
 * and writes nothing.
 */
@Service
class AgencySheetImport {

    /** What an import wrote. */
    record Imported(int agencies, int staff, int engagements) {}

    /** The sheet's problems; nothing was written. */
    static final class SheetRefused extends RuntimeException {
        private final transient List<SheetProblem> problems;

        SheetRefused(List<SheetProblem> problems) {
            super("sheet refused", null, false, false);
            this.problems = problems;
        }

        List<SheetProblem> problems() {
            return problems;
        }
    }

    private final JdbcTemplate jdbc;
    private final PersonIds people;
    private final AgencySheetWriter writer;

    AgencySheetImport(JdbcTemplate jdbc, PersonIds people, AgencySheetWriter writer) {
        this.jdbc = jdbc;
        this.people = people;
        this.writer = writer;
    }

    @Transactional
    Imported importSheet(String tenant, InputStream xlsx, String actor) {
        AgencySheetCheck.Register register = register(tenant);
        ImportRows rows;
        List<SheetProblem> problems;
        try (Workbook workbook = new XSSFWorkbook(xlsx)) {
            AgencySheetCheck check = new AgencySheetCheck(register, people);
            rows = check.check(workbook);
            problems = check.problems();
        } catch (NotOfficeXmlFileException | IOException | org.apache.poi.ooxml.POIXMLException unreadable) {
            throw new SheetRefused(List.of(new SheetProblem("", 0, "", "", "无法读取该文件：请上传 Excel 工作簿（.xlsx），可先下载模板")));
        }
        if (!problems.isEmpty()) {
            throw new SheetRefused(problems);
        }
        writer.write(tenant, rows, register.agencies(), actor);
        return new Imported(
                rows.agencies().size(), rows.staff().size(), rows.engagements().size());
    }

    /** The city's register as the check needs it: three statements whatever the sheet's size. */
    private AgencySheetCheck.Register register(String tenant) {
        Map<String, Long> agencies = new HashMap<>();
        jdbc.query(
                "SELECT id, credit_code FROM agency WHERE tenant_id = ?",
                rs -> {
                    agencies.put(rs.getString("credit_code"), rs.getLong("id"));
                },
                tenant);
        Map<String, String> districts = new HashMap<>();
        jdbc.query(
                "SELECT code, name FROM district WHERE tenant_id = ?",
                rs -> {
                    districts.put(rs.getString("code"), rs.getString("code"));
                    districts.put(rs.getString("name"), rs.getString("code"));
                },
                tenant);
        Set<String> staff = new HashSet<>();
        jdbc.query(
                "SELECT agency_id, id_hash FROM staff WHERE tenant_id = ?",
                rs -> {
                    staff.add(rs.getLong("agency_id") + ":" + rs.getString("id_hash"));
                },
                tenant);
        return new AgencySheetCheck.Register(agencies, districts, staff);
    }
}
