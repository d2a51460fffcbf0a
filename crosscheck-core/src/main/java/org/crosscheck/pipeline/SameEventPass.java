package org.crosscheck.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.crosscheck.align.SameEventStories;
import org.crosscheck.align.StoryClaims;
import org.crosscheck.claims.Claim;
import org.crosscheck.cluster.Story;
import org.crosscheck.cluster.StoryClusterer;
import org.crosscheck.extract.Article;

/**
 * The second pass of a run over its analysed stories: the stories that {@link SameEventStories}
 * finds to tell one event become one story, under the id of the earliest of them, with all their
 * articles in publication order; only the merged stories are analysed again, so that their
 * provenance, claims, alignment and outlets are those of the whole event.
 */
final class SameEventPass {

    private final SameEventStories sameEvents;

    SameEventPass(SameEventStories sameEvents) {
        this.sameEvents = sameEvents;
    }

    /** One analysed story: the story, its claims (empty when none were extracted) and what else the run keeps of it. */
    record Analysed<T>(Story story, List<Claim> claims, T outcome) {
    }

    /**
     * The stories after the pass, in the order of their first story: those merged with no other as
     * they were, each merged one as {@code reanalyse} gives it (called once, with every merged story).
     */
    <T> List<Analysed<T>> merged(List<Analysed<T>> analysed, Map<String, Article> byId,
                                 Function<List<Story>, List<Analysed<T>>> reanalyse) {
        List<StoryClaims> read = analysed.stream().map(a -> claimsOf(a, byId)).toList();
        List<List<Integer>> groups = sameEvents.groups(read);
        if (groups.size() == analysed.size()) {
            return analysed;
        }
        List<Story> joined = new ArrayList<>();
        for (List<Integer> group : groups) {
            if (group.size() > 1) {
                joined.add(joined(group.stream().map(i -> analysed.get(i).story()).toList(), byId));
            }
        }
        Map<String, Analysed<T>> redone = new HashMap<>();
        for (Analysed<T> a : reanalyse.apply(joined)) {
            redone.put(a.story().id(), a);
        }
        List<Analysed<T>> out = new ArrayList<>();
        for (List<Integer> group : groups) {
            Analysed<T> first = analysed.get(group.get(0));
            out.add(group.size() > 1 ? Objects.requireNonNull(redone.get(first.story().id())) : first);
        }
        return out;
    }

    /**
     * Of the analysed stories whose claims were deferred ({@code unread}: index and the texts of
     * the sentences their claims would be read from), those that could join another story in
     * {@link #merged} once read ({@link SameEventStories#mayJoin}).
     */
    <T> java.util.Set<Integer> mayJoin(List<Analysed<T>> analysed, Map<Integer, List<String>> unread, Map<String, Article> byId) {
        return sameEvents.mayJoin(analysed.stream().map(a -> claimsOf(a, byId)).toList(), unread);
    }

    /** The stories of one group as one story: the first one's id, all their articles in publication order. */
    static Story joined(List<Story> group, Map<String, Article> byId) {
        List<Article> members = new ArrayList<>();
        group.forEach(story -> story.articleIds().forEach(id -> members.add(byId.get(id))));
        return new Story(group.get(0).id(), StoryClusterer.publicationOrder(members).stream().map(Article::id).toList());
    }

    /** The scores of the pairs of the given stories that {@code compared} takes ({@link SameEventStories#scores(List, BiPredicate)}). */
    List<SameEventStories.PairScore> scores(List<StoryClaims> stories, BiPredicate<Integer, Integer> compared) {
        return sameEvents.scores(stories, compared);
    }

    /**
     * The groups of the given stories, with their claims, that tell one event (as {@link SameEventStories#groups}),
     * comparing only the pairs that hold one of the first {@code leading} stories.
     */
    List<List<Integer>> groups(List<Story> stories, List<List<Claim>> claims, Map<String, Article> byId, int leading) {
        List<StoryClaims> read = new java.util.ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            read.add(claimsOf(stories.get(i), claims.get(i), byId));
        }
        return sameEvents.groups(read, leading);
    }

    private static StoryClaims claimsOf(Analysed<?> a, Map<String, Article> byId) {
        return claimsOf(a.story(), a.claims(), byId);
    }

    static StoryClaims claimsOf(Story story, List<Claim> claims, Map<String, Article> byId) {
        LocalDate first = null;
        LocalDate last = null;
        for (String id : story.articleIds()) {
            Article article = byId.get(id);
            if (article.published() != null) {
                LocalDate f = article.published().firstDay();
                LocalDate l = article.published().lastDay();
                first = first == null || f.isBefore(first) ? f : first;
                last = last == null || l.isAfter(last) ? l : last;
            }
        }
        return new StoryClaims(story.id(), claims, first, last);
    }
}
