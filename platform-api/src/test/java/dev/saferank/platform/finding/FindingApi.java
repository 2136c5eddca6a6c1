package dev.saferank.platform.finding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.GraphQlHttp;
import dev.saferank.platform.KeycloakTokens;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The finding operations as a web frontend sends them, for the feature's tests. */
final class FindingApi {

    static final String FINDING_FIELDS =
            "id agencyId year kind ruleCode count value of enterprise evidence source observedOn status"
                    + " recordedBy confirmedBy inspectionId rectification { measure deadline responsible status answer }"
                    + " history { action actor reason }";

    private static final String RECORD = "mutation($input: RecordFindingInput!) { recordFinding(input: $input) {"
            + " finding { " + FINDING_FIELDS + " } errors { field code message } } }";

    private final GraphQlHttp http;

    FindingApi(int port) {
        this.http = new GraphQlHttp(port);
    }

    static String token(String user) {
        return KeycloakTokens.accessToken(user);
    }

    /** A valid finding input for 泉州 2023: 14.5a (标线) three times. */
    static Map<String, Object> quanzhouInput(long agencyId) {
        Map<String, Object> input = new HashMap<>();
        input.put("agencyId", agencyId);
        input.put("year", 2023);
        input.put("ruleCode", "14.5a");
        input.put("count", 3);
        input.put("evidence", "车间地上标线三处不到位（一车间、二车间、仓库）");
        input.put("source", "routineInspection");
        input.put("observedOn", "2023-07-20");
        return input;
    }

    /** The payload of recordFinding. */
    JsonNode record(Map<String, Object> input, String token) {
        return data(RECORD, Map.of("input", input), token).path("recordFinding");
    }

    /** A recorded finding's id; fails when the payload has errors. */
    long recorded(Map<String, Object> input, String token) {
        JsonNode payload = record(input, token);
        assertThat(payload.path("errors").size())
                .as("errors: %s", payload.path("errors"))
                .isZero();
        return payload.path("finding").path("id").asLong();
    }

    /** The payload of a lifecycle mutation (confirmFinding, disputeFinding, withdrawFinding). */
    JsonNode change(String mutation, long id, String reason, String token) {
        Map<String, Object> input = new HashMap<>();
        input.put("id", id);
        input.put("reason", reason);
        String type = Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1) + "Input";
        return data(
                        "mutation($input: " + type + "!) { " + mutation + "(input: $input) { finding { "
                                + FINDING_FIELDS + " } errors { field code message } } }",
                        Map.of("input", input),
                        token)
                .path(mutation);
    }

    /** The finding as the caller sees it (missing node when not found). */
    GraphQlHttp.Response finding(long id, String token) {
        return http.post("query($id: ID!) { finding(id: $id) { " + FINDING_FIELDS + " } }", Map.of("id", id), token);
    }

    /** The data of a request that must not fail as a whole. */
    JsonNode data(String document, Map<String, ?> variables, String token) {
        var response = http.post(document, variables, token);
        assertThat(response.body().path("errors").isMissingNode())
                .as("errors: %s", response.body().path("errors"))
                .isTrue();
        return response.body().path("data");
    }

    GraphQlHttp http() {
        return http;
    }
}
