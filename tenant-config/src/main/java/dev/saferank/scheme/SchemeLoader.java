package dev.saferank.scheme;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a scheme from YAML or JSON and validates it. Every problem, structural (unknown field, wrong
 * type, missing field) or semantic (see {@link SchemeValidator}), is reported by path in one {@link
 * InvalidSchemeException}.
 */
public final class SchemeLoader {
    private SchemeLoader() {}

    /** Loads and validates a scheme file. */
    public static Scheme load(Path file) {
        return fromYaml(Tree.read(file));
    }

    /** Loads and validates a scheme shipped on the class path, e.g. {@code tenants/quanzhou/quanzhou-2023.yaml}. */
    public static Scheme fromClasspath(String resource) {
        InputStream in = SchemeLoader.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new InvalidSchemeException(List.of(new Problem("", "no such resource: " + resource)));
        }
        return fromYaml(Tree.read(in, resource));
    }

    /** Loads and validates scheme text. */
    public static Scheme fromYaml(String text) {
        Problems problems = new Problems();
        Obj root = Obj.of(Tree.parse(text, problems), "", problems);
        Scheme scheme = SchemeReader.read(root);
        root.finish();
        if (!problems.isEmpty()) {
            // semantic checks on a half-read model would only add noise: report the structure first
            throw new InvalidSchemeException(problems.list());
        }
        List<Problem> semantic = new ArrayList<>(SchemeValidator.validate(scheme));
        if (!semantic.isEmpty()) {
            throw new InvalidSchemeException(semantic);
        }
        return scheme;
    }
}
