package org.crosscheck.spark.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.extract.Article;
import org.crosscheck.ingest.SkippedInput;
import org.junit.jupiter.api.Test;

class FirstOfEachIdTest {

    private static Article article(String id, String source) {
        return new Article(id, source, null, "Title", null, null, null, "en", "Text of " + source + ".");
    }

    @Test
    void keepsTheFirstOfEachIdInReadingOrderWhateverOrderTheTasksFinished() {
        List<Extracted> found = List.of(
                Extracted.article(1, 0, article("b", "second.txt"), null),
                Extracted.article(2, 0, article("a", "third.txt"), null),
                Extracted.article(0, 1, article("a", "first.jsonl#2"), null),
                Extracted.skipped(0, 0, null, new SkippedInput("first.jsonl#1", "not a JSON object")));
        FirstOfEachId read = new FirstOfEachId(found);
        assertThat(read.articles()).extracting(Article::source).containsExactly("first.jsonl#2", "second.txt");
        assertThat(read.ids()).containsExactly("a", "b");
        assertThat(read.skipped()).containsExactly(new SkippedInput("first.jsonl#1", "not a JSON object"),
                SkippedInput.sameArticleId("third.txt", "a"));
    }

    @Test
    void aDocumentThatYieldedNoArticleStillTakesItsId() {
        List<Extracted> found = List.of(
                Extracted.skipped(0, 0, "x", new SkippedInput("empty.html", "no main text found")),
                Extracted.article(1, 0, article("x", "again.html"), null));
        FirstOfEachId read = new FirstOfEachId(found);
        assertThat(read.articles()).isEmpty();
        assertThat(read.skipped()).containsExactly(new SkippedInput("empty.html", "no main text found"),
                SkippedInput.sameArticleId("again.html", "x"));
    }
}
