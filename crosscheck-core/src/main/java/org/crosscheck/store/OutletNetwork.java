package org.crosscheck.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outlets of a set of stories (a whole store): each outlet's figures and stories, the copy
 * network between them, and Pew's measure of repetition, the share of stories of two or more
 * articles in which some article after the first adds no claim an earlier article had not carried.
 * Made by {@link OutletTally} from the stories' report objects; articles whose outlet is
 * {@code unknown} are counted apart and are no outlet.
 *
 * @param outlets          every outlet, the most articles first, then by name
 * @param edges            the copy network, the heaviest edge first
 * @param stories          how many stories were read
 * @param storiesOfSeveral how many of them have two or more articles
 * @param storiesRepeating how many of those have an article after the first that adds no new claim
 * @param unknownArticles  how many articles of the stories name no outlet
 * @param storiesByOutlet  each outlet's stories, in the order they were read
 */
public record OutletNetwork(List<OutletFigures> outlets, List<OutletEdge> edges, int stories, int storiesOfSeveral,
                            int storiesRepeating, int unknownArticles, Map<String, List<OutletStory>> storiesByOutlet) {

    public OutletNetwork {
        outlets = List.copyOf(outlets);
        edges = List.copyOf(edges);
        storiesByOutlet = Map.copyOf(storiesByOutlet);
    }

    /** Pew's measure: the share of stories of two or more articles in which an article added no new claim; 0 when none. */
    public double repeatingShare() {
        return storiesOfSeveral == 0 ? 0 : (double) storiesRepeating / storiesOfSeveral;
    }

    /** One outlet's figures, by its exact name. */
    public Optional<OutletFigures> outlet(String name) {
        return outlets.stream().filter(o -> o.outlet().equals(name)).findFirst();
    }

    /** One outlet's stories, none when it has none. */
    public List<OutletStory> storiesOf(String name) {
        return storiesByOutlet.getOrDefault(name, List.of());
    }

    /** The edges into {@code name}: the outlets it derives from. */
    public List<OutletEdge> edgesInto(String name) {
        Objects.requireNonNull(name, "name");
        return edges.stream().filter(e -> e.to().equals(name)).toList();
    }

    /** The edges out of {@code name}: the outlets that derive from it. */
    public List<OutletEdge> edgesOutOf(String name) {
        Objects.requireNonNull(name, "name");
        return edges.stream().filter(e -> e.from().equals(name)).toList();
    }
}
