package dev.saferank.rating.facts;

/**
 * A problem with an agency's facts, in Chinese: a recorded fact the scheme does not use (set aside), or a
 * fact the engine needs and does not have.
 *
 * @param path where, as the engine names it ({@code findings}, {@code measurements.reportReview},
 *     {@code data.registeredEngineers}, {@code sanctions})
 * @param message what, in Chinese
 */
public record FactProblem(String path, String message) {}
