package dev.saferank.scheme;

/** The synthetic scheme of the engine tests, and facts helpers. */
final class TestCity {
    static final Scheme SCHEME = SchemeLoader.fromClasspath("testcity.yaml");
    static final ScoringEngine ENGINE = new ScoringEngine(SCHEME);

    /** Minimal valid facts for the synthetic scheme plus the given YAML lines. */
    static String facts(String id, String more) {
        return "agency: " + id + "\n"
                + "data: {officeArea: 200, businessVolume: 10, hadBusiness: 1, technicalStaff: 2}\n"
                + "sampledEnterprises: [E1, E2]\n"
                + "measurements:\n"
                + "  exam: {values: [100]}\n"
                + "  satisfaction: {groups: {county: [10]}}\n"
                + "  survey: {responses: [AAA]}\n"
                + more;
    }

    static Evaluation eval(String more) {
        return ENGINE.evaluate(FactsLoader.fromYaml(facts("T1", more)));
    }

    private TestCity() {}
}
