package dev.saferank.platform.spreadsheet;

import dev.saferank.platform.agency.Categories;
import dev.saferank.platform.agency.CreditCode;
import dev.saferank.platform.engagement.EngagementKinds;
import dev.saferank.platform.spreadsheet.ImportRows.AgencyRow;
import dev.saferank.platform.spreadsheet.ImportRows.Certificate;
import dev.saferank.platform.spreadsheet.ImportRows.EngagementRow;
import dev.saferank.platform.spreadsheet.ImportRows.StaffRow;
import dev.saferank.platform.staff.PersonIds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Every row of an agency sheet checked against the rules the pages apply (credit code check character, ID
 * number, categories, districts of the city, dates), and across sheets and the city's register (a credit
 * code twice, staff of an agency neither in the sheet nor registered, a person twice in one agency): all
 * problems at once, each by sheet, row and column. One instance a sheet.
 */
final class AgencySheetCheck {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final BigDecimal MAX_AREA = new BigDecimal("9999999999.99");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    /** What the city already has: registered agencies by credit code, districts, active staff. */
    record Register(Map<String, Long> agencies, Map<String, String> districts, Set<String> activeStaff) {}

    private final Register register;
    private final PersonIds people;
    private final List<SheetProblem> problems = new ArrayList<>();
    private final Map<String, String> categories = new HashMap<>();
    private final Map<String, String> certificateTypes = new HashMap<>();
    private final Map<String, String> serviceTypes = new HashMap<>();

    AgencySheetCheck(Register register, PersonIds people) {
        this.register = register;
        this.people = people;
        Categories.all().forEach(c -> {
            categories.put(c.code().toLowerCase(Locale.ROOT), c.code());
            categories.put(c.label(), c.code());
        });
        people.certificateTypes().forEach((code, label) -> {
            certificateTypes.put(code.toLowerCase(Locale.ROOT), code);
            certificateTypes.put(label, code);
        });
        EngagementKinds.serviceTypes().forEach((code, label) -> {
            serviceTypes.put(code.toLowerCase(Locale.ROOT), code);
            serviceTypes.put(label, code);
        });
    }

    List<SheetProblem> problems() {
        return problems;
    }

    ImportRows check(Workbook workbook) {
        Sheet agencySheet = sheet(workbook, AgencySheet.AGENCIES);
        Sheet staffSheet = sheet(workbook, AgencySheet.STAFF);
        Sheet engagementSheet = sheet(workbook, AgencySheet.ENGAGEMENTS);
        if (agencySheet == null && staffSheet == null && engagementSheet == null) {
            problems.add(new SheetProblem("", 0, "", "", "未找到工作表「机构」「人员」或「服务项目」，请使用下载的模板"));
            return new ImportRows(List.of(), List.of(), List.of());
        }
        List<AgencyRow> agencies = agencySheet == null ? List.of() : agencies(agencySheet);
        Set<String> known = new HashSet<>(register.agencies().keySet());
        agencies.forEach(a -> known.add(a.creditCode()));
        List<StaffRow> staff = staffSheet == null ? List.of() : staff(staffSheet, known);
        List<EngagementRow> engagements = engagementSheet == null ? List.of() : engagements(engagementSheet, known);
        return new ImportRows(agencies, staff, engagements);
    }

    private static Sheet sheet(Workbook workbook, String name) {
        return workbook.getSheet(name);
    }

    private List<Row> rows(Sheet sheet, int columns) {
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && !Cells.blank(row, columns)) {
                rows.add(row);
            }
        }
        if (rows.size() > AgencySheet.MAX_ROWS) {
            problems.add(
                    new SheetProblem(sheet.getSheetName(), 0, "", "", "行数过多（上限 " + AgencySheet.MAX_ROWS + " 行），请分批导入"));
            return List.of();
        }
        return rows;
    }

    private void problem(String sheet, Row row, int column, List<String> headers, String message) {
        String header = headers.get(column).replace("*", "");
        problems.add(new SheetProblem(sheet, row.getRowNum() + 1, AgencySheet.column(column), header, message));
    }

    private List<AgencyRow> agencies(Sheet sheet) {
        List<String> h = AgencySheet.AGENCY_HEADERS;
        String s = AgencySheet.AGENCIES;
        List<AgencyRow> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Row row : rows(sheet, h.size())) {
            int before = problems.size();
            String code = Cells.text(row, 0).toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                problem(s, row, 0, h, "请填写统一社会信用代码");
            } else {
                Optional<String> bad = CreditCode.problem(code);
                if (bad.isPresent()) {
                    problem(s, row, 0, h, bad.get());
                } else if (seen.containsKey(code)) {
                    problem(s, row, 0, h, "与第 " + seen.get(code) + " 行的统一社会信用代码重复");
                } else if (register.agencies().containsKey(code)) {
                    problem(s, row, 0, h, "本市已登记统一社会信用代码为 " + code + " 的机构");
                }
                seen.putIfAbsent(code, row.getRowNum() + 1);
            }
            String name = Cells.text(row, 1);
            if (name.isEmpty()) {
                problem(s, row, 1, h, "请填写机构名称");
            } else if (name.length() > 200) {
                problem(s, row, 1, h, "机构名称过长（上限 200 字）");
            }
            String category = categories.get(Cells.text(row, 2).toLowerCase(Locale.ROOT));
            if (category == null) {
                problem(
                        s,
                        row,
                        2,
                        h,
                        "机构类别须为："
                                + String.join(
                                        "、",
                                        Categories.all().stream()
                                                .map(c -> c.label())
                                                .toList()));
            }
            String qualifications = Cells.text(row, 3);
            if (qualifications.length() > 2000) {
                problem(s, row, 3, h, "资质说明过长（上限 2000 字）");
            }
            BigDecimal area = null;
            String areaText = Cells.text(row, 4);
            if (!areaText.isEmpty()) {
                area = Cells.decimal(areaText).orElse(null);
                if (area == null || area.signum() < 0 || area.compareTo(MAX_AREA) > 0 || area.scale() > 2) {
                    problem(s, row, 4, h, "办公面积须为不小于 0 的数字（最多两位小数）");
                    area = null;
                }
            }
            List<String> districts = new ArrayList<>();
            for (String d : Cells.text(row, 5).split("[、,，;；\\s]+")) {
                if (d.isBlank()) {
                    continue;
                }
                String district = register.districts().get(d.strip());
                if (district == null) {
                    problem(s, row, 5, h, "区县「" + d.strip() + "」不是本市的区县");
                } else if (!districts.contains(district)) {
                    districts.add(district);
                }
            }
            if (problems.size() == before) {
                out.add(new AgencyRow(
                        row.getRowNum() + 1,
                        code,
                        name,
                        category,
                        qualifications.isEmpty() ? null : qualifications,
                        area,
                        districts));
            }
        }
        return out;
    }

    private List<StaffRow> staff(Sheet sheet, Set<String> knownAgencies) {
        List<String> h = AgencySheet.STAFF_HEADERS;
        String s = AgencySheet.STAFF;
        Map<String, StaffRow> people = new LinkedHashMap<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (Row row : rows(sheet, h.size())) {
            int before = problems.size();
            String agency = agencyCode(s, row, h, knownAgencies);
            String name = Cells.text(row, 1);
            if (name.isEmpty()) {
                problem(s, row, 1, h, "请填写姓名");
            } else if (name.length() > 100) {
                problem(s, row, 1, h, "姓名过长（上限 100 字）");
            }
            String number = Cells.text(row, 2);
            String hash = null;
            if (number.isEmpty()) {
                problem(s, row, 2, h, "请填写公民身份号码");
            } else {
                Optional<String> bad = this.people.problem(number);
                if (bad.isPresent()) {
                    problem(s, row, 2, h, bad.get());
                } else {
                    hash = this.people.hash(number);
                }
            }
            String fullTimeText = Cells.text(row, 3);
            if (!fullTimeText.isEmpty() && !fullTimeText.equals("是") && !fullTimeText.equals("否")) {
                problem(s, row, 3, h, "专职一栏须填写「是」或「否」");
            }
            String title = Cells.text(row, 4);
            if (title.length() > 100) {
                problem(s, row, 4, h, "职称过长（上限 100 字）");
            }
            Certificate certificate = certificate(s, row, h);
            if (problems.size() > before || agency == null || hash == null) {
                continue;
            }
            Long registered = register.agencies().get(agency);
            if (registered != null && register.activeStaff().contains(registered + ":" + hash)) {
                problem(s, row, 2, h, "该人员已在该机构登记");
                continue;
            }
            String key = agency + ":" + hash;
            StaffRow person = people.get(key);
            if (person == null) {
                List<Certificate> certificates = new ArrayList<>();
                if (certificate != null) {
                    certificates.add(certificate);
                }
                people.put(
                        key,
                        new StaffRow(
                                row.getRowNum() + 1,
                                agency,
                                name,
                                hash,
                                !fullTimeText.equals("否"),
                                title.isEmpty() ? null : title,
                                certificates));
                firstRow.put(key, row.getRowNum() + 1);
            } else if (!person.name().equals(name)) {
                problem(s, row, 1, h, "同一公民身份号码在第 " + firstRow.get(key) + " 行的姓名为「" + person.name() + "」");
            } else if (certificate != null) {
                // the same person again: a further certificate of theirs
                person.certificates().add(certificate);
            } else {
                problem(s, row, 2, h, "与第 " + firstRow.get(key) + " 行是同一机构的同一人员");
            }
        }
        return new ArrayList<>(people.values());
    }

    private Certificate certificate(String s, Row row, List<String> h) {
        String typeText = Cells.text(row, 5);
        String number = Cells.text(row, 6);
        String until = Cells.text(row, 7);
        if (typeText.isEmpty() && number.isEmpty() && until.isEmpty()) {
            return null;
        }
        String type = certificateTypes.get(typeText.toLowerCase(Locale.ROOT));
        if (type == null) {
            problem(
                    s,
                    row,
                    5,
                    h,
                    "证书类型须为：" + String.join("、", people.certificateTypes().values()));
        }
        if (number.isEmpty()) {
            problem(s, row, 6, h, "请填写证书编号");
        } else if (number.length() > 64) {
            problem(s, row, 6, h, "证书编号过长（上限 64 字）");
        }
        LocalDate validUntil = null;
        if (!until.isEmpty()) {
            validUntil = Cells.date(until).orElse(null);
            if (validUntil == null) {
                problem(s, row, 7, h, "日期格式应为 2025-12-31");
            }
        }
        return type == null || number.isEmpty() ? null : new Certificate(type, number, validUntil);
    }

    private String agencyCode(String s, Row row, List<String> h, Set<String> knownAgencies) {
        String code = Cells.text(row, 0).toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            problem(s, row, 0, h, "请填写机构统一社会信用代码");
            return null;
        }
        if (!knownAgencies.contains(code)) {
            problem(s, row, 0, h, "机构 " + code + " 既不在「机构」表中，也未在本市登记");
            return null;
        }
        return code;
    }

    private List<EngagementRow> engagements(Sheet sheet, Set<String> knownAgencies) {
        List<String> h = AgencySheet.ENGAGEMENT_HEADERS;
        String s = AgencySheet.ENGAGEMENTS;
        List<EngagementRow> out = new ArrayList<>();
        LocalDate today = LocalDate.now(CHINA);
        for (Row row : rows(sheet, h.size())) {
            int before = problems.size();
            String agency = agencyCode(s, row, h, knownAgencies);
            String enterprise = Cells.text(row, 1);
            if (enterprise.isEmpty()) {
                problem(s, row, 1, h, "请填写服务企业名称");
            } else if (enterprise.length() > 200) {
                problem(s, row, 1, h, "服务企业名称过长（上限 200 字）");
            }
            String enterpriseCode = Cells.text(row, 2).toUpperCase(Locale.ROOT);
            if (!enterpriseCode.isEmpty()) {
                CreditCode.problem(enterpriseCode).ifPresent(bad -> problem(s, row, 2, h, bad));
            }
            String districtText = Cells.text(row, 3);
            String district = register.districts().get(districtText);
            if (districtText.isEmpty()) {
                problem(s, row, 3, h, "请填写所在区县");
            } else if (district == null) {
                problem(s, row, 3, h, "区县「" + districtText + "」不是本市的区县");
            }
            String type = serviceTypes.get(Cells.text(row, 4).toLowerCase(Locale.ROOT));
            if (type == null) {
                problem(
                        s,
                        row,
                        4,
                        h,
                        "服务类型须为："
                                + String.join(
                                        "、", EngagementKinds.serviceTypes().values()));
            }
            String dateText = Cells.text(row, 5);
            LocalDate date = dateText.isEmpty() ? null : Cells.date(dateText).orElse(null);
            if (dateText.isEmpty()) {
                problem(s, row, 5, h, "请填写合同日期");
            } else if (date == null) {
                problem(s, row, 5, h, "日期格式应为 2023-03-01");
            } else if (date.isAfter(today)) {
                problem(s, row, 5, h, "合同日期不能晚于今天");
            }
            BigDecimal amount = null;
            String amountText = Cells.text(row, 6);
            if (!amountText.isEmpty()) {
                amount = Cells.decimal(amountText).orElse(null);
                if (amount == null || amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 2) {
                    problem(s, row, 6, h, "合同金额须为不小于 0 的数字（最多两位小数）");
                }
            }
            if (problems.size() == before) {
                out.add(new EngagementRow(
                        row.getRowNum() + 1,
                        agency,
                        enterprise,
                        enterpriseCode.isEmpty() ? null : enterpriseCode,
                        district,
                        type,
                        date,
                        amount));
            }
        }
        return out;
    }
}
