package io.github.architect.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A number with one decimal, the text {@code String.format(Locale.ROOT, "%.1f", value)} gives,
 * without a Formatter: a diagram of thousands of services formats tens of thousands of coordinates,
 * and the Formatter (parsing its pattern each time) dominated rendering the SVG.
 */
final class OneDecimal {

    private OneDecimal() {
    }

    static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
        }
        String sign = Double.doubleToRawLongBits(value) < 0 ? "-" : "";
        // like Formatter: the shortest decimal that identifies the double (Double.toString), rounded half up
        String shortest = Double.toString(Math.abs(value));
        int point = shortest.indexOf('.');
        if (shortest.indexOf('E') >= 0 || point < 0 || point > 15) {
            return sign + new BigDecimal(shortest).setScale(1, RoundingMode.HALF_UP).toPlainString();
        }
        long tenths = Long.parseLong(shortest, 0, point, 10) * 10 + (shortest.charAt(point + 1) - '0');
        if (point + 2 < shortest.length() && shortest.charAt(point + 2) >= '5') {
            tenths++;
        }
        return sign + (tenths / 10) + "." + (tenths % 10);
    }
}
