package dev.saferank.platform.isolation;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Writes a GraphQL document for any root field of the schema: every argument filled by a
 * {@link ValueSource}, and a selection of every field reachable within a few levels, so that a
 * probe reads as much as the API would hand out.
 */
public final class ProbeDocuments {

    private static final int MAX_OBJECT_DEPTH = 3;

    private final ValueSource values;

    public ProbeDocuments(ValueSource values) {
        this.values = values;
    }

    public String document(String operation, GraphQLFieldDefinition field) {
        return operation + " { " + field(field, 0).orElse(field.getName()) + " }";
    }

    private Optional<String> field(GraphQLFieldDefinition field, int depth) {
        StringJoiner args = new StringJoiner(", ", "(", ")").setEmptyValue("");
        for (GraphQLArgument argument : field.getArguments()) {
            Optional<String> literal = values.argument(field.getName(), argument.getName())
                    .or(() -> GraphQLTypeUtil.isNonNull(argument.getType())
                            ? Optional.of(literal(argument.getType(), argument.getName()))
                            : Optional.empty());
            literal.ifPresent(value -> args.add(argument.getName() + ": " + value));
        }
        Optional<String> selection = selection(field.getType(), depth);
        return selection.map(sel -> field.getName() + args + sel);
    }

    /** The selection of an output type; empty when an object has nothing left to select. */
    private Optional<String> selection(GraphQLOutputType type, int depth) {
        GraphQLType inner = GraphQLTypeUtil.unwrapAll(type);
        if (!(inner instanceof GraphQLObjectType object)) {
            return Optional.of(
                    inner instanceof GraphQLScalarType || inner instanceof GraphQLEnumType ? "" : " { __typename }");
        }
        if (depth >= MAX_OBJECT_DEPTH) {
            return Optional.empty();
        }
        StringJoiner fields = new StringJoiner(" ", " { ", " }");
        fields.add("__typename");
        for (GraphQLFieldDefinition child : object.getFieldDefinitions()) {
            field(child, depth + 1).ifPresent(fields::add);
        }
        return Optional.of(fields.toString());
    }

    String literal(GraphQLInputType type, String name) {
        if (type instanceof GraphQLNonNull nonNull) {
            return literal((GraphQLInputType) nonNull.getWrappedType(), name);
        }
        if (type instanceof GraphQLList list) {
            return "[" + literal((GraphQLInputType) list.getWrappedType(), name) + "]";
        }
        if (type instanceof GraphQLEnumType enumType) {
            return enumType.getValues().getFirst().getName();
        }
        if (type instanceof GraphQLInputObjectType input) {
            StringJoiner fields = new StringJoiner(", ", "{", "}");
            input.getFieldDefinitions()
                    .forEach(f -> fields.add(f.getName() + ": "
                            + values.inputField(input.getName(), f.getName())
                                    .orElseGet(() -> literal(f.getType(), f.getName()))));
            return fields.toString();
        }
        return values.scalar(((GraphQLScalarType) type).getName(), name);
    }
}
