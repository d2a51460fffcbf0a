package org.crosscheck.pipeline;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.cluster.Story;
import org.crosscheck.cluster.StoryClusterer;
import org.crosscheck.extract.Article;
import org.crosscheck.store.StoreWriter;
import org.crosscheck.store.StoredArticle;

/**
 * The same-event pass of one ingest batch: the stories the batch touched are set beside the stored
 * stories whose dated spans come within {@link SameEventFinder#maxDaysApart} days of theirs, and
 * each group that {@link SameEventFinder} finds to tell one event, and that holds a touched story,
 * becomes one story under the id of the story that holds the group's earliest article (as the
 * batch run keeps the id of the group's first story), with all their articles in publication order.
 */
final class StoredStoryMerge {

    private StoredStoryMerge() {
    }

    /**
     * The merged stories of a batch.
     *
     * @param touched   the stories the batch touched, with all their members
     * @param byId      every article by id; the members of stored stories read here are added
     * @param membersOf each story's members in publication order; a merged story's are put under
     *                  its id and the absorbed stories' removed
     * @param absorbed  filled with each story merged into another: its id and the id it lives on under
     */
    static List<Story> merged(List<Story> touched, Map<String, Article> byId, Map<String, List<Article>> membersOf,
                              Map<String, String> absorbed, StoreWriter writer, SameEventFinder sameEvents) throws IOException {
        if (sameEvents == SameEventFinder.NONE) {
            return List.of();
        }
        LocalDate first = null;
        LocalDate last = null;
        for (Story story : touched) {
            for (Article a : membersOf.get(story.id())) {
                if (a.published() != null) {
                    first = first == null || a.published().firstDay().isBefore(first) ? a.published().firstDay() : first;
                    last = last == null || a.published().lastDay().isAfter(last) ? a.published().lastDay() : last;
                }
            }
        }
        List<Story> all = new ArrayList<>(touched);
        Map<String, List<Article>> held = new LinkedHashMap<>();
        touched.forEach(s -> held.put(s.id(), membersOf.get(s.id())));
        if (first != null) {
            int days = sameEvents.maxDaysApart();
            for (String id : writer.storiesWithin(first.minusDays(days), last.plusDays(days))) {
                if (!held.containsKey(id)) {
                    List<Article> members = writer.members(id).stream().map(StoredArticle::article).toList();
                    members.forEach(a -> byId.putIfAbsent(a.id(), a));
                    held.put(id, members);
                    all.add(new Story(id, members.stream().map(Article::id).toList()));
                }
            }
        }
        if (all.size() < 2) {
            return List.of();
        }
        List<Story> out = new ArrayList<>();
        for (List<Integer> group : sameEvents.groups(all, byId, touched.size())) {
            if (group.size() < 2 || group.stream().noneMatch(i -> i < touched.size())) {
                continue;
            }
            List<Article> members = new ArrayList<>();
            Map<String, String> storyOf = new LinkedHashMap<>();
            for (int i : group) {
                String id = all.get(i).id();
                held.get(id).forEach(a -> {
                    members.add(a);
                    storyOf.put(a.id(), id);
                });
            }
            List<Article> ordered = StoryClusterer.publicationOrder(members);
            String survivor = storyOf.get(ordered.get(0).id());
            Set<String> ids = new HashSet<>();
            group.forEach(i -> ids.add(all.get(i).id()));
            for (String id : ids) {
                if (!id.equals(survivor)) {
                    absorbed.put(id, survivor);
                    membersOf.remove(id);
                }
            }
            membersOf.put(survivor, ordered);
            out.add(new Story(survivor, ordered.stream().map(Article::id).toList()));
        }
        return out;
    }
}
