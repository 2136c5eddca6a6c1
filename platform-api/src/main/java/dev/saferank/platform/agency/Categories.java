package dev.saferank.platform.agency;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The agency categories (机构类别) with their Chinese labels; 佛山 ranks per category. */
public final class Categories {

    /** A category code and its label. */
    public record Category(String code, String label) {}

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("evaluation", "安全评价");
        LABELS.put("testing", "检测检验");
        LABELS.put("training", "安全培训");
        LABELS.put("standardisation", "安全生产标准化");
        LABELS.put("consulting", "安全咨询");
    }

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
