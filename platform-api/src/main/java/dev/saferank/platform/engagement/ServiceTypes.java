package dev.saferank.platform.engagement;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The kinds of service an agency renders, with their Chinese names. */
final class ServiceTypes {

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("evaluation", "安全评价");
        LABELS.put("testing", "检测检验");
        LABELS.put("training", "安全培训");
        LABELS.put("standardisation", "安全生产标准化");
        LABELS.put("consulting", "安全咨询");
        LABELS.put("hazardInspection", "隐患排查");
        LABELS.put("other", "其他");
    }

    private ServiceTypes() {}

    static Optional<String> label(String type) {
        return Optional.ofNullable(type).map(LABELS::get);
    }

    static Map<String, String> all() {
        return LABELS;
    }
}
