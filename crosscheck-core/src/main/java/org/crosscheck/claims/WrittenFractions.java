package org.crosscheck.claims;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fractions written with a whole number, which CoreNLP leaves unnormalised or reads as the whole
 * number alone: a mixed number in figures ("4 1/2"), a vulgar fraction character after the
 * figures ("4½", read through its Unicode compatibility form "1⁄2") and a fraction in words after
 * the number ("four and a half", "a year and a quarter", "two and three quarters").
 */
final class WrittenFractions {

    /** A fraction after a number, and how many characters of the text it takes. */
    record Fraction(double value, int length) {
    }

    private static final Pattern MIXED = Pattern.compile("^(\\d+)[\\s\u00a0]+(\\d+)\\s*[/\u2044]\\s*(\\d+)$");
    private static final Pattern COMPATIBLE = Pattern.compile("^(\\d+)\u2044(\\d+)$");
    private static final Pattern IN_WORDS = Pattern.compile(
            "^\\s+and\\s+(a|an|one|two|three)[\\s-]+(halfs?|halves|quarters?|thirds?)\\b", Pattern.CASE_INSENSITIVE);

    /** The numerators and denominators words give: the language's, not a list of cases. */
    private static final Map<String, Integer> NUMERATORS = Map.of("a", 1, "an", 1, "one", 1, "two", 2, "three", 3);
    private static final Map<String, Integer> DENOMINATORS = Map.of("half", 2, "halve", 2, "quarter", 4, "third", 3);

    private WrittenFractions() {
    }

    /** The value of a mixed number in figures ("4 1/2" -> 4.5), or empty. */
    static Optional<Double> mixed(String text) {
        Matcher m = MIXED.matcher(text.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        double numerator = Double.parseDouble(m.group(2));
        double denominator = Double.parseDouble(m.group(3));
        return denominator > numerator && numerator > 0
                ? Optional.of(Double.parseDouble(m.group(1)) + numerator / denominator) : Optional.empty();
    }

    /** The fraction that the text after a number begins with ("½ months", " and a half years"), or empty. */
    static Optional<Fraction> after(String rest) {
        if (!rest.isEmpty()) {
            String compatible = Normalizer.normalize(rest.substring(0, 1), Normalizer.Form.NFKC);
            Matcher vulgar = COMPATIBLE.matcher(compatible);
            if (vulgar.find()) {
                return Optional.of(new Fraction(Double.parseDouble(vulgar.group(1)) / Double.parseDouble(vulgar.group(2)), 1));
            }
        }
        Matcher words = IN_WORDS.matcher(rest);
        if (!words.find()) {
            return Optional.empty();
        }
        String denominator = words.group(2).toLowerCase(Locale.ROOT).replaceAll("s$", "");
        int numerator = NUMERATORS.get(words.group(1).toLowerCase(Locale.ROOT));
        int below = DENOMINATORS.get(denominator);
        return numerator < below ? Optional.of(new Fraction((double) numerator / below, words.end())) : Optional.empty();
    }
}
