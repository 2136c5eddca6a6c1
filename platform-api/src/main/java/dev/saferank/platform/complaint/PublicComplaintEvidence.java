package dev.saferank.platform.complaint;

import dev.saferank.platform.evidence.Evidence;
import dev.saferank.platform.evidence.EvidenceFile;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files a member of the public attaches to the complaint they have just filed, anonymously or not: {@code POST
 * /public/complaints/{trackingCode}/evidence} with a multipart {@code file}. The tracking code (80 random bits,
 * given only to the filer) proves the complaint is theirs; attaching stays open for {@link #WINDOW} after filing
 * and while the bureau has not started on it, {@link #MAX_FILES} files at most. The files are the complaint's
 * evidence like the bureau's own: seen and downloaded by the tenant's bureau staff only (ComplaintEvidence),
 * never shown back on the public site. Refusals are JSON {@code {errors: [{field, code, message}]}} in Chinese;
 * an unknown code is a 404 like any missing record.
 */
@RestController
class PublicComplaintEvidence {

    static final String ACTOR = "public";
    static final int MAX_FILES = 5;
    static final Duration WINDOW = Duration.ofHours(24);

    private final ComplaintMapper complaints;
    private final Evidence evidence;

    PublicComplaintEvidence(ComplaintMapper complaints, Evidence evidence) {
        this.complaints = complaints;
        this.evidence = evidence;
    }

    @PostMapping("/public/complaints/{trackingCode}/evidence")
    ResponseEntity<Map<String, Object>> attach(
            @PathVariable String trackingCode, @RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        String code = trackingCode.strip().toUpperCase(Locale.ROOT);
        Complaint complaint = (code.length() == 16
                        ? complaints.findByTrackingCode(code)
                        : java.util.Optional.<Complaint>empty())
                .orElse(null);
        if (complaint == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(Map.of("errors", List.of(UserError.of("trackingCode", "NOT_FOUND", "未找到该查询码对应的投诉"))));
        }
        if (!"received".equals(complaint.status())
                || complaint.filedAt().plus(WINDOW).isBefore(Instant.now())) {
            throw new InvalidInputException(
                    "trackingCode", "CLOSED_FOR_FILES", "该投诉已进入办理或提交已超过 24 小时，不能再在网上补充附件，请联系受理部门");
        }
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "REQUIRED", "请选择要上传的文件");
        }
        try (InputStream body = file.getInputStream()) {
            EvidenceFile attached = evidence.attachWithoutAccount(
                    complaint.tenantId(),
                    ComplaintEvidence.TYPE,
                    complaint.id(),
                    file.getOriginalFilename(),
                    body,
                    ACTOR,
                    MAX_FILES);
            // the public gets the name and the fingerprint back, nothing of the record
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(Map.of("file", Map.of("fileName", attached.fileName(), "sha256", attached.sha256())));
        }
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, List<UserError>>> invalid(InvalidInputException invalid) {
        return ResponseEntity.badRequest().body(Map.of("errors", invalid.errors()));
    }
}
