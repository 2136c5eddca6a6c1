package dev.saferank.platform.graphql;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.execution.ExecutionContext;
import graphql.language.Document;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import java.util.HashMap;
import java.util.Map;

/**
 * What a request costs, worked out from its document before any field runs: every field costs its price in
 * {@link #PRICES} (1 when it has none: a column or an object already fetched), plus what its selection costs;
 * the list below a paged field ({@code first}) costs as many times as the page holds (20 when {@code first} is
 * not given, as {@link Pages} serves); aliases and repeated fields each cost again. Also counted: the number
 * of fields the document selects and its depth.
 */
final class QueryCost {

    /**
     * Prices by {@code Type.field}: what the field makes the server do beside reading a row. An Elasticsearch
     * search 50, an agency's preview (its year's facts read, the engine run) 200, a what-if over a city's whole
     * population 2,000; the introspection of the whole schema 100, with everything it selects. A mutation costs
     * 10 (a transaction), more where it does more.
     */
    static final Map<String, Integer> PRICES = Map.ofEntries(
            Map.entry("Query.publicRatings", 50),
            Map.entry("Query.searchReports", 50),
            Map.entry("Query.searchComplaints", 50),
            Map.entry("Query.searchCases", 50),
            Map.entry("Query.preview", 200),
            Map.entry("Query.compareSchemes", 2_000),
            Map.entry("Query.publicAgency", 10),
            Map.entry("Query.publicNotice", 20),
            Map.entry("Query.publicCities", 5),
            Map.entry("Query.schemeTree", 20),
            Map.entry("Query.multiAffiliationProposals", 50),
            Map.entry("Mutation.validateScheme", 50),
            Map.entry("Mutation.uploadScheme", 50),
            Map.entry("Mutation.uploadReport", 50),
            Map.entry("Mutation.startRating", 50),
            Map.entry("Mutation.fileComplaint", 20),
            Map.entry("Mutation.fileObjection", 20),
            Map.entry("Query.__schema", 100),
            Map.entry("Query.__type", 10));

    static final int MUTATION_PRICE = 10;

    record Figures(long cost, int fields, int depth) {}

    private QueryCost() {}

    static Figures of(ExecutionContext context, int maxPageSize) {
        return of(
                context.getGraphQLSchema(),
                context.getDocument(),
                context.getOperationDefinition().getName(),
                context.getCoercedVariables(),
                maxPageSize);
    }

    static Figures of(
            GraphQLSchema schema,
            Document document,
            String operationName,
            CoercedVariables variables,
            int maxPageSize) {
        var traverser = QueryTraverser.newQueryTraverser()
                .schema(schema)
                .document(document)
                .operationName(operationName)
                .coercedVariables(variables)
                .build();
        // what the selections below each field cost, filled in post-order (children before their parent)
        Map<QueryVisitorFieldEnvironment, Long> below = new HashMap<>();
        int[] fieldsAndDepth = new int[2];
        traverser.visitPostOrder(new QueryVisitorStub() {
            @Override
            public void visitField(QueryVisitorFieldEnvironment env) {
                fieldsAndDepth[0]++;
                fieldsAndDepth[1] = Math.max(fieldsAndDepth[1], depth(env));
                long cost = costOf(env, below.getOrDefault(env, 0L), maxPageSize);
                below.merge(env.getParentEnvironment(), cost, Long::sum);
            }
        });
        return new Figures(below.getOrDefault(null, 0L), fieldsAndDepth[0], fieldsAndDepth[1]);
    }

    private static long costOf(QueryVisitorFieldEnvironment env, long selection, int maxPageSize) {
        String name = env.getFieldDefinition().getName();
        if (name.startsWith("__")) {
            // introspection (__typename has no fields container): a flat price for all it selects, its lists
            // being the schema's, not data
            Integer price = PRICES.get("Query." + name);
            return price == null ? 1 : price;
        }
        String type = env.getFieldsContainer().getName();
        Integer price = PRICES.get(type + "." + name);
        long own = price != null ? price : "Mutation".equals(type) ? MUTATION_PRICE : 1;
        long cost = own + selection;
        var parent = env.getParentEnvironment();
        if (parent != null
                && GraphQLTypeUtil.unwrapNonNull(env.getFieldDefinition().getType()) instanceof GraphQLList
                && parent.getFieldDefinition().getArgument("first") != null) {
            cost *= pageSize(parent.getArguments().get("first"), maxPageSize);
        }
        return cost;
    }

    private static long pageSize(Object first, int maxPageSize) {
        if (first instanceof Number n) {
            return Math.clamp(n.longValue(), 1, maxPageSize);
        }
        return Pages.DEFAULT_SIZE;
    }

    /** Fields on the path from the operation to this one, this one included (a root field is 1). */
    private static int depth(QueryVisitorFieldEnvironment env) {
        int depth = 0;
        for (var e = env; e != null; e = e.getParentEnvironment()) {
            depth++;
        }
        return depth;
    }
}
