package dev.saferank.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeUtil;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every document the web pages send fits the budget of those who send it: the public site's within the
 * anonymous budget (3,000), the console's and the portal's within a signed-in user's (20,000), so that the cost
 * limit refuses floods and never a page. Pages' {@code first} given as a variable count as the default page
 * (20); those written in the document count as written.
 */
class FrontendDocumentsCostTest {

    private static final Path WEB = Path.of("../web/src");
    private static final Path SCHEMA = Path.of("src/main/resources/graphql");
    private static final Pattern DOCUMENT = Pattern.compile("graphql\\(`(.*?)`\\)", Pattern.DOTALL);
    private static final RequestLimits.Settings LIMITS = new RequestLimits.Settings(12, 2000, 100, 3000, 20000);

    @Test
    void everyPageDocumentFitsItsCallersBudget() throws IOException {
        GraphQLSchema schema = schema();
        List<String> documents = new ArrayList<>();
        StringBuilder fragments = new StringBuilder();
        try (Stream<Path> files = Files.walk(WEB)) {
            for (Path file : files.filter(f ->
                            f.toString().matches(".*\\.tsx?$") && !f.toString().contains("/gql/"))
                    .toList()) {
                Matcher m = DOCUMENT.matcher(Files.readString(file));
                while (m.find()) {
                    String text = m.group(1);
                    if (text.strip().startsWith("fragment")) {
                        fragments.append(text).append('\n');
                    } else {
                        documents.add(WEB.relativize(file) + "\n" + text);
                    }
                }
            }
        }
        assertThat(documents).hasSizeGreaterThan(80);
        List<String> over = new ArrayList<>();
        long dearestPublic = 0;
        long dearest = 0;
        for (String entry : documents) {
            String file = entry.substring(0, entry.indexOf('\n'));
            Document document = Parser.parse(entry.substring(entry.indexOf('\n') + 1) + "\n" + fragments);
            OperationDefinition definition =
                    document.getDefinitionsOfType(OperationDefinition.class).getFirst();
            String operation = definition.getName();
            var figures = QueryCost.of(schema, document, operation, placeholders(definition), 100);
            boolean publicSite = file.startsWith("public/");
            long budget = publicSite ? LIMITS.anonymousBudget() : LIMITS.signedInBudget();
            if (publicSite) {
                dearestPublic = Math.max(dearestPublic, figures.cost());
            } else {
                dearest = Math.max(dearest, figures.cost());
            }
            if (figures.cost() > budget
                    || figures.depth() > LIMITS.maxDepth()
                    || figures.fields() > LIMITS.maxComplexity()) {
                over.add(file + " " + operation + ": " + figures);
            }
        }
        System.out.printf("dearest public page document %d, dearest signed-in %d%n", dearestPublic, dearest);
        assertThat(over).isEmpty();
    }

    /**
     * A value for every variable, as the execution would have coerced it: a page size of 20 for an {@code Int}
     * (the default page), text for the other scalars, an empty object for an input.
     */
    private static CoercedVariables placeholders(OperationDefinition operation) {
        Map<String, Object> values = new HashMap<>();
        for (VariableDefinition variable : operation.getVariableDefinitions()) {
            String type = TypeUtil.unwrapAll(variable.getType()).getName();
            values.put(
                    variable.getName(),
                    switch (type) {
                        case "Int" -> 20;
                        case "Float" -> 1.0;
                        case "Boolean" -> true;
                        case "ID", "String", "Date", "DateTime", "BigDecimal", "Long" -> "1";
                        default -> Map.of();
                    });
        }
        return CoercedVariables.of(values);
    }

    /** The schema files plus the connection types Spring for GraphQL adds, as web/codegen.ts writes them. */
    private static GraphQLSchema schema() throws IOException {
        StringBuilder sdl = new StringBuilder();
        try (Stream<Path> files = Files.list(SCHEMA)) {
            files.filter(f -> f.toString().endsWith(".graphqls")).sorted().forEach(f -> {
                try {
                    sdl.append(Files.readString(f)).append('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        String all = sdl.toString();
        Set<String> named = new LinkedHashSet<>();
        Pattern.compile("\\b([A-Z]\\w*)Connection\\b").matcher(all).results().forEach(r -> named.add(r.group(1)));
        Set<String> defined = new LinkedHashSet<>();
        Pattern.compile("\\btype\\s+([A-Z]\\w*)Connection\\b")
                .matcher(all)
                .results()
                .forEach(r -> defined.add(r.group(1)));
        sdl.append(
                "type PageInfo { hasPreviousPage: Boolean! hasNextPage: Boolean! startCursor: String endCursor: String }\n");
        for (String type : named) {
            if (!defined.contains(type)) {
                sdl.append("type ")
                        .append(type)
                        .append("Connection { edges: [")
                        .append(type)
                        .append("Edge]! pageInfo: PageInfo! }\ntype ")
                        .append(type)
                        .append("Edge { cursor: String! node: ")
                        .append(type)
                        .append("! }\n");
            }
        }
        TypeDefinitionRegistry registry = new SchemaParser().parse(sdl.toString());
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    }
}
