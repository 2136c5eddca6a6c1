package dev.saferank.platform.finding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.GraphQlHttp;
import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.scheme.Schemes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evidence on findings over HTTP with real tokens: the type detected from the bytes whatever the name,
 * the SHA-256 kept and equal to the downloaded bytes', several chunks streamed both ways, the size limit,
 * nothing written for a refused file, the finding's permissions (another tenant's inspector and another
 * agency's user get 404 as for a missing id), and the attachment in the finding's history.
 */
@RealServersTest
class EvidenceIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    long finding;
    String inspector;

    @BeforeEach
    void finding() {
        var data = new TestData(jdbc, schemes);
        data.activeSeedScheme("quanzhou", "tenants/quanzhou/quanzhou-2023.yaml", 2023);
        long agency = data.agency("quanzhou", "泉州证据测试机构" + System.nanoTime() % 100_000, "consulting");
        inspector = FindingApi.token("quanzhou-inspector");
        finding = new FindingApi(port).recorded(FindingApi.quanzhouInput(agency), inspector);
    }

    @Test
    void aPhotoAndADocumentAreKeptWithTheirDigestAndShownOnlyToWhoMaySeeTheFinding() throws Exception {
        byte[] png = png();
        byte[] docx = docx();
        // a PDF of about 2.5 MiB: three chunks of the store, written and read back in pieces
        byte[] pdf = pdf(2_600_000);

        JsonNode photo = upload("finding", finding, "现场照片.jpg", png, inspector);
        JsonNode word = upload("finding", finding, "检查记录.docx", docx, inspector);
        JsonNode scanned = upload("finding", finding, "扫描件.pdf", pdf, inspector);
        HttpResponse<byte[]> downloaded =
                download(scanned.path("file").path("id").asLong(), inspector);
        HttpResponse<byte[]> otherCity =
                download(scanned.path("file").path("id").asLong(), FindingApi.token("linyi-inspector"));
        HttpResponse<byte[]> otherAgency =
                download(scanned.path("file").path("id").asLong(), FindingApi.token("quanzhou-agency"));
        JsonNode listed = new GraphQlHttp(port)
                .post(
                        "{ finding(id: " + finding + ") { attachments { fileName contentType size sha256 uploadedBy }"
                                + " history { action reason } } }",
                        inspector)
                .body()
                .path("data")
                .path("finding");

        // the name said JPEG, the bytes are a PNG: the bytes decide
        assertThat(photo.path("file").path("contentType").asString()).isEqualTo("image/png");
        assertThat(word.path("file").path("contentType").asString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(scanned.path("file").path("sha256").asString()).isEqualTo(sha256(pdf));
        assertThat(scanned.path("file").path("size").asLong()).isEqualTo(pdf.length);
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(sha256(downloaded.body())).isEqualTo(sha256(pdf));
        assertThat(otherCity.statusCode()).isEqualTo(404);
        assertThat(otherAgency.statusCode()).isEqualTo(404);
        assertThat(listed.path("attachments").findValuesAsString("fileName"))
                .containsExactly("现场照片.jpg", "检查记录.docx", "扫描件.pdf");
        assertThat(listed.path("attachments").findValuesAsString("uploadedBy")).containsOnly("quanzhou-inspector");
        assertThat(listed.path("history").findValuesAsString("reason"))
                .contains("证据材料：现场照片.jpg", "证据材料：检查记录.docx", "证据材料：扫描件.pdf");
    }

    @Test
    void anUnacceptedTypeAnOversizedFileAndAnotherCitysFindingAreRefusedWithNothingWritten() throws Exception {
        int before = files();
        // a Windows executable's first bytes, named .pdf
        byte[] exe = Arrays.copyOf("MZ\u0090\u0000\u0003".getBytes(StandardCharsets.ISO_8859_1), 4096);
        byte[] huge = pdf(10 * 1024 * 1024 + 1);

        HttpResponse<String> refused = post("finding", finding, "报告.pdf", exe, inspector);
        HttpResponse<String> tooLarge = post("finding", finding, "大文件.pdf", huge, inspector);
        HttpResponse<String> otherCity = post("finding", finding, "照片.png", png(), FindingApi.token("linyi-inspector"));
        HttpResponse<String> noRectification = post("rectification", finding, "整改.png", png(), inspector);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).path("errors").get(0).path("code").asString()).isEqualTo("UNSUPPORTED_TYPE");
        assertThat(json(refused).path("errors").get(0).path("message").asString())
                .isEqualTo("只能上传 PDF、Word 文档或 JPEG、PNG 图片（按文件内容识别）");
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(json(tooLarge).path("errors").get(0).path("message").asString())
                .isEqualTo("文件过大（上限 10 MB）");
        assertThat(otherCity.statusCode()).isEqualTo(404);
        assertThat(noRectification.statusCode()).isEqualTo(400);
        assertThat(refused.body() + tooLarge.body() + otherCity.body()).doesNotContain("Exception", "java.");
        assertThat(files()).isEqualTo(before);
    }

    private int files() {
        return jdbc.queryForObject(
                "SELECT (SELECT COUNT(*) FROM evidence_file) + (SELECT COUNT(*) FROM evidence_content)", Integer.class);
    }

    private JsonNode upload(String type, long owner, String name, byte[] bytes, String token) throws Exception {
        HttpResponse<String> response = post(type, owner, name, bytes, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response);
    }

    private HttpResponse<String> post(String type, long owner, String name, byte[] bytes, String token)
            throws Exception {
        String boundary = "----saferank" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(bytes);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + port + "/evidence/" + type + "/" + owner))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> download(long id, String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/evidence/" + id))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** A 1×1 PNG: the signature, IHDR, IDAT, IEND. */
    static byte[] png() {
        return HexFormat.of()
                .parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                        + "0000000d4944415478da63f8cfc0f01f0005000201a8a4e3c50000000049454e44ae426082");
    }

    /** A PDF's header followed by random bytes, to the given length. */
    static byte[] pdf(int length) {
        byte[] bytes = new byte[length];
        new Random(42).nextBytes(bytes);
        byte[] head = "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    static byte[] docx() throws IOException {
        try (var document = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("检查记录：现场发现设备铭牌缺失");
            document.write(out);
            return out.toByteArray();
        }
    }
}
