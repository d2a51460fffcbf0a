package org.crosscheck.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.claims.ClaimExtractor;
import org.crosscheck.extract.Article;
import org.crosscheck.language.SentenceEmbedder;
import org.crosscheck.language.WordNetLexicon;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.crosscheck.align.AlignmentSettings;

/**
 * Short statements whose words all occur in the sources but whose facts the sources do not
 * report: each is judged against the source sentences that bear on it, by the shipped model.
 * Invented town, people and events.
 */
class EvidenceFirstTest {

    private static final StatementVerifier VERIFIER = new StatementVerifier(new ClaimExtractor(), new SentenceEmbedder(),
            new WordNetLexicon(), VerifySettings.defaults(), AlignmentSettings.defaults());

    private static final Article TOWN_HALL = new Article("caldmoor-courier", "caldmoor-courier.txt", null,
            "Mayor stays on as budget row deepens", null, PartialDate.parseIso("2025-05-12").orElseThrow(), "Caldmoor Courier", "en", """
            Mayor Ilse Varga said on Monday that she would not resign over the budget dispute, despite calls from two councillors for her to step down.

            Fire Chief Marta Okonkwo was questioned by investigators about the warehouse fire on Dock Street, but she was not arrested, police said.

            The ferry Grey Heron ran aground near Tolley Point on Sunday evening; all 80 passengers were taken off safely and the vessel was towed back to port.

            Harwick Rovers beat Selby Athletic 3-1 at Marsh Lane on Saturday, with Tomas Reyes scoring twice in the second half.

            The Brindle Lane library reopened its doors on Saturday after a two-year restoration of its reading room.
            """);

    /** The verdict on the statement's first sentence against the given sources. */
    private static SentenceVerdict firstSentence(String statement, List<Article> sources) {
        return VERIFIER.verify(new VerifyJob("t", statement, sources)).sentences().get(0);
    }

    private static VerifyResult verify(String statement) {
        return VERIFIER.verify(new VerifyJob("t", statement, List.of(TOWN_HALL)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The mayor resigned.",
            "Fire Chief Marta Okonkwo was arrested.",
            "The ferry sank.",
            "Harwick Rovers lost the match.",
            "The library closed on Saturday."})
    void aFalseStatementWhoseWordsTheSourcesUseIsNotSupported(String statement) {
        SentenceVerdict s = verify(statement).sentences().get(0);
        assertThat(s.verdict()).as(s.reason() + " " + s.features()).isNotEqualTo(Verdict.SUPPORTED);
        assertThat(s.reason()).isNotBlank();
        assertThat(s.score()).isLessThan(VerifyModel.shipped().threshold());
    }

    @Test
    void aParaphraseInOtherWordsIsSupported() {
        SentenceVerdict s = verify("The Grey Heron ferry went aground close to Tolley Point on Sunday, and every passenger "
                + "was brought ashore safely.").sentences().get(0);
        assertThat(s.verdict()).as(s.reason() + " " + s.features()).isEqualTo(Verdict.SUPPORTED);
        assertThat(s.evidence()).anySatisfy(e -> assertThat(e.sentence()).contains("ran aground"));
        assertThat(s.score()).isGreaterThanOrEqualTo(VerifyModel.shipped().threshold());
    }

    @Test
    void anEventNoSourceReportsIsUnsupported() {
        SentenceVerdict s = verify("Two councillors were expelled from the council on Monday.").sentences().get(0);
        assertThat(s.verdict()).as(s.reason() + " " + s.features()).isEqualTo(Verdict.UNSUPPORTED);
        assertThat(s.reason()).isNotBlank();
    }

    /** Three outlets in which the fire chief only speaks: her name and title are there, no arrest is. */
    private static final List<Article> RIVER_SEARCH = List.of(
            new Article("brenwick-post", "brenwick-post.txt", null, "Search of the Aldon riverbed ends", null,
                    PartialDate.parseIso("2025-06-02").orElseThrow(), "Brenwick Post", "en", """
                    Divers found no more passengers when the Aldon riverbed was searched on Sunday.

                    Fire Chief Dana Whitlow said the search of the riverbed was complete.
                    """),
            new Article("aldon-echo", "aldon-echo.txt", null, "Crews reached the river within minutes", null,
                    PartialDate.parseIso("2025-06-02").orElseThrow(), "Aldon Echo", "en", """
                    The launch overturned near the weir with 40 people on board.

                    "We had boats on the water within minutes," said Fire Chief Dana Whitlow.
                    """),
            new Article("valley-wire", "valley-wire.txt", null, "Bystanders threw ropes", null,
                    PartialDate.parseIso("2025-06-02").orElseThrow(), "Valley Wire", "en", """
                    Fire Chief Dana Whitlow praised the bystanders who threw ropes and lifebuoys to people in the water before the first crews arrived.
                    """));

    @Test
    void anEventNotReportedOfSomeoneTheSourcesNameIsUnsupported() {
        SentenceVerdict s = firstSentence("Fire Chief Dana Whitlow was arrested.", RIVER_SEARCH);
        assertThat(s.verdict()).as(s.reason() + " " + s.features()).isEqualTo(Verdict.UNSUPPORTED);
        assertThat(s.reason()).contains("arrested");
        // what the sources do report of her stays supported
        SentenceVerdict said = firstSentence("Fire Chief Dana Whitlow praised the bystanders.",
                RIVER_SEARCH);
        assertThat(said.verdict()).as(said.reason() + " " + said.features()).isEqualTo(Verdict.SUPPORTED);
    }

    /** A grounding and a football win, told in words that are near what did not happen. */
    private static final Article HARBOUR_AND_PITCH = new Article("marrow-herald", "marrow-herald.txt", null,
            "Ferry aground off Marrow Head; Albion win", null, PartialDate.parseIso("2025-09-14").orElseThrow(), "Marrow Herald", "en", """
            The ferry Kestrel ran aground off Marrow Head on Tuesday morning with 62 passengers on board.

            Captain Ines Halloran ordered the evacuation of the ferry after it began to list in the falling tide.

            Dunmore Albion came from two goals down to beat Carrick Town 3-2 at Fenwick Park on Saturday.

            The win lifts Dunmore Albion to second place in the league with one match left to play.
            """);

    @Test
    void anEventReportedOnlyOfAnotherThingIsUnsupported() {
        // "falling" tells of the tide, not the ferry: WordNet's "sink" is a kind of "fall"
        SentenceVerdict s = firstSentence("The ferry sank.", List.of(HARBOUR_AND_PITCH));
        assertThat(s.verdict()).as(s.reason() + " " + s.features()).isEqualTo(Verdict.UNSUPPORTED);
        assertThat(s.reason()).contains("sank");
    }

    @Test
    void whatTheSourcesDoReportOfTheFerryStaysSupported() {
        SentenceVerdict s = firstSentence("The ferry Kestrel ran aground off Marrow Head.",
                List.of(HARBOUR_AND_PITCH));
        assertThat(s.verdict()).as(s.reason() + " " + s.features()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void aLossWhereTheSourcesReportAWinIsNotSupported() {
        // "lost" is the opposite of "the win" that "lifts Dunmore Albion"
        SentenceVerdict s = firstSentence("Dunmore Albion lost the match.", List.of(HARBOUR_AND_PITCH));
        assertThat(s.verdict()).as(s.reason() + " " + s.features()).isNotEqualTo(Verdict.SUPPORTED);
        assertThat(s.reason()).isNotBlank();
    }

    /** A protest told with one verb, and an investigation that ended with no charge. */
    private static final List<Article> PROTEST_AND_INQUIRY = List.of(
            new Article("vellmar-daily", "vellmar-daily.txt", null, "Paint outside the ministry", null,
                    PartialDate.parseIso("2025-03-07").orElseThrow(), "Vellmar Daily", "en", """
                    On the first anniversary of the dam closure, farmers dumped sacks of red and white flour on the steps of the Vellmar water ministry.

                    Prosecutors in Ostrava Province dropped their inquiry into the farmers' leader, Pavel Sedlak, in March, and no charge was ever brought against him.
                    """),
            new Article("ostrava-tribune", "ostrava-tribune.txt", null, "Inquiry into farmers' leader closed", null,
                    PartialDate.parseIso("2025-03-08").orElseThrow(), "Ostrava Tribune", "en", """
                    Pavel Sedlak was questioned twice, but prosecutors closed the case without charging him.
                    """));

    @Test
    void anEventToldInAnotherVerbThatKeepsTheSentencesSenseIsSupported() {
        // no source uses "scattered" or a WordNet relative of it; "dumped" in its place keeps the sense
        SentenceVerdict s = firstSentence("On the first anniversary of the dam closure, farmers scattered "
                + "sacks of red and white flour on the steps of the Vellmar water ministry.", PROTEST_AND_INQUIRY);
        assertThat(s.verdict()).as(s.reason() + " " + s.features()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void aChargeTheSourcesSayWasNeverBroughtIsNotSupported() {
        SentenceVerdict s = firstSentence("Prosecutors in Ostrava Province charged Pavel Sedlak.",
                PROTEST_AND_INQUIRY);
        assertThat(s.verdict()).as(s.reason() + " " + s.features()).isNotEqualTo(Verdict.SUPPORTED);
        assertThat(s.reason()).isNotBlank();
    }

    private static final List<Article> HARBOUR_SALE = List.of(
            new Article("tolley-ledger", "tolley-ledger.txt", null, "Council sold the old pier", null,
                    PartialDate.parseIso("2025-06-02").orElseThrow(), "Tolley Ledger", "en", """
                    Tolley Point council quietly sold the old harbour pier to a hotel developer in April, council papers seen by the Tolley Ledger show.

                    The sale was never put to a public vote, and two councillors said they learned of it only last week.
                    """));

    @Test
    void whatAReportSaysHappenedIsTheEventChecked() {
        // the statement's main verb only says who told it; the sources report what was told
        SentenceVerdict s = firstSentence("An investigation by the Tolley Ledger has revealed that Tolley Point "
                + "council quietly sold the old harbour pier to a hotel developer in April.", HARBOUR_SALE);
        assertThat(s.verdict()).as(s.reason() + " " + s.features()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void whatAReportSaysHappenedIsNotSupportedWhenNoSourceReportsIt() {
        SentenceVerdict s = firstSentence("An investigation by the Tolley Ledger has revealed that Tolley Point "
                + "council quietly demolished the old harbour pier in April.", HARBOUR_SALE);
        assertThat(s.verdict()).as(s.reason() + " " + s.features()).isNotEqualTo(Verdict.SUPPORTED);
    }

    /** A bridge named for its street, which the coverage places in a town. */
    private static final List<Article> PIER_ROAD_BRIDGE = List.of(
            new Article("wrenford-echo", "wrenford-echo.txt", null, "Bridge span falls into the Lowe", null,
                    PartialDate.parseIso("2025-09-03").orElseThrow(), "Wrenford Echo", "en", """
                    A span of the Pier Road Bridge fell into the River Lowe on Tuesday evening in the middle of Wrenford, the fire service said.

                    The Pier Road Bridge collapsed at the height of the evening rush hour, and eleven people were taken to hospital.

                    Engineers had closed one lane of the bridge in the spring after cracks were found in its deck.
                    """));

    @Test
    void aPlaceTheSourcesNameWithTheBridgeDoesNotContradictItsName() {
        SentenceVerdict s = firstSentence("The Wrenford bridge collapsed.", PIER_ROAD_BRIDGE);
        assertThat(s.verdict()).as(s.reason() + " " + s.evidence() + " " + s.features()).isNotEqualTo(Verdict.CONFLICTING);
        assertThat(s.features().get(VerifyFeature.SLOT_SWAP)).isZero();
    }

    @Test
    void aPlaceTheSourcesNeverNameWithTheBridgeStillReplacesItsName() {
        SentenceVerdict s = firstSentence("The Harbour Road Bridge collapsed.", PIER_ROAD_BRIDGE);
        assertThat(s.verdict()).as(s.reason() + " " + s.evidence() + " " + s.features()).isNotEqualTo(Verdict.SUPPORTED);
    }

    /** A museum's insurance figure, in millions written with a decimal point. */
    private static final Article TAPESTRY = new Article("varnley-gazette", "varnley-gazette.txt", null,
            "Tapestry goes on show in Varnley", null, PartialDate.parseIso("2025-03-04").orElseThrow(), "Varnley Gazette", "en", """
            The Ormsby tapestry went on show at the Varnley town museum on Monday after two years of repairs.

            The museum said the tapestry is insured for 3.2 million crowns and will hang in the west hall until October.
            """);

    @Test
    void aNumberTenTimesTheSourcesIsNotStatedByTheirScaleWord() {
        // "32 million" and "3.2 million" share WordNet's "million"; numbers of ten million and more
        // are normalised as "3.2E7"
        SentenceVerdict wrong = firstSentence("The tapestry is insured for 32 million crowns.", List.of(TAPESTRY));
        assertThat(wrong.verdict()).as(wrong.reason() + " " + wrong.features()).isNotEqualTo(Verdict.SUPPORTED);
        assertThat(wrong.unstatedFacts()).contains("32");
        SentenceVerdict right = firstSentence("The tapestry is insured for 3.2 million crowns.", List.of(TAPESTRY));
        assertThat(right.verdict()).as(right.reason() + " " + right.features()).isEqualTo(Verdict.SUPPORTED);
    }

    /** Two reports of one signing: the one closest in words gives no day, the other gives Monday. */
    private static final List<Article> ACCORD = List.of(
            new Article("tessel-herald", "tessel-herald.txt", null, "River accord signed", null,
                    PartialDate.parseIso("2025-06-10").orElseThrow(), "Tessel Herald", "en", """
                    Ministers Orla Feeney and Bram Keel signed the Arden river accord at the Tessel lodge, officials said.

                    The accord sets the share of the river's water that each valley may take in a dry summer.
                    """),
            new Article("keel-valley-news", "keel-valley-news.txt", null, "Valleys settle water dispute", null,
                    PartialDate.parseIso("2025-06-10").orElseThrow(), "Keel Valley News", "en", """
                    The river accord was signed on Monday by the two ministers, after two years of talks between the valleys.

                    Farmers on both banks welcomed the agreement.
                    """));

    @Test
    void aDayThatOneCloseSourceReplacesAndNoneStatesConflicts() {
        SentenceVerdict s = firstSentence("Feeney and Keel signed the Arden river accord on Friday.", ACCORD);
        assertThat(s.verdict()).as(s.reason() + " " + s.features()).isEqualTo(Verdict.CONFLICTING);
        assertThat(s.reason()).contains("Friday").contains("Monday");
        SentenceVerdict right = firstSentence("Feeney and Keel signed the Arden river accord on Monday.", ACCORD);
        assertThat(right.verdict()).as(right.reason() + " " + right.features()).isEqualTo(Verdict.SUPPORTED);
    }
}
