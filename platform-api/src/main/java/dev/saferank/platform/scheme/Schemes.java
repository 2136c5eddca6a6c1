package dev.saferank.platform.scheme;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.NotFoundException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.History;
import dev.saferank.rating.scheme.StoredSchemes;
import dev.saferank.scheme.InvalidSchemeException;
import dev.saferank.scheme.Scheme;
import dev.saferank.scheme.SchemeLoader;
import dev.saferank.scheme.SchemeProblemWording;
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

    /**
     * Makes a version the one used for a year. A version of another year is copied first, as a bureau
     * expects when it takes last year's scheme for the new year: its {@code year:} and {@code version:}
     * rewritten (the next free {@code <year>.N}), stored as a new version and activated; the stored
     * version itself never changes. Returns the version now active for the year.
     */
    @Transactional
    public String activate(String tenant, int year, String version, String actor) {
        SchemeVersion stored = mapper.find(tenant, version).orElseThrow(() -> new NotFoundException("方案版本 " + version));
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("input.year", "INVALID_YEAR", "年度须在 2000 到 2100 之间");
        }
        String active = version;
        if (stored.year() != year) {
            String copy = nextVersion(tenant, year);
            String source = redated(stored.source(), year, copy);
            upload(tenant, source, actor);
            history.record(
                    tenant,
                    "scheme",
                    copy,
                    "copied",
                    actor,
                    "由 " + version + "（" + stored.year() + "年度）复制",
                    Map.of("from", version, "year", year));
            active = copy;
        }
        mapper.activate(tenant, year, active, actor);
        history.record(tenant, "scheme", active, "activated", actor, null, Map.of("version", active, "year", year));
        return active;
    }

    /** The first {@code <year>.N} not yet stored for the tenant. */
    public String nextVersion(String tenant, int year) {
        int n = 1;
        while (mapper.find(tenant, year + "." + n).isPresent()) {
            n++;
        }
        return year + "." + n;
    }

    /** A scheme file with its {@code year:} and {@code version:} lines rewritten (top level only). */
    public static String redated(String source, int year, String version) {
        return source.replaceFirst("(?m)^year:.*$", "year: " + year)
                .replaceFirst(
                        "(?m)^version:.*$", java.util.regex.Matcher.quoteReplacement("version: \"" + version + "\""));
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
                    .map(problem -> UserError.of(
                            problem.path().isEmpty() ? "source" : "source." + problem.path(),
                            "INVALID_SCHEME",
                            SchemeProblemWording.place(problem.path()) + "：" + SchemeProblemWording.chinese(problem)))
                    .toList());
        }
        if (!tenant.equals(scheme.tenant())) {
            throw new InvalidInputException(
                    "source.tenant", "TENANT_MISMATCH", "方案所属城市（" + scheme.tenant() + "）与当前城市（" + tenant + "）不一致");
        }
        return scheme;
    }
}
