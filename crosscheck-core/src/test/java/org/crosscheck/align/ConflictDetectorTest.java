package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.align.TestClaim.claim;

import java.util.List;
import org.crosscheck.language.WordNetLexicon;
import org.junit.jupiter.api.Test;

/** The slot comparison of two differently worded claims, through {@link ClaimComparison#findings}. */
class ConflictDetectorTest {

    private static final ClaimComparison COMPARISON = new ClaimComparison(new WordNetLexicon(), AlignmentSettings.defaults());

    private static List<Finding> findings(TestClaim a, TestClaim b) {
        return COMPARISON.findings(a.build(), b.build());
    }

    @Test
    void aLowerAndAnUpperBoundThatLeaveRoomAgree() {
        assertThat(findings(
                claim("a1", "A", "Deputies chased the driver at speeds of more than 100 mph before he stopped near Tolvik.")
                        .slots("Deputies", "chase", "the driver").number(100, "mph", "more than 100 mph"),
                claim("b1", "B", "For 30 miles deputies chased the driver, at speeds up to 120 mph, a sheriff said.")
                        .slots("deputies", "chase", "the driver").number(120, "mph", "up to 120 mph")))
                .isEmpty();
        assertThat(findings(
                claim("a1", "A", "Deputies chased the driver at speeds of more than 100 mph before he stopped near Tolvik.")
                        .slots("Deputies", "chase", "the driver").number(100, "mph", "more than 100 mph"),
                claim("b1", "B", "For 30 miles deputies chased the driver, at speeds up to 60 mph, a sheriff said.")
                        .slots("deputies", "chase", "the driver").number(60, "mph", "up to 60 mph")))
                .singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(ConflictKind.NUMBER));
    }

    @Test
    void whoSaidSoDoesNotFrameACount() {
        assertThat(findings(
                claim("a1", "A", "Officials said 12 people were injured when the Tolvik bridge collapsed on Tuesday.")
                        .slots("12 people", "injure", null).number(12, null, "12").place("Tolvik"),
                claim("b1", "B", "According to the fire service, 21 people were injured in the collapse of the Tolvik bridge.")
                        .slots("21 people", "injure", null).number(21, null, "21").place("Tolvik")))
                .singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(ConflictKind.NUMBER));
    }

    @Test
    void aRunningTotalIsNotTheCountOfOneOccasion() {
        assertThat(findings(
                claim("a1", "A", "In five operations so far, the navy has seized 923 rounds of ammunition from pirates.")
                        .slots("the navy", "seize", "923 rounds of ammunition").number(923, null, "923"),
                claim("b1", "B", "On Thursday the navy seized 300 rounds of ammunition from the three boats.")
                        .slots("the navy", "seize", "300 rounds of ammunition").number(300, null, "300")))
                .isEmpty();
        assertThat(findings(
                claim("a1", "A", "On Friday the navy said it seized 923 rounds of ammunition from pirates.")
                        .slots("the navy", "seize", "923 rounds of ammunition").number(923, null, "923"),
                claim("b1", "B", "On Friday the navy seized 300 rounds of ammunition from the three boats.")
                        .slots("the navy", "seize", "300 rounds of ammunition").number(300, null, "300")))
                .singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(ConflictKind.NUMBER));
    }

    @Test
    void aPlaceNearAnotherIsNoConflictOnWhereItHappened() {
        assertThat(findings(
                claim("a1", "A", "The navy sank a pirate mother ship off Somalia last month, officials said.")
                        .slots("The navy", "sink", "a pirate mother ship").place("Somalia"),
                claim("b1", "B", "The navy sank a pirate mother ship in the Gulf of Aden last month, officials said.")
                        .slots("The navy", "sink", "a pirate mother ship").place("Gulf of Aden")))
                .isEmpty();
        assertThat(findings(
                claim("a1", "A", "Last month the navy said it had sunk a pirate mother ship off Somalia after a battle.")
                        .slots("it", "sink", "a pirate mother ship").place("Somalia"),
                claim("b1", "B", "The navy sank a pirate mother ship in the Gulf of Aden last month, officials said.")
                        .slots("The navy", "sink", "a pirate mother ship").place("Gulf of Aden")))
                .isEmpty();
        // the twin: two places far apart
        assertThat(findings(
                claim("a1", "A", "The navy sank a pirate mother ship off Somalia last month, officials said.")
                        .slots("The navy", "sink", "a pirate mother ship").place("Somalia"),
                claim("b1", "B", "The navy sank a pirate mother ship off Peru last month, officials said.")
                        .slots("The navy", "sink", "a pirate mother ship").place("Peru")))
                .extracting(Finding::kind).contains(ConflictKind.PLACE);
    }

    @Test
    void aLetterAfterANumberIsNotWhatItCounts() {
        assertThat(findings(
                claim("a1", "A", "Owen says the fire call came in at 3: 30 a. m. on Tuesday.")
                        .slots("the fire call", "come", null).number(30, null, "30"),
                claim("b1", "B", "The first emergency call came at 3: 33 a. m. from a hotel guest, Owen said.")
                        .slots("The first emergency call", "come", null).number(33, null, "33")))
                .isEmpty();
        // the twin: a counted noun after each number
        assertThat(findings(
                claim("a1", "A", "Owen says 30 firefighters came to the hotel on Tuesday.")
                        .slots("30 firefighters", "come", null).number(30, "firefighter", "30"),
                claim("b1", "B", "Some 60 firefighters came to the hotel on Tuesday, Owen said.")
                        .slots("Some 60 firefighters", "come", null).number(60, "firefighter", "60")))
                .extracting(Finding::kind).contains(ConflictKind.NUMBER);
    }

    private static boolean hasKind(List<Finding> found, ConflictKind kind) {
        return found.stream().anyMatch(f -> f.kind() == kind);
    }

    @Test
    void aSubsetIsNotAgainstTheTotal() {
        assertThat(findings(
                claim("a1", "A", "Three other people died in hospital after the Tolvik ferry capsized on Sunday.")
                        .slots("Three other people", "die", null).number(3, "people", "Three").place("Tolvik"),
                claim("b1", "B", "Six people died when the Tolvik ferry capsized on Sunday, the coast guard said.")
                        .slots("Six people", "die", null).number(6, "people", "Six").place("Tolvik")))
                .isEmpty();
        // the twin: two totals
        assertThat(findings(
                claim("a1", "A", "Three people died when the Tolvik ferry capsized on Sunday.")
                        .slots("Three people", "die", null).number(3, "people", "Three").place("Tolvik"),
                claim("b1", "B", "Six people died when the Tolvik ferry capsized on Sunday, the coast guard said.")
                        .slots("Six people", "die", null).number(6, "people", "Six").place("Tolvik")))
                .extracting(Finding::kind).contains(ConflictKind.NUMBER);
    }

    @Test
    void aLowerBoundAgreesWithAnyGreaterCount() {
        assertThat(findings(
                claim("a1", "A", "Rebels fired at least two shells at the Marrow barracks overnight, residents said.")
                        .slots("Rebels", "fire", "at least two shells").number(2, "shell", "two"),
                claim("b1", "B", "Rebels fired three shells at the Marrow barracks overnight, of which two exploded.")
                        .slots("Rebels", "fire", "three shells").number(3, "shell", "three").number(2, null, "two")))
                .isEmpty();
        assertThat(findings(
                claim("a1", "A", "Rebels fired at least five shells at the Marrow barracks overnight, residents said.")
                        .slots("Rebels", "fire", "at least five shells").number(5, "shell", "five"),
                claim("b1", "B", "Rebels fired three shells at the Marrow barracks overnight, an army officer said.")
                        .slots("Rebels", "fire", "three shells").number(3, "shell", "three")))
                .singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(ConflictKind.NUMBER));
    }

    @Test
    void aPartOfASumIsNotAgainstTheWhole() {
        assertThat(findings(
                claim("a1", "A", "Orvane Foods agreed to buy Kettleby Mills for $200 million in cash and the rest in shares.")
                        .slots("Orvane Foods", "buy", "Kettleby Mills").number(200_000_000, "USD", "$200 million"),
                claim("b1", "B", "Orvane Foods agreed to buy Kettleby Mills for $250 million, the companies said.")
                        .slots("Orvane Foods", "buy", "Kettleby Mills").number(250_000_000, "USD", "$250 million")))
                .isEmpty();
        // the twin: two prices of the whole
        assertThat(findings(
                claim("a1", "A", "Orvane Foods agreed to buy Kettleby Mills for $200 million.")
                        .slots("Orvane Foods", "buy", "Kettleby Mills").number(200_000_000, "USD", "$200 million"),
                claim("b1", "B", "Orvane Foods agreed to buy Kettleby Mills for $250 million, the companies said.")
                        .slots("Orvane Foods", "buy", "Kettleby Mills").number(250_000_000, "USD", "$250 million")))
                .extracting(Finding::kind).contains(ConflictKind.NUMBER);
    }

    @Test
    void countsOfDifferentSetsAreNotCompared() {
        assertThat(findings(
                claim("a1", "A", "Prosecutors said nine other board members of Harwick Trust were charged or pleaded guilty.")
                        .slots("nine other board members", "charge", null).number(9, "member", "nine").org("Harwick Trust", "Harwick Trust"),
                claim("b1", "B", "Four board members of Harwick Trust were charged since March, prosecutors said.")
                        .slots("Four board members", "charge", null).number(4, "member", "Four").org("Harwick Trust", "Harwick Trust")))
                .isEmpty();
        // the twin: one set counted twice
        assertThat(findings(
                claim("a1", "A", "Nine board members of Harwick Trust were charged since March, prosecutors said.")
                        .slots("Nine board members", "charge", null).number(9, "member", "Nine").org("Harwick Trust", "Harwick Trust"),
                claim("b1", "B", "Four board members of Harwick Trust were charged since March, prosecutors said.")
                        .slots("Four board members", "charge", null).number(4, "member", "Four").org("Harwick Trust", "Harwick Trust")))
                .extracting(Finding::kind).contains(ConflictKind.NUMBER);
    }

    @Test
    void anEarlierEventInTheArticleIsNotComparedWithTheStorysEvent() {
        assertThat(findings(
                claim("a1", "A", "The 2009 earthquake near Selva killed 300 people and destroyed the old market.")
                        .slots("The 2009 earthquake", "kill", "300 people").number(300, null, "300").place("Selva"),
                claim("b1", "B", "The earthquake near Selva killed 12 people on Tuesday, officials said.")
                        .slots("The earthquake", "kill", "12 people").number(12, null, "12").place("Selva")))
                .noneMatch(f -> f.kind() == ConflictKind.NUMBER);
    }

    @Test
    void thousandsSetApartByTheTokeniserAreOneNumber() {
        assertThat(findings(
                claim("a1", "A", "About 2, 500 people were evacuated from Selva after the dam cracked, officials said.")
                        .slots("2, 500 people", "evacuate", null).number(2, null, "2").number(500, null, "500"),
                claim("b1", "B", "Officials said 2,500 people were evacuated from Selva after the dam cracked.")
                        .slots("2,500 people", "evacuate", null).number(2500, null, "2,500")))
                .isEmpty();
        // the twin: the number set apart against another number
        assertThat(findings(
                claim("a1", "A", "About 2, 500 people were evacuated from Selva after the dam cracked, officials said.")
                        .slots("2, 500 people", "evacuate", null).number(2, null, "2").number(500, null, "500"),
                claim("b1", "B", "Officials said 4,000 people were evacuated from Selva after the dam cracked.")
                        .slots("4,000 people", "evacuate", null).number(4000, null, "4,000")))
                .extracting(Finding::kind).contains(ConflictKind.NUMBER);
    }

    @Test
    void oneEndOfAJourneyIsNotWhereItHappened() {
        assertThat(findings(
                claim("a1", "A", "The singer Dora Vell left the Halden clinic in Corvel on Monday, her spokesman said.")
                        .slots("Dora Vell", "leave", "the Halden clinic").person("Dora Vell", "Dora Vell").place("Corvel"),
                claim("b1", "B", "Dora Vell left the Halden clinic in Mirren on Monday morning, her spokesman said.")
                        .slots("Dora Vell", "leave", "the Halden clinic").person("Dora Vell", "Dora Vell").place("Mirren")))
                .noneMatch(f -> f.kind() == ConflictKind.PLACE);
    }

    @Test
    void aMagnitudeWrittenEitherWayIsCompared() {
        TestClaim a = claim("a1", "A", "A magnitude 6.1 earthquake struck the Selva valley on Tuesday morning.")
                .slots("A magnitude 6.1 earthquake", "strike", "the Selva valley").number(6.1, "earthquake", "6.1").place("Selva");
        TestClaim b = claim("b1", "B", "A 6.4 - magnitude earthquake hit the Selva valley on Tuesday morning.")
                .slots("A 6.4 - magnitude earthquake", "hit", "the Selva valley").number(6.4, null, "6.4").place("Selva");
        assertThat(findings(a, b)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(ConflictKind.NUMBER);
            assertThat(f.valueA()).startsWith("6.1");
            assertThat(f.valueB()).startsWith("6.4");
        });
        assertThat(COMPARISON.sameFact(a.build(), b.build())).isFalse();
    }

    @Test
    void twoAgesOfOnePersonDisagree() {
        assertThat(findings(
                claim("a1", "A", "Police arrested Ivo Marsh, 47, at the Harlen embassy on Thursday.")
                        .slots("Police", "arrest", "Ivo Marsh").person("Ivo Marsh", "Ivo Marsh").number(47, null, "47"),
                claim("b1", "B", "Police arrested the 48 - year - old Ivo Marsh at the Harlen embassy on Thursday.")
                        .slots("Police", "arrest", "the 48 - year - old Ivo Marsh").person("Ivo Marsh", "Ivo Marsh")))
                .singleElement().satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(ConflictKind.NUMBER);
                    assertThat(List.of(f.valueA(), f.valueB())).containsExactlyInAnyOrder("47", "48");
                });
    }

    @Test
    void anEventNamedByANounIsDatedAgainstTheSameEventNamedByAVerb() {
        TestClaim summit = claim("a1", "A", "During a summit with Premier Ilse Oran in Corvel in March, President Tomas Vell raised the dam dispute.")
                .slots("President Tomas Vell", "raise", "the dam dispute").date("in March", "2026-03")
                .person("Ilse Oran", "Ilse Oran").person("Tomas Vell", "Tomas Vell").place("Corvel");
        assertThat(findings(summit,
                claim("b1", "B", "President Tomas Vell met Premier Ilse Oran in Corvel last October to discuss the dam dispute.")
                        .slots("President Tomas Vell", "meet", "Premier Ilse Oran").date("last October", "2025-10")
                        .person("Tomas Vell", "Tomas Vell").person("Ilse Oran", "Ilse Oran").place("Corvel")))
                .singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(ConflictKind.DATE));
        assertThat(findings(summit,
                claim("b1", "B", "President Tomas Vell praised Premier Ilse Oran in Corvel last October for the dam plan.")
                        .slots("President Tomas Vell", "praise", "Premier Ilse Oran").date("last October", "2025-10")
                        .person("Tomas Vell", "Tomas Vell").person("Ilse Oran", "Ilse Oran").place("Corvel")))
                .as("praise is no meeting").isEmpty();
    }

    @Test
    void claimsThatShareOnlyAPronounAreNotOneEvent() {
        assertThat(findings(
                claim("a1", "A", "He had four touchdowns and 440 yards as the Harlen Hawks won on Sunday.")
                        .slots("He", "have", "four touchdowns").number(4, "touchdown", "four"),
                claim("b1", "B", "He had two touchdowns in the second half as the Hawks won on Sunday.")
                        .slots("He", "have", "two touchdowns").number(2, "touchdown", "two")))
                .isEmpty();
        // the twin: the player named in both
        assertThat(findings(
                claim("a1", "A", "Tarvo Lind scored four touchdowns as the Harlen Hawks won on Sunday.")
                        .slots("Tarvo Lind", "score", "four touchdowns").number(4, "touchdown", "four").person("Tarvo Lind", "Tarvo Lind"),
                claim("b1", "B", "Tarvo Lind scored two touchdowns as the Harlen Hawks won on Sunday.")
                        .slots("Tarvo Lind", "score", "two touchdowns").number(2, "touchdown", "two").person("Tarvo Lind", "Tarvo Lind")))
                .extracting(Finding::kind).contains(ConflictKind.NUMBER);
    }

    @Test
    void anAgeBelongsToTheNameItIsWrittenOnto() {
        TestClaim osei = claim("b1", "B", "In Vestby on Saturday the 36 - year - old Osei looked tired against Kovac.")
                .slots("the 36 - year - old Osei", "look", null).person("Osei", "Tarek Osei").person("Kovac", "Brandt Kovac");
        assertThat(findings(
                claim("a1", "A", "Beating Osei made the 32 - year - old Kovac champion again in Vestby on Saturday.")
                        .slots("Beating Osei", "make", "the 32 - year - old Kovac champion")
                        .person("Osei", "Tarek Osei").person("Kovac", "Brandt Kovac"),
                osei))
                .as("32 is Kovac's age, written onto the name after it").isEmpty();
        assertThat(findings(
                claim("a1", "A", "Beating Osei made the 32 - year - old Kovac champion again in Vestby on Saturday.")
                        .slots("Beating Osei", "make", "the 32 - year - old Kovac champion")
                        .person("Osei", "Tarek Osei").person("Kovac", "Brandt Kovac"),
                claim("b1", "B", "Kovac (33) beat Osei in Vestby on Saturday to become champion again.")
                        .slots("Kovac", "beat", "Osei").person("Kovac", "Brandt Kovac").person("Osei", "Tarek Osei")))
                .anySatisfy(f -> assertThat(List.of(f.valueA(), f.valueB())).containsExactlyInAnyOrder("32", "33"));
        assertThat(findings(
                claim("a1", "A", "Police said Horvath shot at an 11 - year - old girl who was passing by the Orvik depot.")
                        .slots("Horvath", "shoot", null).person("Horvath", "Dale Horvath").place("Orvik"),
                claim("b1", "B", "Horvath, 34, was charged with the shooting at the Orvik depot.")
                        .slots(null, "charge", "Horvath").person("Horvath", "Dale Horvath").place("Orvik")))
                .as("the girl is no named person").isEmpty();
    }

    @Test
    void twoBoundsOfOneDirectionCanBothBeTrue() {
        assertThat(findings(
                claim("a1", "A", "The storm hit Tolvik on Sunday, killing at least 10 people and flooding the harbour.")
                        .slots("The storm", "kill", "at least 10 people").number(10, null, "10").place("Tolvik"),
                claim("b1", "B", "Officials in Tolvik said the storm flattened several farms, killing at least three people.")
                        .slots("the storm", "kill", "at least three people").number(3, null, "three").place("Tolvik")))
                .isEmpty();
        assertThat(findings(
                claim("a1", "A", "Rebels fired more than 40 shells at the Marrow barracks overnight, residents said.")
                        .slots("Rebels", "fire", "more than 40 shells").number(40, "shell", "more than 40"),
                claim("b1", "B", "Residents said rebels fired over 25 shells at the Marrow barracks overnight.")
                        .slots("rebels", "fire", "over 25 shells").number(25, "shell", "over 25")))
                .isEmpty();
        // the twin: two exact counts
        assertThat(findings(
                claim("a1", "A", "The storm hit Tolvik on Sunday, killing 10 people and flooding the harbour.")
                        .slots("The storm", "kill", "10 people").number(10, null, "10").place("Tolvik"),
                claim("b1", "B", "Officials in Tolvik said the storm flattened several farms, killing three people.")
                        .slots("the storm", "kill", "three people").number(3, null, "three").place("Tolvik")))
                .extracting(Finding::kind).contains(ConflictKind.NUMBER);
    }

    @Test
    void opposedActionsNeedOneDoerAndOneThingDone() {
        assertThat(findings(
                claim("a1", "A", "The flaw in the Corvel browser allows an attacker to take control of the computer.")
                        .slots("The flaw in the Corvel browser", "allow", "an attacker"),
                claim("b1", "B", "Running the Corvel browser in its safe mode prevents this attacker from taking control.")
                        .slots(null, "prevent", "this attacker")))
                .as("the doer of one is not stated").isEmpty();
        assertThat(findings(
                claim("a1", "A", "The flaw in the Corvel browser allows an attacker to take control of the computer.")
                        .slots("The flaw in the Corvel browser", "allow", "an attacker"),
                claim("b1", "B", "Running the Corvel browser in its safe mode prevents this attack, Corvel said.")
                        .slots("Running the Corvel browser in its safe mode", "prevent", "this attack")))
                .as("a flaw and a way of running the browser are two doers").isEmpty();
        assertThat(findings(
                claim("a1", "A", "Varga started the game 17 - for - 17 as the Hawks beat Vestby on Sunday.")
                        .slots("Varga", "start", "the game 17"),
                claim("b1", "B", "Varga finished with 29 - of - 34 as the Hawks beat Vestby on Sunday.")
                        .slots("Varga", "finish", null)))
                .as("what was finished is not stated").isEmpty();
        assertThat(findings(
                claim("a1", "A", "The Hawks won the cup final against Vestby in Tolvik on Sunday, fans said.")
                        .slots("The Hawks", "win", "the cup final"),
                claim("b1", "B", "On Sunday the Hawks lost the cup final to Vestby in Tolvik.")
                        .slots("the Hawks", "lose", "the cup final")))
                .singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(ConflictKind.ACTION));
        assertThat(findings(
                claim("a1", "A", "Shares in Vestby Mining rose sharply in Tolvik on Monday, traders said.")
                        .slots("Shares in Vestby Mining", "rise", null),
                claim("b1", "B", "On Monday shares in Vestby Mining fell sharply in Tolvik.")
                        .slots("shares in Vestby Mining", "fall", null)))
                .as("no object in either").singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(ConflictKind.ACTION));
    }

    @Test
    void aNameWrittenWithItsAdjectiveFormNamesTheWhole() {
        assertThat(findings(
                claim("a1", "A", "The Harlen Navy patrolling the Gulf of Vell on Thursday thwarted an attack by pirates on a tanker.")
                        .slots("The Harlen Navy", "thwart", "an attack by pirates").org("Harlen Navy", "Harlen Navy"),
                claim("b1", "B", "Harlen Naval ship, HNS Torvald, thwarted a pirate attack in the Gulf of Vell.")
                        .slots("Harlen Naval ship, HNS Torvald", "thwart", "a pirate attack").org("HNS Torvald", "HNS Torvald")))
                .isEmpty();
        assertThat(findings(
                claim("a1", "A", "The Harlen Navy patrolling the Gulf of Vell on Thursday thwarted an attack by pirates on a tanker.")
                        .slots("The Harlen Navy", "thwart", "an attack by pirates").org("Harlen Navy", "Harlen Navy"),
                claim("b1", "B", "The Orvik coast guard ship HNS Torvald thwarted a pirate attack in the Gulf of Vell.")
                        .slots("The Orvik coast guard ship HNS Torvald", "thwart", "a pirate attack").org("HNS Torvald", "HNS Torvald")))
                .singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(ConflictKind.ORGANISATION));
    }

    @Test
    void anActionDoneToAPartIsDatedApartFromTheWhole() {
        assertThat(findings(
                claim("a1", "A", "Orvik Online said on its website that their Kestrel service was restored on 11 May.")
                        .slots(null, "restore", "their Kestrel service").date("11 May", "2026-05-11").org("Kestrel", "Kestrel"),
                claim("b1", "B", "Kestrel said on 18 May that it had restored services to its business customers.")
                        .slots("it", "restore", "services").date("18 May", "2026-05-18").org("Kestrel", "Kestrel")))
                .isEmpty();
        assertThat(findings(
                claim("a1", "A", "Kestrel said on its website that their services were restored on 11 May.")
                        .slots(null, "restore", "their services").date("11 May", "2026-05-11").org("Kestrel", "Kestrel"),
                claim("b1", "B", "Kestrel said that it had restored services on 18 May after the cable fault.")
                        .slots("it", "restore", "services").date("18 May", "2026-05-18").org("Kestrel", "Kestrel")))
                .singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(ConflictKind.DATE));
    }
}
