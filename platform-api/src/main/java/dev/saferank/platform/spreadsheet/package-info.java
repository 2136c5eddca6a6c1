/**
 * Spreadsheets in and out (Apache POI): the agency sheet (agencies, their staff and engagements) imported
 * whole or not at all, with every problem named by sheet, row and column in Chinese; and .xlsx exports with
 * Chinese headers (findings, the 整改 ledger, rating results with item scores, a publication's lists),
 * written as streams (SXSSF) so that a large export holds a window of rows, not the whole workbook.
 */
package dev.saferank.platform.spreadsheet;
