package org.crosscheck.claims;

/**
 * Where the claims stage stopped reading an article longer than {@link ClaimSettings#maxSentences}:
 * its claims come from its first {@code sentencesRead} sentences, which end at character
 * {@code charactersRead} of its text; nothing after that was read for claims. Serializable for a
 * distributed run, which hands it from the task that analysed the story to the one writing the articles.
 */
public record SentenceCut(int sentencesRead, int charactersRead) implements java.io.Serializable {

    public SentenceCut {
        if (sentencesRead < 0 || charactersRead < 0) {
            throw new IllegalArgumentException("negative cut");
        }
    }
}
