package dev.saferank.platform.evidence;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.NotFoundException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.security.Caller;
import dev.saferank.platform.security.Callers;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence over HTTP, for signed-in users (a bearer token, like /graphql): {@code POST
 * /evidence/{ownerType}/{ownerId}} with a multipart {@code file} (and {@code part}, a checklist answer's
 * question) attaches; {@code GET /evidence/{id}} downloads. Files are bytes, so not GraphQL; their lists are
 * (the records' {@code attachments} fields). Refusals are JSON {@code {errors: [{field, code, message}]}} in
 * Chinese, as a mutation's payload would be; an id the caller may not see is a 404 like a missing one.
 */
@RestController
class EvidenceController {

    private final Evidence evidence;
    private final EvidenceSettings settings;

    EvidenceController(Evidence evidence, EvidenceSettings settings) {
        this.evidence = evidence;
        this.settings = settings;
    }

    @PostMapping("/evidence/{ownerType}/{ownerId}")
    ResponseEntity<Map<String, Object>> attach(
            @PathVariable String ownerType,
            @PathVariable long ownerId,
            @RequestParam(name = "part", required = false) String part,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Authentication auth)
            throws IOException {
        Caller caller = Callers.require(auth);
        if (file == null) {
            throw new InvalidInputException("file", "REQUIRED", "请选择要上传的文件");
        }
        try (InputStream body = file.getInputStream()) {
            EvidenceFile attached = evidence.attach(
                    caller, Callers.tenant(auth), ownerType, ownerId, part, file.getOriginalFilename(), body);
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("file", attached));
        }
    }

    @GetMapping("/evidence/{id}")
    void download(@PathVariable long id, Authentication auth, HttpServletResponse response) throws IOException {
        String tenant = Callers.tenant(auth);
        EvidenceFile file = evidence.visible(Callers.require(auth), tenant, id);
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.size());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("X-Evidence-SHA256", file.sha256());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        evidence.copy(tenant, file, response.getOutputStream());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, List<UserError>>> invalid(InvalidInputException invalid) {
        return ResponseEntity.badRequest().body(Map.of("errors", invalid.errors()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, List<UserError>>> notFound(NotFoundException missing) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Map.of("errors", List.of(UserError.of(null, "NOT_FOUND", "未找到该记录或附件"))));
    }
}
