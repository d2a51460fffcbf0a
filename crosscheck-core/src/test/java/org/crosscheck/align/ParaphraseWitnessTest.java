package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.align.TestClaim.claim;

import java.util.List;
import org.crosscheck.claims.Claim;
import org.crosscheck.extract.Article;
import org.crosscheck.language.SentenceEmbedder;
import org.crosscheck.language.WordNetLexicon;
import org.crosscheck.provenance.FerryStory;
import org.crosscheck.provenance.ProvenanceTracer;
import org.crosscheck.provenance.WitnessGroups;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;
import org.crosscheck.provenance.ProvenanceSettings;
import org.crosscheck.dedup.DedupSettings;

/** Witness counting with the links the tracer finds by meaning: paraphrase rewrites of a wire story are not new witnesses. */
class ParaphraseWitnessTest {

    private static Article article(String id, String date, String text) {
        return new Article(id, id + ".txt", null, null, null, PartialDate.parseIso(date).orElseThrow(), null, "en", text);
    }

    @Test
    void aClaimOfAWireAndItsTwoParaphraseRewritesIsOneSourceAndTheOwnReportAnother() {
        List<Article> story = List.of(article("nordwire", "2024-09-11", FerryStory.WIRE),
                article("courier", "2024-09-12", FerryStory.COURIER), article("gazette", "2024-09-12", FerryStory.GAZETTE),
                article("tribune", "2024-09-11", FerryStory.TRIBUNE));
        WitnessGroups witnesses = WitnessGroups.of(story.stream().map(Article::id).toList(), new ProvenanceTracer(ProvenanceSettings.defaults(), DedupSettings.defaults()).trace(story));
        List<Claim> claims = List.of(
                claim("w1", "nordwire", "Tollefsen said the ship struck a sandbank in thick fog about two kilometres from the island.")
                        .slots("the ship", "strike", "a sandbank").build(),
                claim("c1", "courier", "In dense fog, the vessel hit a sandbank roughly two kilometres off the island, Tollefsen said.")
                        .slots("the vessel", "hit", "a sandbank").build(),
                claim("g1", "gazette", "The ship struck a sandbank in heavy fog some two kilometres short of the island.")
                        .slots("The ship", "strike", "a sandbank").build(),
                claim("t1", "tribune", "The ferry hit a sandbank in the fog about two kilometres from the island.")
                        .slots("The ferry", "hit", "a sandbank").build());
        Alignment result = new ClaimAligner(new SentenceEmbedder(), new WordNetLexicon(), AlignmentSettings.defaults()).align(claims, witnesses);
        ClaimGroup wire = result.groups().stream().filter(g -> g.claims().stream().anyMatch(c -> c.id().equals("w1")))
                .findFirst().orElseThrow();
        assertThat(wire.claims()).extracting(Claim::articleId).containsExactlyInAnyOrder("nordwire", "courier", "gazette", "tribune");
        assertThat(wire.sources()).isEqualTo(4);
        assertThat(wire.independentSources()).isEqualTo(2);
        assertThat(wire.status()).isEqualTo(ClaimStatus.CORROBORATED);
    }
}
