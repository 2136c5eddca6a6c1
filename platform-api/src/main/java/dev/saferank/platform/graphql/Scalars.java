package dev.saferank.platform.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Dates, instants, exact decimals (scores are never floating point) and 64-bit ids. */
@Configuration(proxyBeanMethods = false)
class Scalars {

    /** Instants are shown in China Standard Time, the time of every tenant. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Bean
    RuntimeWiringConfigurer extendedScalars() {
        return wiring -> wiring.scalar(ExtendedScalars.Date)
                .scalar(DATE_TIME)
                .scalar(ExtendedScalars.GraphQLBigDecimal)
                .scalar(ExtendedScalars.GraphQLLong);
    }

    static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar()
            .name("DateTime")
            .description("An instant, ISO 8601 with offset (China Standard Time when the platform writes it).")
            .coercing(new Coercing<OffsetDateTime, String>() {
                @Override
                public String serialize(Object value, GraphQLContext context, Locale locale) {
                    return switch (value) {
                        case Instant instant ->
                            instant.atZone(CHINA).toOffsetDateTime().toString();
                        case OffsetDateTime offset -> offset.toString();
                        case java.sql.Timestamp timestamp ->
                            timestamp
                                    .toInstant()
                                    .atZone(CHINA)
                                    .toOffsetDateTime()
                                    .toString();
                        case TemporalAccessor other ->
                            Instant.from(other).atZone(CHINA).toOffsetDateTime().toString();
                        default -> throw new CoercingSerializeException("时间值无效");
                    };
                }

                @Override
                public OffsetDateTime parseValue(Object input, GraphQLContext context, Locale locale) {
                    try {
                        return OffsetDateTime.parse(String.valueOf(input));
                    } catch (DateTimeParseException e) {
                        throw new CoercingParseValueException("时间格式应为 ISO 8601，例如 2023-07-20T08:00:00+08:00");
                    }
                }

                @Override
                public OffsetDateTime parseLiteral(
                        Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                    if (input instanceof StringValue text) {
                        return parseValue(text.getValue(), context, locale);
                    }
                    throw new CoercingParseLiteralException("时间格式应为 ISO 8601 字符串");
                }
            })
            .build();
}
