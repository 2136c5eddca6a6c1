package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An item of a scheme; its number is the seed's 序号.
 *
 * @param number the seed's 序号, as text
 * @param title the seed's 考评标准 / 评定内容
 * @param max the item's maximum (optional in pools and penalties)
 * @param wording the seed's 评分标准, verbatim
 * @param scoring whether rules deduct from the maximum or award from zero
 * @param note reading taken, if any
 * @param rules the rules
 */
public record Item(
        String number,
        String title,
        Optional<BigDecimal> max,
        Optional<String> wording,
        Scoring scoring,
        Optional<String> note,
        List<Rule> rules) {

    /** How an item's rules combine. */
    public enum Scoring {
        /** Start at the maximum and subtract (扣分). */
        DEDUCT,
        /** Start at zero and add, up to the maximum (measured and computed items). */
        AWARD
    }
}
