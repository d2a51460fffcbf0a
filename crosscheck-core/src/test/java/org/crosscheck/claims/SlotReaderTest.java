package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.Dependency;
import org.crosscheck.language.NamedMention;
import org.crosscheck.language.NerTag;
import org.crosscheck.language.Token;
import org.junit.jupiter.api.Test;

/** Slot filling on hand-built trees, for parses CoreNLP gives on real text but rarely on short fixtures. */
class SlotReaderTest {

    private final SlotReader reader = new SlotReader(ClaimCues.load());

    /** Builds a sentence from "word/lemma/TAG" tokens separated by spaces and arcs "rel head dep". */
    private static AnnotatedSentence sentence(String tokens, List<NamedMention> mentions, String... arcs) {
        List<Token> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String t : tokens.split(" ")) {
            String[] p = t.split("/");
            if (text.length() > 0) {
                text.append(' ');
            }
            out.add(new Token(out.size(), p[0], p[1], p[2], NerTag.NONE, null, text.length(), text.length() + p[0].length()));
            text.append(p[0]);
        }
        List<Dependency> deps = new ArrayList<>();
        for (String a : arcs) {
            String[] p = a.split(" ");
            deps.add(new Dependency(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2])));
        }
        return new AnnotatedSentence(0, 0, text.length(), text.toString(), out, mentions, List.of(), deps);
    }

    @Test
    void anUnmarkedFrontedAdverbialClauseIsTheReportedClaim() {
        // "Four people were arrested , Met Police confirmed ." parsed with advcl(confirmed, arrested)
        AnnotatedSentence s = sentence(
                "Four/four/CD people/person/NNS were/be/VBD arrested/arrest/VBN ,/,/, Met/Met/NNP Police/Police/NNP confirmed/confirm/VBD ././.",
                List.of(new NamedMention("Met Police", NerTag.ORGANIZATION, null, 29, 39, 5, 7)),
                "root -1 7", "nummod 1 0", "nsubj:pass 3 1", "aux:pass 3 2", "advcl 7 3", "punct 7 4",
                "compound 6 5", "nsubj 7 6", "punct 7 8");
        Slots slots = reader.read(s, m -> "Metropolitan Police");
        assertThat(slots.attribution()).isEqualTo(new Attribution("Metropolitan Police", "confirmed"));
        assertThat(slots.action()).isEqualTo("arrest");
        assertThat(slots.object()).isEqualTo("Four people");
        assertThat(slots.actor()).isNull();
    }

    @Test
    void theComplementOfAReportingVerbIsReportedBeforeAClauseSetBesideIt() {
        // "Officials say the fire began after the clerk , was dismissed ." parsed, as CoreNLP parses
        // such run-on reports, with both ccomp(say, began) and parataxis(say, dismissed): the
        // complement is the claim, in every run (the order was once that of a Set.of, salted per JVM)
        AnnotatedSentence s = sentence(
                "Officials/official/NNS say/say/VBP the/the/DT fire/fire/NN began/begin/VBD after/after/IN the/the/DT clerk/clerk/NN ,/,/, was/be/VBD dismissed/dismiss/VBN ././.",
                List.of(),
                "root -1 1", "nsubj 1 0", "ccomp 1 4", "det 3 2", "nsubj 4 3", "obl 4 7", "case 7 5", "det 7 6",
                "punct 10 8", "aux:pass 10 9", "parataxis 1 10", "punct 1 11");
        Slots slots = reader.read(s, m -> m.text());
        assertThat(slots.action()).isEqualTo("begin");
        assertThat(slots.actor()).isEqualTo("the fire");
        assertThat(slots.attribution()).isEqualTo(new Attribution("Officials", "say"));
    }

    @Test
    void aMarkedAdverbialClauseIsNotReported() {
        // "After crews arrived , police confirmed the deaths ." keeps "confirm" as the action
        AnnotatedSentence s = sentence(
                "After/after/IN crews/crew/NNS arrived/arrive/VBD ,/,/, police/police/NNS confirmed/confirm/VBD the/the/DT deaths/death/NNS ././.",
                List.of(),
                "root -1 5", "mark 2 0", "nsubj 2 1", "advcl 5 2", "punct 5 3", "nsubj 5 4", "det 7 6",
                "obj 5 7", "punct 5 8");
        Slots slots = reader.read(s, m -> m.text());
        assertThat(slots.action()).isEqualTo("confirm");
        assertThat(slots.actor()).isEqualTo("police");
        assertThat(slots.object()).isEqualTo("the deaths");
        assertThat(slots.attribution()).isNull();
    }

    @Test
    void anInvertedQuoteTakesTheNameAfterTheVerbAsSpeaker() {
        // "" Aid is not enough , " said McCaul ." parsed with ccomp(said, enough) and xcomp(said, McCaul)
        AnnotatedSentence s = sentence(
                "\"/\"/`` Aid/aid/NN is/be/VBZ not/not/RB enough/enough/JJ ,/,/, \"/\"/'' said/say/VBD McCaul/McCaul/NNP ././.",
                List.of(new NamedMention("McCaul", NerTag.PERSON, null, 27, 33, 8, 9)),
                "root -1 7", "punct 7 0", "nsubj 4 1", "cop 4 2", "advmod 4 3", "ccomp 7 4", "punct 7 5",
                "punct 7 6", "xcomp 7 8", "punct 7 9");
        Slots slots = reader.read(s, m -> "Michael McCaul");
        assertThat(slots.attribution()).isEqualTo(new Attribution("Michael McCaul", "said"));
        assertThat(slots.actor()).isEqualTo("Aid");
        assertThat(slots.negated()).isTrue();
    }

    @Test
    void aClauseAttachedAsDepWithASubjectIsReported() {
        // "McCaul told reporters aid is not enough ." parsed with dep(told, enough)
        AnnotatedSentence s = sentence(
                "McCaul/McCaul/NNP told/tell/VBD reporters/reporter/NNS aid/aid/NN is/be/VBZ not/not/RB enough/enough/JJ ././.",
                List.of(new NamedMention("McCaul", NerTag.PERSON, null, 0, 6, 0, 1)),
                "root -1 1", "nsubj 1 0", "obj 1 2", "nsubj 6 3", "cop 6 4", "advmod 6 5", "dep 1 6", "punct 1 7");
        Slots slots = reader.read(s, m -> "Michael McCaul");
        assertThat(slots.attribution()).isEqualTo(new Attribution("Michael McCaul", "told"));
        assertThat(slots.action()).isEqualTo("be");
        assertThat(slots.negated()).isTrue();
    }

    @Test
    void aQuoteRootedOnItsQuotationMarkReadsTheWordBelow() {
        // "" I am proud . "" parsed with root(") and dep(", proud)
        AnnotatedSentence s = sentence(
                "\"/\"/`` Crews/crew/NNS are/be/VBP proud/proud/JJ ././. \"/\"/''",
                List.of(),
                "root -1 0", "dep 0 3", "nsubj 3 1", "cop 3 2", "punct 3 4", "punct 3 5");
        Slots slots = reader.read(s, m -> m.text());
        assertThat(slots.action()).isEqualTo("be");
        assertThat(slots.actor()).isEqualTo("Crews");
        assertThat(slots.object()).isEqualTo("proud");
    }
}
