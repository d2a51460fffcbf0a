package org.crosscheck.align;

import java.util.List;
import org.crosscheck.claims.Claim;
import org.crosscheck.language.Lexicon;
import org.crosscheck.language.SentenceEmbedder;
import org.crosscheck.provenance.WitnessGroups;

/** Groups claims that state the same fact, counts independent witnesses and finds conflicts. */
public final class ClaimAligner {

    private final SentenceEmbedder embedder;
    private final Lexicon lexicon;

    public ClaimAligner(SentenceEmbedder embedder, Lexicon lexicon) {
        this.embedder = embedder;
        this.lexicon = lexicon;
    }

    /** Claim groups with their status, and the conflicts between claims. */
    public Alignment align(List<Claim> claims, WitnessGroups witnesses) {
        throw new UnsupportedOperationException("align: not wired yet");
    }
}
