package org.crosscheck.bench.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.bench.corpus.EcbPlusCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gold reader on a tiny invented ECB+-style corpus written here. */
class EcbPlusCorefTest {

    @TempDir
    Path dir;

    private static String token(int id, int sentence, int number, String text) {
        return "<token t_id=\"" + id + "\" sentence=\"" + sentence + "\" number=\"" + number + "\">" + text + "</token>\n";
    }

    private static String markable(String tag, int id, int... tokens) {
        StringBuilder s = new StringBuilder("<" + tag + " m_id=\"" + id + "\"  >\n");
        for (int t : tokens) {
            s.append("  <token_anchor t_id=\"").append(t).append("\"/>\n");
        }
        return s.append("</").append(tag).append(">\n").toString();
    }

    private static String descriptor(String tag, int id, String instance) {
        return "<" + tag + " m_id=\"" + id + "\" RELATED_TO=\"\" TAG_DESCRIPTOR=\"t9_x\" instance_id=\"" + instance + "\" />\n";
    }

    private static String crossDoc(int target, String note, int... sources) {
        StringBuilder s = new StringBuilder("<CROSS_DOC_COREF r_id=\"1\" note=\"" + note + "\" >\n");
        for (int m : sources) {
            s.append("  <source m_id=\"").append(m).append("\" />\n");
        }
        return s.append("  <target m_id=\"").append(target).append("\" />\n</CROSS_DOC_COREF>\n").toString();
    }

    /**
     * 9_1ecbplus: URL sentence 0, headline 1 ("Ship sinks"), body 2 ("Crew rescued after ship sank")
     * and 3 ("Storm hit"). 9_2ecb: headline 0 ("Vessel sank"), body 1 ("Nobody died").
     */
    private void writeCorpus() throws Exception {
        Path topic = Files.createDirectories(dir.resolve("ECB+").resolve("9"));
        String a = "<Document doc_name=\"9_1ecbplus.xml\">\n"
                + token(1, 0, 0, "http") + token(2, 0, 1, ":") + token(3, 0, 2, "//example.org")
                + token(4, 1, 0, "Ship") + token(5, 1, 1, "sinks")
                + token(6, 2, 0, "Crew") + token(7, 2, 1, "rescued") + token(8, 2, 2, "after") + token(9, 2, 3, "ship")
                + token(10, 2, 4, "sank")
                + token(11, 3, 0, "Storm") + token(12, 3, 1, "hit")
                + "<Markables>\n"
                + markable("ACTION_OCCURRENCE", 1, 5) // sinks (sentence 1)
                + markable("ACTION_OCCURRENCE", 2, 7) // rescued (sentence 2)
                + markable("ACTION_OCCURRENCE", 3, 10) // sank (sentence 2)
                + markable("NON_HUMAN_PART", 4, 9) // ship: an entity, not an event
                + markable("NEG_ACTION_OCCURRENCE", 5, 12) // hit (sentence 3), linked only by its note
                + descriptor("ACTION_OCCURRENCE", 50, "ACT_SINK")
                + descriptor("ACTION_OCCURRENCE", 51, "ACT_RESCUE")
                + descriptor("NON_HUMAN_PART", 52, "NON_SHIP")
                + "<UNKNOWN_INSTANCE_TAG m_id=\"53\" RELATED_TO=\"\" TAG_DESCRIPTOR=\"\" />\n"
                + "</Markables>\n<Relations>\n"
                + crossDoc(50, "ACT_SINK", 1, 3)
                + crossDoc(51, "ACT_RESCUE", 2)
                + crossDoc(52, "NON_SHIP", 4)
                + crossDoc(53, "NEG_STORM", 5)
                + "<INTRA_DOC_COREF r_id=\"9\" >\n  <source m_id=\"2\" />\n  <target m_id=\"53\" />\n</INTRA_DOC_COREF>\n"
                + "</Relations>\n</Document>\n";
        String b = "<Document doc_name=\"9_2ecb.xml\">\n"
                + token(1, 0, 0, "Vessel") + token(2, 0, 1, "sank")
                + token(3, 1, 0, "Nobody") + token(4, 1, 1, "died")
                + "<Markables>\n"
                + markable("ACTION_OCCURRENCE", 1, 2)
                + markable("ACTION_OCCURRENCE", 2, 4)
                + descriptor("ACTION_OCCURRENCE", 60, "ACT_SINK")
                + "</Markables>\n<Relations>\n"
                + crossDoc(60, "ACT_SINK", 1)
                + "</Relations>\n</Document>\n";
        Files.writeString(topic.resolve("9_1ecbplus.xml"), a);
        Files.writeString(topic.resolve("9_2ecb.xml"), b);
        // sentence 0 of 9_1ecbplus is the URL: validated or not, it is not kept; 9_3ecb does not exist
        Files.writeString(dir.resolve(EcbPlusCoref.SENTENCES_CSV),
                "Topic,File,Sentence Number\n9,1ecbplus,0\n9,1ecbplus,1\n9,1ecbplus,2\n9,1ecbplus,3\n9,2ecb,0\n9,2ecb,1\n9,3ecb,1\n");
    }

    @Test
    void chainsComeFromEventMentionsOfCrossDocumentRelationsOnly() throws Exception {
        writeCorpus();
        Map<Integer, Set<String>> chains = EcbPlusCoref.eventChains(dir.resolve("ECB+/9/9_1ecbplus.xml"));
        assertThat(chains).containsOnlyKeys(1, 2, 3);
        assertThat(chains.get(1)).containsExactly("ACT_SINK");
        assertThat(chains.get(2)).containsExactlyInAnyOrder("ACT_SINK", "ACT_RESCUE"); // not NON_SHIP
        assertThat(chains.get(3)).containsExactly("NEG_STORM"); // target without instance_id: the note
    }

    @Test
    void validatedSentencesAreKeyedByTopicAndFile() throws Exception {
        writeCorpus();
        Map<String, Set<Integer>> v = EcbPlusCoref.validatedSentences(dir.resolve(EcbPlusCoref.SENTENCES_CSV));
        assertThat(v).containsOnlyKeys("9_1ecbplus", "9_2ecb", "9_3ecb");
        assertThat(v.get("9_1ecbplus")).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    void goldKeepsValidatedSentencesOfTheTextAndPairsShareAChain() throws Exception {
        writeCorpus();
        List<EcbPlusCorpus.Doc> docs = EcbPlusCorpus.read(dir);
        Map<AlignmentPairs.Unit, Set<String>> gold = EcbPlusCoref.gold(dir, docs);

        assertThat(gold.keySet()).extracting(AlignmentPairs.Unit::toString)
                .containsExactlyInAnyOrder("9_1ecbplus#1", "9_1ecbplus#2", "9_1ecbplus#3", "9_2ecb#0", "9_2ecb#1");
        AlignmentPairs.Unit died = new AlignmentPairs.Unit("9_2ecb", 9, "9ecb", 1);
        assertThat(gold.get(died)).isEmpty(); // validated, but its mention is in no cross-document chain

        List<AlignmentPairs.Pair> candidates = AlignmentPairs.candidates(gold.keySet());
        assertThat(candidates).hasSize(6); // 3 x 2 sentences of different articles
        assertThat(candidates.stream().filter(p -> AlignmentPairs.gold(gold, p)).map(p -> p.a() + "~" + p.b()))
                .containsExactlyInAnyOrder("9_1ecbplus#1~9_2ecb#0", "9_1ecbplus#2~9_2ecb#0");
    }

    @Test
    void bodySpansLocateSentencesInTheArticleText() throws Exception {
        writeCorpus();
        EcbPlusCorpus.Doc doc = EcbPlusCorpus.read(dir).get(0);
        String text = doc.article().text();
        assertThat(doc.titleSentence()).isEqualTo(1);
        assertThat(doc.bodySpans()).containsOnlyKeys(2, 3);
        int[] storm = doc.bodySpans().get(3);
        assertThat(text.substring(storm[0], storm[1])).isEqualTo("Storm hit");
        int[] crew = doc.bodySpans().get(2);
        assertThat(text.substring(crew[0], crew[1])).isEqualTo("Crew rescued after ship sank");

        String withTitle = doc.article(true).text();
        assertThat(doc.article(true).title()).isEqualTo("Ship sinks");
        assertThat(doc.bodySpans(true)).containsOnlyKeys(1, 2, 3);
        int[] title = doc.bodySpans(true).get(1);
        assertThat(withTitle.substring(title[0], title[1])).isEqualTo("Ship sinks");
        int[] storm2 = doc.bodySpans(true).get(3);
        assertThat(withTitle.substring(storm2[0], storm2[1])).isEqualTo("Storm hit");
    }
}
