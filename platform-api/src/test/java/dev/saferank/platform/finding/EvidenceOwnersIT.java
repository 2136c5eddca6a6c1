package dev.saferank.platform.finding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.GraphQlHttp;
import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.scheme.Schemes;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Evidence beyond findings (issue 15 point 3): the public's files on the complaint they filed, anonymously,
 * proved theirs by its tracking code (no account), seen only by the complaint's bureau; and a checklist answer's
 * own evidence, any answer (not only a violation), seen by whoever may see the inspection and refused for a
 * question the inspection did not answer.
 */
@RealServersTest
class EvidenceOwnersIT {

    private static final String FILE_COMPLAINT =
            "mutation($input: FileComplaintInput!) { fileComplaint(input: $input) {"
                    + " trackingCode errors { field code message } } }";
    private static final String RECORD = "mutation($input: RecordInspectionInput!) { recordInspection(input: $input) {"
            + " inspection { id } errors { field code message } } }";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    @Test
    void anAnonymousComplainantAttachesAPhotoWithTheTrackingCodeAndOnlyTheBureauSeesIt() throws Exception {
        // an address of its own: complaints are limited per address
        String address = "198.51.100." + (1 + System.nanoTime() % 250);
        Map<String, Object> input = new HashMap<>();
        input.put("city", "quanzhou");
        input.put("agencyName", "泉州附件投诉机构");
        input.put("subject", "报告所附照片与现场不符");
        input.put("body", "该机构出具的报告所附现场照片并非我厂，附我方拍摄的照片。");
        input.put("anonymous", true);
        String code = new GraphQlHttp(port)
                .from(address)
                .post(FILE_COMPLAINT, Map.of("input", input), null)
                .body()
                .path("data")
                .path("fileComplaint")
                .path("trackingCode")
                .asString();
        long complaint = jdbc.queryForObject("SELECT id FROM complaint WHERE tracking_code = ?", Long.class, code);
        byte[] png = EvidenceIT.png();
        int before = files();

        HttpResponse<String> photo = publicUpload(code.toLowerCase(), "我拍的照片.png", png, address);
        HttpResponse<String> unknown = publicUpload("ZZZZZZZZZZZZZZZZ", "照片.png", png, address);
        HttpResponse<String> program =
                publicUpload(code, "照片.pdf", "MZ not a document".getBytes(StandardCharsets.ISO_8859_1), address);
        int afterOne = files();
        for (int i = 2; i <= 5; i++) {
            assertThat(publicUpload(code, "照片" + i + ".png", png, address).statusCode())
                    .isEqualTo(201);
        }
        HttpResponse<String> sixth = publicUpload(code, "照片6.png", png, address);
        String inspector = FindingApi.token("quanzhou-inspector");
        JsonNode seen = new GraphQlHttp(port)
                .post(
                        "query($id: ID!) { complaint(id: $id) { attachments { id fileName sha256 uploadedBy }"
                                + " history { action actor reason } } }",
                        Map.of("id", complaint),
                        inspector)
                .body()
                .path("data")
                .path("complaint");
        long first = seen.path("attachments").get(0).path("id").asLong();
        HttpResponse<byte[]> downloaded = download(first, inspector);
        HttpResponse<byte[]> otherCity = download(first, FindingApi.token("linyi-inspector"));
        HttpResponse<byte[]> agency = download(first, FindingApi.token("quanzhou-agency"));
        // once the bureau has started on it, the complaint takes no more files from the public
        jdbc.update("UPDATE complaint SET status = 'triaged' WHERE id = ?", complaint);
        HttpResponse<String> late = publicUpload(code, "补充.png", png, address);

        assertThat(photo.statusCode()).as(photo.body()).isEqualTo(201);
        assertThat(EvidenceIT.json(photo).path("file").path("sha256").asString())
                .isEqualTo(EvidenceIT.sha256(png));
        // the public gets the name and the fingerprint back, nothing of the record
        assertThat(EvidenceIT.json(photo).path("file").has("ownerId")).isFalse();
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(EvidenceIT.json(unknown)
                        .path("errors")
                        .get(0)
                        .path("message")
                        .asString())
                .isEqualTo("未找到该查询码对应的投诉");
        assertThat(program.statusCode()).isEqualTo(400);
        assertThat(EvidenceIT.json(program)
                        .path("errors")
                        .get(0)
                        .path("message")
                        .asString())
                .isEqualTo("只能上传 PDF、Word 文档或 JPEG、PNG 图片（按文件内容识别）");
        assertThat(afterOne).as("the refused file left nothing").isEqualTo(before + 2);
        assertThat(sixth.statusCode()).isEqualTo(400);
        assertThat(EvidenceIT.json(sixth).path("errors").get(0).path("message").asString())
                .isEqualTo("每件最多上传 5 个附件");
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(EvidenceIT.json(late).path("errors").get(0).path("code").asString())
                .isEqualTo("CLOSED_FOR_FILES");
        assertThat(seen.path("attachments").findValuesAsString("uploadedBy"))
                .hasSize(5)
                .containsOnly("public");
        assertThat(seen.path("history").findValuesAsString("reason")).contains("附件：我拍的照片.png");
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(EvidenceIT.sha256(downloaded.body())).isEqualTo(EvidenceIT.sha256(png));
        assertThat(otherCity.statusCode()).isEqualTo(404);
        assertThat(agency.statusCode()).isIn(403, 404);
        assertThat(photo.body() + unknown.body() + program.body() + sixth.body() + late.body())
                .doesNotContain("Exception", "java.", "SQL");
    }

    @Test
    void aChecklistAnswerThatIsNoViolationCarriesItsOwnPhoto() throws Exception {
        var data = new TestData(jdbc, schemes);
        data.activeSeedScheme("quanzhou", "tenants/quanzhou/quanzhou-2023.yaml", 2023);
        long agency = data.agency("quanzhou", "泉州答案附件机构" + System.nanoTime() % 100_000, "training");
        String inspector = FindingApi.token("quanzhou-inspector");
        var api = new FindingApi(port);
        // question 5 has no violation answer, 2 is answered 否 (its violation is 是): neither becomes a finding
        Map<String, Object> in = new HashMap<>();
        in.put("agencyId", agency);
        in.put("year", 2023);
        in.put("checklistId", "training-institution");
        in.put("inspectedOn", "2023-07-25");
        in.put("source", "specialCampaign");
        in.put("answers", List.of(answer("2", "否"), answer("5", "是")));
        long inspection = api.data(RECORD, Map.of("input", in), inspector)
                .path("recordInspection")
                .path("inspection")
                .path("id")
                .asLong();
        byte[] png = EvidenceIT.png();

        HttpResponse<String> plan = upload(inspection, "2", "培训计划.png", png, inspector);
        HttpResponse<String> unanswered = upload(inspection, "3", "照片.png", png, inspector);
        HttpResponse<String> noPart = upload(inspection, null, "照片.png", png, inspector);
        HttpResponse<String> otherCity = upload(inspection, "5", "照片.png", png, FindingApi.token("linyi-inspector"));
        JsonNode answers = api.data(
                        "query($id: ID!) { inspection(id: $id) { answers { question findingId attachments { fileName uploadedBy } } } }",
                        Map.of("id", inspection),
                        inspector)
                .path("inspection")
                .path("answers");
        long file = EvidenceIT.json(plan).path("file").path("id").asLong();

        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
        assertThat(unanswered.statusCode()).isEqualTo(404);
        assertThat(noPart.statusCode()).isEqualTo(404);
        assertThat(otherCity.statusCode()).isEqualTo(404);
        assertThat(answers.get(0).path("question").asString()).isEqualTo("2");
        assertThat(answers.get(0).path("findingId").isNull()).isTrue();
        assertThat(answers.get(0).path("attachments").findValuesAsString("fileName"))
                .containsExactly("培训计划.png");
        assertThat(answers.get(1).path("attachments").size()).isZero();
        assertThat(download(file, inspector).statusCode()).isEqualTo(200);
        assertThat(download(file, FindingApi.token("linyi-inspector")).statusCode())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM change_history WHERE entity_type = 'inspection' AND entity_id = ?"
                                + " AND action = 'evidenceAttached'",
                        Integer.class,
                        String.valueOf(inspection)))
                .isEqualTo(1);
    }

    private static Map<String, Object> answer(String question, String answer) {
        Map<String, Object> a = new HashMap<>();
        a.put("question", question);
        a.put("answer", answer);
        return a;
    }

    private int files() {
        return jdbc.queryForObject(
                "SELECT (SELECT COUNT(*) FROM evidence_file) + (SELECT COUNT(*) FROM evidence_content)", Integer.class);
    }

    private HttpResponse<String> publicUpload(String code, String name, byte[] bytes, String address) throws Exception {
        return send("/public/complaints/" + code + "/evidence", multipart(name, bytes, null), null, address);
    }

    private HttpResponse<String> upload(long inspection, String part, String name, byte[] bytes, String token)
            throws Exception {
        return send("/evidence/inspectionAnswer/" + inspection, multipart(name, bytes, part), token, null);
    }

    private record Multipart(String boundary, byte[] body) {}

    private static Multipart multipart(String name, byte[] bytes, String part) throws Exception {
        String boundary = "----saferank" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        if (part != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"part\"\r\n\r\n" + part + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(bytes);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Multipart(boundary, body.toByteArray());
    }

    private HttpResponse<String> send(String path, Multipart multipart, String token, String address) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + multipart.boundary())
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.body()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (address != null) {
            request.header("X-Forwarded-For", address);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> download(long id, String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/evidence/" + id))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }
}
