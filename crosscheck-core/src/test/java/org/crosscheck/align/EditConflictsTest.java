package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.align.TestClaim.claim;

import java.util.List;
import org.crosscheck.language.WordNetLexicon;
import org.junit.jupiter.api.Test;

/** Near-copies of one sentence that differ in one detail, through {@link ClaimComparison#findings}. */
class EditConflictsTest {

    private static final ClaimComparison COMPARISON = new ClaimComparison(new WordNetLexicon(), AlignmentSettings.defaults());

    private static List<Finding> findings(TestClaim a, TestClaim b) {
        return COMPARISON.findings(a.build(), b.build());
    }

    @Test
    void aChangedAgeOutsideEverySlotIsANumberConflict() {
        List<Finding> found = findings(
                claim("a1", "A", "Robert Kessel, 32, was arrested at his home in Tolvik on Monday evening.")
                        .slots("Robert Kessel", "arrest", null).person("Robert Kessel", "Robert Kessel").place("Tolvik"),
                claim("b1", "B", "Robert Kessel, 128, was arrested at his home in Tolvik on Monday evening.")
                        .slots("Robert Kessel", "arrest", null).person("Robert Kessel", "Robert Kessel").place("Tolvik"));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(ConflictKind.NUMBER);
            assertThat(List.of(f.valueA(), f.valueB())).containsExactly("32", "128");
        });
    }

    @Test
    void aChangedYearInAReprintIsADateConflict() {
        List<Finding> found = findings(
                claim("a1", "A", "In 2019, Varga beat Holm in the 11th round at the Tolvik arena.")
                        .slots("Varga", "beat", "Holm").date("2019", "2019").person("Varga", "Varga"),
                claim("b1", "B", "In 2017, Varga beat Holm in the 11th round at the Tolvik arena.")
                        .slots("Varga", "beat", "Holm").date("2017", "2017").person("Varga", "Varga"));
        assertThat(found).singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(ConflictKind.DATE));
    }

    @Test
    void anAntonymOnAVerbThatIsNotTheActionIsAnActionConflict() {
        List<Finding> found = findings(
                claim("a1", "A", "The singer is being supported by her family as she prepares to enter a clinic in Vestby.")
                        .slots("The singer", "support", null).place("Vestby"),
                claim("b1", "B", "The singer is being supported by her family as she prepares to exit a clinic in Vestby.")
                        .slots("The singer", "support", null).place("Vestby"));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(ConflictKind.ACTION);
            assertThat(List.of(f.valueA(), f.valueB())).containsExactly("enter", "exit");
        });
    }

    @Test
    void anotherSpeakerOfALongStatementIsAConflictOnWhoSaidIt() {
        String said = "The ferry had been inspected twice in the past year and passed both times, ";
        List<Finding> found = findings(
                claim("a1", "A", said + "Ewan Gaskin said.").slots("The ferry", "inspect", null)
                        .saidBy("Ewan Gaskin", "said").person("Ewan Gaskin", "Ewan Gaskin"),
                claim("b1", "B", said + "Mara Orrell said.").slots("The ferry", "inspect", null)
                        .saidBy("Mara Orrell", "said").person("Mara Orrell", "Mara Orrell"));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(ConflictKind.PERSON);
            assertThat(f.topic()).isEqualTo("who said it");
            assertThat(List.of(f.valueA(), f.valueB())).containsExactly("Ewan Gaskin", "Mara Orrell");
        });
    }

    @Test
    void aChangedNameInTheSentenceIsAPersonConflict() {
        List<Finding> found = findings(
                claim("a1", "A", "The rescue was led by coxswain Dana Whitlow, who had been on duty since dawn.")
                        .slots(null, "lead", null).person("Dana Whitlow", "Dana Whitlow"),
                claim("b1", "B", "The rescue was led by coxswain Piet Marren, who had been on duty since dawn.")
                        .slots(null, "lead", null).person("Piet Marren", "Piet Marren"));
        assertThat(found).singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(ConflictKind.PERSON));
    }

    @Test
    void aPlaceAgainstANameTheTaggerLeftUntypedIsAPlaceConflict() {
        List<Finding> found = findings(
                claim("a1", "A", "He died in a prison hospital in Springfield, Missouri, on Monday morning, a spokesman said.")
                        .slots("He", "die", null).place("Springfield").place("Missouri"),
                claim("b1", "B", "He died in a prison hospital in Center, Missouri, on Monday morning, a spokesman said.")
                        .slots("He", "die", null).place("Missouri"));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(ConflictKind.PLACE);
            assertThat(List.of(f.valueA(), f.valueB())).containsExactly("Springfield", "Center");
        });
    }

    @Test
    void aCapitalisedCommonWordOpeningTheSentenceIsNoName() {
        assertThat(findings(
                claim("a1", "A", "Tolvik officials said the harbour would stay closed until the wreck was moved.")
                        .slots("Tolvik officials", "say", null).place("Tolvik"),
                claim("b1", "B", "City officials said the harbour would stay closed until the wreck was moved.")
                        .slots("City officials", "say", null)))
                .isEmpty();
        // the twin: a name against another name
        assertThat(findings(
                claim("a1", "A", "Tolvik officials said the harbour would stay closed until the wreck was moved.")
                        .slots("Tolvik officials", "say", null).place("Tolvik"),
                claim("b1", "B", "Brenna officials said the harbour would stay closed until the wreck was moved.")
                        .slots("Brenna officials", "say", null).place("Brenna")))
                .isNotEmpty();
    }

    @Test
    void anotherWeekdayBesideTheSameDateIsADateConflict() {
        List<Finding> found = findings(
                claim("a1", "A", "The cable failed on Saturday 8 October 2011, the operator said in a statement.")
                        .slots("The cable", "fail", null).date("Saturday 8 October 2011", "2011-10-08"),
                claim("b1", "B", "The cable failed on Wednesday 8 October 2011, the operator said in a statement.")
                        .slots("The cable", "fail", null).date("Wednesday 8 October 2011", "2011-10-08"));
        assertThat(found).singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(ConflictKind.DATE));
    }

    @Test
    void theSameDetailWrittenAnotherWayIsNoConflict() {
        assertThat(findings(
                claim("a1", "A", "Five crew members were taken to hospital in Tolvik after the grounding.")
                        .slots(null, "take", "Five crew members").number(5, "members", "Five").place("Tolvik"),
                claim("b1", "B", "5 crew members were taken to hospital in Tolvik after the grounding.")
                        .slots(null, "take", "5 crew members").number(5, "members", "5").place("Tolvik")))
                .as("a number in words and in digits").isEmpty();
        assertThat(findings(
                claim("a1", "A", "The harbour at Tolvik reopened on February 18 after the storm.")
                        .slots("The harbour", "reopen", null).place("Tolvik").date("February 18", "2024-02-18"),
                claim("b1", "B", "The harbour at Tolvik reopened in February after the storm.")
                        .slots("The harbour", "reopen", null).place("Tolvik").date("February", "2024-02")))
                .as("a less precise date").isEmpty();
        assertThat(findings(
                claim("a1", "A", "The harbour at Tolvik reopened on Monday after the storm had passed.")
                        .slots("The harbour", "reopen", null).place("Tolvik"),
                claim("b1", "B", "The port at Tolvik reopened on Monday after the storm had passed.")
                        .slots("The port", "reopen", null).place("Tolvik")))
                .as("a synonym").isEmpty();
        // the twin: another number in words and in digits
        assertThat(findings(
                claim("a1", "A", "Five crew members were taken to hospital in Tolvik after the grounding.")
                        .slots(null, "take", "Five crew members").number(5, "members", "Five").place("Tolvik"),
                claim("b1", "B", "7 crew members were taken to hospital in Tolvik after the grounding.")
                        .slots(null, "take", "7 crew members").number(7, "members", "7").place("Tolvik")))
                .extracting(Finding::kind).contains(ConflictKind.NUMBER);
    }

    @Test
    void aReprintRewordedWithSynonymsStillShowsItsOneChangedDetail() {
        List<Finding> found = findings(
                claim("a1", "A", "Robert Kessel, 32, was arrested at his home in Tolvik on Monday evening.")
                        .slots("Robert Kessel", "arrest", null).person("Robert Kessel", "Robert Kessel").place("Tolvik"),
                claim("b1", "B", "Robert Kessel, 128, was arrested at his house in Tolvik on Monday evening.")
                        .slots("Robert Kessel", "arrest", null).person("Robert Kessel", "Robert Kessel").place("Tolvik"));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(ConflictKind.NUMBER);
            assertThat(List.of(f.valueA(), f.valueB())).containsExactly("32", "128");
        });
        assertThat(findings(
                claim("a1", "A", "Robert Kessel, 32, was arrested at his home in Tolvik on Monday evening.")
                        .slots("Robert Kessel", "arrest", null).person("Robert Kessel", "Robert Kessel").place("Tolvik"),
                claim("b1", "B", "Robert Kessel, 32, was arrested at his house in Tolvik on Monday evening.")
                        .slots("Robert Kessel", "arrest", null).person("Robert Kessel", "Robert Kessel").place("Tolvik")))
                .as("the synonym alone").isEmpty();
    }

    @Test
    void aTitleForAFirstNameIsTheSamePerson() {
        String quote = "There were five officers in my front yard with their guns out, ";
        assertThat(findings(
                claim("a1", "A", quote + "Luke Pigeon said.").slots("five officers", "be", null)
                        .saidBy("Luke Pigeon", "said").person("Luke Pigeon", "Luke Pigeon"),
                claim("b1", "B", quote + "Mr. Pigeon said.").slots("five officers", "be", null)
                        .saidBy("Mr. Pigeon", "said").person("Pigeon", "Pigeon")))
                .isEmpty();
        // the twin: another speaker of the same words
        assertThat(findings(
                claim("a1", "A", quote + "Luke Pigeon said.").slots("five officers", "be", null)
                        .saidBy("Luke Pigeon", "said").person("Luke Pigeon", "Luke Pigeon"),
                claim("b1", "B", quote + "Anton Dove said.").slots("five officers", "be", null)
                        .saidBy("Anton Dove", "said").person("Anton Dove", "Anton Dove")))
                .isNotEmpty();
    }

    @Test
    void aPlaceWithinTheOtherIsNoConflict() {
        assertThat(findings(
                claim("a1", "A", "A petrol bomb thrown at a bank in Greece killed three people on Wednesday.")
                        .slots("A petrol bomb", "kill", "three people").place("Greece"),
                claim("b1", "B", "A petrol bomb thrown at a bank in Athens killed three people on Wednesday.")
                        .slots("A petrol bomb", "kill", "three people").place("Athens")))
                .isEmpty();
        assertThat(findings(
                claim("a1", "A", "A petrol bomb thrown at a bank in Paris killed three people on Wednesday.")
                        .slots("A petrol bomb", "kill", "three people").place("Paris"),
                claim("b1", "B", "A petrol bomb thrown at a bank in Athens killed three people on Wednesday.")
                        .slots("A petrol bomb", "kill", "three people").place("Athens")))
                .singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(ConflictKind.PLACE));
    }

    @Test
    void whatCouldOrWouldBeIsNoSideOfAConflictOfFacts() {
        assertThat(findings(
                claim("a1", "A", "The Tolvik Rovers have made an eight-year offer to the striker, his agent said.")
                        .slots("The Tolvik Rovers", "make", "an eight-year offer").org("Tolvik Rovers", "Tolvik Rovers"),
                claim("b1", "B", "The Vestby Albion could make an offer to the striker that would top every other.")
                        .slots("The Vestby Albion", "make", "an offer").org("Vestby Albion", "Vestby Albion")))
                .isEmpty();
        assertThat(findings(
                claim("a1", "A", "The Tolvik Rovers have made an eight-year offer to the striker, his agent said.")
                        .slots("The Tolvik Rovers", "make", "an eight-year offer").org("Tolvik Rovers", "Tolvik Rovers"),
                claim("b1", "B", "The Vestby Albion have made an eight-year offer to the striker, his agent said.")
                        .slots("The Vestby Albion", "make", "an eight-year offer").org("Vestby Albion", "Vestby Albion")))
                .as("the same sentence stating it as fact").isNotEmpty();
    }

    @Test
    void countsFramedAlikeConflictAndCountsOfDifferentThingsDoNot() {
        assertThat(findings(
                claim("a1", "A", "The earthquake struck Tolvik on Sunday, killing 10 people and injuring dozens more.")
                        .slots("The earthquake", "kill", "10 people").number(10, null, "10").place("Tolvik"),
                claim("b1", "B", "Officials in Tolvik said the earthquake destroyed several villages, killing three people.")
                        .slots("the earthquake", "kill", "three people").number(3, null, "three").place("Tolvik")))
                .singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(ConflictKind.NUMBER));
        assertThat(findings(
                claim("a1", "A", "Varga completed his first 17 passes as Tolvik beat Vestby on Sunday.")
                        .slots("Varga", "complete", "his first 17 passes").number(17, null, "17"),
                claim("b1", "B", "On Sunday Varga completed 29 of 34 passes in the win over Vestby.")
                        .slots("Varga", "complete", "29 of 34 passes").number(34, null, "34")))
                .isEmpty();
    }

    @Test
    void aChangeOfMoreThanOneDetailIsLeftToTheSlotComparison() {
        assertThat(findings(
                claim("a1", "A", "Twelve people were injured when the train derailed near Tolvik on Sunday.")
                        .slots(null, "injure", "Twelve people").number(12, "people", "Twelve").place("Tolvik"),
                claim("b1", "B", "Three people were killed when the train derailed near Tolvik on Sunday.")
                        .slots(null, "kill", "Three people").number(3, "people", "Three").place("Tolvik")))
                .as("the counted event differs too").isEmpty();
        // the twin: the count alone changed
        assertThat(findings(
                claim("a1", "A", "Twelve people were injured when the train derailed near Tolvik on Sunday.")
                        .slots(null, "injure", "Twelve people").number(12, "people", "Twelve").place("Tolvik"),
                claim("b1", "B", "Three people were injured when the train derailed near Tolvik on Sunday.")
                        .slots(null, "injure", "Three people").number(3, "people", "Three").place("Tolvik")))
                .extracting(Finding::kind).contains(ConflictKind.NUMBER);
    }

    @Test
    void sentencesOfOneArticleAreNotCompared() {
        assertThat(findings(
                claim("a1", "A", "Robert Kessel, 32, was arrested at his home in Tolvik on Monday evening.")
                        .slots("Robert Kessel", "arrest", null).number(32, null, "32"),
                claim("a2", "A", "Robert Kessel, 33, was arrested at his home in Tolvik on Monday evening.")
                        .slots("Robert Kessel", "arrest", null).number(33, null, "33")))
                .isEmpty();
        // the twin: the same two sentences in two articles
        assertThat(findings(
                claim("a1", "A", "Robert Kessel, 32, was arrested at his home in Tolvik on Monday evening.")
                        .slots("Robert Kessel", "arrest", null).number(32, null, "32"),
                claim("b1", "B", "Robert Kessel, 33, was arrested at his home in Tolvik on Monday evening.")
                        .slots("Robert Kessel", "arrest", null).number(33, null, "33")))
                .isNotEmpty();
    }
}
