package dev.saferank.platform.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The rows of a checked agency sheet, ready to write. */
record ImportRows(List<AgencyRow> agencies, List<StaffRow> staff, List<EngagementRow> engagements) {

    record AgencyRow(
            int row,
            String creditCode,
            String name,
            String category,
            String qualifications,
            BigDecimal officeArea,
            List<String> districts) {}

    record Certificate(String type, String number, LocalDate validUntil) {}

    record StaffRow(
            int row,
            String agencyCode,
            String name,
            String idHash,
            boolean fullTime,
            String title,
            List<Certificate> certificates) {}

    record EngagementRow(
            int row,
            String agencyCode,
            String enterprise,
            String enterpriseCode,
            String district,
            String serviceType,
            LocalDate contractDate,
            BigDecimal amount) {}
}
