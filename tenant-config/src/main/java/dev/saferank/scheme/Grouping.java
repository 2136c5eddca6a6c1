package dev.saferank.scheme;

import java.util.Optional;

/**
 * Grouped ranking (佛山 分类考核).
 *
 * @param by the facts field grouped by: {@code category} or {@code district}
 * @param top how many are named at the top of each group, if any
 */
public record Grouping(String by, Optional<Integer> top) {}
