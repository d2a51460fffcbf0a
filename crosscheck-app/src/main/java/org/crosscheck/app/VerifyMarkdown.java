package org.crosscheck.app;

import org.crosscheck.verify.Evidence;
import org.crosscheck.verify.SentenceVerdict;
import org.crosscheck.verify.VerifyResult;

/**
 * A verify result as Markdown for a reader: the verdict and score, then each sentence with its
 * verdict, score and reason, and the evidence that decided quoted.
 */
final class VerifyMarkdown {

    private VerifyMarkdown() {
    }

    static String render(String statement, VerifyResult result) {
        StringBuilder md = new StringBuilder();
        md.append("# Verify: ").append(result.verdict().jsonName())
                .append(String.format(java.util.Locale.ROOT, " (score %.2f)", result.score())).append("\n\n");
        md.append("> ").append(statement.strip().replace("\n", "\n> ")).append("\n\n");
        for (SentenceVerdict s : result.sentences()) {
            md.append("- **").append(s.verdict().jsonName()).append("**")
                    .append(String.format(java.util.Locale.ROOT, " (score %.2f%s)", s.score(), s.reason() == null ? "" : "; " + s.reason()))
                    .append(": ").append(s.text().strip()).append('\n');
            for (Evidence e : s.evidence()) {
                md.append("  - ").append(e.relation().jsonName());
                if (e.kind() != null) {
                    md.append(" (").append(e.kind().jsonName()).append(e.detail() == null ? "" : ": " + e.detail()).append(')');
                }
                md.append(", ").append(e.articleId()).append(": \"").append(e.sentence().strip()).append("\"\n");
            }
            if (!s.unstatedFacts().isEmpty() || !s.unstatedWords().isEmpty()) {
                md.append("  - not in the closest source sentences: ").append(String.join(", ", s.unstatedFacts()));
                if (!s.unstatedFacts().isEmpty() && !s.unstatedWords().isEmpty()) {
                    md.append(", ");
                }
                md.append(String.join(", ", s.unstatedWords())).append('\n');
            }
        }
        return md.toString();
    }
}
