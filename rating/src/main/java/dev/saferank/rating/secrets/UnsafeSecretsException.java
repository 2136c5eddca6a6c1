package dev.saferank.rating.secrets;

import java.util.List;

/** The platform refuses to start: secrets are missing, malformed or published. */
public class UnsafeSecretsException extends IllegalStateException {

    private final List<String> problems;

    public UnsafeSecretsException(List<String> profiles, List<String> problems) {
        super("SafeRank refuses to start with the profiles " + profiles
                + ": a secret is missing or has a published development value (" + problems.size() + ")");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
