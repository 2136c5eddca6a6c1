package dev.saferank.rating.secrets;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints which secret is wrong and the command that makes one, instead of a stack trace. */
public class UnsafeSecretsFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeSecretsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeSecretsException cause) {
        return new FailureAnalysis(
                cause.getMessage() + ":\n  - " + String.join("\n  - ", cause.problems()),
                "Set each secret named above (the environment variable in brackets). Development values are"
                        + " accepted only with the profile 'dev' (./mvnw -Prun). Secrets, rotation and re-keying: SECURITY.md,"
                        + " section Secrets.",
                cause);
    }
}
