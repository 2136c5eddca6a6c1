package dev.saferank.platform.searchbenchmark;

import dev.saferank.platform.searchbenchmark.SearchMix.Kind;
import dev.saferank.platform.searchbenchmark.SearchMix.Request;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends every request of the mix once, before the load, as a citizen would (anonymous, its own address
 * in {@code X-Forwarded-For}): each must be answered without errors and find something, a name or a
 * mistyped name must find its agency on the first page; next pages are made from the first pages'
 * cursors. Doubles as the JIT's warm-up on every path of the mix.
 */
final class MixCheck {

    /** Per kind: requests sent, hits found in all (the totals), and the expected agencies found. */
    static final class Tally {
        int sent;
        long totals;
        int expected;
        int found;
    }

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI graphQl;
    private final Map<Kind, Tally> tallies = new EnumMap<>(Kind.class);
    private final AtomicInteger citizen = new AtomicInteger();

    /** Requests sent side by side while checking (the answers are checked one by one). */
    static final int PARALLEL = 8;

    MixCheck(int port) {
        this.graphQl = URI.create("http://127.0.0.1:" + port + "/graphql");
    }

    /** The checked requests, next pages included; {@link #PARALLEL} at a time. */
    List<Request> check(SearchMix mix, List<Request> first, int nextPages, Progress progress) throws Exception {
        List<JsonNode> answers = sendAll(first, progress);
        List<Request> next = new ArrayList<>();
        for (int i = 0; i < first.size() && next.size() < nextPages; i++) {
            Kind kind = first.get(i).kind();
            JsonNode page = answers.get(i).path("data").path("publicRatings").path("pageInfo");
            if ((kind == Kind.CITY_LIST || kind == Kind.NATIONAL)
                    && page.path("hasNextPage").asBoolean()) {
                String variables = JsonMapper.shared()
                        .writeValueAsString(JsonMapper.shared()
                                .readTree(first.get(i).body())
                                .path("variables"));
                next.add(mix.nextPage(variables, page.path("endCursor").asString()));
            }
        }
        if (next.size() < nextPages) {
            throw new AssertionError("only " + next.size() + " first pages had a next page");
        }
        sendAll(next, progress);
        List<Request> out = new ArrayList<>(first);
        out.addAll(next);
        return out;
    }

    private List<JsonNode> sendAll(List<Request> requests, Progress progress) throws Exception {
        List<Future<JsonNode>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(PARALLEL)) {
            for (Request request : requests) {
                answers.add(pool.submit(() -> send(request)));
            }
            List<JsonNode> out = new ArrayList<>();
            for (Future<JsonNode> answer : answers) {
                out.add(answer.get());
                progress.sayEvery(
                        java.time.Duration.ofSeconds(10), "checked %d of %d requests", out.size(), requests.size());
            }
            return out;
        }
    }

    Map<Kind, Tally> tallies() {
        return tallies;
    }

    private JsonNode send(Request request) throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(graphQl)
                        .header("Content-Type", "application/json")
                        .header("X-Forwarded-For", Citizens.address(citizen.getAndIncrement()))
                        .POST(HttpRequest.BodyPublishers.ofString(request.body()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode answer = JsonMapper.shared().readTree(response.body());
        if (response.statusCode() != 200 || answer.has("errors")) {
            throw new AssertionError(request.kind() + " answered " + response.statusCode() + ": " + response.body()
                    + "\nrequest: " + request.body());
        }
        synchronized (tallies) {
            tally(request, answer);
        }
        return answer;
    }

    private void tally(Request request, JsonNode answer) {
        Tally tally = tallies.computeIfAbsent(request.kind(), k -> new Tally());
        tally.sent++;
        if (request.kind() == Kind.CITIES) {
            tally.totals += answer.path("data").path("publicCities").size();
            return;
        }
        JsonNode result = answer.path("data").path("publicRatings");
        long total = result.path("total").asLong();
        if (total < 1 || result.path("hits").isEmpty()) {
            throw new AssertionError(request.kind() + " found nothing: " + request.body());
        }
        tally.totals += total;
        if (request.expectedAgency() > 0) {
            tally.expected++;
            for (JsonNode hit : result.path("hits")) {
                if (hit.path("agencyId").asString().equals(Long.toString(request.expectedAgency()))) {
                    tally.found++;
                    break;
                }
            }
        }
    }
}
