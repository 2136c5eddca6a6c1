package dev.saferank.platform.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;

/** A cell's value as a person typed it: text trimmed, numbers without a trailing .0, dates as dates. */
final class Cells {

    private Cells() {}

    static String text(Row row, int column) {
        if (row == null) {
            return "";
        }
        Cell cell = row.getCell(column);
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : new BigDecimal(Double.toString(cell.getNumericCellValue()))
                                .stripTrailingZeros()
                                .toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            default -> "";
        };
    }

    static boolean blank(Row row, int columns) {
        for (int i = 0; i < columns; i++) {
            if (!text(row, i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** A date typed as a date cell or as 2023-03-01 / 2023/3/1 / 2023.3.1. */
    static Optional<LocalDate> date(String text) {
        String[] parts = text.split("[-/.年月日]");
        try {
            if (parts.length >= 3) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(parts[0].strip()),
                        Integer.parseInt(parts[1].strip()),
                        Integer.parseInt(parts[2].strip())));
            }
            return Optional.of(LocalDate.parse(text));
        } catch (NumberFormatException | java.time.DateTimeException bad) {
            return Optional.empty();
        }
    }

    static Optional<BigDecimal> decimal(String text) {
        try {
            return Optional.of(new BigDecimal(text.replace(",", "")));
        } catch (NumberFormatException bad) {
            return Optional.empty();
        }
    }
}
