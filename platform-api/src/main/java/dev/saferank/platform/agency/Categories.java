package dev.saferank.platform.agency;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The agency categories (机构类别) with their Chinese labels; 佛山 ranks per category. */
public final class Categories {

    /** A category code and its label. */
    public record Category(String code, String label) {}

    /** One list with the published CSV's (the rating module's: the CSV is hashed with its labels). */
    private static final Map<String, String> LABELS = dev.saferank.rating.AgencyCategories.labels();

    private Categories() {}

    public static List<Category> all() {
        return LABELS.entrySet().stream()
                .map(e -> new Category(e.getKey(), e.getValue()))
                .toList();
    }

    public static Optional<String> label(String code) {
        return Optional.ofNullable(code).map(LABELS::get);
    }
}
