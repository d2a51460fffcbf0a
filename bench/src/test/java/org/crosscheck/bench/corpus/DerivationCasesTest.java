package org.crosscheck.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DerivationCasesTest {

    private static final String[] ACTORS = {"Mayor Ilsa Vorn", "Captain Teodor Marsh", "Judge Petra Aalund", "Chief Oren Falk"};
    private static final String[] PLACES = {"Brisk", "Holmgate", "Tarnow Bay", "Ellery"};

    /** Invented articles: two events per topic, three articles per event, eight sentences each. */
    private static List<EcbPlusCorpus.Doc> corpus() {
        List<EcbPlusCorpus.Doc> docs = new ArrayList<>();
        for (int topic = 1; topic <= 2; topic++) {
            for (String half : List.of("ecb", "ecbplus")) {
                for (int n = 1; n <= 3; n++) {
                    Map<Integer, String> sentences = new TreeMap<>();
                    String actor = ACTORS[(topic + n) % ACTORS.length];
                    String place = PLACES[(topic * 2 + n + half.length()) % PLACES.length];
                    sentences.put(0, "Headline number " + n + " about " + place);
                    for (int s = 1; s <= 8; s++) {
                        sentences.put(s, actor + " said on day " + (s + n * 10) + " that the harbour works in " + place
                                + " would need " + (s * 7 + n) + " more weeks and a careful review of the costs by the council.");
                    }
                    docs.add(new EcbPlusCorpus.Doc(topic + "_" + n + half, topic, topic + half, sentences));
                }
            }
        }
        return docs;
    }

    @Test
    void theSameSeedGivesTheSameCases() {
        List<DerivationCases.Case> a = new DerivationCases(4).generate(corpus(), 3);
        List<DerivationCases.Case> b = new DerivationCases(4).generate(corpus(), 3);
        assertThat(a).hasSameSizeAs(b);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).derived().text()).isEqualTo(b.get(i).derived().text());
            assertThat(a.get(i).derived().id()).isEqualTo(b.get(i).derived().id());
        }
        assertThat(new DerivationCases(5).generate(corpus(), 3)).extracting(c -> c.derived().text())
                .isNotEqualTo(a.stream().map(c -> c.derived().text()).toList());
    }

    @Test
    void goldFollowsTheRecipe() {
        for (DerivationCases.Case c : new DerivationCases(7).generate(corpus(), 4)) {
            switch (c.recipe()) {
                case VERBATIM -> {
                    assertThat(c.kind()).isEqualTo("duplicate");
                    assertThat(c.derived().text()).isEqualTo(c.source().text());
                    if (!c.dated()) {
                        assertThat(c.direction()).isEqualTo(DerivationCases.Direction.UNDECIDED);
                    }
                }
                case INDEPENDENT -> {
                    assertThat(c.kind()).isNull();
                    assertThat(c.derived().text()).isNotEqualTo(c.source().text());
                }
                case PARTIAL -> assertThat(c.kind()).isEqualTo("partial");
                default -> assertThat(c.kind()).isEqualTo("rewrite");
            }
            if (c.dated() && c.kind() != null && c.source().published().lastDay().isBefore(c.derived().published().firstDay())) {
                assertThat(c.direction()).isEqualTo(DerivationCases.Direction.SOURCE_FIRST);
            }
            if (!c.dated()) {
                assertThat(c.source().published()).isNull();
                assertThat(c.derived().published()).isNull();
            }
        }
    }

    @Test
    void synonymRewriteChangesWordsButKeepsNamesAndNumbers() {
        DerivationCases cases = new DerivationCases(1);
        String s = "Mayor Ilsa Vorn said the council would review the large increase in costs of 42 projects.";
        String rewritten = cases.synonymRewrite(s, 1.0);
        assertThat(rewritten).isNotEqualTo(s).contains("Mayor Ilsa Vorn").contains("42");
    }

    @Test
    void sharedRunsOfWordsMarkCopies() {
        assertThat(DerivationCases.sharesRun(List.of("one two three four five six seven eight nine"),
                List.of("zero one two three four five six seven eight"))).isTrue();
        assertThat(DerivationCases.sharesRun(List.of("one two three four five six seven eight nine"),
                List.of("one two three four five six seven nine eight"))).isFalse();
    }
}
