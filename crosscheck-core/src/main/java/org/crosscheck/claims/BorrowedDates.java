package org.crosscheck.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crosscheck.extract.Article;
import org.crosscheck.time.PartialDate;

/**
 * The dates that undated articles of a story borrow to resolve "on Friday" or "in February": the
 * median publication day of the story's articles that give a day (the earlier of the two middle
 * ones), so one stray early or late copy does not move it. Borrowed dates are never printed as
 * an article's {@code published}; what is read against them is marked inferred.
 */
final class BorrowedDates {

    private BorrowedDates() {
    }

    /** For each article without a date, the date it borrows; none when no article gives a day. */
    static Map<String, PartialDate> of(List<Article> articles) {
        List<PartialDate> days = articles.stream().map(Article::published).filter(Objects::nonNull)
                .filter(d -> d.precision() == PartialDate.Precision.DAY).map(PartialDate::dateOnly).sorted().toList();
        Map<String, PartialDate> out = new LinkedHashMap<>();
        if (days.isEmpty()) {
            return out;
        }
        PartialDate median = days.get((days.size() - 1) / 2);
        for (Article a : articles) {
            if (a.published() == null) {
                out.put(a.id(), median);
            }
        }
        return out;
    }
}
