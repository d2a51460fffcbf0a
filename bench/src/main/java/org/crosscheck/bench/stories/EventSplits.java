package org.crosscheck.bench.stories;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a clustering breaks the gold events: gold events whose articles lie in two or more
 * predicted stories (split), and predicted stories that hold articles of two or more gold
 * events (mixed: a wrong merge).
 */
record EventSplits(int split, int mixed) {

    static EventSplits of(List<String> predicted, List<String> gold) {
        Map<String, Set<String>> storiesOfEvent = new HashMap<>();
        Map<String, Set<String>> eventsOfStory = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            storiesOfEvent.computeIfAbsent(gold.get(i), k -> new HashSet<>()).add(predicted.get(i));
            eventsOfStory.computeIfAbsent(predicted.get(i), k -> new HashSet<>()).add(gold.get(i));
        }
        return new EventSplits((int) storiesOfEvent.values().stream().filter(s -> s.size() > 1).count(),
                (int) eventsOfStory.values().stream().filter(s -> s.size() > 1).count());
    }
}
