package org.crosscheck.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.align.ConflictKind;
import org.crosscheck.claims.ClaimExtractor;
import org.crosscheck.extract.Article;
import org.crosscheck.language.SentenceEmbedder;
import org.crosscheck.language.WordNetLexicon;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;
import org.crosscheck.align.AlignmentSettings;

/** The verifier with its real models on an invented report; each case changes one fact of it. */
class StatementVerifierTest {

    private static final StatementVerifier VERIFIER = new StatementVerifier(new ClaimExtractor(), new SentenceEmbedder(),
            new WordNetLexicon(), VerifySettings.defaults(), AlignmentSettings.defaults());

    private static final Article FERRY = new Article("harbour-times", "harbour-times.txt", null,
            "Ferry service to Velby resumes", null, PartialDate.parseIso("2025-04-11").orElseThrow(), "Harbour Times", "en", """
            The ferry service between Oskarby and Velby resumed on Thursday after a three-week strike by deck crews.

            Harbour master Ola Brenning said the blue ferry carried 240 passengers on its first crossing.

            Ticket prices rose by ten percent, the operator Nordsund Lines said in a statement.

            The crews accepted a new contract that limits shifts to ten hours.
            """);

    private static VerifyResult verify(String statement) {
        return VERIFIER.verify(new VerifyJob("t", statement, List.of(FERRY)));
    }

    @Test
    void aParaphraseIsSupportedWithItsSourceSentence() {
        VerifyResult r = verify("The ferry service between Oskarby and Velby restarted on Thursday after a three-week strike by deck crews.");
        assertThat(r.verdict()).isEqualTo(Verdict.SUPPORTED);
        SentenceVerdict s = r.sentences().get(0);
        assertThat(s.evidence()).isNotEmpty();
        Evidence e = s.evidence().get(0);
        assertThat(e.relation()).isEqualTo(Evidence.Relation.SUPPORTS);
        assertThat(e.articleId()).isEqualTo("harbour-times");
        assertThat(e.sentence()).contains("resumed on Thursday");
        assertThat(FERRY.text().substring(e.start(), e.end())).isEqualTo(e.sentence());
    }

    @Test
    void aSurnameResolvesToTheSourcesPerson() {
        VerifyResult r = verify("Brenning said the blue ferry carried 240 passengers on its first crossing.");
        assertThat(r.verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void aChangedNumberConflicts() {
        VerifyResult r = verify("Harbour master Ola Brenning said the blue ferry carried 420 passengers on its first crossing.");
        assertThat(r.verdict()).isEqualTo(Verdict.CONFLICTING);
        assertThat(r.sentences().get(0).evidence()).anySatisfy(e -> {
            assertThat(e.relation()).isEqualTo(Evidence.Relation.CONFLICTS);
            assertThat(e.kind()).isEqualTo(ConflictKind.NUMBER);
            assertThat(e.sentence()).contains("240 passengers");
        });
    }

    @Test
    void anInsertedNegationConflicts() {
        VerifyResult r = verify("The crews did not accept a new contract that limits shifts to ten hours.");
        assertThat(r.verdict()).isEqualTo(Verdict.CONFLICTING);
        assertThat(r.sentences().get(0).evidence().get(0).kind()).isEqualTo(ConflictKind.NEGATION);
    }

    @Test
    void anAntonymConflicts() {
        VerifyResult r = verify("Ticket prices fell by ten percent, the operator Nordsund Lines said in a statement.");
        assertThat(r.verdict()).isEqualTo(Verdict.CONFLICTING);
        Evidence e = r.sentences().get(0).evidence().get(0);
        assertThat(e.kind()).isEqualTo(ConflictKind.ACTION);
        assertThat(e.detail()).contains("fall").contains("rise");
    }

    @Test
    void aSwappedColourConflicts() {
        VerifyResult r = verify("Harbour master Ola Brenning said the red ferry carried 240 passengers on its first crossing.");
        assertThat(r.verdict()).isEqualTo(Verdict.CONFLICTING);
        assertThat(r.sentences().get(0).evidence().get(0).detail()).contains("red").contains("blue");
    }

    @Test
    void aNameTheArticleUsesElsewhereConflictsInAnotherNamesPlace() {
        VerifyResult r = verify("The ferry service between Oskarby and Nordsund resumed on Thursday after a three-week strike by deck crews.");
        assertThat(r.verdict()).isEqualTo(Verdict.CONFLICTING);
        assertThat(r.sentences().get(0).unstatedFacts()).isEmpty();
        assertThat(r.sentences().get(0).evidence().get(0).detail()).contains("Nordsund").contains("Velby");
    }

    @Test
    void aNumberTheArticleUsesElsewhereConflictsInAnotherNumbersPlace() {
        VerifyResult r = verify("The ferry service between Oskarby and Velby resumed on Thursday after a ten-week strike by deck crews.");
        assertThat(r.verdict()).isEqualTo(Verdict.CONFLICTING);
    }

    @Test
    void aDenialNoCloseSourceSentenceMakesConflicts() {
        VerifyResult r = verify("The crews did not protest a new contract that limits shifts to ten hours.");
        assertThat(r.verdict()).isEqualTo(Verdict.CONFLICTING);
        Evidence e = r.sentences().get(0).evidence().get(0);
        assertThat(e.kind()).isEqualTo(ConflictKind.NEGATION);
        assertThat(e.detail()).contains("protest");
    }

    @Test
    void aNegatedFormOfASourceWordConflicts() {
        VerifyResult r = verify("The crews accepted a new contract that unlimits shifts to ten hours.");
        assertThat(r.verdict()).isEqualTo(Verdict.CONFLICTING);
        assertThat(r.sentences().get(0).evidence().get(0).detail()).contains("unlimits").contains("limits");
    }

    @Test
    void aNameNoSourceStatesIsUnsupported() {
        VerifyResult r = verify("The ferry service between Oskarby and Velby resumed on Thursday, Mayor Ingrid Halvorsen said.");
        assertThat(r.verdict()).isEqualTo(Verdict.UNSUPPORTED);
        assertThat(r.sentences().get(0).unstatedFacts()).contains("Halvorsen");
        assertThat(r.sentences().get(0).evidence()).isEmpty();
    }

    @Test
    void oneUnsupportedSentenceMakesTheStatementUnsupported() {
        VerifyResult r = verify("The ferry service between Oskarby and Velby resumed on Thursday. "
                + "The operator plans to buy two electric ferries from a shipyard in Gdansk next year.");
        assertThat(r.sentences()).hasSize(2);
        assertThat(r.sentences().get(0).verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(r.sentences().get(1).verdict()).isEqualTo(Verdict.UNSUPPORTED);
        assertThat(r.verdict()).isEqualTo(Verdict.UNSUPPORTED);
    }

    @Test
    void theStatementsIdIsKeptAndASourceCalledStatementDoesNotClash() {
        Article named = new Article("statement", "s.txt", null, null, null, null, null, "en", FERRY.text());
        VerifyResult r = VERIFIER.verify(new VerifyJob("job-7", "The crews accepted a new contract that limits shifts to ten hours.",
                List.of(named)));
        assertThat(r.id()).isEqualTo("job-7");
        assertThat(r.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(r.sentences().get(0).evidence().get(0).articleId()).isEqualTo("statement");
    }

    @Test
    void aSentenceWithNothingToCheckIsUnsupportedWithAReasonEvenWhenASourceRepeatsIt() {
        Article echo = new Article("echo", "echo.txt", null, null, null, null, null, "en",
                "They did it again. They said so. The deck crews of Oskarby walked out for the second time this year.");
        for (String statement : List.of("x", "!!!", "They did it again.", "They said so.")) {
            VerifyResult r = VERIFIER.verify(new VerifyJob("t", statement, List.of(FERRY, echo)));
            assertThat(r.verdict()).as(statement).isEqualTo(Verdict.UNSUPPORTED);
            assertThat(r.sentences()).as(statement).isNotEmpty().allSatisfy(s -> {
                assertThat(s.verdict()).isEqualTo(Verdict.UNSUPPORTED);
                assertThat(s.reason()).isEqualTo(StatementVerifier.NOT_CHECKABLE);
                assertThat(s.evidence()).isEmpty();
            });
        }
        assertThat(verify("The ferry resumed.").sentences().get(0).reason()).isNotEqualTo(StatementVerifier.NOT_CHECKABLE);
    }

    @Test
    void amongManySourcesOnlyTheBestByBm25AreReadClosely() {
        List<Article> sources = new java.util.ArrayList<>(SourceShortlistTest.unrelated(150));
        sources.add(75, FERRY);
        VerifyJob job = new VerifyJob("many", "Harbour master Ola Brenning said the blue ferry carried 240 passengers.", sources);
        List<Article> read = VERIFIER.sourcesReadClosely(job);
        assertThat(read).hasSizeLessThanOrEqualTo(VerifySettings.defaults().sourceArticles()).contains(FERRY);
        VerifyResult r = VERIFIER.verify(job);
        assertThat(r.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(r.sentences().get(0).evidence()).allSatisfy(e -> assertThat(e.articleId()).isEqualTo("harbour-times"));
    }
}
