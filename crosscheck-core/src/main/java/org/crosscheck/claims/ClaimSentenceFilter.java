package org.crosscheck.claims;

import java.util.Set;
import org.crosscheck.language.AnnotatedSentence;

/**
 * Decides whether a sentence states a checkable fact. First its form: a declarative sentence with
 * a verb, long enough to say something, not a question, heading (no end punctuation, or in
 * capitals), piece of site furniture or first-person opinion (cue lists and thresholds from {@link
 * ClaimCues}). Then its content: {@link CheckableJudge} keeps events, quantities, dates and
 * attributed statements of fact and leaves out opinion, feelings, calls to action and commentary.
 */
public final class ClaimSentenceFilter {

    private static final Set<Character> TERMINAL = Set.of('.', '!', ';');
    private static final Set<Character> CLOSERS = Set.of('"', '\'', '\u201d', '\u2019', ')', ']');

    private final ClaimCues cues;
    private final CheckableJudge judge;

    ClaimSentenceFilter(ClaimCues cues, CheckableJudge judge) {
        this.cues = cues;
        this.judge = judge;
    }

    /** The filter with the shipped cue lists and the given judge (the benchmark passes refitted ones). */
    public static ClaimSentenceFilter withJudge(CheckableJudge judge) {
        return new ClaimSentenceFilter(ClaimCues.load(), judge);
    }

    /** True when the sentence is a claim: of a claim's form, and checkable. */
    public boolean isClaim(AnnotatedSentence sentence) {
        return hasClaimForm(sentence) && judge.isCheckable(sentence);
    }

    /** True when the sentence has the form of a claim (the rules alone, before the judge). */
    public boolean hasClaimForm(AnnotatedSentence sentence) {
        long words = sentence.wordCount();
        if (words < cues.minWords()) {
            return false;
        }
        char last = lastMeaningfulChar(sentence.text());
        if (last == '?') {
            return false;
        }
        if (!TERMINAL.contains(last) && words < cues.headingMaxWords()) {
            return false;
        }
        if (isShouted(sentence.text())) {
            return false;
        }
        if (sentence.tokens().stream().noneMatch(t -> t.isVerb())) {
            return false;
        }
        String text = sentence.text();
        return cues.opinion().stream().noneMatch(c -> ClaimCues.containsPhrase(text, c))
                && cues.furniture().stream().noneMatch(c -> ClaimCues.containsPhrase(text, c));
    }

    /** A headline in capitals ("LAWMAKERS SLAM COUNCIL OVER BRIDGE"): mostly upper-case letters. */
    private boolean isShouted(String text) {
        long letters = text.chars().filter(Character::isLetter).count();
        long upper = text.chars().filter(Character::isUpperCase).count();
        return letters > 0 && upper >= letters * cues.shoutedShare();
    }

    /** The last character of a text that is not a space, a closing quotation mark or a bracket; a space when none. */
    static char lastMeaningfulChar(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !CLOSERS.contains(c)) {
                return c;
            }
        }
        return ' ';
    }
}
