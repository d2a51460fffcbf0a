package org.crosscheck.bench.corpus;

/**
 * One article of the generated news stream, with its gold labels kept beside it.
 *
 * @param index       position in publication order, from 0
 * @param id          article id ({@code n} and the index)
 * @param title       headline
 * @param published   ISO-8601 timestamp (UTC)
 * @param site        outlet
 * @param text        main text, paragraphs separated by a blank line
 * @param story       gold story number
 * @param duplicateOf id of the earlier article this one is a wire copy of, or null
 * @param kind        how the text was made
 */
public record GeneratedArticle(int index, String id, String title, String published, String site, String text,
                        long story, String duplicateOf, Kind kind) {

    /** How an article's text was made. */
    enum Kind {
        /** a fresh report of its story */
        REPORT,
        /** an earlier report with small edits: a near-duplicate */
        WIRE_COPY,
        /** an earlier report reworded: same story, not a near-duplicate */
        REWRITE
    }
}
