package dev.saferank.platform.spreadsheet;

/**
 * One problem of an imported sheet, where a person finds it in Excel: the sheet, the row number Excel
 * shows, the column letter and header, and what is wrong in Chinese.
 */
record SheetProblem(String sheet, int row, String column, String header, String message) {}
