package dev.saferank.platform.report;

import dev.saferank.platform.graphql.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The text of an uploaded report file: PDF through PDFBox, Word (.docx) through POI. The file
 * arrives base64-encoded in the GraphQL input, so its size is limited well below the request
 * limit (1 MiB); a scanned PDF without a text layer is refused rather than stored empty.
 */
final class ReportText {

    static final int MAX_FILE_BYTES = 512 * 1024;
    static final String FIELD = "input.file";

    /** The extracted text and the kind of file. */
    record Extracted(String text, String source) {}

    private ReportText() {}

    static Extracted extract(String fileName, String contentBase64) {
        if (fileName == null || fileName.isBlank() || fileName.length() > 200) {
            throw new InvalidInputException(FIELD + ".fileName", "REQUIRED", "请填写文件名（不超过 200 字）");
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        String source = lower.endsWith(".pdf") ? "pdf" : lower.endsWith(".docx") ? "docx" : null;
        if (source == null) {
            throw new InvalidInputException(
                    FIELD + ".fileName", "UNSUPPORTED_FILE_TYPE", "仅支持 PDF（.pdf）或 Word（.docx）文件");
        }
        if (contentBase64 == null || contentBase64.length() > (MAX_FILE_BYTES / 3 + 1) * 4) {
            throw new InvalidInputException(FIELD + ".contentBase64", "FILE_TOO_LARGE", "文件为空或过大（上限 512 KB）");
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(contentBase64);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FIELD + ".contentBase64", "INVALID_BASE64", "文件内容应为 Base64 编码");
        }
        if (bytes.length == 0 || bytes.length > MAX_FILE_BYTES) {
            throw new InvalidInputException(FIELD + ".contentBase64", "FILE_TOO_LARGE", "文件为空或过大（上限 512 KB）");
        }
        String text;
        try {
            text = "pdf".equals(source) ? pdf(bytes) : docx(bytes);
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(
                    FIELD + ".contentBase64", "UNREADABLE_FILE", "无法读取该文件，请确认是未加密的 PDF 或 Word（.docx）文件");
        }
        text = text.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(FIELD + ".contentBase64", "NO_TEXT", "文件中没有可提取的文字（扫描件请先进行文字识别）");
        }
        return new Extracted(text, source);
    }

    private static String pdf(byte[] bytes) throws IOException {
        try (var document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String docx(byte[] bytes) throws IOException {
        try (var document = new XWPFDocument(new ByteArrayInputStream(bytes));
                var extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
