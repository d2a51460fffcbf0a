package org.crosscheck.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.provenance.WireStory.article;

import java.util.List;
import org.crosscheck.extract.Article;
import org.junit.jupiter.api.Test;
import org.crosscheck.dedup.DedupSettings;

class MeaningProvenanceTest {

    private static final ProvenanceTracer TRACER = new ProvenanceTracer(ProvenanceSettings.defaults(), DedupSettings.defaults());

    private static final Article WIRE = article("nordwire", "2024-09-11", FerryStory.WIRE);
    private static final Article COURIER = article("courier", "2024-09-12", FerryStory.COURIER);
    private static final Article GAZETTE = article("gazette", "2024-09-12", FerryStory.GAZETTE);
    private static final Article TRIBUNE = article("tribune", "2024-09-11", FerryStory.TRIBUNE);

    @Test
    void paraphraseRewriteIsARewriteFromTheEarlierText() {
        assertThat(TRACER.derivations(List.of(COURIER, WIRE))).singleElement().satisfies(d -> {
            assertThat(d.link()).extracting(ReuseLink::from, ReuseLink::to, ReuseLink::kind)
                    .containsExactly("nordwire", "courier", ReuseKind.REWRITE);
            assertThat(d.basis()).isEqualTo(DirectionBasis.DATE);
            assertThat(d.toShare()).isBetween(0.5, 0.95); // the commentary is the courier's own
        });
    }

    @Test
    void aParaphraseCopiesFewSentencesWordForWordAndACopyWithSmallEditsMost() {
        assertThat(TRACER.derivations(List.of(COURIER, WIRE))).singleElement()
                .satisfies(d -> assertThat(d.copiedShare()).isLessThan(0.3).isLessThan(d.toShare()));
        Article edited = article("edited", "2024-09-12", FerryStory.WIRE.replaceFirst("(?s)(\\w+)(\\s+)(\\w+)", "$3$2$1"));
        assertThat(TRACER.derivations(List.of(edited, WIRE))).singleElement()
                .satisfies(d -> assertThat(d.copiedShare()).isGreaterThan(0.8));
    }

    @Test
    void characterAlignmentAloneMissesTheParaphrase() {
        // the tracer as it was before meaning: these rewrites share too little wording
        assertThat(ProvenanceTracer.charactersOnly(ProvenanceSettings.defaults(), DedupSettings.defaults()).trace(List.of(WIRE, COURIER, GAZETTE, TRIBUNE))).isEmpty();
    }

    @Test
    void independentReportIsNotLinkedBesideTheRewrites() {
        List<ReuseLink> links = TRACER.trace(List.of(WIRE, COURIER, GAZETTE, TRIBUNE));
        assertThat(links).extracting(ReuseLink::from).doesNotContain("tribune");
        assertThat(links).extracting(ReuseLink::to).doesNotContain("tribune").contains("courier", "gazette");
    }

    @Test
    void wireAndItsTwoRewritesAreOneWitnessAndTheIndependentReportAnother() {
        List<Article> story = List.of(WIRE, COURIER, GAZETTE, TRIBUNE);
        WitnessGroups groups = WitnessGroups.of(story.stream().map(Article::id).toList(), TRACER.trace(story));
        assertThat(groups.groupOf("courier")).isEqualTo(groups.groupOf("nordwire"));
        assertThat(groups.groupOf("gazette")).isEqualTo(groups.groupOf("nordwire"));
        assertThat(groups.countIndependent(List.of("nordwire", "courier", "gazette"))).isEqualTo(1);
        assertThat(groups.countIndependent(List.of("nordwire", "courier", "gazette", "tribune"))).isEqualTo(2);
    }

    @Test
    void undatedParaphraseKeepsItsDirectionUndecidedUnlessOneTextHoldsTheOther() {
        Article wire = article("zz-wire", null, FerryStory.WIRE);
        Article courier = article("aa-courier", null, FerryStory.COURIER);
        assertThat(TRACER.derivations(List.of(wire, courier))).singleElement().satisfies(d -> {
            assertThat(d.link().kind()).isEqualTo(ReuseKind.REWRITE);
            assertThat(d.basis()).isIn(DirectionBasis.UNDECIDED, DirectionBasis.CONTAINMENT);
            if (d.basis() == DirectionBasis.UNDECIDED) {
                assertThat(d.link().from()).isEqualTo("aa-courier"); // id order, not a claim
            }
        });
    }
}
