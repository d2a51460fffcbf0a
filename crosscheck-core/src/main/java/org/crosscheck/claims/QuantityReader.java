package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.Dependency;
import org.crosscheck.language.NamedMention;
import org.crosscheck.language.TimeMention;
import org.crosscheck.language.Token;

/**
 * The quantities a sentence states, from CoreNLP's NUMBER, MONEY and PERCENT mentions and their
 * normalised values. The unit of a plain number is the noun it counts (its nummod head,
 * lemmatised: "14 people" -> people, "3 lorries" -> lorry); MONEY takes its currency code and
 * PERCENT "percent". Ordinals, numbers inside dates and times (tagged as such), street numbers
 * ("42 Elm Street"), ages set off after a person ("Halvorsen, 54,") and number words that count
 * nothing ("one of the biggest", "no one") are skipped.
 */
final class QuantityReader {

    private static final Set<String> NUMERIC = Set.of("NUMBER", "MONEY", "PERCENT");
    private static final Pattern VALUE = Pattern.compile("(-?\\d+(?:\\.\\d+)?(?:E-?\\d+)?)");
    private static final Set<String> NAME_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

    private final ClaimCues cues;

    QuantityReader(ClaimCues cues) {
        this.cues = cues;
    }

    /** The quantities of a sentence, in order. */
    List<Quantity> read(AnnotatedSentence sentence) {
        List<Quantity> out = new ArrayList<>();
        for (NamedMention m : sentence.mentions()) {
            if (!NUMERIC.contains(m.type()) || m.normalized() == null) {
                continue;
            }
            Optional<Double> value = value(m.normalized());
            if (value.isEmpty()) {
                continue;
            }
            switch (m.type()) {
                case "MONEY" -> out.add(new Quantity(value.get(), currency(m.normalized()), m.text(),
                        CountPredicate.of(sentence, m).orElse(null)));
                case "PERCENT" -> out.add(new Quantity(value.get(), "percent", m.text(),
                        CountPredicate.of(sentence, m).orElse(null)));
                default -> countedNoun(sentence, m)
                        .filter(unit -> !unit.isEmpty() || m.text().chars().anyMatch(Character::isDigit))
                        .ifPresent(unit -> out.add(new Quantity(value.get(), unit.isEmpty() ? null : unit, m.text(),
                                CountPredicate.of(sentence, m).orElse(null))));
            }
        }
        for (TimeMention t : sentence.times()) {
            duration(sentence, t).ifPresent(out::add);
        }
        return out;
    }

    /** A span of time as TIMEX3 writes it: "P4M", "P2.5Y", "PT3H". */
    private static final Pattern DURATION = Pattern.compile("PT?(\\d+(?:\\.\\d+)?)([YMWDH])");

    /**
     * A stated length of time ("served four months", "a sentence of 2 years") as a quantity of its
     * unit; ages ("a 36-year-old man", "36 years old") and spans given without a number ("for
     * weeks") are not.
     */
    private static Optional<Quantity> duration(AnnotatedSentence sentence, TimeMention t) {
        if (!t.type().equals("DURATION") || t.value() == null) {
            return Optional.empty();
        }
        Matcher m = DURATION.matcher(t.value());
        String after = t.endToken() < sentence.tokens().size() ? sentence.tokens().get(t.endToken()).text() : "";
        if (!m.matches() || t.text().toLowerCase(Locale.ROOT).contains("old") || after.equalsIgnoreCase("old")
                || after.equals("-") || !countedInWords(sentence, t)) {
            return Optional.empty();
        }
        String unit = switch (m.group(2)) {
            case "Y" -> "year";
            case "W" -> "week";
            case "D" -> "day";
            case "H" -> "hour";
            default -> t.value().startsWith("PT") ? "minute" : "month";
        };
        return Optional.of(new Quantity(Double.parseDouble(m.group(1)), unit, t.text(),
                CountPredicate.of(sentence, t.firstToken(), t.endToken()).orElse(null)));
    }

    /** The expression writes its number (a digit or a number word), not only a unit ("for weeks"). */
    private static boolean countedInWords(AnnotatedSentence sentence, TimeMention t) {
        for (int i = t.firstToken(); i < t.endToken(); i++) {
            Token token = sentence.tokens().get(i);
            if (token.tag().equals("CD") || token.text().chars().anyMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    /** The first number of a normalised value ("$2500000.0" -> 2500000, ">=14.0" -> 14). */
    static Optional<Double> value(String normalized) {
        Matcher m = VALUE.matcher(normalized);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(m.group(1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String currency(String normalized) {
        String symbol = normalized.substring(0, 1);
        if (cues.currencies().containsKey(symbol)) {
            return cues.currencies().get(symbol);
        }
        Matcher code = Pattern.compile("^([A-Z]{3})").matcher(normalized);
        return code.find() ? code.group(1) : "money";
    }

    /**
     * The counted noun of a plain number: "" when it counts nothing that can be told, empty when
     * the number is an address, a route or an age and must be skipped.
     */
    private Optional<String> countedNoun(AnnotatedSentence sentence, NamedMention number) {
        for (int i = number.firstToken(); i < number.endToken(); i++) {
            Optional<Dependency> arc = sentence.arcOf(i);
            if (arc.isEmpty() || arc.get().head() < 0 || number.covers(arc.get().head())) {
                continue;
            }
            Dependency d = arc.get();
            Token head = sentence.tokens().get(d.head());
            if (d.relation().equals("appos") || d.relation().equals("amod")) {
                if (sentence.mentionAt(head.index()).filter(m -> m.type().equals("PERSON")).isPresent()) {
                    return Optional.empty();
                }
            }
            if (d.relation().equals("nummod")) {
                if (cues.streetWords().contains(head.text().toLowerCase(Locale.ROOT))
                        || sentence.mentionAt(head.index()).filter(m -> NAME_TYPES.contains(m.type())).isPresent()) {
                    return Optional.empty();
                }
                String lemma = head.lemma().toLowerCase(Locale.ROOT);
                return Optional.of(cues.unitForms().getOrDefault(lemma, lemma));
            }
        }
        if (isAgeAfterPerson(sentence, number)) {
            return Optional.empty();
        }
        return Optional.of("");
    }

    /** "Halvorsen, 54, said": a number between commas straight after a person's name. */
    private static boolean isAgeAfterPerson(AnnotatedSentence sentence, NamedMention number) {
        int before = number.firstToken() - 2;
        int after = number.endToken();
        List<Token> tokens = sentence.tokens();
        return before >= 0 && tokens.get(before + 1).text().equals(",")
                && sentence.mentionAt(before).filter(m -> m.type().equals("PERSON")).isPresent()
                && (after >= tokens.size() || tokens.get(after).text().equals(","));
    }
}
