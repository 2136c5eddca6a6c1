package dev.saferank.platform.publication;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of a public search as Elasticsearch queries. A rating matches in any of three ways, and the
 * exact one weighs most:
 *
 * <ol>
 *   <li>every word (Chinese analyzer) in the agency name, city, district, category label or the standing
 *       (year and published grade), across them ({@code 泉州 检测} finds testing agencies of 泉州, {@code
 *       2023 优秀} the agencies published 优秀 for 2023);
 *   <li>every word of the agency name with fuzzy matching (an edit for words of three letters or more:
 *       names with Latin letters or digits);
 *   <li>most character pairs of the typed name ({@link NameGrams}): one Chinese character wrong or missing.
 * </ol>
 */
final class PublicRatingQueries {

    private PublicRatingQueries() {}

    static Query matching(String text) {
        Query exact = Query.of(q -> q.multiMatch(m -> m.query(text)
                .fields("agency_name^3", "city_name", "district_name", "category_label", "standing")
                .type(TextQueryType.CrossFields)
                .operator(Operator.And)
                .boost(3f)));
        Query fuzzy = Query.of(q -> q.match(
                m -> m.field("agency_name").query(text).fuzziness("AUTO").operator(Operator.And)));
        List<String> grams = NameGrams.of(text);
        List<Query> routes = new java.util.ArrayList<>(List.of(exact, fuzzy));
        if (!grams.isEmpty()) {
            List<Query> pairs = grams.stream()
                    .map(g -> Query.of(q -> q.constantScore(
                            c -> c.filter(f -> f.term(t -> t.field("name_grams").value(g))))))
                    .toList();
            routes.add(Query.of(q -> q.bool(
                    b -> b.should(pairs).minimumShouldMatch(Integer.toString(NameGrams.required(grams.size()))))));
        }
        return Query.of(q -> q.bool(b -> b.should(routes).minimumShouldMatch("1")));
    }

    /** For each highlighted field, the words to mark in it (any of them, the agency name's fuzzily too). */
    static Map<String, Query> highlights(String text, Collection<String> fields) {
        Map<String, Query> out = new LinkedHashMap<>();
        for (String field : fields) {
            out.put(
                    field,
                    Query.of(q -> q.match(m -> {
                        m.field(field).query(text);
                        if (field.equals("agency_name")) {
                            m.fuzziness("AUTO");
                        }
                        return m;
                    })));
        }
        return out;
    }
}
