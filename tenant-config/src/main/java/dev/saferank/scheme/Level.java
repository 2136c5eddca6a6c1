package dev.saferank.scheme;

import java.util.Optional;

/** The level of an authority that sanctions or honours (乡镇 / 县区 / 市 / 省 / 国家). */
public enum Level {
    TOWN("town", "乡镇(街道)"),
    COUNTY("county", "县(市、区)"),
    CITY("city", "市级"),
    PROVINCE("province", "省级"),
    NATIONAL("national", "国家级");

    private final String id;
    private final String label;

    Level(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The id used in files. */
    public String id() {
        return id;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }

    /** Looks a level up by its file id. */
    public static Optional<Level> of(String id) {
        for (Level l : values()) {
            if (l.id.equals(id)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
