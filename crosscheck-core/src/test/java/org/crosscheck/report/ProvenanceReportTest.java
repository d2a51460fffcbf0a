package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.crosscheck.extract.Article;
import org.crosscheck.provenance.Derivation;
import org.crosscheck.provenance.DirectionBasis;
import org.crosscheck.provenance.ReuseKind;
import org.crosscheck.provenance.ReuseLink;
import org.junit.jupiter.api.Test;

class ProvenanceReportTest {

    private static Article article(String id, String site) {
        return new Article(id, id + ".txt", null, "Title " + id, null, null, site, "en", "Some text of " + id + ".");
    }

    private static Report report(Derivation... derivations) {
        List<Article> articles = List.of(article("a", "Alpha Wire"), article("b", "Beta Post"), article("c", "Gamma News"));
        StoryReport story = new StoryReport("s1", "A story", List.of("a", "b", "c"), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(derivations));
        return new Report(Report.SCHEMA_VERSION, articles, List.of(story), List.of());
    }

    @Test
    void jsonKeepsTheInterfaceFieldsAndAddsDirectionAndBothShares() {
        Derivation dated = new Derivation(new ReuseLink("a", "b", ReuseKind.REWRITE, 0.8123), DirectionBasis.DATE, 0.6456, 0.8123);
        Derivation undecided = new Derivation(new ReuseLink("a", "c", ReuseKind.DUPLICATE, 1.0), DirectionBasis.UNDECIDED, 1.0, 1.0);
        JsonNode links = JsonReport.report(report(dated, undecided)).get("stories").get(0).get("provenance");

        assertThat(links).hasSize(2);
        JsonNode first = links.get(0);
        assertThat(first.get("from").asText()).isEqualTo("a");
        assertThat(first.get("to").asText()).isEqualTo("b");
        assertThat(first.get("kind").asText()).isEqualTo("rewrite");
        assertThat(first.get("overlap").asDouble()).isEqualTo(0.812);
        assertThat(first.get("direction").asText()).isEqualTo("date");
        assertThat(first.get("fromShare").asDouble()).isEqualTo(0.646);
        assertThat(first.get("toShare").asDouble()).isEqualTo(0.812);
        assertThat(first.get("share").asDouble()).isEqualTo(0.812); // the interface's name for the derived part
        assertThat(links.get(1).get("direction").asText()).isEqualTo("undecided");
    }

    @Test
    void markdownSaysWhenTheDirectionIsUndecided() {
        Derivation byContainment = new Derivation(new ReuseLink("a", "b", ReuseKind.REWRITE, 0.9), DirectionBasis.CONTAINMENT, 0.7, 0.9);
        Derivation undecided = new Derivation(new ReuseLink("a", "c", ReuseKind.PARTIAL, 0.3), DirectionBasis.UNDECIDED, 0.25, 0.3);
        String md = MarkdownReport.render(report(byContainment, undecided));

        assertThat(md).contains("### Provenance");
        assertThat(md).containsPattern("Beta Post[^\\n]* is a rewrite of [^\\n]*Alpha Wire[^\\n]*direction by containment; 90% of");
        assertThat(md).containsPattern("Gamma News[^\\n]* is a partial of [^\\n]*Alpha Wire[^\\n]*direction undecided");
    }
}
