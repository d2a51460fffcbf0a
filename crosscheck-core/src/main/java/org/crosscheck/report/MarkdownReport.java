package org.crosscheck.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crosscheck.align.ClaimGroup;
import org.crosscheck.align.ClaimStatus;
import org.crosscheck.align.Conflict;
import org.crosscheck.align.ConflictSide;
import org.crosscheck.claims.Entity;
import org.crosscheck.claims.SentenceCut;
import org.crosscheck.extract.Article;
import org.crosscheck.provenance.Derivation;
import org.crosscheck.provenance.DirectionBasis;
import org.crosscheck.provenance.ReuseLink;

/**
 * The report as Markdown for a reader: per story its articles, summary, conflicts side by side
 * with the sentences as written, corroborated and single-source claims, timeline, provenance
 * outlets and entities. Articles are named by site and title so a reader can follow without ids.
 */
public final class MarkdownReport {

    private static final int MAX_CLAIMS = 15;

    private MarkdownReport() {
    }

    public static String render(Report report) {
        Map<String, Article> articles = new LinkedHashMap<>();
        report.articles().forEach(a -> articles.put(a.id(), a));
        StringBuilder md = new StringBuilder("# crosscheck report\n\n");
        md.append(report.articles().size()).append(" articles, ").append(report.stories().size()).append(" stories.\n");
        for (String problem : report.problems()) {
            md.append("\n> **Not analysed:** ").append(oneLine(problem)).append("\n");
        }
        List<StoryReport> stories = report.stories().stream()
                .sorted(Comparator.comparingInt((StoryReport s) -> -s.articleIds().size())).toList();
        for (StoryReport story : stories) {
            story(md, story, articles);
        }
        return md.toString();
    }

    private static void story(StringBuilder md, StoryReport s, Map<String, Article> articles) {
        md.append("\n## ").append(oneLine(s.title())).append("\n\n");
        md.append("Story `").append(s.id()).append("`, ").append(s.articleIds().size()).append(" article")
                .append(s.articleIds().size() == 1 ? "" : "s").append(".\n\n");
        for (String id : s.articleIds()) {
            md.append("- ").append(name(articles.get(id))).append(" (`").append(id).append("`)");
            SentenceCut cut = s.cutArticles().get(id);
            if (cut != null) {
                md.append(": cut, claims from its first ").append(cut.sentencesRead()).append(" sentences only");
            }
            md.append("\n");
        }
        if (s.claimsDeferred()) {
            md.append("\nOne article: its claims were not extracted (`analyze --single-stories analysed` extracts them).\n");
        }
        if (!s.summary().isEmpty()) {
            md.append("\n### Summary\n\n").append(s.summaryText()).append("\n");
        }
        if (!s.conflicts().isEmpty()) {
            md.append("\n### Conflicts\n");
            for (Conflict c : s.conflicts()) {
                md.append("\n**").append(c.kind().jsonName()).append("**: ").append(oneLine(c.description()))
                        .append(String.format(java.util.Locale.ROOT, " (confidence %.2f)", c.confidence())).append("\n\n");
                for (ConflictSide side : c.sides()) {
                    md.append("- **").append(oneLine(side.value())).append("** (")
                            .append(side.articleIds().stream().map(id -> name(articles.get(id))).collect(Collectors.joining("; ")))
                            .append(")\n");
                    for (String sentence : side.sentences()) {
                        md.append("  > ").append(oneLine(sentence)).append("\n");
                    }
                }
            }
        }
        List<ClaimGroup> claims = s.claims().stream()
                .sorted(Comparator.comparingInt((ClaimGroup g) -> -g.independentSources())
                        .thenComparingInt(g -> -g.sources()))
                .limit(MAX_CLAIMS).toList();
        if (!claims.isEmpty()) {
            md.append("\n### Claims\n\n| status | sources | independent | claim |\n| --- | --- | --- | --- |\n");
            for (ClaimGroup g : claims) {
                md.append("| ").append(g.status().jsonName()).append(" | ").append(g.sources()).append(" | ")
                        .append(g.independentSources()).append(" | ").append(cell(g.text())).append(" |\n");
            }
            long more = s.claims().size() - claims.size();
            if (more > 0) {
                md.append("\n").append(more).append(" more claims, ")
                        .append(s.claims().stream().filter(g -> g.status() == ClaimStatus.SINGLE_SOURCE).count())
                        .append(" single-source in all; see the JSON report.\n");
            }
        }
        if (!s.timeline().isEmpty()) {
            md.append("\n### Timeline\n\n");
            for (TimelineEntry e : s.timeline()) {
                md.append("- **").append(e.date()).append("**").append(e.disputed() ? " (disputed)" : "")
                        .append(e.inferred() ? " (date inferred from the story)" : "").append(": ")
                        .append(oneLine(e.text())).append("\n");
            }
        }
        if (!s.provenance().isEmpty()) {
            md.append("\n### Provenance\n\n");
            for (Derivation d : s.provenance()) {
                ReuseLink link = d.link();
                String from = name(articles.get(link.from()));
                String to = name(articles.get(link.to()));
                md.append("- ").append(to).append(" is a ").append(link.kind().jsonName()).append(" of ").append(from)
                        .append(d.basis() == DirectionBasis.UNDECIDED ? " or the other way round (direction undecided"
                                : d.basis() == DirectionBasis.DATE ? " (direction by date" : " (direction by containment")
                        .append("; ").append(Math.round(d.toShare() * 100)).append("% of ").append(to).append(" and ")
                        .append(Math.round(d.fromShare() * 100)).append("% of ").append(from).append(" reused)\n");
            }
        }
        outlets(md, s);
        if (!s.entities().isEmpty()) {
            md.append("\n### Entities\n\n");
            s.entities().stream().sorted(Comparator.comparingInt((Entity e) -> -e.mentions())).limit(20)
                    .forEach(e -> md.append("- ").append(e.name()).append(" (").append(e.type().name().toLowerCase())
                            .append(", ").append(e.mentions()).append(" mentions")
                            .append(e.aliases().isEmpty() ? "" : "; also " + String.join(", ", e.aliases()))
                            .append(")\n"));
        }
    }

    /** One table row per outlet: role, articles, first report and lag, and claim and conflict counts. */
    private static void outlets(StringBuilder md, StoryReport s) {
        if (s.outlets().isEmpty()) {
            return;
        }
        md.append("\n### Outlets\n\n| outlet | role | articles | first | lag (hours) | exclusive claims | omitted claims | conflicts |\n")
                .append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (StoryOutlet o : s.outlets()) {
            md.append("| ").append(cell(o.outlet())).append(" | ").append(o.role().jsonName()).append(" | ")
                    .append(o.articleIds().size()).append(" | ").append(o.first() == null ? "undated" : o.first().toString())
                    .append(" | ").append(o.lagHours() == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", o.lagHours()))
                    .append(" | ").append(o.exclusiveClaimIds().size()).append(" | ").append(o.omittedClaimIds().size())
                    .append(" | ").append(o.conflictIds().size()).append(" |\n");
        }
    }

    private static String name(Article a) {
        if (a == null) {
            return "?";
        }
        String site = a.site() != null ? a.site() : a.source();
        String title = a.title() != null ? " — " + a.title() : "";
        String date = a.published() != null ? ", " + a.published() : "";
        return oneLine(site + title + date);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String cell(String s) {
        return oneLine(s).replace("|", "\\|");
    }
}
