package org.crosscheck.verify;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.ContentWords;
import org.crosscheck.language.Dependency;
import org.crosscheck.language.NerTag;
import org.crosscheck.language.Token;

/**
 * A name, number or date of a statement sentence that takes the place of another one in a close
 * source sentence: both hang in the same grammatical relation on the same neighbouring word ("a
 * Melbourne cliff" against "a Sydney cliff", "30 years ago" against "35 years ago", "President
 * Biden" against "President Zelenskyy"), and neither sentence uses the other's. Unlike a name
 * no source states, the new one may occur elsewhere in the article.
 */
final class SlotCheck {

    private final WordCheck words;
    private final ContentWords stemmer;

    SlotCheck(WordCheck words, ContentWords stemmer) {
        this.words = words;
        this.stemmer = stemmer;
    }

    /** A name, number or date of the statement sentence ({@code own}) and the one of the source sentence it replaces. */
    record Swap(Token own, Token source, WordClass kind) {
    }

    /**
     * The first name, number or date of {@code sentence} that replaces one of {@code source}; a
     * place name is no replacement of a name that some sentence of {@code coverage} (the sources'
     * sentences) names together with it ("the Ashcombe bridge" for "the Kestrel Street Bridge"
     * where a source tells of "the Kestrel Street Bridge ... in the heart of Ashcombe"): the
     * coverage shows how they relate, most often one within the other, as the aligner holds for the
     * places of a story's claims.
     */
    Optional<Swap> swapped(AnnotatedSentence sentence, AnnotatedSentence source, List<AnnotatedSentence> coverage) {
        Set<String> ownKeys = keys(sentence);
        Set<String> sourceKeys = keys(source);
        for (Token own : sentence.tokens()) {
            WordClass kind = words.classOf(sentence, own);
            if (!isFact(kind) || sourceKeys.contains(key(own))) {
                continue;
            }
            for (Token other : source.tokens()) {
                if (words.classOf(source, other) == kind && !ownKeys.contains(key(other)) && !sameNumber(own, other, kind)
                        && !abbreviates(own, other) && !abbreviates(other, own) && sameSlot(sentence, own, source, other)
                        && !(kind == WordClass.NAME && placesNamedTogether(own, other, coverage))) {
                    return Optional.of(new Swap(own, other, kind));
                }
            }
        }
        return Optional.empty();
    }

    /** A swap and the place, among the close sentences, of the sentence it was found in. */
    record SwapIn(Swap swap, int sentence) {
    }

    /**
     * The first {@link #swapped swap} between the statement sentence and one of {@code close} (the
     * source sentences closest to it, closest first) whose name, number or date no sentence of
     * {@code close} states: one close source puts another value in its slot and none gives the
     * statement's. Where the close sources disagree among themselves, one of them stating the
     * statement's value, nothing is swapped.
     */
    Optional<SwapIn> swappedInAny(AnnotatedSentence sentence, List<AnnotatedSentence> close, List<AnnotatedSentence> coverage) {
        Set<String> stated = new HashSet<>();
        close.forEach(c -> stated.addAll(keys(c)));
        for (int i = 0; i < close.size(); i++) {
            Optional<Swap> swap = swapped(sentence, close.get(i), coverage);
            if (swap.isPresent() && !stated.contains(key(swap.get().own()))) {
                return Optional.of(new SwapIn(swap.get(), i));
            }
        }
        return Optional.empty();
    }

    /** One of the two names is a place, neither a person, and some coverage sentence names both. */
    private boolean placesNamedTogether(Token own, Token other, List<AnnotatedSentence> coverage) {
        if (!(own.ner().isPlace() || other.ner().isPlace()) || own.ner() == NerTag.PERSON || other.ner() == NerTag.PERSON) {
            return false;
        }
        String a = key(own);
        String b = key(other);
        for (AnnotatedSentence s : coverage) {
            boolean hasA = false;
            boolean hasB = false;
            for (Token t : s.tokens()) {
                if (words.classOf(s, t) == WordClass.NAME) {
                    String k = key(t);
                    hasA |= k.equals(a);
                    hasB |= k.equals(b);
                }
            }
            if (hasA && hasB) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFact(WordClass kind) {
        return kind == WordClass.NAME || kind == WordClass.NUMBER || kind == WordClass.DATE;
    }

    /** A short name in capitals that may stand for the other word ("EU" for "European", "UK" for "United"). */
    static boolean abbreviates(Token shortName, Token word) {
        String letters = shortName.text().replace(".", "");
        return letters.length() >= 2 && letters.length() <= 4 && letters.chars().allMatch(Character::isUpperCase)
                && !word.text().equals(shortName.text()) && word.text().length() > letters.length()
                && Character.toUpperCase(word.text().charAt(0)) == letters.charAt(0);
    }

    /** Two numbers of the same value written differently ("five", "5"), or a number whose value is unknown. */
    private static boolean sameNumber(Token own, Token other, WordClass kind) {
        if (kind != WordClass.NUMBER) {
            return false;
        }
        Optional<Double> a = SourceWords.number(own);
        Optional<Double> b = SourceWords.number(other);
        return a.isEmpty() || b.isEmpty() || a.equals(b);
    }

    /**
     * The two words hang on neighbours that are the same word, by the same relation in the same
     * direction: the same head, or a same dependent.
     */
    private boolean sameSlot(AnnotatedSentence sentence, Token own, AnnotatedSentence source, Token other) {
        Optional<Dependency> ownArc = sentence.arcOf(own.index());
        Optional<Dependency> otherArc = source.arcOf(other.index());
        if (ownArc.isPresent() && otherArc.isPresent() && ownArc.get().head() >= 0 && otherArc.get().head() >= 0
                && ownArc.get().baseRelation().equals(otherArc.get().baseRelation())
                && sameWord(sentence, ownArc.get().head(), source, otherArc.get().head())) {
            return true;
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.head() != own.index()) {
                continue;
            }
            for (Dependency e : source.dependencies()) {
                if (e.head() == other.index() && d.baseRelation().equals(e.baseRelation())
                        && sameWord(sentence, d.dependent(), source, e.dependent())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Two words that state something (not "the", "of") with the same stem. */
    private boolean sameWord(AnnotatedSentence sentence, int a, AnnotatedSentence source, int b) {
        Token x = sentence.tokens().get(a);
        Token y = source.tokens().get(b);
        return words.classOf(sentence, x) != WordClass.NONE && words.classOf(source, y) != WordClass.NONE
                && key(x).equals(key(y));
    }

    private Set<String> keys(AnnotatedSentence sentence) {
        Set<String> out = new HashSet<>();
        sentence.tokens().forEach(t -> out.add(key(t)));
        return out;
    }

    /** A word's lemma, lower-cased and stemmed, so that "pled" and "pleaded" or "U.K." forms compare equal. */
    private String key(Token t) {
        return stemmer.stem(t.lemma().toLowerCase(Locale.ROOT).replace(".", ""));
    }
}
