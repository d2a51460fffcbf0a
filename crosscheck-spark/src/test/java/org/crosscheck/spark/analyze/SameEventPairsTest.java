package org.crosscheck.spark.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.align.StoryClaims;
import org.junit.jupiter.api.Test;

/**
 * The same-event pass's day buckets: every pair of stories the pass may compare (dated spans at
 * most {@code maxDaysApart} apart, or either undated) meets in the one bucket that scores it, so
 * that no pair is missed and none is scored twice.
 */
class SameEventPairsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    private static StoryClaims story(int first, int last) {
        return new StoryClaims("s" + first + "-" + last, List.of(), DAY.plusDays(first), DAY.plusDays(last));
    }

    @Test
    void everyPairThatMayBeComparedMeetsInTheBucketThatScoresIt() {
        Random random = new Random(7);
        int width = 5;
        int maxDaysApart = 7;
        List<StoryClaims> stories = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int first = random.nextInt(120);
            stories.add(story(first, first + (random.nextInt(4) == 0 ? random.nextInt(20) : random.nextInt(2))));
        }
        stories.add(new StoryClaims("undated-1", List.of(), null, null));
        stories.add(new StoryClaims("undated-2", List.of(), null, null));
        Set<Long> dated = stories.stream().filter(s -> s.first() != null)
                .map(s -> SameEventPairs.bucket(s.first().toEpochDay(), width)).collect(Collectors.toSet());
        int compared = 0;
        for (int i = 0; i < stories.size(); i++) {
            for (int j = i + 1; j < stories.size(); j++) {
                StoryClaims x = stories.get(i);
                StoryClaims y = stories.get(j);
                boolean mayCompare = x.first() == null || y.first() == null
                        || !x.last().plusDays(maxDaysApart).isBefore(y.first()) && !y.last().plusDays(maxDaysApart).isBefore(x.first());
                if (!mayCompare) {
                    continue;
                }
                compared++;
                long owner = SameEventPairs.owner(x, y, width);
                assertThat(SameEventPairs.buckets(x, dated, width, maxDaysApart)).as("%s with %s", x, y).contains(owner);
                assertThat(SameEventPairs.buckets(y, dated, width, maxDaysApart)).as("%s with %s", y, x).contains(owner);
                assertThat(new HashSet<>(SameEventPairs.buckets(x, dated, width, maxDaysApart)))
                        .as("each bucket once").hasSameSizeAs(SameEventPairs.buckets(x, dated, width, maxDaysApart));
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }
}
