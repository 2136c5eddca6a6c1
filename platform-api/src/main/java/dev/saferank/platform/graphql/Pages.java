package dev.saferank.platform.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * Keyset pages by id for cursor connections: Spring for GraphQL turns a {@link Window} into a
 * {@code …Connection} with opaque cursors.
 */
public final class Pages {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** The page a request asks for: rows with an id above {@code after}, at most {@code size}. */
    public record Page(long after, int size) {

        /** One more row than the page holds, to know whether there is a next page. */
        public int limit() {
            return size + 1;
        }
    }

    private Pages() {}

    public static Page of(ScrollSubrange subrange) {
        int size = subrange.count().orElse(DEFAULT_SIZE);
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("first", "PAGE_SIZE", "每页条数须在 1 到 " + MAX_SIZE + " 之间");
        }
        if (!subrange.forward()) {
            throw new InvalidInputException("last", "BACKWARD_PAGING", "不支持向前翻页，请使用 first 和 after");
        }
        long after = subrange.position()
                .filter(KeysetScrollPosition.class::isInstance)
                .map(p -> ((KeysetScrollPosition) p).getKeys().get("id"))
                .map(Pages::toLong)
                .orElse(0L);
        return new Page(after, size);
    }

    /** The window over rows fetched with {@link Page#limit()}. */
    public static <T> Window<T> window(List<T> rows, Page page, ToLongFunction<T> id) {
        boolean hasNext = rows.size() > page.size();
        List<T> content = hasNext ? rows.subList(0, page.size()) : rows;
        return Window.from(
                content, index -> ScrollPosition.forward(Map.of("id", id.applyAsLong(content.get(index)))), hasNext);
    }

    private static long toLong(Object key) {
        try {
            return Long.parseLong(String.valueOf(key));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("after", "INVALID_CURSOR", "翻页游标无效");
        }
    }
}
