package dev.saferank.platform.publication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.complaint.PublicHttp;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.servers.TestServers;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Nothing anyone can read without signing in carries personal data (个人信息保护法): a city's year is
 * published with a complaint, an objection and a staff member about its agency, then every public query of
 * the schema (found from the controllers, so a new one cannot be forgotten) is asked for every field it
 * has, the CSV and the announcement are fetched and every search index is searched; none holds the
 * complainant's, the objector's or the staff member's name, telephone or ID number, and no log line does.
 */
@RealServersTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(
        properties = {"saferank.publication.worker.enabled=true", "saferank.publication.worker.poll-ms=300"})
class PublicAnswersCarryNoPersonalDataIT {

    private static final String TENANT = "suzhou";
    private static final String AGENCY = "苏州守密安全评价有限公司";
    /** The personal values planted; none may appear in a public answer, whole or in part. */
    private static final List<String> PERSONAL =
            List.of("欧阳守密", "13912345678", "司马守密", "13987654321", "公孙守密", "320102199003071234");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    @Autowired
    GraphQlSource graphQl;

    @Autowired
    ApplicationContext context;

    @Test
    void noPublicAnswerCarriesAComplainantsObjectorsOrStaffMembersData(CapturedOutput logs) throws Exception {
        var fx = new PublicSearchFixtures(jdbc, schemes, port);
        int year = PublicationRows.freshYear();
        long run = fx.run(TENANT, year);
        // 苏州 announces its star lists: a 五星 agency is on the public answers
        long agency = fx.result(TENANT, run, AGENCY, "consulting", "320508", "91.00", "五星", 1);
        var http = new PublicHttp(port);
        // the complainant files through the public API, naming the agency; the staff member is registered
        // with an ID number and the objector's row is in the notice, as filing during the period leaves it
        JsonNode filed = http.post(
                        PublicHttp.uniqueAddress(),
                        "mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { trackingCode"
                                + " errors { message } } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "city", TENANT,
                                        "agencyName", AGENCY,
                                        "subject", "报告未到现场",
                                        "body", "评价人员未到现场。",
                                        "anonymous", false,
                                        "contactName", "欧阳守密",
                                        "contactPhone", "13912345678")))
                .path("data")
                .path("fileComplaint");
        String complaintCode = filed.path("trackingCode").asString();
        assertThat(complaintCode).as(filed.toString()).hasSize(16);
        jdbc.update(
                "INSERT INTO staff (tenant_id, agency_id, name, id_hash, created_by) VALUES (?, ?, '公孙守密', ?,"
                        + " 'test')",
                TENANT,
                agency,
                "0".repeat(63) + "1");
        long publication = fx.publish(TENANT, year, run);
        long notice = jdbc.queryForObject(
                "SELECT id FROM rating_notice WHERE tenant_id = ? AND run_id = ?", Long.class, TENANT, run);
        var random = new java.security.SecureRandom();
        var code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            code.append("ABCDEFGHJKLMNPQRSTUVWXYZ23456789".charAt(random.nextInt(32)));
        }
        String objectionCode = code.toString();
        jdbc.update(
                "INSERT INTO objection (tenant_id, notice_id, agency_id, tracking_code, filer_kind, filer_name,"
                        + " contact, reason, status) VALUES (?, ?, ?, ?, 'public', '司马守密', '13987654321',"
                        + " '得分与实际不符', 'open')",
                TENANT,
                notice,
                agency,
                objectionCode);

        Map<String, String> args = new HashMap<>();
        args.put("tenant", "\"" + TENANT + "\"");
        args.put("year", Integer.toString(year));
        args.put("agencyId", "\"" + agency + "\"");
        args.put("query", "\"守密\"");
        args.put("complaintStatus.trackingCode", "\"" + complaintCode + "\"");
        args.put("objectionStatus.trackingCode", "\"" + objectionCode + "\"");
        // a 双随机 draw of technical staff for exams (临沂 19's kind, any city may draw), committed and revealed
        // by the bureau: its public list and result name the staff member only masked
        // (draws are of a past or the current year; the publication's test year lies in the future)
        int drawYear = 2019;
        String drawId = staffDraw(drawYear);
        args.put("publicDraw.id", "\"" + drawId + "\"");
        args.put("publicDraws.year", Integer.toString(drawYear));
        var answers = new ArrayList<String>();
        var walked = new TreeSet<String>();
        GraphQLSchema schema = graphQl.schema();
        for (String field : publicQueries()) {
            GraphQLFieldDefinition definition = schema.getQueryType().getFieldDefinition(field);
            String document = "{ " + field + arguments(definition, args) + " "
                    + selection(schema, definition.getType(), 0) + " }";
            JsonNode answer = http.post(PublicHttp.uniqueAddress(), document, Map.of());
            assertThat(answer.path("errors").isEmpty())
                    .as(document + " → " + answer)
                    .isTrue();
            assertThat(answer.path("data").path(field).isNull())
                    .as(document + " → " + answer)
                    .isFalse();
            answers.add(answer.toString());
            walked.add(field);
        }
        assertThat(walked)
                .containsExactlyInAnyOrder(
                        "publicRatings",
                        "publicAgency",
                        "publicCities",
                        "publicNotice",
                        "complaintStatus",
                        "objectionStatus",
                        "publicDraws",
                        "publicDraw",
                        "publicCountyRatings",
                        "publicExamResults");
        // the agency is found, so the walk read its published rows (not an empty answer)
        assertThat(String.join("\n", answers)).contains(AGENCY);
        answers.add(get("/publications/" + publication + ".csv"));
        answers.add(get("/publications/" + publication + "/announcement"));
        assertThat(answers.get(answers.size() - 2)).contains(AGENCY);
        answers.add(get("/draws/" + drawId + "/candidates.txt"));
        assertThat(answers.get(answers.size() - 1)).as("the draw's public list").contains("公***（" + AGENCY + "）");
        answers.add(searchEveryIndex());

        for (String answer : answers) {
            for (String value : PERSONAL) {
                assertThat(answer).doesNotContain(value);
            }
            // nor the masked forms (a masked name still names a family)
            assertThat(answer).doesNotContain("欧阳**", "司马**", "139****5678");
        }
        // and the application logged none of it while filing, publishing and answering
        for (String value : PERSONAL) {
            assertThat(logs.getAll()).doesNotContain(value);
        }
    }

    /** Commits and reveals a draw of all the city's technical staff of the agency's category; its id. */
    private String staffDraw(int year) {
        var api = new dev.saferank.platform.measurement.Api(port);
        JsonNode committed = api.data(
                        "suzhou-admin",
                        "mutation($input: CommitDrawInput!) { commitDraw(input: $input) { seed draw { id }"
                                + " errors { field message } } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "year", year,
                                        "kind", "staff",
                                        "title", "技术人员抽考",
                                        "quotaMode", "percent",
                                        "quotaValue", 100,
                                        "category", "consulting")))
                .path("commitDraw");
        assertThat(committed.path("errors").size()).as(committed.toString()).isZero();
        String id = committed.path("draw").path("id").asString();
        JsonNode revealed = api.data(
                        "suzhou-admin",
                        "mutation($input: RevealDrawInput!) { revealDraw(input: $input) { errors { field message } } }",
                        Map.of(
                                "input",
                                Map.of("id", id, "seed", committed.path("seed").asString())))
                .path("revealDraw");
        assertThat(revealed.path("errors").size()).as(revealed.toString()).isZero();
        return id;
    }

    /** The query fields open to anyone: the @QueryMapping methods with permitAll(). */
    private List<String> publicQueries() {
        var fields = new ArrayList<String>();
        for (Object bean : context.getBeansWithAnnotation(Controller.class).values()) {
            for (Method method : AopUtils.getTargetClass(bean).getDeclaredMethods()) {
                var query = method.getAnnotation(QueryMapping.class);
                var access = method.getAnnotation(PreAuthorize.class);
                if (query != null && access != null && access.value().equals("permitAll()")) {
                    fields.add(
                            query.name().isEmpty()
                                    ? (query.value().isEmpty() ? method.getName() : query.value())
                                    : query.name());
                }
            }
        }
        return fields;
    }

    private static String arguments(GraphQLFieldDefinition field, Map<String, String> known) {
        var given = new ArrayList<String>();
        for (var argument : field.getArguments()) {
            String value =
                    known.getOrDefault(field.getName() + "." + argument.getName(), known.get(argument.getName()));
            if (value != null) {
                given.add(argument.getName() + ": " + value);
            } else {
                assertThat(argument.getType() instanceof GraphQLNonNull)
                        .as(
                                "a value for the required argument %s of the public query %s",
                                argument.getName(), field.getName())
                        .isFalse();
            }
        }
        return given.isEmpty() ? "" : "(" + String.join(", ", given) + ")";
    }

    /** Every field of the type without required arguments, five levels deep. */
    private static String selection(GraphQLSchema schema, GraphQLOutputType type, int depth) {
        GraphQLType named = GraphQLTypeUtil.unwrapAll(type);
        if (named instanceof GraphQLScalarType || named instanceof GraphQLEnumType) {
            return "";
        }
        if (depth > 5) {
            return null;
        }
        var parts = new ArrayList<String>(List.of("__typename"));
        if (named instanceof GraphQLObjectType object) {
            for (var field : object.getFieldDefinitions()) {
                boolean required = field.getArguments().stream()
                        .anyMatch(a -> a.getType() instanceof GraphQLNonNull && !a.hasSetDefaultValue());
                String sub = required ? null : selection(schema, field.getType(), depth + 1);
                if (sub != null) {
                    parts.add(field.getName() + (sub.isEmpty() ? "" : " " + sub));
                }
            }
        } else if (named instanceof GraphQLUnionType union) {
            for (var member : union.getTypes()) {
                String sub = selection(schema, (GraphQLOutputType) member, depth + 1);
                if (sub != null) {
                    parts.add("... on " + member.getName() + " " + sub);
                }
            }
        } else if (named instanceof GraphQLInterfaceType face) {
            for (var member : schema.getImplementations(face)) {
                String sub = selection(schema, member, depth + 1);
                if (sub != null) {
                    parts.add("... on " + member.getName() + " " + sub);
                }
            }
        }
        return "{ " + String.join(" ", parts) + " }";
    }

    private String get(String path) throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** Every document of every index that mentions a planted value, by the values themselves. */
    private String searchEveryIndex() throws Exception {
        var found = new StringBuilder();
        for (String value : PERSONAL) {
            String body = "{\"query\":{\"multi_match\":{\"query\":\"" + value
                    + "\",\"type\":\"phrase\",\"fields\":[\"*\"]," + "\"lenient\":true}}}";
            var response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create(TestServers.endpoints().esUrl() + "/_all/_search"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            found.append(response.body());
        }
        return found.toString();
    }
}
