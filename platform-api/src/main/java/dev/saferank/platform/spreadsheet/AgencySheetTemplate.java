package dev.saferank.platform.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The agency sheet's template: the three sheets with their headers (* marks a required column) and a note row. */
final class AgencySheetTemplate {

    private AgencySheetTemplate() {}

    static void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            var header = workbook.createCellStyle();
            header.setFont(bold);
            sheet(workbook, header, AgencySheet.AGENCIES, AgencySheet.AGENCY_HEADERS);
            sheet(workbook, header, AgencySheet.STAFF, AgencySheet.STAFF_HEADERS);
            sheet(workbook, header, AgencySheet.ENGAGEMENTS, AgencySheet.ENGAGEMENT_HEADERS);
            Sheet help = workbook.createSheet("填写说明");
            List<String> lines = List.of(
                    "带 * 的列必须填写；从第 2 行起每行一条，空行不读。",
                    "机构类别填写中文名称：安全评价、检测检验、安全培训、标准化、安全咨询等（与页面的类别一致）。",
                    "服务区县填写本市区县的名称或代码，多个用、分隔。",
                    "人员表：同一人员有多个证书时，重复填写该人员一行，只改证书三列。专职填写「是」或「否」，不填为是。",
                    "日期填写为 2023-03-01，或使用 Excel 的日期格式。",
                    "整张表格检查无误后才会一次写入；有任何问题时不写入任何数据，并按工作表、行、列列出问题。");
            for (int i = 0; i < lines.size(); i++) {
                help.createRow(i).createCell(0).setCellValue(lines.get(i));
            }
            help.setColumnWidth(0, 100 * 256);
            workbook.write(out);
        }
    }

    private static void sheet(
            XSSFWorkbook workbook, org.apache.poi.ss.usermodel.CellStyle header, String name, List<String> headers) {
        Sheet sheet = workbook.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, Math.max(14, headers.get(i).length() * 3) * 256);
        }
        sheet.createFreezePane(0, 1);
    }
}
