package dev.saferank.platform.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds agency sheets as a clerk fills them, and sends them as the console does. */
public final class SheetFiles {

    private final XSSFWorkbook workbook = new XSSFWorkbook();

    public SheetFiles() {
        header("机构", List.of("统一社会信用代码*", "机构名称*", "机构类别*", "资质", "办公面积（平方米）", "服务区县（多个用、分隔）"));
        header("人员", List.of("机构统一社会信用代码*", "姓名*", "公民身份号码*", "专职（是/否）", "职称", "证书类型", "证书编号", "证书有效期至"));
        header("服务项目", List.of("机构统一社会信用代码*", "服务企业名称*", "企业统一社会信用代码", "所在区县*", "服务类型*", "合同日期*", "合同金额（元）"));
    }

    private void header(String sheet, List<String> headers) {
        var row = workbook.createSheet(sheet).createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            row.createCell(i).setCellValue(headers.get(i));
        }
    }

    /** Appends a row of text cells (null: an empty cell). */
    public SheetFiles row(String sheet, String... values) {
        var s = workbook.getSheet(sheet);
        var row = s.createRow(s.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
        return this;
    }

    public byte[] bytes() throws IOException {
        try (var out = new ByteArrayOutputStream()) {
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        }
    }

    /** POST /imports/agencies with the file, as the console's upload does. */
    public static HttpResponse<String> upload(int port, byte[] xlsx, String token) throws Exception {
        String boundary = "----sheet" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"机构.xlsx\"\r\n"
                        + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(xlsx);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/imports/agencies"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<byte[]> get(int port, String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
