package dev.saferank.scheme;

import java.util.Optional;

/** Kinds of sanction events recorded against an agency. */
public enum SanctionType {
    INTERVIEW("interview", "约谈"),
    CIRCULAR("circular", "通报批评"),
    BAD_RECORD("badRecord", "不良信息"),
    PENALTY_CASE("penaltyCase", "立案处罚"),
    MULTI_AFFILIATION("multiAffiliation", "多处挂靠");

    private final String id;
    private final String label;

    SanctionType(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The id used in files and expressions. */
    public String id() {
        return id;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }

    /** Looks a type up by its file id. */
    public static Optional<SanctionType> of(String id) {
        for (SanctionType t : values()) {
            if (t.id.equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
