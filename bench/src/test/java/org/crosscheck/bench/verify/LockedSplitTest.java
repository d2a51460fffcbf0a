package org.crosscheck.bench.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LockedSplitTest {

    private static final List<String> IDS = List.of("a1", "b2", "c3", "d4", "e5", "f6", "g7");

    @Test
    void theLockedIdsAreThoseWhoseHashSortsFirstWhateverTheOrderGiven() {
        Set<String> locked = LockedSplit.of(IDS, 3);
        List<String> byKey = IDS.stream().sorted(Comparator.comparing(LockedSplit::key)).toList();
        assertThat(locked).containsExactlyInAnyOrderElementsOf(byKey.subList(0, 3));
        assertThat(LockedSplit.of(List.of("g7", "f6", "e5", "d4", "c3", "b2", "a1"), 3)).isEqualTo(locked);
    }

    @Test
    void theKeyIsTheSha256OfTheSaltedId() {
        // sha256("crosscheck-locked:a1"), computed with sha256sum
        assertThat(LockedSplit.key("a1")).isEqualTo("fd1c6eaaf76fe8e2a557c274a3592ab87f2ca3f3568366d4564b9dc9178a1c1a");
    }
}
