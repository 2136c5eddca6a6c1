package dev.saferank.platform.agency;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One agency data field a scheme declares, with its value for a year and where the value came
 * from.
 *
 * @param field the declared name ({@code registeredEngineers})
 * @param wording what the field means, in the tenant's words
 * @param value the value; empty when nothing is registered or entered (the engine reports it as
 *     missing)
 * @param source {@code registered} (derived from the agency, staff and engagement records),
 *     {@code entered} (set by hand with setAgencyData), empty when there is no value
 */
public record AgencyDataValue(String field, String wording, Optional<BigDecimal> value, Optional<String> source) {

    static final String REGISTERED = "registered";
    static final String ENTERED = "entered";
}
