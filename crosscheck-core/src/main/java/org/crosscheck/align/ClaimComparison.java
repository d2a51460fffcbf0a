package org.crosscheck.align;

import java.util.List;
import org.crosscheck.claims.AttributionVerbs;
import org.crosscheck.claims.Claim;
import org.crosscheck.language.ContentWords;
import org.crosscheck.language.Lexicon;

/**
 * The slot comparison of two claims that the aligner uses, for the stages that compare claims
 * one pair at a time (verifying a statement against its sources): whether they state the same
 * fact, and what they disagree on.
 */
public final class ClaimComparison {

    private final AlignmentSettings settings;
    private final ClaimMatcher matcher;
    private final ConflictDetector detector;
    private final EditConflicts edits;

    public ClaimComparison(Lexicon lexicon, AlignmentSettings settings) {
        this.settings = settings;
        ContentWords words = new ContentWords(settings.stopWords());
        NumberReading numbers = new NumberReading(words, settings,
                w -> lexicon.isWord(w, Lexicon.PartOfSpeech.NOUN) && !lexicon.isWord(w, Lexicon.PartOfSpeech.VERB)
                        && !lexicon.isWord(w, Lexicon.PartOfSpeech.ADJECTIVE)
                        && !settings.stopWords().contains(w),
                (x, y) -> x.equals(y) || lexicon.areSynonyms(x, y, Lexicon.PartOfSpeech.VERB) || lexicon.leadsTo(x, y),
                reportingWord(lexicon));
        EntityRoles roles = new EntityRoles(settings.nearPlaceCues());
        this.matcher = new ClaimMatcher(lexicon, words, numbers, roles, settings);
        this.detector = new ConflictDetector(matcher, numbers, roles, lexicon, new NegationWords(settings.editNegationWords()),
                settings.hypotheticalCues());
        this.edits = new EditConflicts(lexicon, words, numbers, settings);
    }

    /**
     * A written word that says who said so: a form of one of the claim reader's reporting verbs
     * ("said", "told", "confirmed"), or the "according" of "according to".
     */
    static java.util.function.Predicate<String> reportingWord(Lexicon lexicon) {
        java.util.Set<String> verbs = AttributionVerbs.reporting();
        return w -> w.equals("according")
                || lexicon.baseForms(w, Lexicon.PartOfSpeech.VERB).stream().anyMatch(verbs::contains);
    }

    /** One disagreement between two claims: its kind, what it is about, and each side's value. */
    public record Contradiction(ConflictKind kind, String topic, String valueA, String valueB) {
    }

    /** True when the claims (of different articles) state the same fact with no slot in contradiction. */
    public boolean sameFact(Claim a, Claim b) {
        return matcher.sameFact(a, b);
    }

    /** What two claims of different articles about the same event disagree on; empty when nothing. */
    public List<Contradiction> contradictions(Claim a, Claim b) {
        return findings(a, b).stream()
                .map(f -> new Contradiction(f.kind(), f.topic(), f.valueA(), f.valueB()))
                .toList();
    }

    /**
     * The pairwise disagreements of two claims: the slot comparison's, or, when it finds none and
     * the sentences are near-copies, the one detail in which they differ.
     */
    List<Finding> findings(Claim a, Claim b) {
        List<Finding> found = detector.find(a, b);
        if (!found.isEmpty() || a.articleId().equals(b.articleId())) {
            return found;
        }
        return edits.find(a, b).map(List::of).orElse(List.of());
    }

    /** The cosine from which the aligner examines two claims for a conflict. */
    public double conflictSimilarity() {
        return settings.conflictSimilarity();
    }

    AlignmentSettings settings() {
        return settings;
    }

    ClaimMatcher matcher() {
        return matcher;
    }

    ConflictDetector detector() {
        return detector;
    }
}
