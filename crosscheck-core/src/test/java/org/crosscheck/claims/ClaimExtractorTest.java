package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crosscheck.extract.Article;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {

    static final String BRIDGE = """
            Mayor Ingrid Halvorsen said on Friday that 14 people were injured when a lorry hit three vehicles in Tarnsby.

            The city will pay $2.5 million for repairs, according to the Northland Transport Safety Board.

            Is the old bridge safe for children?

            I think the bridge is an ugly relic of the past.

            Police did not confirm the cause of the crash.

            The driver reportedly lost control of the lorry on the icy road.

            Repair costs rose 12 percent last September.

            Halvorsen's office closed the bridge for two days.""";

    static final String INQUIRY = """
            TARNSBY, Northland - The Northland Transport Safety Board (NTSB) opened an inquiry on February 18, 2024.

            Inspectors arrived in Tarnsby on Friday to examine the wreck.

            Dr. Ingrid Halvorsen thanked the rescue crews at the scene.""";

    static final String FIRE = """
            Tomas Varga, the fire chief, said the blaze at the depot was under control.

            His sister Lena Varga runs the bakery next to the depot in Orvik.

            Varga added that nobody was hurt in the fire.""";

    static final String BAKERY = """
            Lena Varga reopened her bakery in Orvik on Monday morning.

            Varga said the smoke had ruined two ovens and most of the flour.""";

    static final String EXTRAS = """
            Lorry crash injures 14 in Tarnsby

            "The bridge will stay closed until the inspectors finish," Halvorsen told reporters.

            Kestrel Haulage denied that its lorry was overloaded.

            Ingrid Halvorsen, 54, lives at 42 Elm Street with her two dogs.

            Police arrived quickly.

            Click here to subscribe to our daily newsletter for more news.

            The storm may have damaged up to 300 homes along the coast.

            Two drivers were arrested in connection with the crash, the Tarnsby police confirmed to reporters.

            "We are deeply shocked," the haulier's lawyer, Oskar Lind, told the Tarnsby Herald.

            HAULIERS SLAM TARNSBY COUNCIL OVER BRIDGE CLOSURE: 'THEY CANNOT WAIT FOREVER!'

            "The new bridge will open before the summer," said Halvorsen.

            No deaths had been reported by late Tuesday.

            A section of the old pier gave way during the storm on Tuesday, sending two cars into the harbour, emergency services said.

            No one had been arrested by Wednesday, and one of the drivers was questioned at the scene.

            The fire started in the bakery kitchen, the Orvik Fire Service (OFS) said in a statement.

            "Only 50 pupils attended classes," a teacher in Orvik, who asked not to be named, told the Orvik Herald last week.

            The Tarnsby council rejected the haulier's offer to repair the bridge.""";

    static ClaimSet bridge;
    static ClaimSet fire;
    static ClaimSet extras;

    @BeforeAll
    static void extract() {
        ClaimExtractor extractor = new ClaimExtractor();
        bridge = extractor.extract(List.of(
                article("bridge-1", BRIDGE, PartialDate.of(LocalDate.of(2024, 2, 19))),
                article("inquiry-1", INQUIRY, null)));
        fire = extractor.extract(List.of(
                article("fire-1", FIRE, PartialDate.of(LocalDate.of(2024, 3, 4))),
                article("bakery-1", BAKERY, PartialDate.ofMonth(2024, 3))));
        extras = extractor.extract(List.of(
                article("bridge-1", BRIDGE, PartialDate.of(LocalDate.of(2024, 2, 19))),
                article("extras-1", EXTRAS, PartialDate.of(LocalDate.of(2024, 2, 20)))));
        if (System.getenv("CLAIMS_DUMP") != null) {
            bridge.claims().forEach(System.out::println);
            bridge.entities().forEach(System.out::println);
            fire.claims().forEach(System.out::println);
            fire.entities().forEach(System.out::println);
            extras.claims().stream().filter(c -> c.articleId().equals("extras-1")).forEach(System.out::println);
        }
    }

    static Article article(String id, String text, PartialDate published) {
        return new Article(id, id + ".txt", null, null, null, published, "Test Outlet", "en", text);
    }

    static Claim claimStarting(ClaimSet set, String prefix) {
        Optional<Claim> claim = set.claims().stream().filter(c -> c.sentence().startsWith(prefix)).findFirst();
        assertThat(claim).as("claim starting with " + prefix).isPresent();
        return claim.get();
    }

    @Test
    void claimOffsetsRoundTripIntoTheArticleText() {
        assertThat(bridge.claims()).isNotEmpty();
        for (Claim c : bridge.claims()) {
            String text = c.articleId().equals("bridge-1") ? BRIDGE : INQUIRY;
            assertThat(text.substring(c.start(), c.end())).isEqualTo(c.sentence());
            c.entities().forEach(e -> assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text()));
        }
    }

    @Test
    void everyClaimIsOneOfTheSentencesTheSplitterAloneFinds() {
        ClaimExtractor extractor = new ClaimExtractor();
        Article inquiry = article("inquiry-1", INQUIRY, null);
        assertThat(extractor.sentenceTexts(inquiry)).as("the masked dateline is not a sentence of its own")
                .hasSize(3).allMatch(INQUIRY::contains);
        for (ClaimSet set : List.of(bridge, fire, extras)) {
            for (Claim c : set.claims()) {
                String text = switch (c.articleId()) {
                    case "bridge-1" -> BRIDGE;
                    case "inquiry-1" -> INQUIRY;
                    case "fire-1" -> FIRE;
                    case "bakery-1" -> BAKERY;
                    default -> EXTRAS;
                };
                assertThat(extractor.sentenceTexts(article(c.articleId(), text, null))).contains(c.sentence());
            }
        }
        assertThat(extractor.sentenceTexts(new Article("x", "x.txt", null, null, null, null, "Test Outlet", "de", BRIDGE)))
                .as("an article whose claims are not read has no such sentences").isEmpty();
    }

    @Test
    void questionsAndFirstPersonOpinionsAreNotClaims() {
        assertThat(bridge.claims()).extracting(Claim::sentence)
                .noneMatch(s -> s.startsWith("Is the old bridge"))
                .noneMatch(s -> s.startsWith("I think"))
                .anyMatch(s -> s.startsWith("Police did not confirm"));
    }

    @Test
    void claimIdsAreArticleAndSentenceIndex() {
        assertThat(claimStarting(bridge, "Mayor Ingrid Halvorsen said").id()).isEqualTo("bridge-1-c0");
        assertThat(claimStarting(bridge, "Police did not").id()).isEqualTo("bridge-1-c4");
    }

    @Test
    void saidMakesTheSpeakerTheAttributionAndTheReportedClauseTheClaim() {
        Claim c = claimStarting(bridge, "Mayor Ingrid Halvorsen said");
        assertThat(c.attribution()).isEqualTo(new Attribution("Ingrid Halvorsen", "said"));
        assertThat(c.action()).isEqualTo("injure");
        assertThat(c.object()).isEqualTo("14 people");
        assertThat(c.negated()).isFalse();
        assertThat(c.hedged()).isFalse();
    }

    @Test
    void accordingToNamesTheCanonicalSource() {
        Claim c = claimStarting(bridge, "The city will pay");
        assertThat(c.attribution()).isEqualTo(new Attribution("Northland Transport Safety Board", "according to"));
        assertThat(c.actor()).isEqualTo("The city");
        assertThat(c.action()).isEqualTo("pay");
    }

    @Test
    void negationAndHedgingAreMarked() {
        Claim denied = claimStarting(bridge, "Police did not confirm");
        assertThat(denied.negated()).isTrue();
        assertThat(denied.action()).isEqualTo("confirm");
        assertThat(denied.actor()).isEqualTo("Police");
        Claim hedged = claimStarting(bridge, "The driver reportedly");
        assertThat(hedged.hedged()).isTrue();
        assertThat(hedged.negated()).isFalse();
        assertThat(hedged.action()).isEqualTo("lose");
    }

    @Test
    void quantitiesCarryTheirUnits() {
        assertThat(claimStarting(bridge, "Mayor Ingrid Halvorsen said").quantities())
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(14.0, "people"), tuple(3.0, "vehicle"));
        assertThat(claimStarting(bridge, "The city will pay").quantities())
                .extracting(Quantity::value, Quantity::unit, Quantity::text)
                .containsExactly(tuple(2_500_000.0, "USD", "$2.5 million"));
        assertThat(claimStarting(bridge, "Repair costs rose").quantities())
                .extracting(Quantity::value, Quantity::unit).containsExactly(tuple(12.0, "percent"));
    }

    @Test
    void relativeDatesResolveAgainstTheKnownPublicationDay() {
        assertThat(claimStarting(bridge, "Mayor Ingrid Halvorsen said").dates())
                .containsExactly(new DateMention("Friday", new PartialDate(2024, 2, 16)));
        assertThat(claimStarting(bridge, "Repair costs rose").dates())
                .containsExactly(new DateMention("last September", PartialDate.ofMonth(2023, 9)));
    }

    @Test
    void withoutAPublicationDateRelativeDatesResolveAgainstTheStoryAndAreMarkedInferred() {
        assertThat(claimStarting(bridge, "The Northland Transport Safety Board (NTSB) opened").dates())
                .containsExactly(new DateMention("February 18, 2024", new PartialDate(2024, 2, 18)));
        assertThat(claimStarting(bridge, "Inspectors arrived").dates())
                .containsExactly(new DateMention("Friday", new PartialDate(2024, 2, 16), true));
    }

    @Test
    void aMonthPrecisionPublicationDateAnchorsNothing() {
        assertThat(claimStarting(fire, "Lena Varga reopened").dates()).isEmpty();
    }

    @Test
    void surnamesTitlesAndPossessivesMergeIntoTheFullName() {
        Entity halvorsen = entity(bridge, "Ingrid Halvorsen");
        assertThat(halvorsen.type()).isEqualTo(EntityType.PERSON);
        assertThat(halvorsen.aliases()).contains("Halvorsen");
        assertThat(halvorsen.mentions()).isEqualTo(3);
        assertThat(halvorsen.articleIds()).containsExactly("bridge-1", "inquiry-1");
        assertThat(claimStarting(bridge, "Halvorsen's office").entities())
                .extracting(EntityMention::text, EntityMention::canonical)
                .contains(tuple("Halvorsen", "Ingrid Halvorsen"));
        assertThat(bridge.entities()).extracting(Entity::name).doesNotContain("Halvorsen", "Dr. Ingrid Halvorsen");
    }

    @Test
    void acronymMergesWithItsExpansion() {
        Entity board = entity(bridge, "Northland Transport Safety Board");
        assertThat(board.aliases()).contains("NTSB");
        assertThat(board.articleIds()).containsExactly("bridge-1", "inquiry-1");
        assertThat(bridge.entities()).extracting(Entity::name).doesNotContain("NTSB");
    }

    @Test
    void twoPeopleSharingASurnameStayApart() {
        assertThat(fire.entities()).extracting(Entity::name).contains("Tomas Varga", "Lena Varga")
                .doesNotContain("His", "her");
        assertThat(claimStarting(fire, "Varga added").entities()).extracting(EntityMention::canonical)
                .containsExactly("Varga");
        assertThat(claimStarting(fire, "Varga said the smoke").attribution())
                .isEqualTo(new Attribution("Lena Varga", "said"));
    }

    @Test
    void aQuoteWithASpeakerIsAttributedToTheSpeaker() {
        Claim c = claimStarting(extras, "\"The bridge will stay closed");
        assertThat(c.attribution()).isEqualTo(new Attribution("Ingrid Halvorsen", "told"));
        assertThat(c.actor()).isEqualTo("The bridge");
        assertThat(c.action()).isEqualTo("stay");
    }

    @Test
    void aDenialNegatesTheReportedClause() {
        Claim c = claimStarting(extras, "Kestrel Haulage denied");
        assertThat(c.negated()).isTrue();
        assertThat(c.attribution()).isEqualTo(new Attribution("Kestrel Haulage", "denied"));
        assertThat(c.action()).isEqualTo("overload");
    }

    @Test
    void aRejectionIsTheActionNotANegation() {
        Claim c = claimStarting(extras, "The Tarnsby council rejected");
        assertThat(c.action()).isEqualTo("reject");
        assertThat(c.negated()).as("rejecting an offer is something done, so that it can be opposed to accepting it").isFalse();
        assertThat(c.object()).isEqualTo("the haulier's offer");
    }

    @Test
    void agesAndStreetNumbersAreNotQuantities() {
        assertThat(claimStarting(extras, "Ingrid Halvorsen, 54,").quantities())
                .extracting(Quantity::value, Quantity::unit).containsExactly(tuple(2.0, "dog"));
    }

    @Test
    void aModalHedgesAndTheCountedNounIsLemmatised() {
        Claim c = claimStarting(extras, "The storm may have");
        assertThat(c.hedged()).isTrue();
        assertThat(c.quantities()).extracting(Quantity::value, Quantity::unit).containsExactly(tuple(300.0, "home"));
    }

    @Test
    void headingsFragmentsAndFurnitureAreNotClaims() {
        assertThat(extras.claims()).extracting(Claim::sentence)
                .noneMatch(s -> s.startsWith("Lorry crash injures"))
                .noneMatch(s -> s.startsWith("Police arrived"))
                .noneMatch(s -> s.startsWith("Click here"))
                .noneMatch(s -> s.startsWith("HAULIERS SLAM"));
    }

    @Test
    void aFrontedClauseBeforeAReportingVerbIsTheClaim() {
        Claim c = claimStarting(extras, "Two drivers were arrested");
        assertThat(c.attribution()).isEqualTo(new Attribution("the Tarnsby police", "confirmed"));
        assertThat(c.action()).isEqualTo("arrest");
        assertThat(c.object()).isEqualTo("Two drivers");
    }

    @Test
    void aNameInAppositionNamesTheSpeaker() {
        assertThat(claimStarting(extras, "\"We are deeply shocked").attribution())
                .isEqualTo(new Attribution("Oskar Lind", "told"));
    }

    @Test
    void aWireDatelineIsNotPartOfTheClaim() {
        Claim c = claimStarting(bridge, "The Northland Transport Safety Board (NTSB) opened");
        assertThat(c.start()).isEqualTo("TARNSBY, Northland - ".length());
        assertThat(c.actor()).isEqualTo("Northland Transport Safety Board");
        assertThat(c.action()).isEqualTo("open");
    }

    @Test
    void anInvertedSaidStillNamesTheSpeaker() {
        Claim c = claimStarting(extras, "\"The new bridge will open");
        assertThat(c.attribution()).isEqualTo(new Attribution("Ingrid Halvorsen", "said"));
        assertThat(c.action()).isEqualTo("open");
    }

    @Test
    void aNegativeSubjectNegatesAndATimeIsNoAgent() {
        Claim c = claimStarting(extras, "No deaths had been reported");
        assertThat(c.negated()).isTrue();
        assertThat(c.actor()).isNull();
        assertThat(c.action()).isEqualTo("report");
        assertThat(claimStarting(fire, "Varga added that nobody").negated()).isTrue();
    }

    @Test
    void theSpeakerOfATrailingSaidIsWhatFollowsTheLastComma() {
        Claim c = claimStarting(extras, "A section of the old pier");
        assertThat(c.attribution()).isEqualTo(new Attribution("emergency services", "said"));
        assertThat(c.action()).isEqualTo("give");
    }

    @Test
    void numberWordsThatCountNothingAreNotQuantities() {
        Claim c = claimStarting(extras, "No one had been arrested");
        assertThat(c.quantities()).isEmpty();
        assertThat(c.negated()).isTrue();
    }

    @Test
    void aTrailingSaidAfterABracketedAcronymAndBeforeAPhraseIsFound() {
        Claim c = claimStarting(extras, "The fire started in the bakery kitchen");
        assertThat(c.attribution()).isEqualTo(new Attribution("Orvik Fire Service", "said"));
        assertThat(c.action()).isEqualTo("start");
    }

    @Test
    void aTimeAfterToldIsNeverTheSpeaker() {
        Claim c = claimStarting(extras, "\"Only 50 pupils attended");
        assertThat(c.attribution()).satisfiesAnyOf(
                a -> assertThat(a).isNull(),
                a -> assertThat(a.speaker()).doesNotContain("week").doesNotContain("Herald"));
    }

    static Entity entity(ClaimSet set, String name) {
        Optional<Entity> e = set.entities().stream().filter(x -> x.name().equals(name)).findFirst();
        assertThat(e).as("entity " + name + " in " + set.entities()).isPresent();
        return e.get();
    }
}
