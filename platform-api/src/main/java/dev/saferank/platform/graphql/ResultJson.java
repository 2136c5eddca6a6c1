package dev.saferank.platform.graphql;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes GraphQL responses straight to Jackson's generator. A response is a tree of maps, lists,
 * strings, numbers and booleans ({@code ExecutionResult.toSpecification()}); Jackson's map
 * serializer looked up a serializer for every key and every value of it (≈ 7 % of the server's
 * time for an agencies page of ≈ 10,000 fields, AgencyPageBenchmark). This writer walks the tree
 * itself, writes field names from pre-encoded strings, and hands anything else to Jackson, so the
 * bytes are the ones Jackson would write. Requests are read by Jackson as before.
 *
 * <p>The answer is written into memory first and sent in one write, with its length. An answer is
 * complete in memory before its first byte is written anyway (the result tree); streamed through
 * the servlet's 8 kB buffer, a 400 kB agencies page went out in ≈ 50 chunked writes. Measured in
 * the loaded server (AgencyPageBenchmark): writing the page into memory 0.65–0.85 ms of CPU, handing
 * it to Tomcat 0.27–0.29 ms.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ResultJson {

    /** Replaces Spring Boot's handler (same settings) with one that writes through {@link Converter}. */
    @Bean
    GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler, JsonMapper json) {
        return new GraphQlHttpHandler(handler, new Converter(json));
    }

    /** Reads with Jackson's converter; writes result trees itself. */
    static final class Converter implements HttpMessageConverter<Object> {

        /** Bytes reserved for an answer at first; an agencies page with its findings is ≈ 400 kB. */
        private static final int INITIAL_BODY = 64 * 1024;

        /** Field names are the schema's and the clients' aliases: bounded in practice, capped anyway. */
        private static final int MAX_NAMES = 4096;

        private final JsonMapper json;
        private final JacksonJsonHttpMessageConverter jackson;
        private final Map<String, SerializableString> names = new ConcurrentHashMap<>();

        Converter(JsonMapper json) {
            this.json = json;
            this.jackson = new JacksonJsonHttpMessageConverter(json);
        }

        @Override
        public boolean canRead(Class<?> clazz, MediaType mediaType) {
            return jackson.canRead(clazz, mediaType);
        }

        @Override
        public boolean canWrite(Class<?> clazz, MediaType mediaType) {
            return jackson.canWrite(clazz, mediaType);
        }

        @Override
        public List<MediaType> getSupportedMediaTypes() {
            return jackson.getSupportedMediaTypes();
        }

        @Override
        public Object read(Class<?> clazz, HttpInputMessage input) throws IOException {
            return jackson.read(clazz, input);
        }

        @Override
        public void write(Object value, MediaType contentType, HttpOutputMessage output) throws IOException {
            if (!(value instanceof Map<?, ?>)) {
                jackson.write(value, contentType, output);
                return;
            }
            MediaType type = contentType == null || contentType.isWildcardType() || contentType.isWildcardSubtype()
                    ? MediaType.APPLICATION_JSON
                    : contentType;
            var body = new ByteArrayOutputStream(INITIAL_BODY);
            try (JsonGenerator generator = json.createGenerator(body, JsonEncoding.UTF8)) {
                write(generator, value);
            }
            output.getHeaders().setContentType(type);
            output.getHeaders().setContentLength(body.size());
            body.writeTo(output.getBody());
        }

        void write(JsonGenerator generator, Object value) {
            switch (value) {
                case null -> generator.writeNull();
                case String text -> generator.writeString(text);
                case Map<?, ?> map -> {
                    generator.writeStartObject();
                    for (Map.Entry<?, ?> entry : map.entrySet()) {
                        generator.writeName(name(String.valueOf(entry.getKey())));
                        write(generator, entry.getValue());
                    }
                    generator.writeEndObject();
                }
                case List<?> list -> {
                    generator.writeStartArray();
                    for (Object item : list) {
                        write(generator, item);
                    }
                    generator.writeEndArray();
                }
                case Boolean bool -> generator.writeBoolean(bool);
                case Integer number -> generator.writeNumber(number);
                case Long number -> generator.writeNumber(number);
                case BigDecimal number -> generator.writeNumber(number);
                case BigInteger number -> generator.writeNumber(number);
                case Double number -> generator.writeNumber(number);
                default -> generator.writePOJO(value);
            }
        }

        private SerializableString name(String name) {
            SerializableString known = names.get(name);
            if (known != null) {
                return known;
            }
            SerializableString encoded = new SerializedString(name);
            if (names.size() < MAX_NAMES) {
                names.putIfAbsent(name, encoded);
            }
            return encoded;
        }
    }
}
