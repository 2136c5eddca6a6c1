package dev.saferank.platform.rating;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.Pages;
import dev.saferank.rating.run.RatingResult;
import dev.saferank.rating.run.RatingResults;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * Keyset pages of a run's results in rank order: the position is the rank (excluded agencies last)
 * and the agency id, so that ties in rank page stably.
 */
final class ResultPages {

    private ResultPages() {}

    /** Filter values of a results page; any may be null. */
    record Filter(String grade, String category, String district) {
        static final Filter NONE = new Filter(null, null, null);
    }

    static RatingResults.Page of(ScrollSubrange subrange, Filter filter) {
        int size = subrange.count().orElse(Pages.DEFAULT_SIZE);
        if (size < 1 || size > Pages.MAX_SIZE) {
            throw new InvalidInputException("first", "PAGE_SIZE", "每页条数须在 1 到 " + Pages.MAX_SIZE + " 之间");
        }
        if (!subrange.forward()) {
            throw new InvalidInputException("last", "BACKWARD_PAGING", "不支持向前翻页，请使用 first 和 after");
        }
        long rank = 0;
        long agency = 0;
        var position = subrange.position().filter(KeysetScrollPosition.class::isInstance);
        if (position.isPresent()) {
            Map<String, Object> keys = ((KeysetScrollPosition) position.get()).getKeys();
            rank = number(keys.get("rank"));
            agency = number(keys.get("agency"));
        }
        Filter f = filter == null ? Filter.NONE : filter;
        return new RatingResults.Page(f.grade(), f.category(), f.district(), rank, agency, size + 1);
    }

    static Window<RatingResult> window(List<RatingResult> rows, RatingResults.Page page) {
        int size = page.limit() - 1;
        boolean hasNext = rows.size() > size;
        List<RatingResult> content = hasNext ? rows.subList(0, size) : rows;
        return Window.from(
                content,
                index -> ScrollPosition.forward(Map.of(
                        "rank",
                        content.get(index).rankKey(),
                        "agency",
                        content.get(index).agencyId())),
                hasNext);
    }

    private static long number(Object key) {
        try {
            return Long.parseLong(String.valueOf(key));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("after", "INVALID_CURSOR", "翻页游标无效");
        }
    }
}
