package dev.saferank.platform.scheme;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.NotFoundException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.History;
import dev.saferank.rating.scheme.StoredSchemes;
import dev.saferank.scheme.InvalidSchemeException;
import dev.saferank.scheme.Scheme;
import dev.saferank.scheme.SchemeLoader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheme versions of a tenant. A version is validated by the engine before it is stored and never
 * changes afterwards, so compiled engines are cached by tenant and version.
 */
@Service
public class Schemes {

    static final int MAX_SOURCE_LENGTH = 512 * 1024;

    private final SchemeMapper mapper;
    private final History history;
    private final StoredSchemes stored;

    Schemes(SchemeMapper mapper, History history, StoredSchemes stored) {
        this.mapper = mapper;
        this.history = history;
        this.stored = stored;
    }

    /** Validates and stores a new version; every problem is reported by its path in the file. */
    @Transactional
    public SchemeVersion upload(String tenant, String source, String actor) {
        Scheme scheme = parse(tenant, source);
        if (mapper.find(tenant, scheme.version()).isPresent()) {
            throw new InvalidInputException(
                    "source.version", "DUPLICATE_VERSION", "方案版本 " + scheme.version() + " 已存在，请使用新的版本号");
        }
        mapper.insert(tenant, scheme.version(), scheme.year(), scheme.title(), source, actor);
        SchemeVersion stored = mapper.find(tenant, scheme.version()).orElseThrow();
        history.record(
                tenant, "scheme", scheme.version(), "uploaded", actor, null, Map.of("version", scheme.version()));
        return stored;
    }

    /** Checks a scheme text without storing it. */
    public Scheme validate(String tenant, String source) {
        return parse(tenant, source);
    }

    @Transactional
    public void activate(String tenant, int year, String version, String actor) {
        SchemeVersion stored = mapper.find(tenant, version).orElseThrow(() -> new NotFoundException("方案版本 " + version));
        if (stored.year() != year) {
            throw new InvalidInputException(
                    "year", "YEAR_MISMATCH", "方案版本 " + version + " 适用于 " + stored.year() + " 年，不能用于 " + year + " 年");
        }
        mapper.activate(tenant, year, version, actor);
        history.record(tenant, "scheme", version, "activated", actor, null, Map.of("version", version, "year", year));
    }

    public List<SchemeVersion> versions(String tenant) {
        return mapper.findAll(tenant);
    }

    public Optional<SchemeVersion> version(String tenant, String version) {
        return mapper.find(tenant, version);
    }

    /** The version active for a year, compiled (by the rating module, once per version). */
    public Optional<ActiveScheme> active(String tenant, int year) {
        return stored.active(tenant, year).map(ActiveScheme::of);
    }

    /** A stored version, compiled. */
    public Optional<ActiveScheme> compiledVersion(String tenant, String version) {
        return stored.version(tenant, version).map(ActiveScheme::of);
    }

    private static Scheme parse(String tenant, String source) {
        if (source == null || source.isBlank()) {
            throw new InvalidInputException("source", "REQUIRED", "请提供方案内容（YAML）");
        }
        if (source.length() > MAX_SOURCE_LENGTH) {
            throw new InvalidInputException("source", "TOO_LONG", "方案内容过长（上限 512 KB）");
        }
        Scheme scheme;
        try {
            scheme = SchemeLoader.fromYaml(source);
        } catch (InvalidSchemeException invalid) {
            throw new InvalidInputException(invalid.problems().stream()
                    .map(problem -> UserError.of("source." + problem.path(), "INVALID_SCHEME", problem.message()))
                    .toList());
        }
        if (!tenant.equals(scheme.tenant())) {
            throw new InvalidInputException(
                    "source.tenant", "TENANT_MISMATCH", "方案所属城市（" + scheme.tenant() + "）与当前城市（" + tenant + "）不一致");
        }
        return scheme;
    }
}
