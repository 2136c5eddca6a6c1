package dev.saferank.platform.engagement;

import java.util.Map;

/** The service types of engagements with their Chinese names, for those that read them in bulk. */
public final class EngagementKinds {

    private EngagementKinds() {}

    public static Map<String, String> serviceTypes() {
        return ServiceTypes.all();
    }
}
