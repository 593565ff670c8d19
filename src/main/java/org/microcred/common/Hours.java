package org.microcred.common;

import java.math.BigDecimal;

/** Contact hours are decimals in hours; shown without trailing zeros (5, 2.5), never in exponent form. */
public final class Hours {

    public static final String UNIT = "hours";

    private Hours() {
    }

    public static BigDecimal display(BigDecimal hours) {
        if (hours == null) {
            return null;
        }
        BigDecimal stripped = hours.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
