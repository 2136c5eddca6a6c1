package dev.saferank.platform.evidence;

import dev.saferank.platform.graphql.UserError;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceSettings.class)
class EvidenceConfiguration {

    /**
     * A request beyond the servlet's multipart limit (spring.servlet.multipart, a little above the evidence
     * limit) is refused before any controller runs: the same Chinese answer as a file over the limit.
     */
    @RestControllerAdvice
    static class UploadLimit {

        private final EvidenceSettings settings;

        UploadLimit(EvidenceSettings settings) {
            this.settings = settings;
        }

        @ExceptionHandler(MaxUploadSizeExceededException.class)
        ResponseEntity<Map<String, List<UserError>>> tooLarge(MaxUploadSizeExceededException tooLarge) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .body(Map.of(
                            "errors",
                            List.of(UserError.of(
                                    "file", "TOO_LARGE", "文件过大（上限 " + settings.maxBytes() / (1024 * 1024) + " MB）"))));
        }
    }
}
