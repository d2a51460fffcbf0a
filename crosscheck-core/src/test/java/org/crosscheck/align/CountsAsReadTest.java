package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimExtractor;
import org.crosscheck.extract.Article;
import org.crosscheck.language.SentenceEmbedder;
import org.crosscheck.language.WordNetLexicon;
import org.crosscheck.provenance.WitnessGroups;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Counts of the injured and the dead read as a reader reads them, on articles read by the claim
 * extractor: which count is the whole of what its predicate speaks of and which is only a part.
 */
class CountsAsReadTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();
    private static final ClaimAligner ALIGNER = new ClaimAligner(new SentenceEmbedder(), new WordNetLexicon(), AlignmentSettings.defaults());
    private static final PartialDate SUNDAY = PartialDate.of(LocalDate.of(2025, 3, 16));

    private static List<Conflict> numberConflicts(String... texts) {
        List<Article> articles = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            articles.add(new Article("outlet" + i, "outlet" + i + ".txt", null, null, null, SUNDAY, "Outlet " + i, "en", texts[i]));
        }
        List<Claim> claims = EXTRACTOR.extract(articles).claims();
        return ALIGNER.align(claims, WitnessGroups.of(articles.stream().map(Article::id).toList(), List.of())).conflicts()
                .stream().filter(c -> c.kind() == ConflictKind.NUMBER).toList();
    }

    private static List<String> numberValues(String first, String second) {
        return numberConflicts(first, second).stream().flatMap(c -> c.sides().stream().map(ConflictSide::value)).toList();
    }

    @Test
    void otherSetIsTheWholeCountBesideACountOfAnotherHappening() {
        List<String> wounded = numberValues("""
                An earthquake struck the island of Varnholm on Sunday, killing 12 people and wounding other 70, officials said.""", """
                Rescue teams searched the ruins of Varnholm after Sunday's earthquake.

                The island's governor said 40 people were injured in the earthquake.""");
        assertThat(wounded).anyMatch(v -> v.startsWith("70")).anyMatch(v -> v.startsWith("40"));
        // killing leads to death: the three who died in hospital are more of the dead, a part of the nine
        List<String> dead = numberValues("""
                The Tolvik ferry capsized on Sunday; two passengers were killed and three other people died in hospital.""", """
                Nine people died after the Tolvik ferry capsized on Sunday, the coast guard said.""");
        assertThat(dead).isEmpty();
    }

    @Test
    void theCountAfterSomeOfTheIsTheWholeOfIt() {
        List<String> values = numberValues("""
                A gas blast tore through the Delm market on Sunday.

                The mayor said 30 of the 80 wounded remained in hospital after the blast.""", """
                The gas blast in the Delm market on Sunday wounded 45 people, the mayor said.""");
        assertThat(values).anyMatch(v -> v.startsWith("80")).anyMatch(v -> v.startsWith("45"))
                .noneMatch(v -> v.startsWith("30"));
    }

    @Test
    void aCountOfTheHurtIsACountOfTheInjured() {
        List<String> values = numberValues("""
                A gas blast tore through a market in Delm on Sunday. Four people were killed and about 50 hurt.""", """
                A gas blast in a crowded Delm market on Sunday killed four people and injured 90, the city's mayor said.""");
        assertThat(values).anyMatch(v -> v.startsWith("50")).anyMatch(v -> v.startsWith("90"));
    }

    @Test
    void aCountOfWhomThePredicateNamesSidesWithTheSameCountOfPersons() {
        List<Conflict> found = numberConflicts("""
                By the end of the night in Harwick, 46 people had been arrested.""", """
                As fights broke out in Harwick, 46 were arrested on Wednesday night.""", """
                The Harwick police said one person was arrested for disorderly conduct on Wednesday night.""");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).sides()).hasSize(2)
                .anySatisfy(side -> assertThat(side.articleIds()).containsExactlyInAnyOrder("outlet0", "outlet1"));
    }

    @Test
    void oneKilledAndTwoOthersInjuredAreThreeShot() {
        assertThat(numberValues("""
                A gunman shot three people at the Orlen office building on Monday morning, police said.""", """
                A man shot to death one person and injured two others on Monday at the Orlen office building, police said."""))
                .isEmpty();
    }

    @Test
    void thoseShotAndKilledArePartOfThoseShot() {
        assertThat(numberValues("""
                Hollis then shot the three victims at the Brisk plant on Thursday, according to police.""", """
                Two, she shot and killed there in the room at the Brisk plant on Thursday.""")).isEmpty();
        assertThat(numberValues("""
                The clerk who allegedly shot three co-workers at the Brisk plant on Thursday has been charged with murder.""", """
                The clerk who allegedly shot and killed two co-workers at the Brisk plant on Thursday has been charged with murder."""))
                .isEmpty();
        // those killed counted against those killed: a disagreement
        assertThat(numberValues("""
                The clerk who allegedly killed three co-workers at the Brisk plant on Thursday has been charged with murder.""", """
                The clerk who allegedly shot and killed two co-workers at the Brisk plant on Thursday has been charged with murder."""))
                .anyMatch(v -> v.startsWith("3")).anyMatch(v -> v.startsWith("2"));
    }
}
