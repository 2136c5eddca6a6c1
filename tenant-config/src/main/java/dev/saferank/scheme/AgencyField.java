package dev.saferank.scheme;

import java.math.BigDecimal;

/**
 * A declared agency data field (registered engineers, office area, business volume…).
 *
 * @param wording what the field means, in the tenant's words
 * @param min lowest accepted value
 * @param max highest accepted value
 * @param integer whether only whole numbers are accepted
 */
public record AgencyField(String wording, BigDecimal min, BigDecimal max, boolean integer) {}
