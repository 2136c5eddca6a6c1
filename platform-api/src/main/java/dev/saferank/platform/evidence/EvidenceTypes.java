package dev.saferank.platform.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * The accepted kinds of evidence, detected by Apache Tika from the bytes (magic numbers and, for Word's
 * .docx, the zip's structure), never from the name or the browser's Content-Type: a PDF renamed .jpg is a
 * PDF, an executable renamed .pdf is refused.
 */
final class EvidenceTypes {

    /** Detected type → the Chinese name a person reads. */
    static final Map<String, String> ACCEPTED = Map.of(
            "application/pdf", "PDF 文件",
            "application/msword", "Word 文档",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word 文档",
            "image/jpeg", "JPEG 图片",
            "image/png", "PNG 图片");

    private static final Detector DETECTOR = new DefaultDetector();

    private EvidenceTypes() {}

    /**
     * The type of the content at the stream's start (the stream must support mark/reset, and is reset). The
     * name only refines an Office container the bytes show (an OLE2 or OOXML package into .doc or .docx);
     * it never decides alone, so unknown bytes named .pdf stay unknown.
     */
    static MediaType detect(InputStream content, String fileName) throws IOException {
        MediaType magic = DETECTOR.detect(content, new Metadata());
        String base = magic.getBaseType().toString();
        if (base.equals("application/x-tika-ooxml") || base.equals("application/x-tika-msoffice")) {
            Metadata named = new Metadata();
            named.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
            MediaType refined = DETECTOR.detect(content, named);
            return refined.getBaseType().toString().contains("word") ? refined : magic;
        }
        return magic;
    }

    static Optional<String> accepted(MediaType type) {
        return Optional.ofNullable(ACCEPTED.get(type.getBaseType().toString()));
    }
}
