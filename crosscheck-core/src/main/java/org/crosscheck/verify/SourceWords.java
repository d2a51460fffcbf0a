package org.crosscheck.verify;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.claims.Quantity;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.ContentWords;
import org.crosscheck.language.NamedMention;
import org.crosscheck.language.Lexicon.PartOfSpeech;
import org.crosscheck.language.Token;
import org.crosscheck.language.WordNetLexicon;

/**
 * Every word the sources use, in the forms a statement may take them up: as written, as lemma,
 * as stem, as number, and by WordNet sense (with the senses one step broader), so that a
 * statement's word can be looked up as "stated by a source" or not.
 */
final class SourceWords {

    private final ContentWords stemmer;
    private final WordNetLexicon wordNet;
    private final Set<String> words = new HashSet<>();
    private final Set<String> stems = new HashSet<>();
    private final Set<Double> numbers = new HashSet<>();
    private final Map<PartOfSpeech, Set<Long>> senses = new EnumMap<>(PartOfSpeech.class);
    private final Map<PartOfSpeech, Set<Long>> broader = new EnumMap<>(PartOfSpeech.class);
    private final Set<Long> places = new HashSet<>();

    /** Steps of hypernyms by which a statement word may be broader or narrower than a source word. */
    static final int BROADER_STEPS = 2;
    /** Steps of part holonyms by which a statement's place may contain a source's place. */
    static final int PLACE_STEPS = 3;

    SourceWords(List<AnnotatedSentence> sentences, ContentWords stemmer, WordNetLexicon wordNet) {
        this(sentences, stemmer, wordNet, (s, t) -> true);
    }

    /** The words of {@code sentences} that {@code keep} accepts. */
    SourceWords(List<AnnotatedSentence> sentences, ContentWords stemmer, WordNetLexicon wordNet,
                java.util.function.BiPredicate<AnnotatedSentence, Token> keep) {
        this.stemmer = stemmer;
        this.wordNet = wordNet;
        for (PartOfSpeech pos : PartOfSpeech.values()) {
            senses.put(pos, new HashSet<>());
            broader.put(pos, new HashSet<>());
        }
        Set<String> seen = new HashSet<>();
        for (AnnotatedSentence s : sentences) {
            for (Token t : s.tokens()) {
                if (!keep.test(s, t)) {
                    continue;
                }
                for (String form : forms(t)) {
                    words.add(form);
                    stems.add(stemmer.stem(form));
                }
                number(t).ifPresent(numbers::add);
                Optional<PartOfSpeech> pos = WordClass.partOfSpeech(t);
                if (pos.isPresent() && seen.add(pos.get() + "|" + t.lemma())) {
                    senses.get(pos.get()).addAll(wordNet.senseIds(t.lemma(), pos.get()));
                    broader.get(pos.get()).addAll(wordNet.broaderIds(t.lemma(), pos.get(), BROADER_STEPS));
                }
                if (isCapitalised(t) && seen.add("place|" + t.text())) {
                    places.addAll(wordNet.placeIds(t.text(), PLACE_STEPS));
                }
            }
            for (NamedMention m : s.mentions()) {
                if (m.endToken() - m.firstToken() > 1 && seen.add("place|" + m.text())) {
                    places.addAll(wordNet.placeIds(m.text(), PLACE_STEPS));
                }
            }
        }
    }

    /**
     * A source names this place or a place inside it ("U.K." for a source's "London"), or the
     * place an adjective pertains to ("British" for "Britain").
     */
    boolean hasPlace(String name) {
        return intersects(wordNet.placeIds(name, 0), places);
    }

    private static boolean isCapitalised(Token t) {
        return !t.text().isEmpty() && Character.isUpperCase(t.text().codePointAt(0));
    }

    /** A source uses this word: as written, as lemma or stem, or each part of a hyphenated word. */
    boolean hasWord(Token t) {
        for (String form : forms(t)) {
            if (words.contains(form) || stems.contains(stemmer.stem(form))) {
                return true;
            }
        }
        String[] parts = t.text().toLowerCase(Locale.ROOT).split("[-\u2010\u2011\u2013/]");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!part.isEmpty() && !words.contains(part) && !stems.contains(stemmer.stem(part))) {
                return false;
            }
        }
        return true;
    }

    /** A source states this number (compared by value, so "five" matches "5"). */
    boolean hasNumber(Token t) {
        Optional<Double> value = number(t);
        return value.isPresent() ? numbers.contains(value.get()) : hasWord(t);
    }

    /**
     * A source word shares a WordNet sense with this word, or one's sense is one step broader
     * than the other's ("road" for "pavement").
     */
    boolean hasRelatedWord(Token t, PartOfSpeech pos) {
        Set<Long> own = wordNet.senseIds(t.lemma(), pos);
        Set<Long> ownBroader = wordNet.broaderIds(t.lemma(), pos, BROADER_STEPS);
        return intersects(own, broader.get(pos)) || intersects(ownBroader, senses.get(pos));
    }

    private static boolean intersects(Set<Long> a, Set<Long> b) {
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        for (Long x : small) {
            if (large.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** The token as written, its lemma, and without full stops ("U.K." is "uk"), lower-cased. */
    private static Set<String> forms(Token t) {
        Set<String> out = new java.util.LinkedHashSet<>();
        String text = t.text().toLowerCase(Locale.ROOT);
        out.add(text);
        out.add(t.lemma().toLowerCase(Locale.ROOT));
        if (text.length() > 1 && text.contains(".")) {
            out.add(text.replace(".", ""));
        }
        return out;
    }

    /** The value of a numeric token: its normalised value when CoreNLP gives one, else its digits. */
    static Optional<Double> number(Token t) {
        if (t.normalized() != null && !t.normalized().isBlank()) {
            Optional<Double> value = Quantity.normalizedValue(t.normalized()); // "4.5E7" is 45 million, not 4.57
            if (value.isPresent()) {
                return value;
            }
        }
        String digits = t.text().replaceAll("[^0-9.\\-]", "");
        if (digits.isEmpty() || digits.chars().noneMatch(Character::isDigit)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(digits));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
