package dev.saferank.platform.staff;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The certificate types the platform knows, with their Chinese names. */
final class CertificateTypes {

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("registeredSafetyEngineer", "注册安全工程师");
        LABELS.put("safetyEvaluator", "安全评价师");
        LABELS.put("registeredFireEngineer", "注册消防工程师");
        LABELS.put("engineerTitle", "工程师及以上职称");
        LABELS.put("other", "其他");
    }

    private CertificateTypes() {}

    static Optional<String> label(String type) {
        return Optional.ofNullable(type).map(LABELS::get);
    }

    static Map<String, String> all() {
        return LABELS;
    }
}
