package org.crosscheck.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.crosscheck.provenance.WireStory.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.crosscheck.extract.Article;
import org.junit.jupiter.api.Test;
import org.crosscheck.dedup.DedupSettings;
import org.crosscheck.language.SentenceSplitter;

class ProvenanceTracerTest {

    private static final ProvenanceTracer TRACER = new ProvenanceTracer(ProvenanceSettings.defaults(), DedupSettings.defaults());

    private static SentenceAligner aligner() {
        return new SentenceAligner(ProvenanceSettings.defaults(), DedupSettings.defaults(), new SentenceSplitter());
    }

    private static DerivationJudge judge() {
        return new DerivationJudge(ProvenanceSettings.defaults(), aligner());
    }

    private static final Article WIRE = article("wire", "2024-05-02", WireStory.WIRE + WireStory.WIRE_FOOTER);
    private static final Article COPY = article("post", "2024-05-03", WireStory.COPY);
    private static final Article REWRITE = article("echo", "2024-05-03", WireStory.REWRITE);
    private static final Article QUOTING = article("gardens", "2024-05-04", WireStory.QUOTING);
    private static final Article INDEPENDENT = article("tribune", "2024-05-02", WireStory.INDEPENDENT);

    private static ReuseLink only(List<ReuseLink> links) {
        assertThat(links).hasSize(1);
        return links.get(0);
    }

    @Test
    void verbatimCopyWithAnotherFooterIsADuplicateOfTheEarlierText() {
        ReuseLink link = only(TRACER.trace(List.of(COPY, WIRE)));
        assertThat(link.from()).isEqualTo("wire");
        assertThat(link.to()).isEqualTo("post");
        assertThat(link.kind()).isEqualTo(ReuseKind.DUPLICATE);
        assertThat(link.overlap()).isGreaterThan(0.85);
    }

    @Test
    void lightRewriteIsARewriteFromTheEarlierText() {
        ReuseLink link = only(TRACER.trace(List.of(REWRITE, WIRE)));
        assertThat(link).extracting(ReuseLink::from, ReuseLink::to, ReuseLink::kind)
                .containsExactly("wire", "echo", ReuseKind.REWRITE);
        assertThat(link.overlap()).isBetween(0.6, 0.99);
    }

    @Test
    void twoQuotedSentencesAmongOwnReportingArePartial() {
        ReuseLink link = only(TRACER.trace(List.of(WIRE, QUOTING)));
        assertThat(link).extracting(ReuseLink::from, ReuseLink::to, ReuseLink::kind)
                .containsExactly("wire", "gardens", ReuseKind.PARTIAL);
        assertThat(link.overlap()).isBetween(0.2, 0.5);
    }

    @Test
    void independentReportOfTheSameEventIsNoReuse() {
        assertThat(TRACER.trace(List.of(WIRE, INDEPENDENT))).isEmpty();
        SentenceAlignment alignment = aligner().align(WIRE, INDEPENDENT);
        assertThat(alignment.reusedOfSecond()).isZero();
    }

    @Test
    void withoutDatesTheFullerTextIsTheSourceOfARewrite() {
        Article wire = article("zz-wire", null, WireStory.WIRE);
        Article rewrite = article("aa-echo", null, WireStory.REWRITE);
        List<Derivation> found = TRACER.derivations(List.of(rewrite, wire));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.link().from()).isEqualTo("zz-wire");
            assertThat(d.link().to()).isEqualTo("aa-echo");
            assertThat(d.basis()).isEqualTo(DirectionBasis.CONTAINMENT);
            assertThat(d.directionKnown()).isTrue();
            assertThat(d.toShare()).isGreaterThan(d.fromShare());
        });
    }

    @Test
    void undatedExactCopiesKeepIdOrderAndSaySoUndecided() {
        Article b = article("b", null, WireStory.WIRE);
        Article a = article("a", null, WireStory.WIRE.replace("\n\n", "\n\n\n"));
        Derivation d = judge().judge(b, a).orElseThrow();
        assertThat(d.link()).isEqualTo(new ReuseLink("a", "b", ReuseKind.DUPLICATE, 1.0));
        assertThat(d.fromShare()).isEqualTo(1.0);
        assertThat(d.basis()).isEqualTo(DirectionBasis.UNDECIDED);
        assertThat(d.directionKnown()).isFalse();
    }

    @Test
    void witnessGroupsCollapseTheCopiesButKeepTheIndependentReport() {
        List<Article> story = List.of(WIRE, COPY, REWRITE, QUOTING, INDEPENDENT);
        List<ReuseLink> links = TRACER.trace(story);
        WitnessGroups groups = WitnessGroups.of(story.stream().map(Article::id).toList(), links);

        assertThat(groups.groupOf("post")).isEqualTo(groups.groupOf("wire"));
        assertThat(groups.groupOf("echo")).isEqualTo(groups.groupOf("wire"));
        assertThat(groups.groupOf("gardens")).isEqualTo(groups.groupOf("wire"));
        assertThat(groups.groupOf("tribune")).isEqualTo("tribune");
        assertThat(groups.countIndependent(List.of("wire", "post", "echo", "tribune"))).isEqualTo(2);
    }

    @Test
    void outputIsSortedAndIndependentOfInputOrder() {
        List<Article> story = new ArrayList<>(List.of(WIRE, COPY, REWRITE, QUOTING, INDEPENDENT));
        List<ReuseLink> expected = TRACER.trace(story);
        Collections.reverse(story);
        assertThat(TRACER.trace(story)).isEqualTo(expected);
        assertThat(expected).extracting(l -> l.from() + ">" + l.to()).isSorted();
        assertThat(expected).extracting(ReuseLink::to).doesNotContain("tribune");
    }

    @Test
    void synonymRewriteIsFoundByTheRewriteJudgeAndDatedFromTheEarlierText() {
        Article synonyms = article("herald", "2024-05-03", WireStory.SYNONYMS);
        List<Derivation> found = TRACER.derivations(List.of(synonyms, WIRE));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.link()).extracting(ReuseLink::from, ReuseLink::to, ReuseLink::kind)
                    .containsExactly("wire", "herald", ReuseKind.REWRITE);
            assertThat(d.basis()).isEqualTo(DirectionBasis.DATE);
            assertThat(d.toShare()).isGreaterThan(0.6);
        });
        SentenceAlignment alignment = aligner().align(WIRE, synonyms);
        assertThat(alignment.matchesOfSecond()).anySatisfy(m -> {
            assertThat(m.rewrite()).isTrue();
            assertThat(m.containment()).isLessThan(ProvenanceSettings.defaults().sentenceContainment());
        });
        assertThat(alignment.copiedShareOfSecond()).isLessThan(alignment.shareOfSecond());
    }

    @Test
    void independentReportStaysUnlinkedBesideASynonymRewrite() {
        Article synonyms = article("herald", "2024-05-03", WireStory.SYNONYMS);
        List<ReuseLink> links = TRACER.trace(List.of(WIRE, synonyms, INDEPENDENT));
        assertThat(links).extracting(ReuseLink::to).doesNotContain("tribune");
        assertThat(links).extracting(ReuseLink::from).doesNotContain("tribune");
    }

    @Test
    void undatedPartialReuseIsPartialWithItsDirectionUndecided() {
        Article wire = article("wire", null, WireStory.WIRE);
        Article quoting = article("gardens", null, WireStory.QUOTING);
        assertThat(TRACER.derivations(List.of(quoting, wire))).singleElement().satisfies(d -> {
            assertThat(d.link().kind()).isEqualTo(ReuseKind.PARTIAL);
            assertThat(d.basis()).isEqualTo(DirectionBasis.UNDECIDED);
            assertThat(d.link().from()).isEqualTo("gardens"); // id order, not a claim
        });
    }

    @Test
    void reorderedCopyIsARewriteNotADuplicate() {
        String[] paragraphs = WireStory.WIRE.split("\n\n");
        String reordered = String.join("\n\n", paragraphs[2], paragraphs[0], paragraphs[3], paragraphs[1]);
        Derivation d = judge().judge(article("w", null, WireStory.WIRE), article("r", null, reordered)).orElseThrow();
        assertThat(d.link().kind()).isEqualTo(ReuseKind.REWRITE);
        assertThat(d.basis()).isEqualTo(DirectionBasis.UNDECIDED);
        assertThat(d.fromShare()).isGreaterThan(0.95);
        assertThat(d.toShare()).isGreaterThan(0.95);
    }

    @Test
    void datesDecideOverContainment() {
        // the shorter rewrite is dated first: the date wins, so the wire text is the later one
        Article rewrite = article("echo", "2024-05-01", WireStory.REWRITE);
        Article wire = article("wire", "2024-05-02", WireStory.WIRE);
        assertThat(TRACER.derivations(List.of(wire, rewrite))).singleElement().satisfies(d -> {
            assertThat(d.link().from()).isEqualTo("echo");
            assertThat(d.basis()).isEqualTo(DirectionBasis.DATE);
        });
    }

    @Test
    void onTheSameDayTheEarlierTimeIsTheSourceOfAPaddedCopy() {
        // the copy holds the whole wire text and more: containment alone would name it the source
        String padded = WireStory.WIRE + """


                In Veld, the mayor Liisa Orav said the town council would ask the board to spread the rise \
                over two years. She said the council had not been consulted before the announcement.

                The board meets again in June, when it will publish the list of streets to be dug up first.""";
        Article wire = article("zz-wire", "2024-05-02T08:00:00+02:00", WireStory.WIRE);
        Article copy = article("aa-post", "2024-05-02T15:00:00+02:00", padded);
        assertThat(TRACER.derivations(List.of(copy, wire))).singleElement().satisfies(d -> {
            assertThat(d.link().from()).isEqualTo("zz-wire");
            assertThat(d.link().to()).isEqualTo("aa-post");
            assertThat(d.basis()).isEqualTo(DirectionBasis.DATE);
        });
        // the same two texts without times: the day does not tell, and containment decides the other way
        Article wireDay = article("zz-wire", "2024-05-02", WireStory.WIRE);
        Article copyDay = article("aa-post", "2024-05-02", padded);
        assertThat(TRACER.derivations(List.of(copyDay, wireDay))).singleElement()
                .satisfies(d -> assertThat(d.basis()).isNotEqualTo(DirectionBasis.DATE));
    }

    @Test
    void emptyTextsAreNeverLinked() {
        assertThat(TRACER.trace(List.of(article("e1", null, ""), article("e2", null, " \n\n "), WIRE))).isEmpty();
    }

    @Test
    void alignerReportsSharesOfBothTexts() {
        SentenceAlignment alignment = aligner().align(article("w", null, WireStory.WIRE),
                article("q", null, WireStory.QUOTING));
        assertThat(alignment.reusedOfSecond()).isEqualTo(2);
        assertThat(alignment.reusedOfFirst()).isEqualTo(2);
        assertThat(alignment.shareOfSecond()).isBetween(0.2, 0.5);
        assertThat(alignment.matchesOfSecond()).filteredOn(SentenceMatch::reused)
                .allSatisfy(m -> assertThat(m.containment()).isCloseTo(1.0, within(0.01)));
    }
}
