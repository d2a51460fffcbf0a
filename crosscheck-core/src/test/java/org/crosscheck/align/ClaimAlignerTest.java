package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.align.TestClaim.claim;

import java.util.List;
import java.util.Set;
import org.crosscheck.claims.Claim;
import org.crosscheck.language.SentenceEmbedder;
import org.crosscheck.language.WordNetLexicon;
import org.crosscheck.provenance.ReuseKind;
import org.crosscheck.provenance.ReuseLink;
import org.crosscheck.provenance.WitnessGroups;
import org.junit.jupiter.api.Test;

class ClaimAlignerTest {

    private static final ClaimAligner ALIGNER = new ClaimAligner(new SentenceEmbedder(), new WordNetLexicon(), AlignmentSettings.defaults());

    private static Alignment align(List<Claim> claims) {
        Set<String> articles = new java.util.LinkedHashSet<>();
        claims.forEach(c -> articles.add(c.articleId()));
        return ALIGNER.align(claims, WitnessGroups.of(articles, List.of()));
    }

    private static ClaimGroup groupOf(Alignment a, String claimId) {
        return a.groups().stream().filter(g -> g.claims().stream().anyMatch(c -> c.id().equals(claimId)))
                .findFirst().orElseThrow();
    }

    @Test
    void groupsParaphrasesFromTwoArticles() {
        Claim a = claim("a1", "A", "The city closed the Kessler bridge to traffic after engineers found deep cracks in its pillars.")
                .slots("The city", "close", "the Kessler bridge").build();
        Claim b = claim("b1", "B", "Engineers found deep cracks in the pillars, and the city shut the Kessler bridge to traffic.")
                .slots("the city", "shut", "the Kessler bridge").build();
        Alignment result = align(List.of(a, b));
        assertThat(result.groups()).hasSize(1);
        ClaimGroup g = result.groups().get(0);
        assertThat(g.sources()).isEqualTo(2);
        assertThat(g.independentSources()).isEqualTo(2);
        assertThat(g.status()).isEqualTo(ClaimStatus.CORROBORATED);
        assertThat(g.id()).startsWith("g-");
        assertThat(result.conflicts()).isEmpty();
    }

    @Test
    void countsACopyAsOneWitness() {
        Claim a = claim("a1", "A", "The city closed the Kessler bridge to traffic after engineers found deep cracks in its pillars.")
                .slots("The city", "close", "the Kessler bridge").build();
        Claim b = claim("b1", "B", "The city closed the Kessler bridge to traffic after engineers found deep cracks in the pillars.")
                .slots("The city", "close", "the Kessler bridge").build();
        WitnessGroups copies = WitnessGroups.of(List.of("A", "B"), List.of(new ReuseLink("A", "B", ReuseKind.REWRITE, 0.9)));
        Alignment result = ALIGNER.align(List.of(a, b), copies);
        assertThat(result.groups()).hasSize(1);
        ClaimGroup g = result.groups().get(0);
        assertThat(g.sources()).isEqualTo(2);
        assertThat(g.independentSources()).isEqualTo(1);
        assertThat(g.status()).isEqualTo(ClaimStatus.SINGLE_SOURCE);
    }

    @Test
    void corroboratesAFactStatedByThreeIndependentOutlets() {
        Claim a = claim("a1", "A", "Mayor Ingrid Halvorsen opened the new harbour ferry terminal on Saturday.")
                .slots("Mayor Ingrid Halvorsen", "open", "the new harbour ferry terminal").person("Ingrid Halvorsen", "Ingrid Halvorsen")
                .date("Saturday", "2024-05-11").build();
        Claim b = claim("b1", "B", "On Saturday the new ferry terminal at the harbour was opened by Mayor Halvorsen.")
                .slots("Mayor Halvorsen", "open", "the new ferry terminal").person("Mayor Halvorsen", "Ingrid Halvorsen")
                .date("Saturday", "2024-05-11").build();
        Claim c = claim("c1", "C", "Ingrid Halvorsen, the mayor, opened the harbour's new ferry terminal in May.")
                .slots("Ingrid Halvorsen", "open", "the harbour's new ferry terminal").person("Ingrid Halvorsen", "Ingrid Halvorsen")
                .date("May", "2024-05").build();
        Alignment result = align(List.of(a, b, c));
        assertThat(result.groups()).hasSize(1);
        assertThat(result.groups().get(0).independentSources()).isEqualTo(3);
        assertThat(result.groups().get(0).status()).isEqualTo(ClaimStatus.CORROBORATED);
        assertThat(result.conflicts()).as("a finer date is not a conflict").isEmpty();
    }

    @Test
    void leavesUnrelatedClaimsInGroupsOfOne() {
        Claim a = claim("a1", "A", "The Kessler bridge was closed after engineers found cracks.")
                .slots("engineers", "find", "cracks").build();
        Claim b = claim("b1", "B", "The local football club won its third match of the season.")
                .slots("The local football club", "win", "its third match").build();
        Alignment result = align(List.of(b, a));
        assertThat(result.groups()).hasSize(2);
        assertThat(result.groups().get(0).claims().get(0).id()).as("article order of the input").isEqualTo("b1");
        assertThat(result.groups()).allMatch(g -> g.status() == ClaimStatus.SINGLE_SOURCE && g.sources() == 1);
    }

    @Test
    void detectsADateConflictWithOneSidePerDate() {
        Claim a2 = claim("a2", "A2", "The Kessler bridge closed on March 4 when engineers found cracks.")
                .slots("The Kessler bridge", "close", null).date("March 4", "2024-03-04").build();
        Claim b = claim("b1", "B", "The Kessler bridge closed on March 5 after engineers found cracks.")
                .slots("The Kessler bridge", "close", null).date("March 5", "2024-03-05").build();
        Claim a1 = claim("a1", "A", "The Kessler bridge closed on March 4 after engineers found cracks.").slots("The Kessler bridge", "close", null).date("March 4", "2024-03-04").build();
        Alignment result = align(List.of(a1, a2, b));
        assertThat(result.conflicts()).hasSize(1);
        Conflict c = result.conflicts().get(0);
        assertThat(c.kind()).isEqualTo(ConflictKind.DATE);
        assertThat(c.sides()).extracting(ConflictSide::value).containsExactly("2024-03-04", "2024-03-05");
        assertThat(c.sides().get(0).articleIds()).containsExactly("A", "A2");
        assertThat(c.sides().get(1).claimIds()).containsExactly("b1");
        assertThat(c.description()).isEqualTo(
                "Outlets disagree on the date (The Kessler bridge / close): 2024-03-04 (2 articles) vs 2024-03-05 (1 article).");
        assertThat(groupOf(result, "b1").status()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(groupOf(result, "a1")).isNotEqualTo(groupOf(result, "b1"));
        assertThat(c.id()).isEqualTo(align(List.of(b, a2, a1)).conflicts().get(0).id());
    }

    @Test
    void sameDateWordsResolvedAgainstDifferentPublicationDaysAreNoConflict() {
        Claim wire = claim("a1", "A", "The mayor said the harbour would stay closed tonight while divers searched the water.")
                .slots("the harbour", "stay", null).date("tonight", "2024-03-04").build();
        Claim reprint = claim("b1", "B", "The mayor said the harbour would stay closed tonight while divers searched the water.")
                .slots("the harbour", "stay", null).date("tonight", "2024-03-05").build();

        Alignment result = align(List.of(wire, reprint));

        assertThat(result.conflicts()).isEmpty();
        assertThat(result.groups()).hasSize(1);
    }

    @Test
    void aMonthWrittenWithoutItsDayIsNoDateConflictWhereverItWasResolved() {
        Claim a = claim("a1", "A", "Varga injured his left knee against Ormsund on October 19 and missed four games.")
                .slots("Varga", "injure", "his left knee").person("Varga", "Varga").date("October 19", "2024-10-19").build();
        Claim b = claim("b1", "B", "Varga injured his left knee against Ormsund on October and missed four games.")
                .slots("Varga", "injure", "his left knee").person("Varga", "Varga").date("October", "2025-10").build();
        assertThat(align(List.of(a, b)).conflicts()).isEmpty();
    }

    @Test
    void doesNotChainGroupsThroughACoarserDate() {
        Claim a = claim("a1", "A", "The Kessler bridge closed on March 4 after engineers found cracks.")
                .slots("The Kessler bridge", "close", null).date("March 4", "2024-03-04").build();
        Claim b = claim("b1", "B", "The Kessler bridge closed in March after engineers found cracks.")
                .slots("The Kessler bridge", "close", null).date("March", "2024-03").build();
        Claim c = claim("c1", "C", "The Kessler bridge closed on March 5 after engineers found cracks.")
                .slots("The Kessler bridge", "close", null).date("March 5", "2024-03-05").build();
        Alignment result = align(List.of(a, b, c));
        assertThat(groupOf(result, "a1")).isNotEqualTo(groupOf(result, "c1"));
        assertThat(result.groups()).anyMatch(g -> g.claims().size() == 2);
        assertThat(result.conflicts()).singleElement().satisfies(conf -> {
            assertThat(conf.kind()).isEqualTo(ConflictKind.DATE);
            assertThat(conf.sides()).flatExtracting(ConflictSide::claimIds).containsExactlyInAnyOrder("a1", "c1");
        });
    }

    @Test
    void detectsANumberConflictButNotAnApproximateNumber() {
        Claim a = claim("a1", "A", "Police arrested 40 protesters outside the parliament in Vestby.")
                .slots("Police", "arrest", "40 protesters").number(40, "protesters", "40").place("Vestby").build();
        Claim b = claim("b1", "B", "Police arrested 52 protesters outside the parliament in Vestby.")
                .slots("Police", "arrest", "52 protesters").number(52, "protesters", "52").place("Vestby").build();
        Claim c = claim("c1", "C", "Police arrested about 50 protesters outside the parliament in Vestby.")
                .slots("Police", "arrest", "about 50 protesters").number(50, "protesters", "about 50").place("Vestby").build();
        Alignment result = align(List.of(a, b, c));
        assertThat(result.conflicts()).singleElement().satisfies(conf -> {
            assertThat(conf.kind()).isEqualTo(ConflictKind.NUMBER);
            assertThat(conf.sides()).extracting(ConflictSide::value).contains("40 protesters", "52 protesters");
            assertThat(conf.description()).isEqualTo(
                    "Outlets disagree on the number of protesters (Police / arrest): 40 protesters (1 article) vs 52 protesters (1 article) vs 50 protesters (1 article).");
        });
        assertThat(groupOf(result, "b1")).isEqualTo(groupOf(result, "c1"));
    }

    @Test
    void doesNotCompareNumbersThatCountDifferentThings() {
        Claim a = claim("a1", "A", "Twelve people were injured when the train derailed near Tolvik.")
                .slots(null, "injure", "Twelve people").number(12, "people", "Twelve").place("Tolvik").build();
        Claim b = claim("b1", "B", "The derailed train near Tolvik was carrying 300 tonnes of timber.")
                .slots("The derailed train", "carry", "300 tonnes of timber").number(300, "tonnes", "300").place("Tolvik").build();
        Claim c = claim("c1", "C", "Three people were killed when the train derailed near Tolvik.")
                .slots(null, "kill", "Three people").number(3, "people", "Three").place("Tolvik").build();
        Alignment result = align(List.of(a, b, c));
        assertThat(result.conflicts()).as("injured and killed are different events").isEmpty();
        assertThat(result.groups()).hasSize(3);
    }

    @Test
    void detectsAPersonConflictOnTheActor() {
        Claim a = claim("a1", "A", "Mayor Ingrid Halvorsen opened the rebuilt Kessler bridge on Friday.")
                .slots("Mayor Ingrid Halvorsen", "open", "the rebuilt Kessler bridge").person("Ingrid Halvorsen", "Ingrid Halvorsen").build();
        Claim b = claim("b1", "B", "Deputy Mayor Tomas Berg opened the rebuilt Kessler bridge on Friday.")
                .slots("Deputy Mayor Tomas Berg", "open", "the rebuilt Kessler bridge").person("Tomas Berg", "Tomas Berg").build();
        Alignment result = align(List.of(a, b));
        assertThat(result.conflicts()).singleElement().satisfies(conf -> {
            assertThat(conf.kind()).isEqualTo(ConflictKind.PERSON);
            assertThat(conf.sides()).extracting(ConflictSide::value).containsExactly("Ingrid Halvorsen", "Tomas Berg");
            assertThat(conf.sides().get(1).sentences()).containsExactly(b.sentence());
        });
        assertThat(result.groups()).hasSize(2).allMatch(g -> g.status() == ClaimStatus.DISPUTED);
    }

    @Test
    void detectsAPlaceAndAnOrganisationConflict() {
        Claim a = claim("a1", "A", "Nordvik Energy will build the new wind farm near Tolvik, the company said.")
                .slots("Nordvik Energy", "build", "the new wind farm").org("Nordvik Energy", "Nordvik Energy").place("Tolvik").build();
        Claim b = claim("b1", "B", "Nordvik Energy will build the new wind farm near Ormsund, the company said.")
                .slots("Nordvik Energy", "build", "the new wind farm").org("Nordvik Energy", "Nordvik Energy").place("Ormsund").build();
        Claim c = claim("c1", "C", "Fjellkraft will build the new wind farm near Tolvik, the company said.")
                .slots("Fjellkraft", "build", "the new wind farm").org("Fjellkraft", "Fjellkraft").place("Tolvik").build();
        Alignment result = align(List.of(a, b, c));
        assertThat(result.conflicts()).extracting(Conflict::kind).contains(ConflictKind.PLACE, ConflictKind.ORGANISATION);
        Conflict place = result.conflicts().stream().filter(x -> x.kind() == ConflictKind.PLACE).findFirst().orElseThrow();
        assertThat(place.sides()).extracting(ConflictSide::value).containsExactlyInAnyOrder("Tolvik", "Ormsund");
    }

    @Test
    void detectsAntonymousActions() {
        Claim a = claim("a1", "A", "The Vestby city council approved the plan for a new harbour tunnel.")
                .slots("The Vestby city council", "approve", "the plan for a new harbour tunnel").org("Vestby city council", "Vestby City Council").build();
        Claim b = claim("b1", "B", "The Vestby city council rejected the plan for a new harbour tunnel.")
                .slots("The Vestby city council", "reject", "the plan for a new harbour tunnel").org("Vestby city council", "Vestby City Council").build();
        Alignment result = align(List.of(a, b));
        assertThat(result.conflicts()).singleElement().satisfies(conf -> {
            assertThat(conf.kind()).isEqualTo(ConflictKind.ACTION);
            assertThat(conf.sides()).extracting(ConflictSide::value).containsExactly("approve", "reject");
        });
        assertThat(result.groups()).as("similar sentences with opposite verbs are not one fact").hasSize(2);
    }

    @Test
    void detectsNegationAndDenial() {
        Claim a = claim("a1", "A", "Ingrid Halvorsen signed the contract with Nordvik Energy.")
                .slots("Ingrid Halvorsen", "sign", "the contract with Nordvik Energy").person("Ingrid Halvorsen", "Ingrid Halvorsen").build();
        Claim b = claim("b1", "B", "Ingrid Halvorsen did not sign the contract with Nordvik Energy.")
                .slots("Ingrid Halvorsen", "sign", "the contract with Nordvik Energy").negated().person("Ingrid Halvorsen", "Ingrid Halvorsen").build();
        Claim c = claim("c1", "C", "Ingrid Halvorsen denied signing the contract with Nordvik Energy.")
                .slots("Ingrid Halvorsen", "deny", "signing the contract with Nordvik Energy").person("Ingrid Halvorsen", "Ingrid Halvorsen").build();
        Alignment result = align(List.of(a, b, c));
        assertThat(result.conflicts()).singleElement().satisfies(conf -> {
            assertThat(conf.kind()).isEqualTo(ConflictKind.NEGATION);
            assertThat(conf.sides()).extracting(ConflictSide::value).containsExactly("denied", "affirmed");
            assertThat(conf.sides().get(0).claimIds()).containsExactlyInAnyOrder("b1", "c1");
            assertThat(conf.description()).isEqualTo("Outlets disagree on whether it happened (Ingrid Halvorsen / sign / "
                    + "the contract with Nordvik Energy): denied (2 articles) vs affirmed (1 article).");
        });
    }

    @Test
    void aNegationTheParserReadsIntoOnlyOneOfTwoEquallyDenyingSentencesIsNoConflict() {
        Claim a = claim("a1", "A", "No further details of the Kessler bridge repairs were available on Friday.")
                .slots("No further details", "be", "available").negated().build();
        Claim b = claim("b1", "B", "No farther details of the Kessler bridge repairs were available on Friday.")
                .slots("No farther details", "be", "available").build();
        assertThat(align(List.of(a, b)).conflicts()).isEmpty();
    }

    @Test
    void findsNoConflictInTheSameThingSaidDifferently() {
        Claim a = claim("a1", "A", "Police arrested 40 protesters in Vestby on Tuesday.")
                .slots("Police", "arrest", "40 protesters").number(40, "protesters", "40").place("Vestby").date("Tuesday", "2024-06-04").build();
        Claim b = claim("b1", "B", "Forty protesters were apprehended by police in Vestby on June 4.")
                .slots("police", "apprehend", "Forty protesters").number(40, "protesters", "Forty").place("Vestby").date("June 4", "2024-06-04").build();
        Alignment result = align(List.of(a, b));
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.groups()).hasSize(1);
    }

    @Test
    void anEarlierOccurrenceRecalledByItsYearIsNoDateConflict() {
        Claim a = claim("a1", "A", "Milan Varga stopped Dario Holm in the sixth round to keep his title on Saturday night.")
                .slots("Milan Varga", "stop", "Dario Holm").person("Milan Varga", "Milan Varga").person("Dario Holm", "Dario Holm")
                .date("Saturday night", "2024-03-02").build();
        Claim b = claim("b1", "B", "In 2019, Varga stopped Holm in the 11th round.")
                .slots("Varga", "stop", "Holm").person("Varga", "Milan Varga").person("Holm", "Dario Holm")
                .date("2019", "2019").build();
        assertThat(align(List.of(a, b)).conflicts()).isEmpty();
    }

    @Test
    void findsNoConflictBetweenDifferentEventsOfOneStory() {
        Claim a = claim("a1", "A", "The Kessler bridge closed on March 4 after engineers found cracks.")
                .slots("The Kessler bridge", "close", null).date("March 4", "2024-03-04").build();
        Claim b = claim("b1", "B", "The Kessler bridge will reopen on April 20 after repairs.")
                .slots("The Kessler bridge", "reopen", null).date("April 20", "2024-04-20").build();
        Claim c = claim("c1", "C", "The council will vote again on the repair budget on Friday.")
                .slots("The council", "vote", null).date("Friday", "2024-03-08").build();
        Claim d = claim("d1", "D", "The council voted on the repair budget on Monday.")
                .slots("The council", "vote", null).date("Monday", "2024-03-04").build();
        Alignment result = align(List.of(a, b, c, d));
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.groups()).hasSize(4);
    }

    @Test
    void theSameLongQuotationGivenToTwoPeopleIsAnAttributionConflict() {
        String quote = "\"Not one of the crew left the ship before the passengers did,\" ";
        Claim a = claim("a1", "A", quote + "Cardew told reporters on the quay.")
                .slots("one", "leave", "the ship").negated().saidBy("Ilse Cardew", "told").person("Cardew", "Ilse Cardew").build();
        Claim b = claim("b1", "B", quote + "Ewan Cardew told the Herald.")
                .slots("one", "leave", "the ship").negated().saidBy("Ewan Cardew", "told").person("Ewan Cardew", "Ewan Cardew").build();
        Claim c = claim("c1", "C", quote + "Ilse Cardew said.")
                .slots("one", "leave", "the ship").negated().saidBy("Ilse Cardew", "said").person("Ilse Cardew", "Ilse Cardew").build();

        Alignment result = align(List.of(a, b, c));

        assertThat(result.conflicts()).singleElement().satisfies(conf -> {
            assertThat(conf.kind()).isEqualTo(ConflictKind.PERSON);
            assertThat(conf.sides()).extracting(ConflictSide::value).containsExactly("Ilse Cardew", "Ewan Cardew");
            assertThat(conf.sides().get(0).articleIds()).containsExactly("A", "C");
            assertThat(conf.description()).startsWith("Outlets disagree on who said it");
        });
    }

    @Test
    void twoPeopleSayingTheSameThingOrAShortQuoteAreNoConflict() {
        Claim a = claim("a1", "A", "The bridge was unsafe, Ingrid Halvorsen said.")
                .slots("The bridge", "be", "unsafe").saidBy("Ingrid Halvorsen", "said").person("Ingrid Halvorsen", "Ingrid Halvorsen").build();
        Claim b = claim("b1", "B", "The bridge was unsafe, Tomas Berg said.")
                .slots("The bridge", "be", "unsafe").saidBy("Tomas Berg", "said").person("Tomas Berg", "Tomas Berg").build();
        Claim c = claim("c1", "C", "\"We are devastated,\" Ingrid Halvorsen said.")
                .slots("We", "be", "devastated").saidBy("Ingrid Halvorsen", "said").person("Ingrid Halvorsen", "Ingrid Halvorsen").build();
        Claim d = claim("d1", "D", "\"We are devastated,\" Tomas Berg said.")
                .slots("We", "be", "devastated").saidBy("Tomas Berg", "said").person("Tomas Berg", "Tomas Berg").build();

        Alignment result = align(List.of(a, b, c, d));

        assertThat(result.conflicts()).isEmpty();
        assertThat(groupOf(result, "a1").claims()).extracting(Claim::id).containsExactly("a1", "b1");
    }

    @Test
    void aPlaceAndTheWiderPlaceTheStoryNamesItInAreNoConflict() {
        Claim a = claim("a1", "A", "The earthquake destroyed forty homes in Dargan on Monday, officials said.")
                .slots("The earthquake", "destroy", "forty homes").place("Dargan").build();
        Claim b = claim("b1", "B", "The earthquake destroyed forty homes in Hormel on Monday, officials said.")
                .slots("The earthquake", "destroy", "forty homes").place("Hormel").build();
        Claim both = claim("a2", "A", "Dargan is a fishing village in the hills of Hormel, near the coast.")
                .at(200).slots("Dargan", "be", "a fishing village").place("Dargan").place("Hormel").build();
        assertThat(align(List.of(a, b)).conflicts()).as("nothing says how the two relate")
                .anySatisfy(c -> assertThat(c.kind()).isEqualTo(ConflictKind.PLACE));
        assertThat(align(List.of(a, b, both)).conflicts()).noneMatch(c -> c.kind() == ConflictKind.PLACE);
    }

    @Test
    void comparesTheClaimsOfOneArticleWithNoOtherClaimOfIt() {
        // a long article alone: its claims are never set against each other, so the work grows
        // with its claims, not with their pairs (all pairs: 150 * 151 / 2 = 11,325 cosines)
        java.util.List<Claim> claims = new java.util.ArrayList<>();
        for (int i = 0; i < 150; i++) {
            claims.add(claim("a" + i, "A", "The Tolvik council counted " + (10 + i) + " flooded cellars in street number " + i + ".")
                    .at(100 * i).slots("The Tolvik council", "count", (10 + i) + " flooded cellars").build());
        }
        claims.add(claim("b1", "B", "The Tolvik council counted 12 flooded cellars in street number 2.")
                .slots("The Tolvik council", "count", "12 flooded cellars").build());
        ClaimAligner aligner = new ClaimAligner(new SentenceEmbedder(), new WordNetLexicon(), AlignmentSettings.defaults());

        Alignment alone = aligner.align(claims.subList(0, 150), WitnessGroups.of(List.of("A"), List.of()));
        long aloneCosines = aligner.cosinesComputed();
        Alignment withOther = aligner.align(claims, WitnessGroups.of(List.of("A", "B"), List.of()));
        long pairedCosines = aligner.cosinesComputed() - aloneCosines;

        assertThat(alone.groups()).hasSize(150);
        assertThat(aloneCosines).as("one cosine per claim, for its own group").isLessThanOrEqualTo(150);
        assertThat(pairedCosines).as("each claim of A against B's one claim, and the groups").isLessThan(2 * 151 + 10);
        assertThat(groupOf(withOther, "b1").claims()).extracting(Claim::id).contains("a2", "b1");
    }

    @Test
    void readsAnArticlesOwnAccountsOnlyWhenANumberOfItIsDisputed() {
        // 120 counts of different things in one article: telling its updates apart compares each
        // value with the article's earlier ones (120 * 119 / 2 = 7,140 pairs), needed only when
        // another article disputes one of its numbers
        java.util.List<Claim> claims = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String thing = "crate" + (char) ('a' + i / 26) + (char) ('a' + i % 26);
            claims.add(claim("a" + i, "A", "The harbour board counted " + (10 + i) + " " + thing + " at the Pellam depot.")
                    .at(80 * i).slots("The harbour board", "count", (10 + i) + " " + thing).number(10 + i, thing, String.valueOf(10 + i))
                    .build());
        }
        ClaimAligner aligner = new ClaimAligner(new SentenceEmbedder(), new WordNetLexicon(), AlignmentSettings.defaults());

        Alignment alone = aligner.align(claims, WitnessGroups.of(List.of("A"), List.of()));

        assertThat(alone.conflicts()).isEmpty();
        assertThat(aligner.accountValuesCompared()).as("no other article: nothing to tell apart").isZero();

        claims.add(claim("b1", "B", "The harbour board counted 95 crateaa at the Pellam depot.")
                .slots("The harbour board", "count", "95 crateaa").number(95, "crateaa", "95").build());
        Alignment disputed = aligner.align(claims, WitnessGroups.of(List.of("A", "B"), List.of()));

        assertThat(disputed.conflicts()).anySatisfy(c -> assertThat(c.kind()).isEqualTo(ConflictKind.NUMBER));
        assertThat(aligner.accountValuesCompared()).as("A's accounts read for B's disputed count").isPositive();
    }
}
