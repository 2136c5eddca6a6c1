package dev.saferank.platform.agency;

import java.util.Optional;

/**
 * What a bureau filters the agency list by; every part optional.
 *
 * @param nameContains part of the name, matched literally (% and _ are not wildcards)
 */
record AgencyFilter(String district, String category, String status, String nameContains) {

    static final AgencyFilter NONE = new AgencyFilter(null, null, null, null);

    /** The name part as a LIKE pattern with the wildcards of the input escaped. */
    Optional<String> namePattern() {
        return Optional.ofNullable(nameContains)
                .filter(part -> !part.isEmpty())
                .map(part ->
                        "%" + part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
}
