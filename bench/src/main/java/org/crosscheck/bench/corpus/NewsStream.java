package org.crosscheck.bench.corpus;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * A seeded, endless-if-asked stream of generated news articles in publication order. Stories
 * arrive as a Poisson process; a story's size follows a power law (four in ten are singletons, a
 * few run to hundreds of articles); its reports come in a burst whose time scale is drawn per
 * story (an hour to a few days), with a few follow-ups days later. After the first report an
 * article is another outlet's fresh report, a wire copy of an earlier report with small edits
 * (usually within hours, rarely days later), or a rewrite of one. Lengths are log-normal (median
 * about 380 words, from 60 to 4,000). Three stories in ten are siblings of one of the last 2,000
 * stories: the same kind of event with mostly the same people and places. Every text is
 * regenerated from its story's and its own seed when it is due, so memory holds only the stories
 * still being reported. Same seed, same stream, on every run and machine.
 */
public final class NewsStream implements Iterator<GeneratedArticle> {

    static final LocalDateTime START = LocalDateTime.of(2026, 1, 5, 0, 0);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    private static final int SITES = 3000;
    private static final double SINGLETON_SHARE = 0.42;
    private static final double SIZE_EXPONENT = 2.1;
    private static final int MAX_SIZE = 400;
    private static final double REPORT_SHARE = 0.55;
    private static final double COPY_SHARE_OF_REUSE = 2.0 / 3.0;
    private static final double MEDIAN_WORDS = 380;
    /** Share of stories that are siblings of a recent story (same kind, mostly the same actors). */
    private static final double SIBLING_SHARE = 0.3;
    private static final int RECENT = 2000;
    private static final double WORDS_SIGMA = 0.6;

    private final long seed;
    private final long limit;
    private final NewsVocabulary vocabulary;
    private final NewsText writer;
    private final String[] sites;
    private final double storiesPerSecond;
    private final SplittableRandom arrivals;
    private final PriorityQueue<Scheduled> due = new PriorityQueue<>();
    /** Seeds of the latest stories, siblings' parents are drawn from. */
    private final long[] recentSeeds = new long[RECENT];
    private double nextStory;
    private long stories;
    private long pushed;
    private int emitted;

    /** A stream of {@code limit} articles at about {@code articlesPerDay} a day. */
    public NewsStream(long seed, double articlesPerDay, long limit) {
        this.seed = seed;
        this.limit = limit;
        this.vocabulary = new NewsVocabulary(60_000, 1.05);
        this.writer = new NewsText(vocabulary);
        SplittableRandom siteRandom = new SplittableRandom(seed ^ 0x517E5L);
        this.sites = new String[SITES];
        for (int i = 0; i < SITES; i++) {
            sites[i] = NewsVocabulary.siteName(siteRandom);
        }
        this.storiesPerSecond = articlesPerDay / meanStorySize() / 86_400.0;
        this.arrivals = new SplittableRandom(seed);
        this.nextStory = exponential(arrivals, 1 / storiesPerSecond);
    }

    @Override
    public boolean hasNext() {
        return emitted < limit;
    }

    @Override
    public GeneratedArticle next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        while (due.isEmpty() || nextStory <= due.peek().time) {
            openStory((long) nextStory);
            nextStory += exponential(arrivals, 1 / storiesPerSecond);
        }
        Scheduled s = due.poll();
        return emit(s);
    }

    /** Stories being reported now: those with articles still due. */
    int openStories() {
        return (int) due.stream().map(s -> s.story).distinct().count();
    }

    private GeneratedArticle emit(Scheduled s) {
        StoryState story = s.story;
        Member m = story.members[s.member];
        NewsStoryFacts facts = new NewsStoryFacts(vocabulary, story.seed, story.parentSeed);
        SplittableRandom random = new SplittableRandom(memberSeed(story.seed, s.member));
        int index = emitted++;
        String id = articleId(index);
        story.ids[s.member] = id;
        String site = sites[siteRank(random)];
        String title;
        String text;
        String duplicateOf = null;
        if (m.kind == GeneratedArticle.Kind.REPORT) {
            title = writer.title(facts, random);
            text = writer.report(facts, random, m.words);
        } else {
            Member source = story.members[m.source];
            SplittableRandom sourceRandom = new SplittableRandom(memberSeed(story.seed, m.source));
            siteRank(sourceRandom); // the source's own draws, in the order it made them
            String sourceTitle = writer.title(facts, sourceRandom);
            String sourceText = writer.report(facts, sourceRandom, source.words);
            if (m.kind == GeneratedArticle.Kind.WIRE_COPY) {
                title = random.nextBoolean() ? sourceTitle : writer.title(facts, random);
                text = writer.wireCopy(sourceText, facts, site, random);
                duplicateOf = story.ids[m.source];
            } else {
                title = writer.title(facts, random);
                text = writer.rewrite(sourceText, facts, random);
            }
        }
        if (--story.remaining == 0) {
            story.ids = null;
        }
        String published = START.plusSeconds(s.time).format(ISO);
        return new GeneratedArticle(index, id, title, published, site, text, story.number, duplicateOf, m.kind);
    }

    /** {@code n} and the index, zero-padded to seven digits. */
    static String articleId(int index) {
        String digits = Integer.toString(index);
        return "n" + "0".repeat(Math.max(0, 7 - digits.length())) + digits;
    }

    private int siteRank(SplittableRandom random) {
        // Zipf-like popularity: a few outlets publish much of the news
        return NewsVocabulary.powerLawIndex(random, SITES);
    }

    private void openStory(long start) {
        long number = stories++;
        long storySeed = mix(seed * 0x9E3779B97F4A7C15L + number);
        SplittableRandom random = new SplittableRandom(storySeed ^ 0x5C4EDL);
        int size = storySize(random);
        int reports = 1;
        for (int i = 1; i < size; i++) {
            if (random.nextDouble() < REPORT_SHARE) {
                reports++;
            }
        }
        long parentSeed = 0;
        if (number > 0 && random.nextDouble() < SIBLING_SHARE) {
            parentSeed = recentSeeds[random.nextInt((int) Math.min(number, RECENT))];
        }
        recentSeeds[(int) (number % RECENT)] = storySeed;
        StoryState story = new StoryState(number, storySeed, parentSeed, size);
        double scale = 36_000 * Math.exp(random.nextGaussian()); // burst time scale, median 10 hours
        long[] times = new long[size];
        for (int i = 0; i < size; i++) {
            Member m;
            if (i == 0) {
                m = new Member(GeneratedArticle.Kind.REPORT, -1, words(storySeed, 0));
                times[i] = start;
            } else if (i < reports) {
                m = new Member(GeneratedArticle.Kind.REPORT, -1, words(storySeed, i));
                times[i] = start + (random.nextDouble() < 0.06 ? (long) (86_400 * random.nextDouble(1, 6))
                        : (long) exponential(random, scale));
            } else {
                int source = random.nextDouble() < 0.6 ? 0 : random.nextInt(reports);
                boolean copy = random.nextDouble() < COPY_SHARE_OF_REUSE;
                double delay = copy
                        ? (random.nextDouble() < 0.02 ? 86_400 * random.nextDouble(3, 6) : exponential(random, 7_200))
                        : exponential(random, 28_800);
                m = new Member(copy ? GeneratedArticle.Kind.WIRE_COPY : GeneratedArticle.Kind.REWRITE, source,
                        story.members[source].words);
                times[i] = times[source] + 60 + (long) delay;
            }
            story.members[i] = m;
            due.add(new Scheduled(times[i], pushed++, story, i));
        }
    }

    private static int words(long storySeed, int member) {
        SplittableRandom r = new SplittableRandom(memberSeed(storySeed, member) ^ 0x30D5L);
        double w = MEDIAN_WORDS * Math.exp(WORDS_SIGMA * r.nextGaussian());
        return (int) Math.max(60, Math.min(4000, w));
    }

    private static int storySize(SplittableRandom random) {
        if (random.nextDouble() < SINGLETON_SHARE) {
            return 1;
        }
        double pareto = 2 * Math.pow(1 - random.nextDouble(), -1 / (SIZE_EXPONENT - 1));
        return (int) Math.min(MAX_SIZE, Math.floor(pareto));
    }

    private static double meanStorySize() {
        SplittableRandom r = new SplittableRandom(1);
        long sum = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            sum += storySize(r);
        }
        return (double) sum / n;
    }

    private static double exponential(SplittableRandom random, double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    private static long memberSeed(long storySeed, int member) {
        return mix(storySeed + 0x632BE59BD9B4E019L * (member + 1));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** What is fixed of a member when its story opens. */
    private record Member(GeneratedArticle.Kind kind, int source, int words) {
    }

    /** A story with articles still due. */
    private static final class StoryState {
        final long number;
        final long seed;
        final long parentSeed;
        final Member[] members;
        String[] ids;
        int remaining;

        StoryState(long number, long seed, long parentSeed, int size) {
            this.number = number;
            this.seed = seed;
            this.parentSeed = parentSeed;
            this.members = new Member[size];
            this.ids = new String[size];
            this.remaining = size;
        }
    }

    /** An article due at {@code time} seconds after the start; ties in the order they were scheduled. */
    private record Scheduled(long time, long order, StoryState story, int member) implements Comparable<Scheduled> {
        @Override
        public int compareTo(Scheduled o) {
            int c = Long.compare(time, o.time);
            return c != 0 ? c : Long.compare(order, o.order);
        }
    }
}
