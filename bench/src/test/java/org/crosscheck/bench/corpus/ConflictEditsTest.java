package org.crosscheck.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.CoreNlpAnnotator;
import org.crosscheck.language.Lexicon;
import org.crosscheck.language.NerTag;
import org.crosscheck.language.WordNetLexicon;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;

class ConflictEditsTest {

    private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();
    private static final WordNetLexicon LEXICON = new WordNetLexicon();
    private static final PartialDate PUBLISHED = PartialDate.parseIso("2011-02-20").orElseThrow();

    private static AnnotatedSentence read(String sentence) {
        return ANNOTATOR.annotate(sentence, PUBLISHED).get(0);
    }

    private static ConflictEdits edits(long seed) {
        return new ConflictEdits(new Random(seed), ANNOTATOR, LEXICON);
    }

    private static List<String> words(String s) {
        return List.of(s.split("[\\s,.]+"));
    }

    /** The words of {@code a} that {@code b} does not hold, in order. */
    private static List<String> lost(String a, String b) {
        return words(a).stream().filter(w -> !words(b).contains(w)).toList();
    }

    @Test
    void aDateChangeChangesOnlyAWeekdayDayOfMonthOrMonth() {
        String s = "Mayor Ilsa Vorn opened the harbour bridge in Holmgate on February 18, 2011.";
        for (long seed = 0; seed < 6; seed++) {
            String edited = edits(seed).changeDate(read(s)).orElseThrow();
            assertThat(edited).isNotEqualTo(s);
            List<String> gone = lost(s, edited);
            assertThat(gone).hasSize(1);
            assertThat(gone.get(0)).matches("February|18");
        }
        String weekday = "Police in Brisk arrested the two smugglers on Tuesday.";
        String edited = edits(3).changeDate(read(weekday)).orElseThrow();
        assertThat(lost(weekday, edited)).containsExactly("Tuesday");
        assertThat(lost(edited, weekday)).hasSize(1);
        assertThat(ConflictEdits.WEEKDAYS).contains(lost(edited, weekday).get(0));
        assertThat(edits(1).changeDate(read("Police in Brisk arrested the two smugglers."))).isEmpty();
    }

    @Test
    void aNumberChangeMultipliesTheCount() {
        String s = "The storm damaged 230 homes in Ellery, the council said.";
        String edited = edits(2).changeNumber(read(s)).orElseThrow();
        assertThat(lost(s, edited)).containsExactly("230");
        Matcher m = Pattern.compile("(\\d+) homes").matcher(edited);
        assertThat(m.find()).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isIn(460, 690, 920);
        assertThat(edits(2).changeNumber(read("The storm damaged many homes in Ellery on May 3, 2010."))).isEmpty();
    }

    @Test
    void aNameSwapPutsANameFromThePoolThatTheArticleDoesNotHold() {
        String s = "Captain Teodor Marsh led the rescue off Tarnow Bay.";
        String edited = edits(1).swapName(read(s), NerTag.PERSON, List.of("Teodor Marsh", "Petra Aalund"), s).orElseThrow();
        assertThat(edited).isEqualTo("Captain Petra Aalund led the rescue off Tarnow Bay.");
        assertThat(edits(1).swapName(read(s), NerTag.PERSON, List.of("Teodor Marsh"), s)).isEmpty();
    }

    @Test
    void negationIsAddedToTheMainVerbOrRemoved() {
        assertThat(edits(1).toggleNegation(read("Police arrested the two smugglers in Brisk.")))
                .contains("Police did not arrest the two smugglers in Brisk.");
        assertThat(edits(1).toggleNegation(read("The ferry was damaged by the storm.")))
                .contains("The ferry was not damaged by the storm.");
        assertThat(edits(1).toggleNegation(read("The council will not reopen the pier.")))
                .contains("The council will reopen the pier.");
    }

    @Test
    void anAntonymReplacesAVerbInTheSameInflection() {
        String s = "The Holmgate rowing club won the regatta on Sunday.";
        String edited = edits(1).antonym(read(s)).orElseThrow();
        List<String> gone = lost(s, edited);
        List<String> added = lost(edited, s);
        assertThat(gone).containsExactly("won");
        assertThat(added).hasSize(1);
        assertThat(LEXICON.areAntonyms("win", read(edited).tokens().get(4).lemma(), Lexicon.PartOfSpeech.VERB)).isTrue();
        assertThat(edited).isEqualTo("The Holmgate rowing club lost the regatta on Sunday.");
    }

    @Test
    void harmlessEditsKeepTheMonthTheValueAndTheNames() {
        String s = "Mayor Ilsa Vorn opened the harbour bridge in Holmgate on February 18, 2011.";
        assertThat(edits(1).lessPreciseDate(read(s)))
                .contains("Mayor Ilsa Vorn opened the harbour bridge in Holmgate on February 2011.");
        assertThat(edits(1).numberAsWords(read("The storm damaged 12 homes in Ellery.")))
                .contains("The storm damaged twelve homes in Ellery.");
        assertThat(ConflictEdits.words(47)).isEqualTo("forty-seven");
        String busy = "Mayor Ilsa Vorn said on Friday that the damaged harbour bridge in Holmgate would need 14 more weeks of careful repairs.";
        for (long seed = 0; seed < 5; seed++) {
            String rewritten = edits(seed).synonyms(read(busy), 0.9);
            for (String kept : List.of("Mayor", "Ilsa", "Vorn", "Friday", "Holmgate", "14", "said", "would")) {
                assertThat(words(rewritten)).contains(kept);
            }
        }
        assertThat(edits(1).synonyms(read(busy), 1.0)).isNotEqualTo(busy);
        String negated = "The council never approved the harbour bridge repairs in Holmgate.";
        for (long seed = 0; seed < 5; seed++) {
            assertThat(words(edits(seed).synonyms(read(negated), 1.0))).contains("never");
        }
    }
}
