package org.crosscheck.report;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.align.ClaimGroup;
import org.crosscheck.align.ClaimStatus;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateMention;
import org.crosscheck.claims.EntityMention;
import org.crosscheck.claims.EntityType;
import org.crosscheck.time.PartialDate;

/** Small hand-built claims and groups for report tests. */
final class ReportFixtures {

    private ReportFixtures() {
    }

    static Claim claim(String id, String article, String sentence, int start, PartialDate date, String... entities) {
        List<DateMention> dates = date == null ? List.of() : List.of(new DateMention(date.toString(), date));
        List<EntityMention> mentions = java.util.Arrays.stream(entities)
                .map(e -> new EntityMention(e, e, EntityType.PERSON, start, start + e.length())).toList();
        return new Claim(id, article, sentence, start, start + sentence.length(), null, null, null, false, false,
                null, dates, List.of(), mentions);
    }

    /** A claim that states several dates, each as resolved. */
    static Claim claim(String id, String article, String sentence, List<DateMention> dates) {
        return new Claim(id, article, sentence, 0, sentence.length(), null, null, null, false, false,
                null, dates, List.of(), List.of());
    }

    static ClaimGroup group(String id, ClaimStatus status, int independent, Claim... claims) {
        int sources = (int) java.util.Arrays.stream(claims).map(Claim::articleId).distinct().count();
        return new ClaimGroup(id, claims[0].sentence(), List.of(claims), sources, independent, status);
    }

    static PartialDate day(int y, int m, int d) {
        return PartialDate.of(LocalDate.of(y, m, d));
    }
}
