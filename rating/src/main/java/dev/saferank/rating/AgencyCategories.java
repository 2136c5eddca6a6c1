package dev.saferank.rating;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The agency categories (机构类别) with their Chinese labels, in their order: one list for the API's pages
 * and the published CSV (whose exact bytes are hashed, so the labels are part of what a publication is).
 */
public final class AgencyCategories {

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("evaluation", "安全评价");
        LABELS.put("testing", "检测检验");
        LABELS.put("training", "安全培训");
        LABELS.put("standardisation", "安全生产标准化");
        LABELS.put("consulting", "安全咨询");
    }

    private AgencyCategories() {}

    /** Code → label, in order. */
    public static Map<String, String> labels() {
        return java.util.Collections.unmodifiableMap(LABELS);
    }

    public static Optional<String> label(String code) {
        return Optional.ofNullable(code).map(LABELS::get);
    }
}
