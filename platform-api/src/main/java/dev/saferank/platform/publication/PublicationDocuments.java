package dev.saferank.platform.publication;

import dev.saferank.rating.publication.PublicationFiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public documents of a published publication: the CSV export and the printable announcement. Open to
 * anyone (published data is public); only published publications and their announced entries are served.
 */
@Controller
class PublicationDocuments {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final PublicationMapper mapper;
    private final PublicationFiles files;

    PublicationDocuments(PublicationMapper mapper, PublicationFiles files) {
        this.mapper = mapper;
        this.files = files;
    }

    @GetMapping("/publications/{id}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String id) {
        Optional<Publication> p = published(id);
        if (p.isEmpty()) {
            return missing();
        }
        byte[] body = files.csv(p.get().tenantId(), p.get().id()).orElseThrow();
        String file = p.get().year() + "年度考评结果公布-第" + p.get().seq() + "号.csv";
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }

    @GetMapping("/publications/{id}/announcement")
    ResponseEntity<byte[]> announcement(@PathVariable String id) {
        Optional<Publication> p = published(id);
        if (p.isEmpty()) {
            return missing();
        }
        Integer supersededSeq = Optional.ofNullable(p.get().supersedesId())
                .flatMap(mapper::publishedById)
                .map(Publication::seq)
                .orElse(null);
        String html = Announcements.html(p.get(), supersededSeq, entries(p.get()));
        return ResponseEntity.ok()
                .contentType(HTML)
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .body(html.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<Publication> published(String id) {
        if (!id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return mapper.publishedById(Long.parseLong(id));
    }

    private List<PublicationEntry> entries(Publication p) {
        return mapper.entries(p.tenantId(), List.of(p.id()), false);
    }

    private static ResponseEntity<byte[]> missing() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body("未找到该公布".getBytes(StandardCharsets.UTF_8));
    }
}
