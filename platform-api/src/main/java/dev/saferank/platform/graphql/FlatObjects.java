package dev.saferank.platform.graphql;

import graphql.Scalars;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherResult;
import graphql.execution.DataLoaderDispatchStrategy;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.FieldValueInfo;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.execution.ResultNodesInfo;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.dataloader.PerLevelDataLoaderDispatchStrategy;
import graphql.introspection.Introspection;
import graphql.language.Directive;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.LightDataFetcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;

/**
 * The query execution strategy: graphql-java's {@link AsyncExecutionStrategy}, except for
 * <em>flat objects</em>: objects whose selection is only scalar and enum fields, each read from the
 * object by a {@link LightDataFetcher} (graphql-java's property fetchers, the schema's default,
 * and our own accessors such as {@code FindingFields}: fetchers that only read their source), such
 * as the findings of an agencies page ({@code findings { id ruleCode count status evidence }}).
 * graphql-java executes each of their fields as a field of its own (an execution step, a fetch, a
 * completion, result path and data-loader bookkeeping: ≈ 40 % of the server's time for a page of
 * 2,000 findings in AgencyPageBenchmark); here such an object's map, or a whole list of them, is
 * made in one step, with the same fetchers and the field types' own serialization, in the
 * selection's order, aliases and {@code __typename} included.
 *
 * <p>Whatever the engine would report or propagate is left to the engine: an object whose values
 * contain a null in a non-null field, a value that does not serialize, a fetcher that throws or
 * answers a future or a {@code DataFetcherResult}: that object (or list) is then completed by
 * graphql-java from the start, so errors, paths and null propagation are exactly the engine's.
 *
 * <p>Flat objects are skipped by the engine's per-level data-loader dispatch, which counts the
 * objects it executes and those that completed: both counts leave them out alike, as they leave
 * out an empty list. The fast path is taken only where nothing else can tell the difference: the
 * per-level (or no) data-loader dispatch, no {@code @defer}, no result-node limit, and an
 * instrumentation without per-field callbacks ({@link RequestLimits.Limits}, the engine's only
 * one: another instrumentation turns the fast path off). Field arguments and directives other
 * than {@code @skip}/{@code @include} send the object to the engine as well. {@code
 * FlatObjectsTest} runs query shapes through both strategies and compares the answers.
 */
class FlatObjects extends AsyncExecutionStrategy {

    /** The operation's {@link Operation}, kept in its context. */
    private static final String OPERATION = FlatObjects.class.getName() + ".operation";

    private static final Supplier<DataFetchingEnvironment> NO_ENVIRONMENT = () -> {
        throw new IllegalStateException("a flat object's field is read without an environment");
    };

    private final Predicate<Instrumentation> quietPerField;

    /**
     * @param exceptionHandler the data-fetcher exception handler for every field the engine runs
     * @param quietPerField which instrumentations have no per-field callbacks to skip
     */
    FlatObjects(DataFetcherExceptionHandler exceptionHandler, Predicate<Instrumentation> quietPerField) {
        super(exceptionHandler);
        this.quietPerField = quietPerField;
    }

    @Override
    protected Object completeValueForObject(
            ExecutionContext context, ExecutionStrategyParameters parameters, GraphQLObjectType type, Object source) {
        Plan plan = plan(context, parameters, type);
        if (plan != null) {
            Map<String, Object> values = plan.complete(context, source);
            if (values != null) {
                return values;
            }
        }
        return super.completeValueForObject(context, parameters, type, source);
    }

    @Override
    protected FieldValueInfo completeValueForList(
            ExecutionContext context, ExecutionStrategyParameters parameters, Iterable<Object> items) {
        GraphQLType listType = parameters.getExecutionStepInfo().getUnwrappedNonNullType();
        if (listType instanceof GraphQLList list
                && GraphQLTypeUtil.unwrapNonNull(list.getWrappedType()) instanceof GraphQLObjectType itemType) {
            Plan plan = plan(context, parameters, itemType);
            if (plan != null) {
                boolean itemsNonNull = GraphQLTypeUtil.isNonNull(list.getWrappedType());
                FieldValueInfo completed = plan.completeList(context, items, itemsNonNull);
                if (completed != null) {
                    return completed;
                }
            }
        }
        return super.completeValueForList(context, parameters, items);
    }

    /** The plan for objects of this type under this field, or null when they go to the engine. */
    private @Nullable Plan plan(
            ExecutionContext context, ExecutionStrategyParameters parameters, GraphQLObjectType type) {
        Operation operation = context.getGraphQLContext().computeIfAbsent(OPERATION, key -> operation(context));
        if (!operation.flatPathAllowed()) {
            return null;
        }
        PlanKey key = new PlanKey(parameters.getField(), type);
        Plan plan = operation.plans().get(key);
        if (plan == null) {
            plan = Plan.of(
                    context,
                    fieldCollector.collectFields(collectorParameters(context, type), parameters.getField(), false),
                    type);
            operation.plans().putIfAbsent(key, plan);
        }
        return plan == Plan.NONE ? null : plan;
    }

    /**
     * Whether the operation may take the flat path, decided once: without incremental support
     * ({@code @defer}) no field runs in a deferred context either.
     */
    private Operation operation(ExecutionContext context) {
        DataLoaderDispatchStrategy dispatch = context.getDataLoaderDispatcherStrategy();
        boolean allowed = !context.hasIncrementalSupport()
                && (dispatch == DataLoaderDispatchStrategy.NO_OP
                        || dispatch instanceof PerLevelDataLoaderDispatchStrategy)
                && quietPerField.test(context.getInstrumentation())
                && context.getGraphQLContext().get(ResultNodesInfo.MAX_RESULT_NODES) == null;
        return new Operation(allowed, new ConcurrentHashMap<>());
    }

    /** What one operation knows of the flat path: whether it may take it, and its plans so far. */
    private record Operation(boolean flatPathAllowed, Map<PlanKey, Plan> plans) {}

    private static FieldCollectorParameters collectorParameters(ExecutionContext context, GraphQLObjectType type) {
        return FieldCollectorParameters.newParameters()
                .schema(context.getGraphQLSchema())
                .objectType(type)
                .fragments(context.getFragmentsByName())
                .variables(context.getCoercedVariables().toMap())
                .graphQLContext(context.getGraphQLContext())
                .build();
    }

    /** A selection (identified by its first field node, as the engine does) on an object type. */
    private record PlanKey(MergedField field, GraphQLObjectType type) {}

    /** One selected field of a flat object. */
    private record Leaf(
            String key,
            @Nullable String typeName,
            @Nullable GraphQLFieldDefinition definition,
            @Nullable LightDataFetcher<?> fetcher,
            @Nullable GraphQLScalarType scalar,
            @Nullable GraphQLEnumType enumeration,
            boolean nonNull,
            Serialization serialization) {

        /** The field's value as the engine would answer it; {@link #ENGINE} when the engine must answer. */
        @Nullable
        Object value(ExecutionContext context, Object source) {
            if (typeName != null) {
                return typeName;
            }
            Object raw;
            try {
                raw = context.getValueUnboxer().unbox(fetcher.get(definition, source, NO_ENVIRONMENT));
            } catch (Exception e) {
                return ENGINE;
            }
            if (raw == null) {
                return nonNull ? ENGINE : null;
            }
            if (raw instanceof CompletionStage<?> || raw instanceof DataFetcherResult<?>) {
                return ENGINE;
            }
            Object serialized;
            try {
                serialized = switch (serialization) {
                    case TEXT -> String.valueOf(raw);
                    case INT ->
                        raw instanceof Integer
                                ? raw
                                : scalar.getCoercing().serialize(raw, context.getGraphQLContext(), context.getLocale());
                    case SCALAR ->
                        scalar.getCoercing().serialize(raw, context.getGraphQLContext(), context.getLocale());
                    case ENUM -> enumeration.serialize(raw, context.getGraphQLContext(), context.getLocale());
                };
            } catch (RuntimeException e) {
                return ENGINE;
            }
            return serialized == null && nonNull ? ENGINE : serialized;
        }
    }

    /**
     * How a leaf's value is serialized: by its type, except where graphql-java's built-in scalars
     * are known to answer simply: String and ID answer {@code String.valueOf(value)} for every value,
     * Int an Integer as it is (read from graphql-java 26's coercings; FlatObjectsTest compares).
     */
    enum Serialization {
        TEXT,
        INT,
        SCALAR,
        ENUM;

        static Serialization of(GraphQLScalarType scalar) {
            Object coercing = scalar.getCoercing();
            if (coercing == Scalars.GraphQLString.getCoercing() || coercing == Scalars.GraphQLID.getCoercing()) {
                return TEXT;
            }
            return coercing == Scalars.GraphQLInt.getCoercing() ? INT : SCALAR;
        }
    }

    /** Marks a value only the engine can answer. */
    private static final Object ENGINE = new Object();

    /** How to complete objects of one type under one field directly. */
    private record Plan(List<String> keys, Leaf[] leaves) {

        static final Plan NONE = new Plan(List.of(), new Leaf[0]);

        static Plan of(ExecutionContext context, MergedSelectionSet selection, GraphQLObjectType type) {
            var codeRegistry = context.getGraphQLSchema().getCodeRegistry();
            List<Leaf> leaves = new ArrayList<>();
            for (String key : selection.getKeys()) {
                MergedField field = selection.getSubField(key);
                if (!plainFields(field)) {
                    return NONE;
                }
                if (Introspection.TypeNameMetaFieldDef.getName().equals(field.getName())) {
                    leaves.add(new Leaf(key, type.getName(), null, null, null, null, true, Serialization.TEXT));
                    continue;
                }
                GraphQLFieldDefinition definition = type.getFieldDefinition(field.getName());
                if (definition == null || !definition.getArguments().isEmpty()) {
                    return NONE;
                }
                GraphQLType valueType = GraphQLTypeUtil.unwrapNonNull(definition.getType());
                if (!(codeRegistry.getDataFetcher(type, definition) instanceof LightDataFetcher<?> fetcher)) {
                    return NONE;
                }
                boolean nonNull = GraphQLTypeUtil.isNonNull(definition.getType());
                switch (valueType) {
                    case GraphQLScalarType scalar ->
                        leaves.add(new Leaf(
                                key, null, definition, fetcher, scalar, null, nonNull, Serialization.of(scalar)));
                    case GraphQLEnumType enumeration ->
                        leaves.add(new Leaf(
                                key, null, definition, fetcher, null, enumeration, nonNull, Serialization.ENUM));
                    default -> {
                        return NONE;
                    }
                }
            }
            return leaves.isEmpty() ? NONE : new Plan(List.copyOf(selection.getKeys()), leaves.toArray(Leaf[]::new));
        }

        /** No arguments and no directives but {@code @skip}/{@code @include}, already applied. */
        private static boolean plainFields(MergedField field) {
            for (Field node : field.getFields()) {
                if (!node.getArguments().isEmpty()) {
                    return false;
                }
                for (Directive directive : node.getDirectives()) {
                    if (!"skip".equals(directive.getName()) && !"include".equals(directive.getName())) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** The object's answer, or null when the engine must complete it. */
        @Nullable
        Map<String, Object> complete(ExecutionContext context, Object source) {
            Object[] values = new Object[leaves.length];
            for (int i = 0; i < leaves.length; i++) {
                Object value = leaves[i].value(context, source);
                if (value == ENGINE) {
                    return null;
                }
                values[i] = value;
            }
            return context.getResponseMapFactory().createInsertionOrdered(keys, Arrays.asList(values));
        }

        /** The list's answer, or null when the engine must complete it. */
        @Nullable
        FieldValueInfo completeList(ExecutionContext context, Iterable<Object> items, boolean itemsNonNull) {
            int size = items instanceof java.util.Collection<?> collection ? collection.size() : 10;
            List<Object> values = new ArrayList<>(size);
            List<FieldValueInfo> infos = new ArrayList<>(size);
            for (Object item : items) {
                if (item instanceof DataFetcherResult<?>) {
                    return null;
                }
                Object source = context.getValueUnboxer().unbox(item);
                if (source instanceof DataFetcherResult<?> || source instanceof CompletionStage<?>) {
                    return null;
                }
                if (source == null) {
                    if (itemsNonNull) {
                        return null;
                    }
                    values.add(null);
                    infos.add(new FieldValueInfo(FieldValueInfo.CompleteValueType.NULL, null));
                    continue;
                }
                Map<String, Object> value = complete(context, source);
                if (value == null) {
                    return null;
                }
                values.add(value);
                infos.add(new FieldValueInfo(FieldValueInfo.CompleteValueType.OBJECT, value));
            }
            return new FieldValueInfo(FieldValueInfo.CompleteValueType.LIST, values, infos);
        }
    }

    /** Installs the strategy with Spring for GraphQL's exception handling, as the default one had. */
    @Configuration(proxyBeanMethods = false)
    static class Installation {

        @Bean
        GraphQlSourceBuilderCustomizer flatObjects(ObjectProvider<DataFetcherExceptionResolver> resolvers) {
            return builder -> builder.configureGraphQl(graphQl -> graphQl.queryExecutionStrategy(new FlatObjects(
                    DataFetcherExceptionResolver.createExceptionHandler(
                            resolvers.orderedStream().toList()),
                    instrumentation -> instrumentation instanceof RequestLimits.Limits
                            || instrumentation == SimplePerformantInstrumentation.INSTANCE)));
        }
    }
}
