package org.crosscheck.claims;

import java.util.List;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.time.PartialDate;

/**
 * The dates of an annotated sentence, two ways: as SUTime anchors them on the publication date
 * by nearness alone, and as claims read them, bare months and weekdays placed by the tense of
 * their clause. For callers that compare the two (the dates benchmark).
 */
public final class SentenceDates {

    private final DateReader reader = new DateReader(ClaimCues.load());

    /** The dates as SUTime anchored them, nothing moved. */
    public List<DateMention> byNearness(AnnotatedSentence sentence) {
        return reader.read(sentence);
    }

    /** The dates as claims read them against {@code published}, the date the sentence was annotated against. */
    public List<DateMention> byTense(AnnotatedSentence sentence, PartialDate published) {
        return reader.read(sentence, published, false);
    }
}
