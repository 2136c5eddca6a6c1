package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Seeded random cases for the {@code *Properties} classes, on plain JUnit 5 ({@code @ParameterizedTest} +
 * {@code @MethodSource}); no property-testing library.
 *
 * <p>Each property has a fixed seed, and case {@code n} (1-based, as JUnit's {@code [n]}) is drawn from its own
 * generator {@link #random(long, int) random(seed, n)}, so a run is reproducible and one failing case can be
 * regenerated alone. The first argument of every case is named {@code "seed S, case n"}: that name is in the
 * display name and, through {@link Label}, in the failure message.
 */
final class RandomCases {
    /** Named explicitly: an LXM algorithm's output is specified, {@code RandomGenerator.getDefault()}'s is not. */
    private static final RandomGeneratorFactory<RandomGenerator> ALGORITHM =
            RandomGeneratorFactory.of("L64X128MixRandom");

    /** The display name of a case: its label, then the other inputs. */
    static final String NAME = "{arguments}";

    /** {@code tries} cases of a property, each the inputs that {@code inputs} draws from its own generator. */
    static Stream<Arguments> cases(long seed, int tries, Function<RandomGenerator, List<?>> inputs) {
        return IntStream.rangeClosed(1, tries).mapToObj(n -> {
            Object[] args = inputs.apply(random(seed, n)).toArray();
            args[0] = Named.of("seed " + seed + ", case " + n, args[0]);
            return Arguments.of(args);
        });
    }

    /** The generator of case {@code n} of the property with this seed. */
    static RandomGenerator random(long seed, int n) {
        return ALGORITHM.create(seed * 0x9E3779B97F4A7C15L + n);
    }

    /** An integer in {@code [min, max]}, both included. */
    static int between(RandomGenerator r, int min, int max) {
        return r.nextInt(min, max + 1);
    }

    /** A decimal in {@code [min, max]} with exactly {@code scale} digits after the point. */
    static BigDecimal between(RandomGenerator r, BigDecimal min, BigDecimal max, int scale) {
        long lo = min.movePointRight(scale).longValueExact();
        long hi = max.movePointRight(scale).longValueExact();
        return BigDecimal.valueOf(r.nextLong(lo, hi + 1), scale);
    }

    /** One of the values, each as likely. */
    static <T> T oneOf(RandomGenerator r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    /** One of the constants of an enum, each as likely. */
    static <E extends Enum<E>> E oneOf(RandomGenerator r, Class<E> type) {
        return oneOf(r, List.of(type.getEnumConstants()));
    }

    /** A list of {@code minSize} to {@code maxSize} (both included) elements, each drawn by {@code element}. */
    static <T> List<T> listOf(RandomGenerator r, int minSize, int maxSize, Function<RandomGenerator, T> element) {
        int size = between(r, minSize, maxSize);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.apply(r));
        }
        return list;
    }

    /** A string of {@code length} characters, each one of {@code chars}. */
    static String stringOf(RandomGenerator r, String chars, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(chars.charAt(r.nextInt(chars.length())));
        }
        return s.toString();
    }

    /** Puts the failing case's display name ({@code "seed S, case n, ..."}) in front of the failure message. */
    static final class Label implements TestExecutionExceptionHandler {
        @Override
        public void handleTestExecutionException(ExtensionContext context, Throwable failure) {
            throw new AssertionError(context.getDisplayName() + ": " + failure.getMessage(), failure);
        }
    }

    private RandomCases() {}
}
