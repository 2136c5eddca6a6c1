package dev.saferank.platform.graphql;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.query.ScrollPositionCursorStrategy;

/**
 * Opaque cursors for every connection. A cursor the platform did not hand out (edited, truncated,
 * made up) is the caller's input error, reported as such, not a failure of the server.
 */
@Configuration(proxyBeanMethods = false)
class Cursors {

    @Bean
    @Primary
    CursorStrategy<ScrollPosition> inputCheckingCursorStrategy() {
        CursorStrategy<ScrollPosition> encoded =
                CursorStrategy.withEncoder(new ScrollPositionCursorStrategy(), CursorEncoder.base64());
        return new CursorStrategy<>() {
            @Override
            public boolean supports(Class<?> targetType) {
                return encoded.supports(targetType);
            }

            @Override
            public String toCursor(ScrollPosition position) {
                return encoded.toCursor(position);
            }

            @Override
            public ScrollPosition fromCursor(String cursor) {
                try {
                    return encoded.fromCursor(cursor);
                } catch (IllegalArgumentException | IllegalStateException unreadable) {
                    throw new InvalidInputException("after", "INVALID_CURSOR", "翻页游标无效");
                }
            }
        };
    }
}
