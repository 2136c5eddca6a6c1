package dev.saferank.batch.rating.internal;

/** A problem with an agency's facts: where (the engine's path) and what, in Chinese, as the preview words it. */
record FactProblem(String path, String message) {}
