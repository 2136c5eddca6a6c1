package dev.saferank.platform.tenant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/** The shipped schemes of the seed cities (tenant-config), usable as a new tenant's first scheme. */
final class Templates {

    /** Template name → the year of its shipped file. */
    static final Map<String, Integer> SHIPPED =
            Map.of("quanzhou", 2023, "linyi", 2022, "putian", 2021, "suzhou", 2023, "foshan", 2023);

    /** The template names in the order of the seeds. */
    static final List<String> NAMES = List.of("quanzhou", "linyi", "putian", "suzhou", "foshan");

    /** No scheme at all: the bureau uploads or writes its own later. */
    static final String BLANK = "blank";

    private Templates() {}

    static boolean known(String template) {
        return template != null && (SHIPPED.containsKey(template) || BLANK.equals(template));
    }

    /** The shipped file as it is. */
    static String shipped(String template) {
        String resource = "tenants/" + template + "/" + template + "-" + SHIPPED.get(template) + ".yaml";
        try (InputStream in = Optional.ofNullable(
                        Templates.class.getClassLoader().getResourceAsStream(resource))
                .orElseThrow(() -> new IllegalStateException("missing " + resource))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template as a tenant's own first version for a year: its tenant, year and version rewritten. */
    static String forTenant(String template, String tenant, int year) {
        return shipped(template)
                .replaceFirst("(?m)^tenant: .*$", "tenant: " + tenant)
                .replaceFirst("(?m)^year: .*$", "year: " + year)
                .replaceFirst("(?m)^version: .*$", Matcher.quoteReplacement("version: \"" + firstVersion(year) + "\""));
    }

    static String firstVersion(int year) {
        return year + ".1";
    }
}
