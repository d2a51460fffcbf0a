package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.report.ReportFixtures.claim;
import static org.crosscheck.report.ReportFixtures.group;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crosscheck.align.ClaimGroup;
import org.crosscheck.align.ClaimStatus;
import org.crosscheck.align.Conflict;
import org.crosscheck.align.ConflictKind;
import org.crosscheck.align.ConflictSide;
import org.crosscheck.extract.Article;
import org.crosscheck.provenance.Derivation;
import org.crosscheck.provenance.DirectionBasis;
import org.crosscheck.provenance.ReuseKind;
import org.crosscheck.provenance.ReuseLink;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * A story told by four invented outlets: Harrowgate Wire breaks it at 06:00; Fenmouth Post runs the wire
 * word for word; Corley Daily rewrites it; Tamsin Radio reports on its own, later, and disputes the toll.
 */
class OutletCoverageTest {

    private static PartialDate at(int day, int hour) {
        return new PartialDate(2025, 3, day, LocalTime.of(hour, 0), ZoneOffset.UTC);
    }

    private static Article article(String id, String outlet, PartialDate published) {
        return new Article(id, id + ".html", null, "Title " + id, null, published, outlet, "en", "Text of " + id + ".",
                outlet);
    }

    private static Derivation link(String from, String to, ReuseKind kind) {
        return new Derivation(new ReuseLink(from, to, kind, 0.9), DirectionBasis.DATE, 0.9, 0.9);
    }

    private final List<Article> articles = List.of(
            article("wire", "Harrowgate Wire", at(4, 6)),
            article("copy", "Fenmouth Post", at(4, 8)),
            article("rewrite", "Corley Daily", at(4, 9)),
            article("copy2", "Corley Daily", at(4, 11)),
            article("radio", "Tamsin Radio", at(5, 7)));
    private final List<Derivation> links = List.of(
            link("wire", "copy", ReuseKind.DUPLICATE),
            link("wire", "rewrite", ReuseKind.REWRITE),
            link("wire", "copy2", ReuseKind.DUPLICATE),
            link("wire", "radio", ReuseKind.PARTIAL));
    private final List<ClaimGroup> claims = List.of(
            group("g-collapse", ClaimStatus.CORROBORATED, 2,
                    claim("c1", "wire", "The bridge collapsed on Tuesday.", 0, null),
                    claim("c2", "copy", "The bridge collapsed on Tuesday.", 0, null),
                    claim("c3", "rewrite", "The bridge fell on Tuesday.", 0, null),
                    claim("c4", "radio", "The bridge came down on Tuesday.", 0, null)),
            group("g-mayor", ClaimStatus.SINGLE_SOURCE, 1,
                    claim("c5", "radio", "The mayor visited the site at dawn.", 40, null)),
            group("g-corley", ClaimStatus.SINGLE_SOURCE, 1,
                    claim("c6", "rewrite", "Traffic was diverted through Corley.", 60, null),
                    claim("c7", "copy2", "Traffic was diverted through Corley.", 60, null)));
    private final List<Conflict> conflicts = List.of(new Conflict("x-toll", ConflictKind.values()[0], "how many were hurt",
            List.of(new ConflictSide("21", List.of("wire", "copy"), List.of("21 hurt."), List.of("c8")),
                    new ConflictSide("12", List.of("radio"), List.of("12 hurt."), List.of("c9"))), 0.8));

    private Map<String, StoryOutlet> outlets(List<Article> members, List<Derivation> provenance) {
        return OutletCoverage.of(members, provenance, claims, conflicts).stream()
                .collect(Collectors.toMap(StoryOutlet::outlet, Function.identity()));
    }

    @Test
    void rolesFollowTheProvenanceLinksAndTheFirstReport() {
        Map<String, StoryOutlet> o = outlets(articles, links);
        assertThat(o.get("Harrowgate Wire").role()).isEqualTo(OutletRole.ORIGINATOR);
        assertThat(o.get("Fenmouth Post").role()).isEqualTo(OutletRole.COPIER);
        assertThat(o.get("Corley Daily").role()).isEqualTo(OutletRole.REWRITER);
        assertThat(o.get("Tamsin Radio").role()).isEqualTo(OutletRole.INDEPENDENT); // a partial reuse is still its own text
        assertThat(o.get("Corley Daily").articleIds()).containsExactly("rewrite", "copy2");
    }

    @Test
    void withoutLinksTheEarliestOutletOriginatesAndTheOthersAreIndependent() {
        Map<String, StoryOutlet> o = outlets(articles, List.of());
        assertThat(o.get("Harrowgate Wire").role()).isEqualTo(OutletRole.ORIGINATOR);
        assertThat(o.values().stream().filter(s -> s.role() == OutletRole.ORIGINATOR)).hasSize(1);
        assertThat(o.get("Fenmouth Post").role()).isEqualTo(OutletRole.INDEPENDENT);
    }

    @Test
    void anUndatedStoryTakesTheArticleOthersDeriveFromAsItsFirstReport() {
        List<Article> undated = articles.stream()
                .map(a -> new Article(a.id(), a.source(), null, a.title(), null, null, a.site(), "en", a.text(), a.outlet()))
                .toList();
        Map<String, StoryOutlet> o = outlets(undated, links);
        assertThat(o.get("Harrowgate Wire").role()).isEqualTo(OutletRole.ORIGINATOR);
        assertThat(o.get("Tamsin Radio").role()).isEqualTo(OutletRole.INDEPENDENT);
        assertThat(o.get("Tamsin Radio").first()).isNull();
        assertThat(o.get("Tamsin Radio").lagHours()).isNull();
    }

    @Test
    void firstAndLagAreMeasuredFromTheStorysFirstReport() {
        Map<String, StoryOutlet> o = outlets(articles, links);
        assertThat(o.get("Harrowgate Wire").first()).isEqualTo(at(4, 6));
        assertThat(o.get("Harrowgate Wire").lagHours()).isEqualTo(0.0);
        assertThat(o.get("Corley Daily").first()).isEqualTo(at(4, 9));
        assertThat(o.get("Corley Daily").lagHours()).isEqualTo(3.0);
        assertThat(o.get("Tamsin Radio").lagHours()).isEqualTo(25.0);
        assertThat(OutletCoverage.lagHours(new PartialDate(2025, 3, 4), new PartialDate(2025, 3, 6))).contains(48.0);
        assertThat(OutletCoverage.lagHours(PartialDate.ofMonth(2025, 3), new PartialDate(2025, 3, 6))).isEmpty();
    }

    @Test
    void exclusivesOmissionsAndConflictsArePerOutlet() {
        Map<String, StoryOutlet> o = outlets(articles, links);
        assertThat(o.get("Tamsin Radio").exclusiveClaimIds()).containsExactly("g-mayor");
        assertThat(o.get("Corley Daily").exclusiveClaimIds()).containsExactly("g-corley"); // both its articles say it
        assertThat(o.get("Harrowgate Wire").exclusiveClaimIds()).isEmpty();
        assertThat(o.get("Harrowgate Wire").omittedClaimIds()).isEmpty();
        Map<String, StoryOutlet> withoutRadio = outlets(articles.subList(0, 4), links);
        assertThat(withoutRadio.get("Fenmouth Post").omittedClaimIds()).isEmpty();
        List<Article> twoOutlets = List.of(articles.get(0), articles.get(4));
        Map<String, StoryOutlet> pair = OutletCoverage.of(twoOutlets, List.of(),
                        List.of(group("g-both", ClaimStatus.CORROBORATED, 2, claim("c1", "wire", "A.", 0, null),
                                claim("c2", "copy", "A.", 0, null))), conflicts).stream()
                .collect(Collectors.toMap(StoryOutlet::outlet, Function.identity()));
        assertThat(pair.get("Tamsin Radio").omittedClaimIds()).containsExactly("g-both");
        assertThat(o.get("Harrowgate Wire").conflictIds()).containsExactly("x-toll");
        assertThat(o.get("Tamsin Radio").conflictIds()).containsExactly("x-toll");
        assertThat(o.get("Corley Daily").conflictIds()).isEmpty();
    }

    @Test
    void articlesOfNoKnownOutletAreListedTogetherWithoutExclusives() {
        List<Article> unnamed = List.of(articles.get(0), article("u1", Article.UNKNOWN_OUTLET, at(5, 9)),
                article("radio", Article.UNKNOWN_OUTLET, at(5, 10)));
        Map<String, StoryOutlet> o = outlets(unnamed, List.of());
        assertThat(o.get("unknown").articleIds()).containsExactly("u1", "radio");
        assertThat(o.get("unknown").exclusiveClaimIds()).isEmpty();
        assertThat(o.get("Harrowgate Wire").exclusiveClaimIds()).isEmpty(); // g-mayor is the unnamed article's
    }

    @Test
    void aStoryOfOneOutletHasNoExclusives() {
        List<Article> one = List.of(articles.get(2), articles.get(3));
        assertThat(OutletCoverage.of(one, links, claims, conflicts)).singleElement()
                .satisfies(s -> assertThat(s.exclusiveClaimIds()).isEmpty());
    }

    @Test
    void theReportCarriesOutletsInJsonAndMarkdown() {
        StoryReport story = new StoryReport("s1", "Bridge falls", articles.stream().map(Article::id).toList(), List.of(),
                claims, conflicts, List.of(), List.of(), links, Map.of(), OutletCoverage.of(articles, links, claims, conflicts));
        Report report = new Report(Report.SCHEMA_VERSION, articles, List.of(story), List.of());
        JsonNode json = JsonReport.report(report);
        assertThat(json.get("articles").get(0).get("outlet").asText()).isEqualTo("Harrowgate Wire");
        JsonNode outlets = json.get("stories").get(0).get("outlets");
        assertThat(outlets).hasSize(4);
        JsonNode first = outlets.get(0);
        assertThat(first.get("outlet").asText()).isEqualTo("Harrowgate Wire");
        assertThat(first.get("role").asText()).isEqualTo("originator");
        assertThat(first.get("first").asText()).isEqualTo(at(4, 6).toString());
        assertThat(first.get("lagHours").asDouble()).isEqualTo(0.0);
        assertThat(first.get("articleIds")).hasSize(1);
        assertThat(first.get("conflictIds").get(0).asText()).isEqualTo("x-toll");
        assertThat(outlets.get(3).get("outlet").asText()).isEqualTo("Tamsin Radio");
        assertThat(outlets.get(3).get("exclusiveClaimIds").get(0).asText()).isEqualTo("g-mayor");
        assertThat(story.withMinConfidence(0.9).outlets().get(0).conflictIds()).isEmpty();

        String md = MarkdownReport.render(report);
        assertThat(md).contains("### Outlets").containsPattern("\\| Corley Daily \\| rewriter \\| 2 \\|[^\\n]*\\| 3\\.0 \\|");
    }
}
