package dev.saferank.platform.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streamed workbook (SXSSF: 100 rows in memory, the rest flushed to a temporary file) with bold Chinese
 * headers, a marked style (a red fill: overdue), and text cells that Excel never takes for a formula.
 */
final class Xlsx implements AutoCloseable {

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final CellStyle header;
    private final CellStyle marked;

    Xlsx() {
        workbook.setCompressTempFiles(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        marked = workbook.createCellStyle();
        marked.setFillForegroundColor(IndexedColors.ROSE.getIndex());
        marked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    /** A new sheet with its header row; returns it for {@link #row}. */
    Sheet sheet(String name, List<String> headers) {
        SXSSFSheet sheet = workbook.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, Math.min(60, Math.max(10, headers.get(i).length() * 3)) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /** Appends a row: numbers as numbers, the rest as text (a leading =, +, - or @ stays text). */
    void row(Sheet sheet, boolean mark, Object... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            var cell = row.createCell(i);
            Object v = values[i];
            if (v instanceof BigDecimal d) {
                cell.setCellValue(d.doubleValue());
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v != null) {
                cell.setCellValue(v.toString());
            }
            if (mark) {
                cell.setCellStyle(marked);
            }
        }
    }

    void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
