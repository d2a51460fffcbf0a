package org.crosscheck.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ParaphraserTest {

    /** Synonyms left out (rate ignored), so that only the clause moves show. */
    private final Paraphraser paraphraser = new Paraphraser(new Random(3), (sentence, rate) -> sentence);

    @Test
    void movesTheAttributionToTheFront() {
        String s = "The bridge at Holmgate will close for repairs in May, the city engineer said.";
        assertThat(paraphraser.reword(s, 0)).isEqualTo("The city engineer said that the bridge at Holmgate will close for repairs in May.");
    }

    @Test
    void movesAFrontAttributionToTheEnd() {
        String s = "Mayor Ilsa Vorn said that the harbour works would need seven more weeks.";
        assertThat(paraphraser.reword(s, 0)).isEqualTo("The harbour works would need seven more weeks, Mayor Ilsa Vorn said.");
    }

    @Test
    void movesAnOpeningPhraseOfTimeToTheEnd() {
        String s = "On Tuesday morning, the council of Brisk voted to sell the old ferry terminal.";
        assertThat(paraphraser.reword(s, 0)).isEqualTo("The council of Brisk voted to sell the old ferry terminal on Tuesday morning.");
    }

    @Test
    void mergesTwoSentencesAndSplitsOneAtAClause() {
        String merged = paraphraser.merge("The storm closed the coast road.", "It reopened at noon.");
        assertThat(merged).isIn("The storm closed the coast road, and it reopened at noon.",
                "The storm closed the coast road; it reopened at noon.");
        assertThat(paraphraser.split("Crews cleared the fallen trees from the coast road, but the ferry stayed in port until noon."))
                .containsExactly("Crews cleared the fallen trees from the coast road.", "However, the ferry stayed in port until noon.");
        assertThat(paraphraser.split("A short sentence, and another.")).isEmpty();
    }

    @Test
    void leavesQuotationsWordForWord() {
        Paraphraser shouting = new Paraphraser(new Random(3), (sentence, rate) -> sentence.toUpperCase(java.util.Locale.ROOT));
        assertThat(shouting.reword("She said `` we will rebuild the pier '' after the storm .", 1))
                .isEqualTo("`` we will rebuild the pier '' AFTER THE STORM, SHE SAID.");
        assertThat(shouting.reword("The mayor called it \"a sad day for Brisk\" and left.", 1))
                .isEqualTo("THE MAYOR CALLED IT \"a sad day for Brisk\" AND LEFT.");
    }
}
