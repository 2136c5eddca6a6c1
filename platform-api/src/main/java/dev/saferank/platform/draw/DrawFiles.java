package dev.saferank.platform.draw;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The candidate file of a draw, public from its commit: exactly the bytes whose SHA-256 was published, so
 * that {@code python3 tools/draw/verify_draw.py candidates.txt <seed>} recomputes the draw.
 */
@RestController
class DrawFiles {

    private final DrawRows rows;

    DrawFiles(DrawRows rows) {
        this.rows = rows;
    }

    @GetMapping("/draws/{id}/candidates.txt")
    ResponseEntity<byte[]> candidates(@PathVariable String id) {
        if (!id.matches("\\d{1,18}")) {
            return ResponseEntity.notFound().build();
        }
        return rows.file(Long.parseLong(id))
                .map(text -> ResponseEntity.ok()
                        .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                        .header("Content-Disposition", "attachment; filename=\"draw-" + id + "-candidates.txt\"")
                        .body(text.getBytes(StandardCharsets.UTF_8)))
                .orElse(ResponseEntity.notFound().build());
    }
}
