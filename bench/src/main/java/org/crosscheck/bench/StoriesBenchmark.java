package org.crosscheck.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.cluster.ArticleEmbedder;
import org.crosscheck.cluster.ClusterSettings;
import org.crosscheck.cluster.HeadlineEmbedder;
import org.crosscheck.cluster.Story;
import org.crosscheck.cluster.StoryClusterer;
import org.crosscheck.extract.Article;
import org.crosscheck.language.SentenceEmbedder;

/** Story clustering benchmark on ECB+ (work in progress). */
public final class StoriesBenchmark {

    public static void main(String[] args) throws Exception {
        List<EcbPlusCorpus.Doc> docs = EcbPlusCorpus.read(Path.of(args[0]));
        List<Article> articles = docs.stream().map(EcbPlusCorpus.Doc::article).toList();
        List<String> gold = docs.stream().map(EcbPlusCorpus.Doc::event).toList();
        ClusterSettings s = ClusterSettings.defaults();
        long t0 = System.nanoTime();
        HeadlineEmbedder he = new HeadlineEmbedder(new SentenceEmbedder(), s.leadChars());
        List<float[]> vecs = he.embedAll(articles);
        System.out.printf("embedded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        Map<String, float[]> cache = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) cache.put(articles.get(i).id(), vecs.get(i));
        ArticleEmbedder cached = a -> cache.get(a.id());
        for (int rep = 0; rep < 3; rep++) {
            eval("plain", s.withEmbeddings(false), null, articles, gold);
        }
        for (double t : new double[] {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4}) {
            eval("plain t=" + t, s.withEmbeddings(false).withJoin(s.join(), s.plainJoin().withThreshold(t)), null, articles, gold);
        }
        for (double t : new double[] {0.4, 0.5, 0.6, 0.7, 0.8, 0.9}) {
            eval("emb t=" + t, s.withJoin(s.join().withThreshold(t), s.plainJoin()), cached, articles, gold);
        }
    }

    static void eval(String name, ClusterSettings s, ArticleEmbedder e, List<Article> articles, List<String> gold) {
        long t0 = System.nanoTime();
        List<Story> stories = new StoryClusterer(s, e).cluster(articles);
        double secs = (System.nanoTime() - t0) / 1e9;
        Map<String, String> storyOf = new HashMap<>();
        for (Story st : stories) for (String id : st.articleIds()) storyOf.put(id, st.id());
        List<String> pred = new ArrayList<>();
        for (Article a : articles) pred.add(storyOf.get(a.id()));
        BCubed.Score b = BCubed.bcubed(pred, gold);
        if (System.getenv("TOPICS") != null) {
            Map<String, java.util.Set<String>> eventsOf = new java.util.TreeMap<>();
            Map<String, Integer> size = new HashMap<>();
            for (int i = 0; i < pred.size(); i++) { eventsOf.computeIfAbsent(pred.get(i), k -> new java.util.TreeSet<>()).add(gold.get(i)); size.merge(pred.get(i) + "|" + gold.get(i), 1, Integer::sum); }
            java.util.TreeMap<String, String> lines = new java.util.TreeMap<>();
            for (var en : eventsOf.entrySet()) if (en.getValue().size() > 1) { StringBuilder b2 = new StringBuilder(); for (String g : en.getValue()) b2.append(g).append("=").append(size.get(en.getKey() + "|" + g)).append(' '); lines.put(b2.toString(), ""); }
            lines.keySet().forEach(l -> System.out.println("   mixed: " + l));
        }
        System.out.printf(Locale.ROOT, "%-20s P %.3f R %.3f F1 %.3f clusters %d  %.0f art/s%n", name, b.precision(), b.recall(), b.f1(),
                stories.size(), articles.size() / secs);
    }
}
