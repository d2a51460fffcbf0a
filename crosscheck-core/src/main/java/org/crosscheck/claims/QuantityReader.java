package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.Dependency;
import org.crosscheck.language.NamedMention;
import org.crosscheck.language.NerTag;
import org.crosscheck.language.TimeMention;
import org.crosscheck.language.TimexType;
import org.crosscheck.language.Token;

/**
 * The quantities a sentence states, from CoreNLP's NUMBER, MONEY and PERCENT mentions and their
 * normalised values. The unit of a plain number is the noun it counts (its nummod head,
 * lemmatised: "14 people" -> people, "3 lorries" -> lorry); MONEY takes its currency code and
 * PERCENT "percent". Ordinals, numbers inside dates and times (tagged as such), street numbers
 * ("42 Elm Street"), ages set off after a person ("Halvorsen, 54,") and number words that count
 * nothing ("one of the biggest", "no one") are skipped. A fraction written with the number is part
 * of it ("4 1/2", "4½", "four and a half"); a unit symbol written onto figures is their unit
 * ("200ft"); and a length of time is a quantity in its unit ("four months", "a year and a half").
 */
final class QuantityReader {

    private static final Set<NerTag> NUMERIC = EnumSet.of(NerTag.NUMBER, NerTag.MONEY, NerTag.PERCENT);
    /** Figures with a unit symbol written onto them ("200ft", "1,150km"). */
    private static final Pattern GLUED_UNIT = Pattern.compile("^(\\d[\\d,]*(?:\\.\\d+)?)(\\p{L}[\\p{L}/]*)$");
    /** A scale word joined to the number by a hyphen ("2.6 - million"). */
    private static final Pattern SCALE_AFTER = Pattern.compile("^\\s*-\\s*(million|billion|trillion)\\b", Pattern.CASE_INSENSITIVE);
    private static final java.util.Map<String, Double> SCALES = java.util.Map.of("million", 1e6, "billion", 1e9, "trillion", 1e12);
    /** A normalised duration of one number and one unit ("P4M", "P2Y", "PT5H"). */
    private static final Pattern DURATION = Pattern.compile("^P(T?)(\\d+(?:\\.\\d+)?)([YMWDHS])$");
    private static final Set<NerTag> NAME_TYPES = SlotReader.NAME_TYPES;

    private final ClaimCues cues;

    QuantityReader(ClaimCues cues) {
        this.cues = cues;
    }

    /** The quantities of a sentence, in order. */
    List<Quantity> read(AnnotatedSentence sentence) {
        List<Placed> out = new ArrayList<>();
        int readTo = -1;
        for (NamedMention written : sentence.mentions()) {
            if (!NUMERIC.contains(written.type()) || written.start() < readTo) {
                continue;
            }
            Optional<Double> read = written.normalized() == null
                    ? WrittenFractions.mixed(written.text()) : Quantity.normalizedValue(written.normalized());
            if (read.isEmpty()) {
                continue;
            }
            Optional<WrittenFractions.Fraction> fraction = WrittenFractions.after(after(sentence, written.end()));
            NamedMention withFraction = fraction.map(f -> extended(sentence, written, f.length())).orElse(written);
            double whole = read.get() + fraction.map(WrittenFractions.Fraction::value).orElse(0.0);
            // "$2.6-million": a scale joined by a hyphen, which CoreNLP leaves a number of its own
            Matcher scale = SCALE_AFTER.matcher(after(sentence, withFraction.end()));
            boolean scaled = scale.find() && Math.abs(whole) < 1000;
            NamedMention m = scaled ? extended(sentence, withFraction, scale.end()) : withFraction;
            double value = scaled ? whole * SCALES.get(scale.group(1).toLowerCase(Locale.ROOT)) : whole;
            readTo = m.end();
            CountPredicate.Read what = CountPredicate.read(sentence, m);
            String predicate = what.predicate();
            switch (m.type()) {
                case MONEY -> out.add(new Placed(m.start(), new Quantity(value, currency(m.normalized()), m.text(), predicate)));
                case PERCENT -> out.add(new Placed(m.start(), new Quantity(value, "percent", m.text(), predicate)));
                default -> countedNoun(sentence, m)
                        .filter(unit -> !unit.isEmpty() || m.text().chars().anyMatch(Character::isDigit) || countsAlone(sentence, m, value, predicate))
                        .map(unit -> unit.isEmpty() ? measured(m.text(), value, predicate) : new Quantity(value, unit, m.text(), predicate))
                        .map(q -> new Quantity(q.value(), q.unit(), q.text(), q.predicate(), what.joint()))
                        .ifPresent(q -> out.add(new Placed(m.start(), q)));
            }
        }
        for (TimeMention t : sentence.times()) {
            duration(sentence, t).ifPresent(q -> out.add(new Placed(t.start(), q)));
        }
        out.sort(java.util.Comparator.comparingInt(Placed::start));
        return out.stream().map(Placed::quantity).toList();
    }

    /** A quantity and where it starts in the text. */
    private record Placed(int start, Quantity quantity) {
    }

    /**
     * A number that counts nothing named after it: with a unit symbol written onto it ("200ft",
     * "60m", which CoreNLP reads as 60 million) it measures in that unit; else it has no unit.
     */
    /** Verbs that say nothing happened to what a number word stands for ("one of them is", "two have"). */
    private static final Set<String> COPULAS = Set.of("be", "have", "do", "get", "become", "remain", "seem");

    /**
     * A number word with no noun after it counts what the verb it stands for says happened
     * ("killing two", "Fifty were injured"), but not as the subject of a copula ("two are"), as a
     * part of a set ("two of the drivers"), or where it is "one", which is as often a pronoun ("no
     * one", "one of them", "the one who").
     */
    private static boolean countsAlone(AnnotatedSentence sentence, NamedMention number, double value, String predicate) {
        if (predicate == null || COPULAS.contains(predicate) || value < 2) {
            return false;
        }
        for (int i = number.firstToken(); i < number.endToken(); i++) {
            for (Token child : sentence.children(i, "nmod")) {
                if (!number.covers(child.index())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Quantity measured(String text, double value, String predicate) {
        Matcher glued = GLUED_UNIT.matcher(text);
        if (glued.matches() && MeasureUnits.symbol(glued.group(2)).isPresent()) {
            return new Quantity(Double.parseDouble(glued.group(1).replace(",", "")), glued.group(2), text, predicate);
        }
        return new Quantity(value, null, text, predicate);
    }

    /**
     * A length of time the sentence states ("four months", "a year and a half", "the past two
     * years"), in the unit its normalised value gives (P4M: 4 months); empty when the value is not
     * one number of one unit, or when the words end in no noun, as an age does ("47 years old",
     * "48-year-old").
     */
    private static Optional<Quantity> duration(AnnotatedSentence sentence, TimeMention t) {
        Matcher m = t.value() == null ? null : DURATION.matcher(t.value());
        if (t.type() != TimexType.DURATION || m == null || !m.matches() || t.endToken() > sentence.tokens().size()
                || !sentence.tokens().get(t.endToken() - 1).tag().startsWith("NN")) {
            return Optional.empty();
        }
        String unit = switch (m.group(3)) {
            case "Y" -> "year";
            case "W" -> "week";
            case "D" -> "day";
            case "H" -> "hour";
            case "S" -> "second";
            default -> m.group(1).isEmpty() ? "month" : "minute";
        };
        Optional<WrittenFractions.Fraction> fraction = WrittenFractions.after(after(sentence, t.end()));
        double value = Double.parseDouble(m.group(2)) + fraction.map(WrittenFractions.Fraction::value).orElse(0.0);
        String text = sentence.text().substring(t.start() - sentence.start(),
                t.end() - sentence.start() + fraction.map(WrittenFractions.Fraction::length).orElse(0));
        return Optional.of(new Quantity(value, unit, text,
                CountPredicate.of(sentence, t.firstToken(), t.endToken()).orElse(null)));
    }

    /** The text of the sentence after an offset into the document. */
    private static String after(AnnotatedSentence sentence, int end) {
        int at = end - sentence.start();
        return at >= 0 && at <= sentence.text().length() ? sentence.text().substring(at) : "";
    }

    /** The mention with the {@code length} characters after it, and the tokens they lie in. */
    private static NamedMention extended(AnnotatedSentence sentence, NamedMention m, int length) {
        int end = m.end() + length;
        int endToken = m.endToken();
        while (endToken < sentence.tokens().size() && sentence.tokens().get(endToken).start() < end) {
            endToken++;
        }
        return new NamedMention(sentence.text().substring(m.start() - sentence.start(), end - sentence.start()),
                m.type(), m.normalized(), m.start(), end, m.firstToken(), endToken);
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
                if (sentence.mentionAt(head.index()).filter(m -> m.type() == NerTag.PERSON).isPresent()) {
                    return Optional.empty();
                }
            }
            if (d.relation().equals("nummod")) {
                if (cues.streetWords().contains(head.text().toLowerCase(Locale.ROOT))
                        || sentence.mentionAt(head.index()).filter(m -> NAME_TYPES.contains(m.type())).isPresent()) {
                    return Optional.empty();
                }
                if (CountPredicate.participle(sentence, head)) { // "50 injured": those the participle speaks of
                    return Optional.of("");
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
                && sentence.mentionAt(before).filter(m -> m.type() == NerTag.PERSON).isPresent()
                && (after >= tokens.size() || tokens.get(after).text().equals(","));
    }
}
