package dev.saferank.rating.scheme;

import dev.saferank.scheme.Scheme;
import dev.saferank.scheme.SchemeLoader;
import dev.saferank.scheme.ScoringEngine;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one place where stored scheme versions are read and parsed ({@code scheme_version.source}, validated
 * by the engine before it was stored). Every statement binds the tenant.
 */
@Component
public class StoredSchemes {

    private final JdbcTemplate jdbc;
    private final Map<String, CompiledScheme> compiled = new ConcurrentHashMap<>();

    StoredSchemes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored version of the tenant, compiled; empty when the tenant has no such version. */
    public Optional<CompiledScheme> version(String tenant, String version) {
        CompiledScheme known = compiled.get(key(tenant, version));
        if (known != null) {
            return Optional.of(known);
        }
        return jdbc
                .queryForList(
                        "SELECT source FROM scheme_version WHERE tenant_id = ? AND version = ?",
                        String.class,
                        tenant,
                        version)
                .stream()
                .findFirst()
                .map(source -> compiled.computeIfAbsent(key(tenant, version), k -> compile(version, source)));
    }

    /** The version a tenant activated for a year, if any. */
    public Optional<String> activeVersion(String tenant, int year) {
        return jdbc
                .queryForList(
                        "SELECT version FROM scheme_activation WHERE tenant_id = ? AND year = ?",
                        String.class,
                        tenant,
                        year)
                .stream()
                .findFirst();
    }

    /** The version active for a year, compiled. */
    public Optional<CompiledScheme> active(String tenant, int year) {
        return activeVersion(tenant, year).flatMap(version -> version(tenant, version));
    }

    private static CompiledScheme compile(String version, String source) {
        Scheme scheme = SchemeLoader.fromYaml(source);
        return new CompiledScheme(
                version, scheme, scheme.scores() ? Optional.of(new ScoringEngine(scheme)) : Optional.empty());
    }

    private static String key(String tenant, String version) {
        return tenant + "\u0000" + version;
    }
}
