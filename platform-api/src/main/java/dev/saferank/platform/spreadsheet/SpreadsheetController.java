package dev.saferank.platform.spreadsheet;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.security.Caller;
import dev.saferank.platform.security.Callers;
import dev.saferank.platform.subject.ProblemSummaries;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Spreadsheets over HTTP (files, so not GraphQL), with the caller's bearer token: the agency sheet's
 * template and its import (bureau admins), and the .xlsx exports (bureau admins and inspectors). A
 * publication's lists are public like its CSV: {@code GET /publications/{id}.xlsx}.
 */
@RestController
class SpreadsheetController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AgencySheetImport sheets;
    private final Exports exports;
    private final ImportAudit audit;
    private final ProblemSummaries summaries;

    SpreadsheetController(AgencySheetImport sheets, Exports exports, ImportAudit audit, ProblemSummaries summaries) {
        this.sheets = sheets;
        this.exports = exports;
        this.audit = audit;
        this.summaries = summaries;
    }

    @GetMapping("/imports/agencies/template.xlsx")
    @PreAuthorize("hasRole('bureau-admin')")
    void template(HttpServletResponse response) throws IOException {
        attachment(response, "机构人员服务项目导入模板.xlsx");
        AgencySheetTemplate.write(response.getOutputStream());
    }

    @PostMapping("/imports/agencies")
    @PreAuthorize("hasRole('bureau-admin')")
    ResponseEntity<?> importAgencies(
            @RequestParam(name = "file", required = false) MultipartFile file,
            Authentication auth,
            HttpServletRequest request)
            throws IOException {
        if (file == null || file.isEmpty()) {
            return ResponseEntity.badRequest()
                    .body(Map.of("errors", List.of(UserError.of("file", "REQUIRED", "请选择要导入的 Excel 文件"))));
        }
        Caller caller = Callers.require(auth);
        String tenant = Callers.tenant(auth);
        try (InputStream in = file.getInputStream()) {
            AgencySheetImport.Imported imported = sheets.importSheet(tenant, in, caller.username());
            audit.imported(auth, request, file.getOriginalFilename(), imported);
            return ResponseEntity.ok(Map.of("imported", imported));
        }
    }

    @ExceptionHandler(AgencySheetImport.SheetRefused.class)
    ResponseEntity<Map<String, List<SheetProblem>>> refused(AgencySheetImport.SheetRefused refused) {
        return ResponseEntity.unprocessableContent().body(Map.of("problems", refused.problems()));
    }

    @GetMapping("/exports/findings.xlsx")
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    void findings(@RequestParam int year, Authentication auth, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        attachment(response, year + "年度检查发现.xlsx");
        int rows = exports.findings(Callers.tenant(auth), year, response.getOutputStream());
        audit.exported(auth, request, "findings", year, rows);
    }

    @GetMapping("/exports/rectifications.xlsx")
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    void rectifications(
            @RequestParam int year, Authentication auth, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        attachment(response, year + "年度整改台账.xlsx");
        int rows = exports.rectifications(Callers.tenant(auth), year, response.getOutputStream());
        audit.exported(auth, request, "rectifications", year, rows);
    }

    @GetMapping("/exports/ratings/{runId}.xlsx")
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    void ratings(
            @PathVariable long runId, Authentication auth, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String tenant = Callers.tenant(auth);
        Optional<Integer> year = exports.ratingYear(tenant, runId);
        if (year.isEmpty()) {
            notFound(response, "未找到该评定");
            return;
        }
        attachment(response, year.get() + "年度评定结果.xlsx");
        int rows = exports.ratingResults(tenant, runId, year.get(), response.getOutputStream());
        audit.exported(auth, request, "ratings", runId, rows);
    }

    /** 问题汇总表 of a campaign phase's report day (a county's: its district only); an unknown phase is a 404 in Chinese. */
    @GetMapping("/exports/problem-summary.xlsx")
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector', 'county-admin', 'county-inspector')")
    void problemSummary(
            @RequestParam int year,
            @RequestParam int phase,
            Authentication auth,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        ProblemSummaries.Summary summary;
        try {
            summary = summaries.summary(Callers.require(auth), Callers.tenant(auth), year, phase);
        } catch (InvalidInputException unknown) {
            notFound(response, unknown.errors().get(0).message());
            return;
        }
        attachment(response, year + "年度问题汇总（" + summary.phase().name() + "，截至" + summary.cutOff() + "）.xlsx");
        int rows = ProblemSummarySheet.write(summary, response.getOutputStream());
        audit.exported(auth, request, "problemSummary", year + "/" + phase, rows);
    }

    @GetMapping("/publications/{id}.xlsx")
    void publication(@PathVariable long id, HttpServletResponse response) throws IOException {
        if (!exports.published(id)) {
            notFound(response, "未找到该公布");
            return;
        }
        attachment(response, "考评结果公布名单.xlsx");
        exports.publication(id, response.getOutputStream());
    }

    private static void attachment(HttpServletResponse response, String name) {
        response.setContentType(XLSX);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }

    private static void notFound(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
    }
}
