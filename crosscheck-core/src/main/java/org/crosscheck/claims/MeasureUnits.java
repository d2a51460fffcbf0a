package org.crosscheck.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.measure.Dimension;
import javax.measure.IncommensurableException;
import javax.measure.MetricPrefix;
import javax.measure.Unit;
import javax.measure.spi.SystemOfUnits;
import systems.uom.common.USCustomary;
import tech.units.indriya.unit.UnitDimension;
import tech.units.indriya.unit.Units;

/**
 * Units of measure a number may be written in ("metres", "km", "ft", "miles", "kg", "mph",
 * "months"), read through the javax.measure units of Indriya (SI and units accepted with it) and
 * the US customary system, so that two numbers written in different units of one dimension can
 * be compared. Only lengths, masses, speeds and durations are read: they are what news reports
 * measure. A unit is known by its name in the library ("Foot", "Kilometre per hour"), that name
 * with a metric prefix ("kilometre"), its American spelling ("meter"), its plural and its symbol
 * ("ft", "km/h", "kg"); durations by name only, since a letter after a number ("40s", "5d")
 * seldom means seconds or days.
 */
public final class MeasureUnits {

    /** The dimensions read, by the name a conflict gives them. */
    private static final Map<Dimension, String> DIMENSIONS = Map.of(
            UnitDimension.LENGTH, "length",
            UnitDimension.MASS, "mass",
            UnitDimension.TIME, "duration",
            UnitDimension.LENGTH.divide(UnitDimension.TIME), "speed");

    private static final Map<String, Unit<?>> BY_NAME = new HashMap<>();
    private static final Map<String, Unit<?>> BY_SYMBOL = new HashMap<>();
    /**
     * The metric prefixes read in symbols ("km", "cm", "mg"); with every prefix, words such as
     * "dam" (decametre) or "pm" (picometre) would read as units.
     */
    private static final List<MetricPrefix> SYMBOL_PREFIXES = List.of(MetricPrefix.KILO, MetricPrefix.CENTI, MetricPrefix.MILLI);

    static {
        register(Units.getInstance(), true);
        register(USCustomary.getInstance(), false);
    }

    /**
     * A unit of measure a number is written in.
     *
     * @param unit      the unit
     * @param dimension what it measures ("length", "mass", "speed", "duration")
     */
    public record Measure(Unit<?> unit, String dimension) {

        /** The value given in this unit, in the system unit of its dimension (metres, kilograms, ...). */
        public double toSystem(double value) {
            try {
                return unit.getConverterToAny(unit.getSystemUnit()).convert(value);
            } catch (IncommensurableException e) {
                throw new IllegalStateException("a unit is always commensurable with its system unit: " + unit, e);
            }
        }

        /** This unit per another ("mile" per "hour"), when the quotient is a dimension read. */
        public Optional<Measure> per(Measure other) {
            return measure(unit.divide(other.unit));
        }
    }

    private MeasureUnits() {
    }

    /** The unit a word names ("feet" as its lemma "foot", "metres", "km", "mph"), or empty. */
    public static Optional<Measure> of(String word) {
        if (word == null || word.isBlank()) {
            return Optional.empty();
        }
        String w = word.strip();
        String lower = w.toLowerCase(Locale.ROOT);
        Unit<?> unit = BY_NAME.get(lower);
        if (unit == null && lower.endsWith("s")) {
            unit = BY_NAME.get(lower.substring(0, lower.length() - 1));
        }
        if (unit == null && lower.endsWith("es")) {
            unit = BY_NAME.get(lower.substring(0, lower.length() - 2));
        }
        return unit != null ? measure(unit) : symbol(w);
    }

    /**
     * The unit a symbol written straight after a number stands for ("ft" of "200ft", "km" of
     * "5km"), durations left out; empty when the letters are no symbol of a length, mass or speed.
     */
    public static Optional<Measure> symbol(String letters) {
        Unit<?> unit = letters == null ? null : BY_SYMBOL.get(letters.strip());
        return unit == null ? Optional.empty() : measure(unit);
    }

    private static Optional<Measure> measure(Unit<?> unit) {
        String dimension = DIMENSIONS.get(unit.getDimension());
        return dimension == null ? Optional.empty() : Optional.of(new Measure(unit, dimension));
    }

    private static void register(SystemOfUnits system, boolean prefixed) {
        for (Unit<?> unit : system.getUnits()) {
            if (unit.getName() == null || !DIMENSIONS.containsKey(unit.getDimension())) {
                continue;
            }
            String name = unit.getName().toLowerCase(Locale.ROOT);
            add(name, unit);
            if (unit.getDimension() == UnitDimension.TIME) {
                continue;
            }
            BY_SYMBOL.putIfAbsent(unit.toString(), unit);
            if (prefixed && (unit.equals(Units.METRE) || unit.equals(Units.GRAM))) { // the units written with a prefix
                for (MetricPrefix prefix : MetricPrefix.values()) {
                    add(prefix.getName().toLowerCase(Locale.ROOT) + name, unit.prefix(prefix));
                }
                for (MetricPrefix prefix : SYMBOL_PREFIXES) {
                    BY_SYMBOL.putIfAbsent(unit.prefix(prefix).toString(), unit.prefix(prefix));
                }
            }
        }
    }

    /** Registers a name and its American spelling ("metre", "meter"); a name already taken keeps its unit. */
    private static void add(String name, Unit<?> unit) {
        BY_NAME.putIfAbsent(name, unit);
        if (name.endsWith("re")) {
            BY_NAME.putIfAbsent(name.substring(0, name.length() - 2) + "er", unit);
        }
        if (name.contains("re ")) {
            BY_NAME.putIfAbsent(name.replace("re ", "er "), unit);
        }
    }
}
