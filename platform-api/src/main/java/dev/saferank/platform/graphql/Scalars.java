package dev.saferank.platform.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import graphql.schema.GraphQLScalarType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Dates, instants, exact decimals (scores are never floating point) and 64-bit ids. */
@Configuration(proxyBeanMethods = false)
class Scalars {

    @Bean
    RuntimeWiringConfigurer extendedScalars() {
        return wiring -> wiring.scalar(ExtendedScalars.Date)
                .scalar(dateTime())
                .scalar(ExtendedScalars.GraphQLBigDecimal)
                .scalar(ExtendedScalars.GraphQLLong);
    }

    /** DateTime that also serializes {@link Instant} (timestamps read from the database), in UTC. */
    @SuppressWarnings("unchecked")
    private static GraphQLScalarType dateTime() {
        var base = (Coercing<OffsetDateTime, String>) ExtendedScalars.DateTime.getCoercing();
        return ExtendedScalars.DateTime.transform(scalar -> scalar.coercing(new Coercing<OffsetDateTime, String>() {
            @Override
            public String serialize(Object input, GraphQLContext context, Locale locale) {
                return base.serialize(
                        input instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : input, context, locale);
            }

            @Override
            public OffsetDateTime parseValue(Object input, GraphQLContext context, Locale locale) {
                return base.parseValue(input, context, locale);
            }

            @Override
            public OffsetDateTime parseLiteral(
                    Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                return base.parseLiteral(input, variables, context, locale);
            }

            @Override
            public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
                return base.valueToLiteral(input, context, locale);
            }
        }));
    }
}
