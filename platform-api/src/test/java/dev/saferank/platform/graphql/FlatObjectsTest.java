package dev.saferank.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLContext;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.CoercedVariables;
import graphql.execution.ExecutionStrategy;
import graphql.execution.SimpleDataFetcherExceptionHandler;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.StringValue;
import graphql.schema.Coercing;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.LightDataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeRuntimeWiring;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The flat-object strategy answers every query shape exactly as graphql-java's own strategy does
 * (data, errors with their paths, null propagation, key order), completes flat objects without the
 * engine's per-field execution where it should, and leaves the rest to the engine. Data-loader
 * fields sit beside and below flat objects, loaded asynchronously, to show that the per-level
 * dispatch still fires (a miss would hang the query: every run has a time limit).
 */
class FlatObjectsTest {

    private static final String SCHEMA =
            """
            scalar Date
            enum Kind { RULE CHECKLIST }
            interface Named { name: String }
            type Query {
              items: [Item!]!
              maybeItems: [Item]
              brokenItems: [Item!]
              item: Item
              parents: [Parent!]!
              named: [Named!]!
              strict: [Strict!]
              oddKinds: [Item!]!
            }
            type Item implements Named {
              id: ID!
              serial: ID
              name: String
              count: Int!
              kind: Kind!
              day: Date
              tags: [String!]
              computed: String
              sized(max: Int): String
              boom: String
            }
            type Parent { id: ID! label: String children: [Item!]! first: Item kids: [Parent!]! }
            type Strict { id: ID! must: String! bad: Int }
            """;

    enum Kind {
        RULE,
        CHECKLIST,
        OTHER
    }

    record Item(String id, long serial, String name, int count, Kind kind, LocalDate day, List<String> tags) {
        public String boom() {
            if (id.equals("i2")) {
                throw new IllegalStateException("boom");
            }
            return "fine";
        }
    }

    record Parent(String id, List<Parent> kids) {}

    /** An accessor of our own that only reads its source, as {@code FindingFields} wires them. */
    static final class Count implements LightDataFetcher<Integer> {
        @Override
        public Integer get(
                GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) {
            return ((Item) source).count();
        }

        @Override
        public Integer get(DataFetchingEnvironment environment) {
            return environment.<Item>getSource().count();
        }
    }

    record Strict(String id, String must, Object bad) {}

    private static final List<Item> ITEMS = List.of(
            new Item("i1", 101L, "甲", 1, Kind.RULE, LocalDate.of(2026, 3, 1), List.of("a")),
            new Item("i2", 102L, null, 2, Kind.CHECKLIST, null, null),
            new Item("i3", 103L, "丙", 3, Kind.RULE, LocalDate.of(2026, 3, 3), List.of()));

    private static final ExecutorService LOADERS = Executors.newFixedThreadPool(2);

    private static final GraphQLSchema SCHEMA_OBJECT = schema();

    @AfterAll
    static void stopLoaders() {
        LOADERS.shutdownNow();
    }

    static Stream<Arguments> queries() {
        return Stream.of(
                flat("{ items { id serial name count kind day } }"),
                flat("{ items { a: id id n: name name __typename } }"),
                flat("{ items { ...F } } fragment F on Item { id name }"),
                flat("{ items { ... on Item { count } id } }"),
                flat(
                        "query($s: Boolean!) { items { id name @skip(if: $s) count @include(if: $s) } }",
                        Map.of("s", true)),
                flat(
                        "query($s: Boolean!) { items { id name @skip(if: $s) count @include(if: $s) } }",
                        Map.of("s", false)),
                flat("{ maybeItems { id name } }"),
                flat("{ item { id name kind } }"),
                flat("{ named { name ... on Item { id } __typename } }"),
                flat("{ parents { id label children { id name } first { id kind } } }"),
                flat(
                        "{ parents { id children { id } kids { id label children { id count } first { id } kids { label } } } }"),
                // the engine's errors: a null in a non-null list, in a non-null field, values that do not serialize, a
                // property that throws
                errors("{ brokenItems { id } }"),
                errors("{ strict { id must } }"),
                errors("{ strict { id bad } }"),
                errors("{ oddKinds { id kind } }"),
                errors("{ items { id boom } }"),
                // what is not a flat object
                engine("{ items { id computed } }"),
                engine("{ items { id sized(max: 2) } }"),
                engine("{ items { id tags } }"));
    }

    private static Arguments flat(String query) {
        return flat(query, Map.of());
    }

    private static Arguments flat(String query, Map<String, Object> variables) {
        return Arguments.of(query, variables, Expect.FLAT);
    }

    private static Arguments engine(String query) {
        return Arguments.of(query, Map.of(), Expect.ENGINE);
    }

    private static Arguments errors(String query) {
        return Arguments.of(query, Map.of(), Expect.ERRORS);
    }

    /** How the answer is made. */
    enum Expect {
        /** Flat objects completed directly, no errors. */
        FLAT,
        /** Nothing flat: every field fetched by the engine. */
        ENGINE,
        /** Errors, reported and propagated by the engine (the objects without a problem may be flat). */
        ERRORS
    }

    @ParameterizedTest
    @MethodSource("queries")
    void answersAsTheEngineDoes(String query, Map<String, Object> variables, Expect expect) throws Exception {
        Answer engine = run(new AsyncExecutionStrategy(), query, variables);
        Answer direct = run(flatObjects(instrumentation -> true), query, variables);

        assertThat(direct.result()).isEqualTo(engine.result());
        assertThat(direct.result().toString())
                .as("the same keys in the same order")
                .isEqualTo(engine.result().toString());
        assertThat(engine.result()).as("the query answers something").containsKey("data");
        switch (expect) {
            case FLAT -> {
                assertThat(direct.fetches())
                        .as("fields the engine fetched itself")
                        .isLessThan(engine.fetches());
                assertThat(engine.result()).doesNotContainKey("errors");
            }
            case ENGINE -> assertThat(direct.fetches()).isEqualTo(engine.fetches());
            case ERRORS -> assertThat(engine.result()).containsKey("errors");
        }
    }

    @ParameterizedTest
    @MethodSource("queries")
    void leavesEverythingToTheEngineUnderAnotherInstrumentation(
            String query, Map<String, Object> variables, Expect expect) throws Exception {
        Answer engine = run(new AsyncExecutionStrategy(), query, variables);
        Answer strategy = run(flatObjects(instrumentation -> false), query, variables);

        assertThat(strategy.result().toString()).isEqualTo(engine.result().toString());
        assertThat(strategy.fetches()).isEqualTo(engine.fetches());
    }

    /** An answer's specification map and how many fields the engine fetched itself for it. */
    private record Answer(Map<String, Object> result, int fetches) {}

    private static FlatObjects flatObjects(Predicate<Instrumentation> quietPerField) {
        return new FlatObjects(new SimpleDataFetcherExceptionHandler(), quietPerField);
    }

    private static Answer run(ExecutionStrategy strategy, String query, Map<String, Object> variables)
            throws Exception {
        var fetches = new AtomicInteger();
        GraphQL graphQl = GraphQL.newGraphQL(SCHEMA_OBJECT)
                .queryExecutionStrategy(strategy)
                .instrumentation(new SimplePerformantInstrumentation() {
                    @Override
                    public FieldFetchingInstrumentationContext beginFieldFetching(
                            InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
                        fetches.incrementAndGet();
                        return FieldFetchingInstrumentationContext.NOOP;
                    }
                })
                .build();
        DataLoaderRegistry loaders = new DataLoaderRegistry();
        loaders.register(
                "children",
                DataLoaderFactory.<String, List<Item>>newDataLoader(ids -> CompletableFuture.supplyAsync(
                        () -> ids.stream()
                                .map(id -> ITEMS.subList(0, 1 + Math.floorMod(id.hashCode(), ITEMS.size())))
                                .toList(),
                        LOADERS)));
        loaders.register(
                "label",
                DataLoaderFactory.<String, String>newDataLoader(ids -> CompletableFuture.supplyAsync(
                        () -> ids.stream().map(id -> "标签 " + id).toList(), LOADERS)));
        ExecutionResult result = graphQl.executeAsync(ExecutionInput.newExecutionInput(query)
                        .variables(variables)
                        .dataLoaderRegistry(loaders)
                        .locale(Locale.CHINA)
                        .build())
                .get(10, TimeUnit.SECONDS);
        return new Answer(result.toSpecification(), fetches.get());
    }

    private static GraphQLSchema schema() {
        GraphQLScalarType date = GraphQLScalarType.newScalar()
                .name("Date")
                .coercing(new Coercing<LocalDate, String>() {
                    @Override
                    public String serialize(Object value, GraphQLContext context, Locale locale) {
                        return value.toString();
                    }

                    @Override
                    public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
                        return LocalDate.parse(input.toString());
                    }

                    @Override
                    public LocalDate parseLiteral(
                            graphql.language.Value<?> input,
                            CoercedVariables variables,
                            GraphQLContext context,
                            Locale locale) {
                        return LocalDate.parse(((StringValue) input).getValue());
                    }
                })
                .build();
        Parent leaf = new Parent("p3", List.of());
        Parent middle = new Parent("p2", List.of(leaf));
        List<Parent> parents = List.of(new Parent("p1", List.of(middle, leaf)), middle);
        DataFetcher<?> children = env -> env.<String, List<Item>>getDataLoader("children")
                .load(env.<Parent>getSource().id());
        DataFetcher<?> label = env -> env.<String, String>getDataLoader("label")
                .load(env.<Parent>getSource().id());
        @SuppressWarnings("rawtypes")
        Map<String, DataFetcher> query = new HashMap<>();
        query.put("items", env -> ITEMS);
        query.put("maybeItems", env -> Arrays.asList(ITEMS.get(0), null, ITEMS.get(2)));
        query.put("brokenItems", env -> Arrays.asList(ITEMS.get(0), null));
        query.put("item", env -> ITEMS.get(1));
        query.put("parents", env -> parents);
        query.put("named", env -> ITEMS);
        query.put("strict", env -> List.of(new Strict("s1", "有", 1), new Strict("s2", null, "abc")));
        List<Item> odd = new ArrayList<>(ITEMS);
        odd.add(new Item("i4", 104L, "丁", 4, Kind.OTHER, null, null));
        query.put("oddKinds", env -> odd);
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .scalar(date)
                .type(TypeRuntimeWiring.newTypeWiring("Query").dataFetchers(query))
                .type(TypeRuntimeWiring.newTypeWiring("Item")
                        .dataFetcher(
                                "computed", env -> "算 " + env.<Item>getSource().id())
                        .dataFetcher("sized", env -> env.<Item>getSource().id()))
                .type(TypeRuntimeWiring.newTypeWiring("Parent")
                        .dataFetcher("children", children)
                        .dataFetcher("label", label)
                        .dataFetcher("first", env -> ITEMS.get(2)))
                .type(TypeRuntimeWiring.newTypeWiring("Named")
                        .typeResolver(env -> env.getSchema().getObjectType("Item")))
                .build();
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA), wiring);
    }
}
