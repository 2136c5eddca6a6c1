package dev.saferank.platform.abuse;

import dev.saferank.platform.complaint.PublicHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.JsonNode;

/** Complaint filings from one client address sent at the same instant (ConcurrentFilingsIT, the fuzz test). */
public final class ConcurrentFilings {

    public static final String FILE = "mutation($input: FileComplaintInput!) { fileComplaint(input: $input) {"
            + " trackingCode errors { field code message } } }";

    private ConcurrentFilings() {}

    /** {@code count} filings from one address, released together by a latch, each on its own thread. */
    public static List<JsonNode> fileAtOnce(int port, String address, String subject, int count) throws Exception {
        var http = new PublicHttp(port);
        var start = new CountDownLatch(1);
        try (var threads = Executors.newFixedThreadPool(count)) {
            List<Future<JsonNode>> filings = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                filings.add(threads.submit(() -> {
                    start.await();
                    return http.post(address, FILE, Map.of("input", complaint(subject)))
                            .path("data")
                            .path("fileComplaint");
                }));
            }
            start.countDown();
            List<JsonNode> answers = new ArrayList<>();
            for (Future<JsonNode> filing : filings) {
                answers.add(filing.get());
            }
            return answers;
        }
    }

    public static Map<String, Object> complaint(String subject) {
        return Map.of(
                "city", "quanzhou",
                "agencyName", "泉州被投诉机构",
                "subject", subject,
                "body", "同一地址同时提交二十件投诉，只应受理五件。",
                "anonymous", true);
    }
}
