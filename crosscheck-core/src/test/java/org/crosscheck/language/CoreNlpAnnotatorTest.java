package org.crosscheck.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorTest {

    private static final String TEXT = """
            Rescue crews in Tarnsby pulled 14 people from the river on Friday.

            Mayor Ingrid Halvorsen\u2019s office said the \u201cbridge\u201d will reopen last September? No.""";

    private static CoreNlpAnnotator annotator;
    private static List<AnnotatedSentence> anchored;

    @BeforeAll
    static void load() {
        long t0 = System.nanoTime();
        annotator = new CoreNlpAnnotator();
        long loaded = System.nanoTime();
        anchored = annotator.annotate(TEXT, PartialDate.of(java.time.LocalDate.of(2024, 2, 19)));
        long done = System.nanoTime();
        System.out.printf("CoreNLP load %.1f s, first annotate %.0f ms for %d sentences, heap used %d MB%n",
                (loaded - t0) / 1e9, (done - loaded) / 1e6, anchored.size(),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }

    @Test
    void sentenceTokenAndMentionOffsetsIndexTheGivenText() {
        assertThat(anchored).hasSizeGreaterThanOrEqualTo(3);
        for (AnnotatedSentence s : anchored) {
            assertThat(TEXT.substring(s.start(), s.end())).isEqualTo(s.text());
            s.tokens().forEach(t -> assertThat(TEXT.substring(t.start(), t.end())).isEqualTo(t.text()));
            s.mentions().forEach(m -> assertThat(TEXT.substring(m.start(), m.end())).isEqualTo(m.text()));
            s.times().forEach(m -> assertThat(TEXT.substring(m.start(), m.end())).isEqualTo(m.text()));
        }
        assertThat(anchored.get(1).text()).startsWith("Mayor Ingrid Halvorsen\u2019s office");
    }

    @Test
    void theSplitterAloneFindsTheSentencesThatAreAnnotated() {
        assertThat(annotator.sentences(TEXT, Integer.MAX_VALUE, Integer.MAX_VALUE))
                .extracting(TextSpan::start, TextSpan::end, TextSpan::text)
                .containsExactlyElementsOf(anchored.stream().map(s -> org.assertj.core.groups.Tuple.tuple(s.start(), s.end(), s.text())).toList());
        int firstEnd = anchored.get(0).end();
        assertThat(annotator.sentences(TEXT, 1, Integer.MAX_VALUE)).extracting(TextSpan::end).containsExactly(firstEnd);
        assertThat(annotator.sentences(TEXT, Integer.MAX_VALUE, firstEnd)).extracting(TextSpan::end).containsExactly(firstEnd);
        assertThat(annotator.sentences(TEXT, Integer.MAX_VALUE, firstEnd - 1)).isEmpty();
    }

    @Test
    void givesOneRootedTreeAndNamedMentions() {
        AnnotatedSentence first = anchored.get(0);
        assertThat(first.root()).map(Token::lemma).contains("pull");
        assertThat(first.dependencies()).hasSameSizeAs(first.tokens());
        assertThat(first.mentions()).extracting(NamedMention::text).contains("Tarnsby", "14");
        assertThat(anchored.get(1).mentions()).extracting(NamedMention::text, NamedMention::type)
                .contains(org.assertj.core.groups.Tuple.tuple("Ingrid Halvorsen", NerTag.PERSON));
    }

    @Test
    void anchorsRelativeDatesOnlyOnAKnownPublicationDay() {
        assertThat(anchored.get(0).times()).extracting(TimeMention::value).containsExactly("2024-02-16");
        String text = "Inspectors arrived on Friday to examine the wreck.";
        List<AnnotatedSentence> unanchored = annotator.annotate(text, null);
        List<AnnotatedSentence> monthOnly = annotator.annotate(text, PartialDate.ofMonth(2024, 2));
        assertThat(unanchored.get(0).times()).extracting(TimeMention::value).doesNotContain("2024-02-16")
                .allMatch(v -> v == null || !v.matches("\\d{4}-\\d{2}-\\d{2}"));
        assertThat(monthOnly.get(0).times()).extracting(TimeMention::value)
                .allMatch(v -> v == null || !v.matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void annotatesAShortSentenceInWellUnderASecondOnceLoaded() {
        String text = "The council approved a new budget for the harbour on Tuesday.";
        annotator.annotate(text, null);
        int runs = 10;
        long t0 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            annotator.annotate(text, null);
        }
        double perSentenceMs = (System.nanoTime() - t0) / 1e6 / runs;
        System.out.printf("CoreNLP annotate: %.1f ms per sentence%n", perSentenceMs);
        assertThat(perSentenceMs).isLessThan(1000);
    }

    @Test
    void aSentenceSharedByTwoTextsIsAnnotatedOnceAndPlacedInEach() {
        String shared = "Harbour master Ola Brenning said 240 passengers crossed to Velby on Monday.";
        String first = "The strike at the Oskarby ferry ended.\n\n" + shared;
        String second = shared + " Ticket prices rose by ten percent.";
        PartialDate day = PartialDate.of(java.time.LocalDate.of(2025, 4, 11));
        AnnotatedSentence inFirst = annotator.annotate(first, day).get(1);
        AnnotatedSentence inSecond = annotator.annotate(second, day).get(0);

        assertThat(inFirst.index()).isEqualTo(1);
        assertThat(inFirst.start()).isEqualTo(first.indexOf(shared));
        assertThat(inSecond.start()).isZero();
        assertThat(inSecond.text()).isEqualTo(inFirst.text());
        // the same annotation, moved: the second text's copy shares the first one's dependency list
        assertThat(inSecond.dependencies()).isSameAs(inFirst.dependencies());
        assertThat(inFirst.mentions()).anySatisfy(m -> assertThat(first.substring(m.start(), m.end())).isEqualTo("Ola Brenning"));
        assertThat(inSecond.mentions()).anySatisfy(m -> assertThat(second.substring(m.start(), m.end())).isEqualTo("Ola Brenning"));
        assertThat(inFirst.times()).anySatisfy(t -> assertThat(t.value()).startsWith("2025-04"));
    }
}
