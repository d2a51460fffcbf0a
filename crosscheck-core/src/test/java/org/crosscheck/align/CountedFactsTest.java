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
 * Counts of one fact compared across a story's articles, wherever they stand and however the
 * sentences are worded, on articles read by the claim extractor.
 */
class CountedFactsTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();
    private static final ClaimAligner ALIGNER = new ClaimAligner(new SentenceEmbedder(), new WordNetLexicon(), AlignmentSettings.defaults());
    private static final PartialDate SUNDAY = PartialDate.of(LocalDate.of(2025, 3, 16));

    private static List<Conflict> conflicts(String first, String second) {
        List<Article> articles = List.of(
                new Article("gazette", "gazette.txt", null, null, null, SUNDAY, "Kestrel Gazette", "en", first),
                new Article("post", "post.txt", null, null, null, SUNDAY, "Fenwick Post", "en", second));
        List<Claim> claims = EXTRACTOR.extract(articles).claims();
        return ALIGNER.align(claims, WitnessGroups.of(List.of("gazette", "post"), List.of())).conflicts();
    }

    private static List<String> numberValues(List<Conflict> conflicts) {
        return conflicts.stream().filter(c -> c.kind() == ConflictKind.NUMBER)
                .flatMap(c -> c.sides().stream().map(ConflictSide::value)).toList();
    }

    @Test
    void findsTwoCountsOfTheInjuredInSentencesWordedApart() {
        List<Conflict> found = conflicts("""
                A landslide struck the village of Morrow Vale on Sunday, injuring five people and damaging a school.

                The district governor said the slope had been unstable for weeks.""", """
                Heavy rain loosened the hillside above Morrow Vale early on Sunday.

                The regional radio said the landslide in Morrow Vale had injured two people.""");
        assertThat(numberValues(found)).anyMatch(v -> v.startsWith("5")).anyMatch(v -> v.startsWith("2"));
    }

    @Test
    void findsTwoTermsServedWrittenInDifferentSentences() {
        List<Conflict> found = conflicts("""
                Aldo Brenner, the former treasurer of the Vessly rowing club, was convicted of fraud in 2011.

                Brenner later served four months in a federal prison for perjury.""", """
                The rowing club's former treasurer, Aldo Brenner, has died at his home in Vessly.

                He served five months in prison.""");
        assertThat(numberValues(found)).anyMatch(v -> v.startsWith("four")).anyMatch(v -> v.startsWith("five"));
    }

    @Test
    void findsTwoCountsOfDestroyedVillagesWordedApart() {
        List<Conflict> found = conflicts("""
                A landslide struck the Morrow Vale district on Sunday, leveling seven villages and killing four people.""", """
                The district governor said three villages had been destroyed by the landslide in Morrow Vale.""");
        assertThat(numberValues(found)).anyMatch(v -> v.startsWith("7")).anyMatch(v -> v.startsWith("3"));
    }

    @Test
    void findsCountsPlacedAtAFinerAndACoarserNameOfOnePlace() {
        List<Conflict> found = conflicts("""
                A strong earthquake has leveled seven villages in southern Ostland, officials said on Sunday.""", """
                The governor of Pellis Island told the radio that four villages had been destroyed in the earthquake on Sunday.

                Pellis Island, off southern Ostland, is home to fishing villages and a small port.""");
        assertThat(numberValues(found)).anyMatch(v -> v.startsWith("7")).anyMatch(v -> v.startsWith("4"));
    }

    @Test
    void leavesGoalsOfTwoPlayersAlone() {
        List<Conflict> found = conflicts("""
                Petra Lund scored two goals as the Harriers beat Olmsby on Saturday.""", """
                The Harriers beat Olmsby 4-1 on Saturday; Ida Berg scored three goals.""");
        assertThat(numberValues(found)).isEmpty();
    }

    @Test
    void leavesTalliesOfUnnamedPlayersAlone() {
        List<Conflict> found = conflicts("""
                The 23-year-old finished his third season with the Harriers with 404 yards rushing, scoring two touchdowns on the ground.""", """
                He scored six touchdowns on offense for the Harriers and added three more on punt returns.""");
        assertThat(numberValues(found)).isEmpty();
    }

    @Test
    void leavesCountsOfDifferentHappeningsAlone() {
        List<Conflict> found = conflicts("""
                A landslide struck the village of Morrow Vale on Sunday, killing three people.""", """
                Heavy rain loosened the hillside above Morrow Vale on Sunday, and the slide injured twelve people.""");
        assertThat(numberValues(found)).isEmpty();
    }

    @Test
    void leavesMeasuresOfAGameStoryAlone() {
        List<Conflict> found = conflicts("""
                The Harriers beat Olmsby 3-1 on Saturday as their captain Petra Lund ran 12 kilometres.

                In the first half alone, Lund ran 7 kilometres.""", """
                Olmsby lost at home to the Harriers, whose captain Petra Lund ran 9 kilometres in the second half.""");
        assertThat(numberValues(found)).isEmpty();
    }

    @Test
    void leavesStatisticsOfAGameAndACareerAlone() {
        List<Conflict> found = conflicts("""
                Tomas Brandt finished his team's victory over Olmsby with 25 points and 16 rebounds, both career highs.""", """
                In 113 career games before Thursday, the forward Tomas Brandt has logged 20.2 points and 8.6 rebounds a game.""");
        assertThat(numberValues(found)).isEmpty();
    }

    @Test
    void leavesCountsOfDifferentThingsThatAreBothFirstAlone() {
        List<Conflict> found = conflicts("""
                Petra Lund completed her first 17 passes as the Harriers beat Olmsby on Sunday.""", """
                The Harriers scored on their first two drives against Olmsby on Sunday and never looked back.""");
        assertThat(numberValues(found)).isEmpty();
    }

    @Test
    void leavesACountDatedToAnotherOccasionAlone() {
        List<Conflict> found = conflicts("""
                A landslide struck Morrow Vale on March 16, injuring five people.

                In January, a landslide in the same valley injured 40 people.""", """
                Heavy rain loosened the hillside above Morrow Vale on March 16.

                The regional radio said the landslide had injured five people.""");
        assertThat(numberValues(found)).isEmpty();
    }

    @Test
    void leavesKindsOfPersonsAlone() {
        List<Conflict> found = conflicts("""
                A landslide struck the village of Morrow Vale on Sunday, killing three people.""", """
                Two women were killed when the landslide struck Morrow Vale on Sunday.""");
        assertThat(numberValues(found)).isEmpty();
    }

    @Test
    void leavesAPartAndAnEarlierOccasionAlone() {
        List<Conflict> found = conflicts("""
                A landslide struck the village of Morrow Vale on Sunday, injuring six people.""", """
                Three other people were injured by falling rocks on the road to Morrow Vale.

                In 2019, a landslide in the same valley injured 40 people.""");
        assertThat(numberValues(found)).isEmpty();
    }
}
