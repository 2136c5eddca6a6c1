package dev.saferank.rating.facts;

import java.util.List;
import java.util.Set;

/**
 * The agency data fields the platform derives from registered records (agency, staff, certificates,
 * engagements) instead of asking for them; a scheme field of one of these names is never entered by hand.
 * Their definitions are in platform-api/README.md ("Agency data of a year").
 */
public final class DerivedFields {

    /** In the order the README lists them. */
    public static final List<String> NAMES = List.of(
            "officeArea",
            "fullTimeStaff",
            "registeredEngineers",
            "qualifiedStaff",
            "multiEmployedStaff",
            "businessVolume",
            "hadBusiness",
            "businessInTwoYears");

    /** Certificates that make a registered engineer (泉州 3: 注册安全工程师 / 安全评价师). */
    public static final Set<String> ENGINEER_CERTIFICATES = Set.of("registeredSafetyEngineer", "safetyEvaluator");

    /** Certificates that make qualified staff (临沂 2). */
    public static final Set<String> QUALIFYING_CERTIFICATES =
            Set.of("registeredSafetyEngineer", "safetyEvaluator", "registeredFireEngineer", "engineerTitle");

    private static final Set<String> SET = Set.copyOf(NAMES);

    private DerivedFields() {}

    public static boolean isDerived(String field) {
        return SET.contains(field);
    }
}
