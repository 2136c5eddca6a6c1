package dev.saferank.rating.secrets;

import java.util.List;
import java.util.Locale;
import org.springframework.core.env.Environment;

/** The secrets of one concern and what is wrong with the values an environment sets for them. */
@FunctionalInterface
public interface SecretCheck {

    /**
     * Adds one line per unusable secret: which (with {@link #named}), why, and how to make one.
     *
     * @param dev whether the profile {@code dev} is active: published development values are accepted there
     */
    void check(Environment env, boolean dev, List<String> problems);

    /** A property with the environment variable that sets it: {@code a.b-c (A_B_C)}. */
    static String named(String property) {
        return property + " ("
                + property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_') + ")";
    }
}
