package dev.saferank.platform.publication;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import dev.saferank.platform.agency.Categories;
import dev.saferank.platform.graphql.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The public search's filters, each checked: bad input is refused in Chinese naming the field. */
final class PublicRatingFilters {

    private final PublicRatingMapper mapper;

    PublicRatingFilters(PublicRatingMapper mapper) {
        this.mapper = mapper;
    }

    /** The filters of a search: always the latest standing only, then what the caller chose, checked. */
    List<Query> of(PublicRatingSearch.PublicRatingFilter filter) {
        List<Query> filters = new ArrayList<>();
        filters.add(term("current", FieldValue.of(true)));
        if (filter == null) {
            return filters;
        }
        if (filter.tenant() != null) {
            String tenant = filter.tenant().strip();
            if (!tenant.matches("[a-z][a-z0-9-]{1,31}") || mapper.city(tenant).isEmpty()) {
                throw new InvalidInputException("filter.tenant", "UNKNOWN_CITY", "未找到该城市（filter.tenant）");
            }
            filters.add(term("tenant_id", FieldValue.of(tenant)));
        }
        if (filter.category() != null) {
            if (Categories.label(filter.category()).isEmpty()) {
                throw new InvalidInputException(
                        "filter.category",
                        "UNKNOWN_CATEGORY",
                        "机构类别（filter.category）有误，可选："
                                + Categories.all().stream()
                                        .map(c -> c.code() + " " + c.label())
                                        .collect(Collectors.joining("、")));
            }
            filters.add(term("category", FieldValue.of(filter.category())));
        }
        if (filter.year() != null) {
            if (filter.year() < 1000 || filter.year() > 9999) {
                throw new InvalidInputException("filter.year", "INVALID_YEAR", "年度（filter.year）须为四位数的年份");
            }
            filters.add(term("year", FieldValue.of(filter.year())));
        }
        if (filter.district() != null) {
            filters.add(term("district", FieldValue.of(filter.district().strip())));
        }
        if (filter.grade() != null) {
            filters.add(term("published_grade", FieldValue.of(filter.grade().strip())));
        }
        return filters;
    }

    private static Query term(String field, FieldValue value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }
}
