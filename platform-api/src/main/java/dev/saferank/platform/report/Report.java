package dev.saferank.platform.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A technical service report of an agency.
 *
 * @param tenantId the tenant (never exposed: it keys batched fields)
 * @param agencyName the agency's name, read with the report
 * @param type evaluation, testing, consulting, training, standardisation, other
 * @param body the text; null when the report was read for a list ({@code ReportMapper.listedByIds}),
 *     where {@code Report.body} reads it if a client asks
 * @param source text (given as text), pdf or docx (text extracted from the uploaded file)
 * @param status active or withdrawn
 * @param version raised by every change; the search index keeps the document of the highest one
 */
public record Report(
        String tenantId,
        long id,
        long agencyId,
        String agencyName,
        String enterprise,
        String type,
        String reportNo,
        String title,
        LocalDate issuedOn,
        String body,
        String source,
        String fileName,
        String status,
        int version,
        String uploadedBy,
        Instant uploadedAt) {}
