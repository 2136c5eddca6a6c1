package dev.saferank.platform.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.GraphQlHttp;
import dev.saferank.platform.KeycloakTokens;
import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.scheme.Schemes;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Walks every query and mutation of the schema as every caller outside the victim tenant, with the
 * victim's ids in the arguments: no answer may carry the victim's data, and nothing of the victim
 * may change. Then ids of the victim must behave exactly like ids that do not exist.
 *
 * <p>The victim's agency works in 丰泽区 (350503) of 泉州 and its engagement is with an enterprise
 * there; the county bureau of 惠安县 (350521), inside the same tenant, is an outsider too
 * (district-against-district: its admin and inspector read and change nothing of 丰泽's agency).
 */
@RealServersTest
class TenantIsolationIT {

    private static final Logger log = LoggerFactory.getLogger(TenantIsolationIT.class);
    private static final String VICTIM = "quanzhou";
    /** Callers outside the victim tenant, and the victim's agency user who does not own the agency. */
    private static final List<String> OUTSIDERS = List.of(
            "linyi-admin",
            "linyi-inspector",
            "linyi-agency",
            "platform-admin",
            "quanzhou-agency",
            "quanzhou-huian-admin",
            "quanzhou-huian-inspector",
            "suzhou-gusu-admin",
            "anonymous");

    @LocalServerPort
    int port;

    @Autowired
    GraphQlSource graphQl;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    @Test
    void noCallerOutsideTheTenantReadsOrChangesItsData() {
        Victim victim = Victim.create(jdbc, new TestData(jdbc, schemes), VICTIM);
        var snapshot = new TenantSnapshot(jdbc);
        var before = snapshot.of(VICTIM);
        var documents = new ProbeDocuments(new ProbeValues(victim.idsByName(), Long.toString(victim.agencyId())));
        Map<String, String> tokens = tokens();
        List<String> leaks = new ArrayList<>();
        List<String> serverErrors = new ArrayList<>();
        int probes = 0;
        for (var root : roots()) {
            for (String caller : OUTSIDERS) {
                String document = documents.document(root.operation(), root.field());
                var response = new GraphQlHttp(port).post(document, tokens.get(caller));
                probes++;
                String text = response.body().toString();
                log.debug("{} {} -> {}", caller, document, text);
                victim.markerIn(text).ifPresent(marker -> leaks.add(caller + " " + root + ": " + marker));
                if (response.status() >= 500 || text.contains("INTERNAL_ERROR")) {
                    serverErrors.add(caller + " " + root + ": " + text);
                }
            }
        }
        log.info(
                "isolation probes: {} requests ({} fields x {} callers), {} leaks",
                probes,
                probes / OUTSIDERS.size(),
                OUTSIDERS.size(),
                leaks.size());

        assertThat(leaks).as("answers carrying the victim's data").isEmpty();
        assertThat(serverErrors).as("server errors").isEmpty();
        assertThat(snapshot.of(VICTIM)).as("the victim's rows after the probes").isEqualTo(before);
        assertThat(snapshot.foreignReferences(VICTIM, List.of(victim.agencyId())))
                .as("rows of other tenants pointing at the victim's agency")
                .isZero();
        assertThat(probes).isGreaterThanOrEqualTo(roots().size() * OUTSIDERS.size());
        // the victim's own county sees the agency: the probes of 惠安 found nothing because it is 丰泽's
        assertThat(new GraphQlHttp(port)
                        .post(
                                "{ agency(id: " + victim.agencyId() + ") { name } }",
                                KeycloakTokens.accessToken("quanzhou-fengze-inspector"))
                        .body()
                        .toString())
                .contains(victim.markers().getFirst());
        // the probes tried to disable the victim's inspector: it still signs in
        assertThat(KeycloakTokens.accessToken("saferank-web", VICTIM + "-inspector", KeycloakTokens.DEMO_PASSWORD))
                .isNotBlank();
    }

    @Test
    void idsOfAnotherTenantBehaveExactlyLikeIdsThatDoNotExist() {
        Victim victim = Victim.create(jdbc, new TestData(jdbc, schemes), VICTIM);
        String missing = "987654321987";
        var withVictimIds = new ProbeDocuments(new ProbeValues(victim.idsByName(), Long.toString(victim.agencyId())));
        Map<String, String> missingIds = new java.util.HashMap<>();
        victim.idsByName().forEach((name, id) -> missingIds.put(name, missingLike(name, missing)));
        var withMissingIds = new ProbeDocuments(new ProbeValues(missingIds, missing));
        String token = KeycloakTokens.accessToken("linyi-admin");
        int compared = 0;
        for (var root : roots()) {
            boolean takesIds = root.field().getArguments().stream().anyMatch(a -> refersToVictim(root, a, victim));
            if (!takesIds) {
                continue;
            }
            String a = normalized(
                    new GraphQlHttp(port).post(withVictimIds.document(root.operation(), root.field()), token), victim);
            String b = normalized(
                    new GraphQlHttp(port).post(withMissingIds.document(root.operation(), root.field()), token),
                    missingIds.values().toArray(String[]::new));
            assertThat(a).as(root.toString()).isEqualTo(b);
            compared++;
        }
        log.info("id probes: {} fields answered the same for another tenant's ids and missing ids", compared);
        assertThat(compared).isPositive();
    }

    private static String missingLike(String name, String missingId) {
        if (name.endsWith(".tenant")) {
            // a city is public: the anonymous fields are asked about the victim's city with a missing id
            return VICTIM;
        }
        if (name.endsWith(".code")) {
            return "nosuchcode";
        }
        return name.endsWith(".username") ? "no-such-user" : missingId;
    }

    /** Whether an argument (or a field of its input type) carries one of the victim's ids. */
    private static boolean refersToVictim(Root root, graphql.schema.GraphQLArgument argument, Victim victim) {
        var type = graphql.schema.GraphQLTypeUtil.unwrapAll(argument.getType());
        if (type instanceof graphql.schema.GraphQLInputObjectType input) {
            return input.getFieldDefinitions().stream()
                    .anyMatch(f -> victim.idsByName().containsKey(input.getName() + "." + f.getName())
                            || victim.idsByName().containsKey(f.getName())
                                    && !f.getName().equals("id"));
        }
        return victim.idsByName().containsKey(root.field().getName() + "." + argument.getName())
                || victim.idsByName().containsKey(argument.getName())
                        && type.getName().equals("ID");
    }

    private static String normalized(GraphQlHttp.Response response, Victim victim) {
        return normalized(response, victim.idsByName().values().toArray(String[]::new));
    }

    /** The answer with ids in messages and values replaced (not line/column numbers). */
    private static String normalized(GraphQlHttp.Response response, String... ids) {
        String text = response.status() + " " + response.body().toString();
        for (String id : ids) {
            text = text.replaceAll("(?<=[ \"])" + id + "(?=[\"\\s，。,)])", "<id>");
        }
        return text;
    }

    record Root(String operation, GraphQLFieldDefinition field) {
        @Override
        public String toString() {
            return operation + " " + field.getName();
        }
    }

    private List<Root> roots() {
        GraphQLSchema schema = graphQl.schema();
        List<Root> roots = new ArrayList<>();
        schema.getQueryType().getFieldDefinitions().forEach(f -> roots.add(new Root("query", f)));
        if (schema.getMutationType() != null) {
            schema.getMutationType().getFieldDefinitions().forEach(f -> roots.add(new Root("mutation", f)));
        }
        return roots;
    }

    private static Map<String, String> tokens() {
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String caller : OUTSIDERS) {
            tokens.put(caller, caller.equals("anonymous") ? null : KeycloakTokens.accessToken(caller));
        }
        return tokens;
    }
}
