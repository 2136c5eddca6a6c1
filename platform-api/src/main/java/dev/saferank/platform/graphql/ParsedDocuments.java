package dev.saferank.platform.graphql;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parsed and validated documents, kept by their text: a frontend sends the same few documents over
 * and over (only the variables change), and parsing and validating one was 3 % of the server's time
 * for the agencies page (AgencyPageBenchmark). Depth and complexity limits still apply to every
 * request: they run when the operation executes, not in validation. Only valid documents are kept
 * (errors are worded in the request's locale); when full, the cache is emptied, so that arbitrary
 * documents cannot grow it.
 */
@Configuration(proxyBeanMethods = false)
class ParsedDocuments implements PreparsedDocumentProvider {

    static final int MAX_DOCUMENTS = 500;

    private final Map<String, PreparsedDocumentEntry> documents = new ConcurrentHashMap<>();

    @Bean
    GraphQlSourceBuilderCustomizer parsedDocumentCache() {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry known = documents.get(input.getQuery());
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        if (entry.hasErrors()) {
            return CompletableFuture.completedFuture(entry);
        }
        if (documents.size() >= MAX_DOCUMENTS) {
            documents.clear();
        }
        documents.put(input.getQuery(), entry);
        return CompletableFuture.completedFuture(entry);
    }
}
