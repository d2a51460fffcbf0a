package org.crosscheck.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.language.CoreNlpAnnotator;
import org.crosscheck.language.Lexicon;
import org.crosscheck.language.WordNetLexicon;
import org.junit.jupiter.api.Test;

class ConflictCasesTest {

    private static final String[][] PEOPLE = {{"Ilsa Vorn", "Teodor Marsh"}, {"Petra Aalund", "Oren Falk"}};
    private static final String[][] PLACES = {{"Holmgate", "Brisk"}, {"Tarnow", "Ellery"}};
    private static final WordNetLexicon LEXICON = new WordNetLexicon();

    /** Invented articles: two topics, two events each, one article per event. */
    private static List<EcbPlusCorpus.Doc> corpus() {
        List<EcbPlusCorpus.Doc> docs = new ArrayList<>();
        for (int topic = 1; topic <= 2; topic++) {
            for (String half : List.of("ecb", "ecbplus")) {
                int e = half.equals("ecb") ? 0 : 1;
                String person = PEOPLE[topic - 1][e];
                String place = PLACES[topic - 1][e];
                Map<Integer, String> s = new TreeMap<>();
                s.put(0, "Storm news from " + place);
                s.put(1, "A storm damaged 230 homes in " + place + " on Tuesday, officials said.");
                s.put(2, "Mayor " + person + " opened an emergency shelter in " + place + " on February 18, 2011.");
                s.put(3, "Rescue crews won the race against the rising water overnight.");
                s.put(4, "Police arrested 14 looters near the harbour.");
                s.put(5, "The council will meet again in March to plan the repairs.");
                docs.add(new EcbPlusCorpus.Doc(topic + "_1" + half, topic, topic + half, s));
            }
        }
        return docs;
    }

    private static ConflictCases.Generated generate(long seed) {
        return new ConflictCases(seed, new CoreNlpAnnotator(), LEXICON, 10).generate(corpus(), 1, 2);
    }

    @Test
    void theSameSeedGivesTheSameCases() {
        List<ConflictCases.Case> a = generate(5).cases();
        List<ConflictCases.Case> b = generate(5).cases();
        assertThat(a).isNotEmpty();
        assertThat(a).hasSameSizeAs(b);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).id()).isEqualTo(b.get(i).id());
            assertThat(a.get(i).derived().text()).isEqualTo(b.get(i).derived().text());
            assertThat(a.get(i).source().text()).isEqualTo(b.get(i).source().text());
        }
    }

    @Test
    void everyKindIsPlantedAndChangesOnlyItsSlotInOneSentence() {
        ConflictCases.Generated g = generate(3);
        Set<ConflictCases.Kind> kinds = new HashSet<>();
        for (ConflictCases.Case c : g.cases()) {
            if (c.kind() == null) {
                continue;
            }
            kinds.add(c.kind());
            assertThat(c.source().published()).isEqualTo(c.derived().published());
            assertThat(c.source().text()).contains(c.sourceSentence());
            assertThat(c.derived().text()).contains(c.derivedSentence());
            assertThat(c.derived().text()).isEqualTo(c.source().text().replace(c.sourceSentence(), c.derivedSentence()));
            List<String> gone = diff(c.sourceSentence(), c.derivedSentence());
            List<String> added = diff(c.derivedSentence(), c.sourceSentence());
            switch (c.kind()) {
                case DATE -> assertThat(String.join(" ", gone)).matches("January|February|March|April|May|June|July|August"
                        + "|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\\d{1,2}");
                case NUMBER -> assertThat(String.join(" ", gone)).matches("\\d+");
                case PERSON, PLACE -> {
                    assertThat(gone).isNotEmpty();
                    assertThat(added).isNotEmpty();
                    assertThat(capitalised(gone)).isTrue();
                    assertThat(capitalised(added)).isTrue();
                }
                case NEGATION -> assertThat(count(c.sourceSentence(), "not")).isNotEqualTo(count(c.derivedSentence(), "not"));
                case ANTONYM -> {
                    assertThat(gone).hasSize(1);
                    assertThat(added).hasSize(1);
                    assertThat(LEXICON.areAntonyms(gone.get(0), added.get(0), Lexicon.PartOfSpeech.VERB)).isTrue();
                }
                default -> throw new IllegalStateException();
            }
        }
        assertThat(kinds).containsExactlyInAnyOrder(ConflictCases.Kind.values());
    }

    @Test
    void harmlessRewritesKeepEveryNameNumberAndMonth() {
        List<ConflictCases.Case> harmless = generate(4).cases().stream().filter(c -> c.kind() == null).toList();
        assertThat(harmless).hasSize(2);
        for (ConflictCases.Case c : harmless) {
            assertThat(c.derived().text()).isNotEqualTo(c.source().text());
            Set<String> source = new HashSet<>(words(c.source().text()));
            for (String w : words(c.derived().text())) {
                if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) {
                    assertThat(source).as(c.recipe()).contains(w);
                }
            }
            assertThat(count(c.derived().text(), "not")).isEqualTo(count(c.source().text(), "not"));
        }
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}\\d]+").matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static List<String> diff(String a, String b) {
        List<String> wb = words(b);
        return words(a).stream().filter(w -> !wb.contains(w)).toList();
    }

    private static boolean capitalised(List<String> words) {
        return words.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)));
    }

    private static int count(String s, String word) {
        return (int) words(s).stream().filter(word::equalsIgnoreCase).count();
    }
}
