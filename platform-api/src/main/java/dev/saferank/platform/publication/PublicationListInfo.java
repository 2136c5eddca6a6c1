package dev.saferank.platform.publication;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One list as it was published (stored with the publication, so that reading never depends on a scheme file
 * again).
 */
record PublicationListInfo(String code, String title, String wording, boolean isPublic, Integer validMonths) {

    static List<PublicationListInfo> parse(String json) {
        List<PublicationListInfo> out = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        for (JsonNode l : JsonMapper.shared().readTree(json)) {
            JsonNode months = l.path("validMonths");
            out.add(new PublicationListInfo(
                    l.path("code").asString(),
                    l.path("title").asString(),
                    l.path("wording").asString(),
                    l.path("public").asBoolean(),
                    months.isNumber() ? months.asInt() : null));
        }
        return out;
    }
}
