package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * Numbers an article itself tells apart are not set against another outlet's: a later value of a
 * fact the article has already counted (an earlier quake's toll), and a sentence that states both
 * numbers (a part beside its whole, one list in two orders).
 */
class ArticleAccountsTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();
    private static final ClaimAligner ALIGNER = new ClaimAligner(new SentenceEmbedder(), new WordNetLexicon(), AlignmentSettings.defaults());

    private static List<Conflict> conflicts(String... texts) {
        List<Article> articles = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            ids.add("outlet" + i);
            articles.add(new Article("outlet" + i, "outlet" + i + ".txt", null, null, null, null, "Outlet " + i, "en", texts[i]));
        }
        List<Claim> claims = EXTRACTOR.extract(articles).claims();
        return ALIGNER.align(claims, WitnessGroups.of(ids, List.of())).conflicts();
    }

    private static List<String> numberValues(List<Conflict> conflicts) {
        return conflicts.stream().filter(c -> c.kind() == ConflictKind.NUMBER)
                .flatMap(c -> c.sides().stream().map(ConflictSide::value)).toList();
    }

    @Test
    void leavesAnEarlierQuakesTollOutOfTheStorysToll() {
        List<Conflict> found = conflicts("""
                A strong earthquake struck Varn island on Sunday, killing 10 people and flattening six villages.

                The last major quake in the region was in March, when a tremor rocked the mining town of Olstad.

                It killed 412 people and injured more than 900, leaving thousands homeless.""", """
                The governor of Varn island said three people were killed in the earthquake on Sunday.""", """
                An earthquake killed 10 people on Varn island on Sunday, officials said.""");
        assertThat(numberValues(found)).noneMatch(v -> v.startsWith("412"))
                .anyMatch(v -> v.startsWith("3")).anyMatch(v -> v.startsWith("10"));
    }

    @Test
    void leavesEveryCountOfAnEarlierQuakesSentenceOut() {
        List<Conflict> found = conflicts("""
                A strong earthquake struck Varn island on Sunday, killing 10 people.

                The last major quake in the region was in March, when a tremor rocked the mining town of Olstad.

                It killed 412 people and injured more than 1,300, leaving thousands homeless.""", """
                The earthquake on Varn island on Sunday killed 10 people and injured 50, leaving hundreds homeless.""");
        assertThat(numberValues(found)).noneMatch(v -> v.contains("1300") || v.contains("1,300"));
    }

    @Test
    void leavesAQuakeElsewhereOutEvenWhereItsTollIsABoundTheFirstSatisfies() {
        List<Conflict> found = conflicts("""
                An earthquake struck Varn island on Sunday, killing at least 10 people.

                On Saturday, more than a dozen people were killed by a quake in the far north of Olstad province.""", """
                The governor of Varn island said three people were killed in the earthquake on Sunday.""");
        assertThat(numberValues(found)).noneMatch(v -> v.startsWith("12") || v.contains("dozen"))
                .anyMatch(v -> v.startsWith("3"));
    }

    @Test
    void leavesAnEarlierQuakesMagnitudeOutOfTheStorysMagnitude() {
        List<Conflict> found = conflicts("""
                A 5.6 magnitude earthquake hit Varn island on Sunday, injuring four people.

                A stronger quake with a magnitude of 6.1 struck the mainland near Olstad in September, killing seven people.""", """
                An earthquake with a magnitude of 5.6 shook Varn island on Sunday and damaged houses in two villages.""");
        assertThat(numberValues(found)).isEmpty();
    }

    @Test
    void comparesTwoOutletsRecallingOneEarlierQuake() {
        List<Conflict> found = conflicts("""
                An earthquake struck Varn island on Sunday, injuring five people and damaging houses.

                A powerful quake with a magnitude of 6.0 struck the mainland near Olstad in September, killing at least seven people and injuring 40 people.""", """
                An earthquake shook Varn island on Sunday and injured two people.

                A powerful quake with a magnitude of 6.0 struck the mainland near Olstad in September, killing at least seven people and injuring 55 people.""");
        assertThat(numberValues(found)).anyMatch(v -> v.startsWith("40")).anyMatch(v -> v.startsWith("55"))
                .anyMatch(v -> v.startsWith("5 ")).anyMatch(v -> v.startsWith("2 "));
    }

    @Test
    void leavesTwoRecalledQuakesWithNothingNamedInCommonApart() {
        List<Conflict> found = conflicts("""
                An earthquake killed ten people on Varn island on Sunday.

                It was the deadliest quake in the region since 2005. It killed 612 people and injured more than 1,400, leveling several villages.""", """
                An earthquake killed ten people on Varn island on Sunday, officials said.

                On Saturday, more than a dozen people were killed by a quake in eastern Lanmar.""");
        assertThat(numberValues(found)).noneMatch(v -> v.startsWith("612") || v.startsWith("12") || v.contains("dozen"));
    }

    @Test
    void comparesTwoUnlikeAccountsOfAnEarlierQuakeThatNameItsMonth() {
        List<Conflict> found = conflicts("""
                An earthquake struck Varn island on Sunday, injuring five people.

                A powerful quake with a magnitude of 6.1 struck the mainland near Olstad in September, killing at least seven people and injuring 40, 15 of them on Varn.""", """
                An earthquake shook Varn island on Sunday and injured five people.

                That temblor killed at least six people, injured almost 50 and caused heavy damage to houses in September.""");
        assertThat(numberValues(found)).anyMatch(v -> v.startsWith("40")).anyMatch(v -> v.startsWith("50"));
    }

    @Test
    void readsAPartBesideItsWholeInOneSentence() {
        List<Conflict> found = conflicts("""
                The clerk who allegedly shot three co-workers, killing two, at the Brannock mill on Thursday has been charged with murder.""", """
                The trial of a mill clerk who allegedly shot and killed two co-workers at the Brannock mill opens on Monday.""");
        assertThat(numberValues(found)).isEmpty();
    }

    @Test
    void readsPartsThatAddUpToTheOtherCount() {
        List<Conflict> found = conflicts("""
                Marine commandos boarded the smugglers' boats near Cape Ardel and seized seven assault rifles, two other rifles and a radio.""", """
                Nine assault rifles and a radio were seized from the smugglers' boats near Cape Ardel, the coast guard said.""");
        assertThat(numberValues(found)).isEmpty();
    }

    @Test
    void keepsALengthWhoseConversionInTheSameSentenceIsTheOtherOutletsValue() {
        List<Conflict> found = conflicts("""
                The new Ardel cable is 40,000 kilometres (25,000 miles) long and links 33 countries, its operator said.""", """
                The new Ardel cable is 120,000 kilometres (25,000 miles) long and links 33 countries, its operator said.""");
        assertThat(numberValues(found)).anyMatch(v -> v.startsWith("40,000") || v.startsWith("40000"))
                .anyMatch(v -> v.startsWith("120,000") || v.startsWith("120000"));
    }

    @Test
    void readsOneListInTwoOrders() {
        List<Conflict> found = conflicts("""
                The constable, who married in May, is survived by his wife and two sons, ages 6 and 15, the sheriff said.""", """
                The constable is also survived by two sons, ages 15 and 6.""");
        assertThat(numberValues(found)).isEmpty();
    }

    @Test
    void keepsCountsOfTheInjuredBesideAnotherCountWithTheSameNumber() {
        List<Conflict> found = conflicts("""
                Police said 14 people were injured in the riots in Ostrava Square.""", """
                Police said 19 people had been injured in the riots in Ostrava Square and 14 arrested for carrying weapons.""");
        assertThat(numberValues(found)).anyMatch(v -> v.startsWith("14")).anyMatch(v -> v.startsWith("19"));
    }
}
