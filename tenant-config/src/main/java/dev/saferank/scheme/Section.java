package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A section of the scored part (e.g. 基础管理 20分).
 *
 * @param title the section title
 * @param max stated maximum; required for a pool
 * @param pool whether the section, not each item, is floored at zero (佛山 服务规范)
 * @param perEnterprise whether each item is scored per sampled enterprise and averaged (临沂 工作实绩)
 * @param items the items
 */
public record Section(String title, Optional<BigDecimal> max, boolean pool, boolean perEnterprise, List<Item> items) {

    /** The section's maximum: stated, or the sum of its items' maxima. */
    public BigDecimal effectiveMax() {
        return max.orElseGet(() ->
                items.stream().map(i -> i.max().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
