package org.crosscheck.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import org.crosscheck.align.Alignment;
import org.crosscheck.align.ClaimAligner;
import org.crosscheck.align.SameEventStories;
import org.crosscheck.align.StoryClaims;
import org.crosscheck.align.StoryMergeSettings;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimExtractor;
import org.crosscheck.claims.ClaimSet;
import org.crosscheck.cluster.ArticleEmbedder;
import org.crosscheck.cluster.ClusterSettings;
import org.crosscheck.cluster.HeadlineEmbedder;
import org.crosscheck.cluster.Story;
import org.crosscheck.cluster.StoryClusterer;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.ArticleExtractor;
import org.crosscheck.extract.ExtractionException;
import org.crosscheck.ingest.DocumentListener;
import org.crosscheck.ingest.InputReader;
import org.crosscheck.ingest.RawDocument;
import org.crosscheck.ingest.SkippedInput;
import org.crosscheck.language.AnnotationArchive;
import org.crosscheck.language.LazyModel;
import org.crosscheck.language.SentenceEmbedder;
import org.crosscheck.language.WordNetLexicon;
import org.crosscheck.provenance.Derivation;
import org.crosscheck.provenance.ProvenanceTracer;
import org.crosscheck.provenance.WitnessGroups;
import org.crosscheck.report.Report;
import org.crosscheck.report.StoryReport;
import org.crosscheck.report.StoryReporter;
import org.crosscheck.store.SqliteStore;
import org.crosscheck.verify.StatementVerifier;
import org.crosscheck.verify.VerifyJob;
import org.crosscheck.verify.VerifyJobs;
import org.crosscheck.verify.VerifyResult;

/**
 * The composition root: wires the stages once and runs them. The CLI, the server and the Spark
 * job call this and nothing below it. Heavy language models load on first use.
 */
public final class Pipeline {

    private final PipelineSettings settings;
    private final InputReader reader;
    private final ArticleExtractor extractor;
    private final ProvenanceTracer tracer;
    private final org.crosscheck.dedup.Fingerprinter fingerprinter;
    private final StoryReporter reporter = new StoryReporter();
    private CompletableFuture<ClaimExtractor> claimExtractor;
    private CompletableFuture<ClaimAligner> aligner;
    private StatementVerifier verifier;
    /** Where the annotator reads and keeps sentence annotations beyond its own cache ({@link #keepAnnotationsIn}). */
    private volatile AnnotationArchive annotationArchive = AnnotationArchive.NONE;
    private final StoryAnalysis storyAnalysis;
    private SameEventPass sameEventPass;
    /** One sentence embedder for every step of the pipeline, so that a sentence is embedded once per run. */
    private final LazyModel<SentenceEmbedder> embedder = LazyModel.of(SentenceEmbedder::new);
    /** Stories whose claims an ingest's same-event pass keeps, at most. */
    private static final int CLAIMS_KEPT = 512;

    public Pipeline(PipelineSettings settings) {
        this(settings, null);
    }

    /** A pipeline whose per-story analysis is given, for tests of how failures are contained. */
    Pipeline(PipelineSettings settings, StoryAnalysis storyAnalysis) {
        this.settings = settings;
        this.reader = new InputReader(settings.input());
        this.extractor = new ArticleExtractor(settings.extraction(), settings.outlets());
        this.tracer = new ProvenanceTracer(settings.provenance(), settings.dedup(), settings.models().articleRewrite().get(),
                settings.models().rewrite().get(), embedder);
        this.fingerprinter = new org.crosscheck.dedup.Fingerprinter(settings.dedup());
        this.storyAnalysis = storyAnalysis != null ? storyAnalysis : new StoryAnalysis() {
            @Override
            public StoryReport analyze(Story story, List<Article> members) {
                return analyzeStory(story, members).report();
            }

            @Override
            public Findings findings(Story story, List<Article> members) {
                return analyzeStory(story, members);
            }

            @Override
            public List<Claim> claims(Story story, List<Article> members) {
                return claimExtractor().extract(members).claims();
            }

            @Override
            public List<String> claimSentences(Article article) {
                return claimExtractor().sentenceTexts(article);
            }
        };
    }


    /** The findings of one story from its articles. */
    interface StoryAnalysis {
        StoryReport analyze(Story story, List<Article> members);

        /** The report and the claims it was made from; without claims, the story is merged with no other. */
        default Findings findings(Story story, List<Article> members) {
            return new Findings(analyze(story, members), List.of());
        }

        /** The story's claims alone, for the same-event pass of an ingest. */
        default List<Claim> claims(Story story, List<Article> members) {
            return findings(story, members).claims();
        }

        /**
         * The texts of the sentences an article's claims would be read from, without reading them
         * (each of its claims is one of them); none when it gives no claims.
         */
        default List<String> claimSentences(Article article) {
            return List.of();
        }
    }

    /** A story's report and the claims it was made from. */
    record Findings(StoryReport report, List<Claim> claims) {
    }

    /** A story's report, or why it could not be made. */
    private record StoryOutcome(StoryReport report, String problem) {
    }

    public PipelineSettings settings() {
        return settings;
    }

    /**
     * Reads and extracts every input, handing articles to the sink as they come. A document
     * whose id was already seen in this run is skipped with a reason.
     */
    public void extract(List<String> inputs, InputStream stdin, ArticleSink sink) {
        extract(listener -> reader.read(inputs, stdin, listener), sink);
    }

    /** Extracts the documents that {@code read} hands to its listener, as {@link #extract(List, InputStream, ArticleSink)} does. */
    private void extract(java.util.function.Consumer<DocumentListener> read, ArticleSink sink) {
        Set<String> seen = new HashSet<>();
        read.accept(new DocumentListener() {
            @Override
            public void document(RawDocument document) {
                if (!seen.add(document.id())) {
                    sink.skipped(SkippedInput.sameArticleId(document.source(), document.id()));
                    return;
                }
                try {
                    sink.article(extractor.extract(document));
                } catch (ExtractionException e) {
                    sink.extractionFailed(document.id(), new SkippedInput(document.source(), e.getMessage()));
                }
            }

            @Override
            public void skipped(SkippedInput skipped) {
                sink.skipped(skipped);
            }
        });
    }

    /**
     * Reads and extracts one file that another file system opens (a distributed run's
     * Hadoop paths), as {@link #extract(List, InputStream, ArticleSink)} reads a file named
     * {@code source}; {@code fileName} is the last part of its name.
     */
    public void extract(String source, String fileName, org.crosscheck.ingest.ContentSource content, ArticleSink sink) {
        extract(listener -> reader.read(source, fileName, content, listener), sink);
    }

    /**
     * The inputs with directories replaced by the files their walk takes, in reading order, so
     * that a distributed run can read one file per task and get what {@link #extract} gives.
     */
    public List<String> inputFiles(List<String> inputs, java.util.function.Consumer<SkippedInput> skipped) {
        return reader.files(inputs, skipped);
    }

    /** An article's near-duplicate fingerprint (normalised-text hash and MinHash), with the settings' {@code dedup}. */
    public org.crosscheck.dedup.Fingerprint fingerprint(Article article) {
        return fingerprinter.fingerprint(article);
    }

    /** The story of every article, with embeddings unless the cluster settings turn them off. */
    public List<Story> cluster(List<Article> articles) {
        return cluster(articles, true);
    }

    /** The story of every article; {@code embeddings} false decides on words and names alone. */
    public List<Story> cluster(List<Article> articles, boolean embeddings) {
        ClusterSettings clusterSettings = settings.cluster();
        boolean embed = embeddings && clusterSettings.embeddings();
        return new StoryClusterer(clusterSettings.withEmbeddings(embed),
                embed ? new HeadlineEmbedder(embedder.get(), clusterSettings.leadChars()) : null).cluster(articles);
    }

    /** The whole report over the given articles, every story analysed. */
    public Report analyze(List<Article> articles, Progress progress) {
        return analyze(articles, progress, false);
    }

    /**
     * The whole report over the given articles; with {@code deferSingles}, a story of one article
     * is reported with its headline and article only ({@link StoryReport#claimsDeferred()}): no
     * CoreNLP, no alignment, until a second article joins it or its claims are asked for, unless
     * one of its sentences comes close enough to another story's for the same-event pass to merge
     * them (then it is analysed, and merged as when every story is analysed). The stories of two or
     * more articles are analysed, and reported, the same either way.
     */
    public Report analyze(List<Article> articles, Progress progress, boolean deferSingles) {
        Map<String, Article> byId = new LinkedHashMap<>();
        for (Article a : articles) {
            byId.putIfAbsent(a.id(), a);
        }
        loadModels();
        progress.update("cluster", 0, articles.size());
        List<Story> stories = cluster(List.copyOf(byId.values()));
        progress.update("cluster", articles.size(), articles.size());
        return report(List.copyOf(byId.values()), stories, byId, progress, deferSingles, true);
    }

    /**
     * The report of analysed stories, listing the given articles; with {@code mergeSameEvents},
     * the analysed stories that tell one event are merged and analysed again ({@link SameEventPass}).
     */
    private Report report(List<Article> listed, List<Story> stories, Map<String, Article> byId, Progress progress,
                          boolean deferSingles, boolean mergeSameEvents) {
        List<StoryReport> reports = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<SameEventPass.Analysed<StoryOutcome>> analysed = analyzeStories(stories, byId, progress, deferSingles);
        if (deferSingles && mergeSameEvents && analysed.size() > 1) {
            analysed = withJoinableSinglesRead(analysed, byId, progress);
        }
        if (mergeSameEvents && analysed.size() > 1) {
            analysed = sameEventPass().merged(analysed, byId, joined -> analyzeStories(joined, byId, progress, false));
        }
        for (SameEventPass.Analysed<StoryOutcome> a : analysed) {
            StoryOutcome outcome = a.outcome();
            reports.add(outcome.report());
            if (outcome.problem() != null) {
                problems.add(outcome.problem());
            }
        }
        return new Report(Report.SCHEMA_VERSION, listed, reports, problems);
    }

    /**
     * The analysed stories with those deferred one-article stories analysed after all that the
     * same-event pass could merge with another story ({@link SameEventPass#mayJoin}): the pass
     * reads claims, and a story it merges when every story is analysed must be merged when single
     * stories are deferred too, so that the stories of two or more articles are reported the same
     * either way. A story whose sentences cannot be read is analysed.
     */
    private List<SameEventPass.Analysed<StoryOutcome>> withJoinableSinglesRead(List<SameEventPass.Analysed<StoryOutcome>> analysed,
                                                                              Map<String, Article> byId, Progress progress) {
        Map<Integer, List<String>> unread = new LinkedHashMap<>();
        Set<Integer> toRead = new java.util.TreeSet<>();
        for (int i = 0; i < analysed.size(); i++) {
            SameEventPass.Analysed<StoryOutcome> a = analysed.get(i);
            if (a.outcome().report().claimsDeferred()) {
                try {
                    unread.put(i, storyAnalysis.claimSentences(byId.get(a.story().articleIds().get(0))));
                } catch (RuntimeException e) {
                    toRead.add(i);
                }
            }
        }
        toRead.addAll(sameEventPass().mayJoin(analysed, unread, byId));
        if (toRead.isEmpty()) {
            return analysed;
        }
        List<SameEventPass.Analysed<StoryOutcome>> read = analyzeStories(toRead.stream().map(i -> analysed.get(i).story()).toList(),
                byId, progress, false);
        List<SameEventPass.Analysed<StoryOutcome>> out = new ArrayList<>(analysed);
        int next = 0;
        for (int i : toRead) {
            out.set(i, read.get(next++));
        }
        return out;
    }

    /**
     * Adds the articles of the inputs to a store ({@code ingest}): new articles join the
     * store's stories or open new ones, and only the stories they touch are analysed again.
     *
     * @throws org.crosscheck.store.StoreException when another writer holds the store
     */
    public IngestSummary ingest(List<String> inputs, InputStream stdin, SqliteStore store, IngestListener listener, Progress progress)
            throws IOException {
        AnnotationArchive before = annotationArchive;
        if (settings.ingest().keepAnnotations()) {
            keepAnnotationsIn(new StoreAnnotations(store.annotations())); // the batches' annotations are kept in the store for verify
        }
        try (WarmStories warm = new WarmStories(settings.cluster(), articleEmbedder())) {
            return ingest(documents -> reader.read(inputs, stdin, documents), store, listener, progress, warm, sameEventFinder());
        } finally {
            keepAnnotationsIn(before);
        }
    }

    /**
     * Loads an output folder of {@code crosscheck spark} ({@code articles.jsonl},
     * {@code stories.jsonl} and {@code reports.jsonl}) into a store as it is: its stories' reports
     * are stored as the job made them, its articles with their embeddings, so that later ingests
     * join its stories.
     *
     * @throws IllegalArgumentException when the folder holds no JSON Lines output
     * @throws org.crosscheck.store.StoreException when another writer holds the store
     */
    public IngestSummary ingestOutput(java.nio.file.Path dir, SqliteStore store, IngestListener listener) throws IOException {
        return new OutputIngest(settings.ingest(), articleEmbedder(), listener).load(dir, store);
    }

    /** The embedder of an ingest, loading its model on first use: a run of duplicates only never needs it. */
    private ArticleEmbedder articleEmbedder() {
        ClusterSettings clusterSettings = settings.cluster();
        if (!clusterSettings.embeddings()) {
            return null;
        }
        return new ArticleEmbedder() {
            private HeadlineEmbedder loaded;

            private synchronized HeadlineEmbedder loaded() {
                if (loaded == null) {
                    loaded = new HeadlineEmbedder(embedder.get(), clusterSettings.leadChars());
                }
                return loaded;
            }

            @Override
            public float[] embed(Article article) {
                return loaded().embed(article);
            }

            @Override
            public List<float[]> embedAll(List<Article> articles) {
                return loaded().embedAll(articles);
            }
        };
    }

    private IngestSummary ingest(java.util.function.Consumer<DocumentListener> read, SqliteStore store, IngestListener listener,
                                 Progress progress, WarmStories warm, SameEventFinder sameEvents) throws IOException {
        try (StoreIngest run = StoreIngest.startWarm(store, settings.ingest(), warm, storyAnalyst(progress), sameEvents, listener)) {
            extract(read, ArticleSink.of(run::article, run::skipped));
            return run.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The analysis of the stories an ingest touched: the stages of {@link #analyze}, after
     * clustering. The language models load when the first story is analysed, so a run of
     * duplicates only never loads them.
     */
    public StoryAnalyst storyAnalyst(Progress progress) {
        return (stories, byId) -> report(List.of(), stories, byId, progress, false, false);
    }

    /**
     * The same-event pass of an ingest: each story's claims are extracted (once for each set of
     * members, the last {@value #CLAIMS_KEPT} kept) and {@code SameEventStories} groups the stories
     * that tell one event, as the batch run's pass does. A story whose claims cannot be extracted
     * is merged with no other.
     */
    public SameEventFinder sameEventFinder() {
        Map<Story, List<Claim>> kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Story, List<Claim>> eldest) {
                return size() > CLAIMS_KEPT;
            }
        };
        return new SameEventFinder() {
            @Override
            public int maxDaysApart() {
                return settings.storyMerge().maxDaysApart();
            }

            @Override
            public List<List<Integer>> groups(List<Story> stories, Map<String, Article> byId, int touched) {
                List<List<Claim>> claims = new ArrayList<>();
                for (Story story : stories) {
                    List<Claim> known;
                    synchronized (kept) {
                        known = kept.get(story);
                    }
                    if (known == null) {
                        try {
                            known = storyAnalysis.claims(story, story.articleIds().stream().map(byId::get).toList());
                        } catch (RuntimeException e) {
                            known = List.of();
                        }
                        synchronized (kept) {
                            kept.put(story, known);
                        }
                    }
                    claims.add(known);
                }
                return sameEventPass().groups(stories, claims, byId, touched);
            }
        };
    }

    /**
     * The write side of the server ({@code POST /api/articles}): each body is read in memory
     * under the name it came with, which labels its sources and skip reasons and helps tell its
     * kind, and is never a path; bodies are taken one at a time, and the warm stories are kept
     * from one body to the next (caught up with what other writers added in between).
     */
    public BodyIngest bodyIngest(SqliteStore store) {
        Object oneAtATime = new Object();
        WarmStories warm = new WarmStories(settings.cluster(), articleEmbedder());
        SameEventFinder sameEvents = sameEventFinder();
        return (name, body) -> {
            IngestSummary summary;
            synchronized (oneAtATime) {
                summary = ingest(documents -> reader.read(name, body, documents), store, IngestListener.NONE, Progress.NONE, warm,
                        sameEvents);
            }
            return summary.result();
        };
    }

    /**
     * Analyses the stories on {@link PipelineSettings#threads()} threads; the reports come back
     * in story order whatever order the threads finish in.
     */
    private List<SameEventPass.Analysed<StoryOutcome>> analyzeStories(List<Story> stories, Map<String, Article> byId, Progress progress,
                                              boolean deferSingles) {
        progress.update("analyze", 0, stories.size());
        int threads = Math.min(settings.threads(), Math.max(1, stories.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "crosscheck-analyze");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<SameEventPass.Analysed<StoryOutcome>>> futures = new ArrayList<>();
            for (Story story : stories) {
                futures.add(pool.submit(() -> {
                    List<Article> members = story.articleIds().stream().map(byId::get).toList();
                    SameEventPass.Analysed<StoryOutcome> outcome = deferSingles && members.size() == 1
                            ? new SameEventPass.Analysed<>(story, List.of(), new StoryOutcome(reporter.deferred(story, members), null))
                            : contained(story, members);
                    progress.update("analyze", done.incrementAndGet(), stories.size());
                    return outcome;
                }));
            }
            List<SameEventPass.Analysed<StoryOutcome>> reports = new ArrayList<>();
            for (Future<SameEventPass.Analysed<StoryOutcome>> f : futures) {
                reports.add(f.get());
            }
            return reports;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One story's analysis; a failure inside it costs that story its findings, never the other
     * stories or the report: the story is still reported with its articles and a headline.
     */
    private SameEventPass.Analysed<StoryOutcome> contained(Story story, List<Article> members) {
        try {
            Findings findings = storyAnalysis.findings(story, members);
            return new SameEventPass.Analysed<>(story, findings.claims(), new StoryOutcome(findings.report(), null));
        } catch (RuntimeException e) {
            StoryReport bare = reporter.report(story, members, List.of(), new ClaimSet(List.of(), List.of()),
                    new Alignment(List.of(), List.of()));
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new SameEventPass.Analysed<>(story, List.of(), new StoryOutcome(bare, "story " + story.id() + " ("
                    + members.size() + " articles, first " + members.get(0).source() + ") was not analysed: " + reason));
        }
    }

    private Findings analyzeStory(Story story, List<Article> members) {
        List<Derivation> derivations = tracer.derivations(members);
        WitnessGroups witnesses = WitnessGroups.of(story.articleIds(), derivations.stream().map(Derivation::link).toList());
        ClaimSet claims = claimExtractor().extract(members);
        Alignment alignment = aligner().align(claims.claims(), witnesses);
        return new Findings(reporter.report(story, members, derivations, claims, alignment), claims.claims());
    }

    /**
     * One story analysed as {@link #analyze} analyses it, a failure contained as there, with the
     * claims its same-event pass reads.
     */
    public StoryFindings findings(Story story, List<Article> members) {
        Map<String, Article> byId = new HashMap<>();
        members.forEach(a -> byId.put(a.id(), a));
        SameEventPass.Analysed<StoryOutcome> a = contained(story, members);
        return new StoryFindings(a.outcome().report(), SameEventPass.claimsOf(a.story(), a.claims(), byId), a.outcome().problem());
    }

    /**
     * The same-event pass's scores of the pairs of the given stories that {@code compared} takes
     * (indices, the smaller first), as the batch run scores them ({@code SameEventStories#scores}).
     */
    public List<SameEventStories.PairScore> sameEventScores(List<StoryClaims> stories, BiPredicate<Integer, Integer> compared) {
        return sameEventPass().scores(stories, compared);
    }

    /**
     * The groups of stories that the given pair scores make one event, as the batch run's pass
     * groups them: each group in increasing order, the groups in order of their first story.
     */
    public List<List<Integer>> sameEventGroups(int stories, List<SameEventStories.PairScore> scores) {
        return SameEventStories.groups(stories, scores, settings.storyMerge());
    }

    /**
     * The stories of one same-event group as the batch run's pass joins them: the first one's id,
     * all their articles in publication order.
     */
    public static Story sameEventStory(List<Story> group, Map<String, Article> byId) {
        return SameEventPass.joined(group, byId);
    }

    /** Whether the pass joins a pair with this score (the pairs {@link #sameEventGroups} reads; the others can be left out). */
    public boolean sameEventJoins(SameEventStories.PairScore score) {
        return SameEventStories.joins(score, settings.storyMerge());
    }

    /** The pass that merges analysed stories telling one event; its models load on first use. */
    private synchronized SameEventPass sameEventPass() {
        if (sameEventPass == null) {
            sameEventPass = new SameEventPass(new SameEventStories(embedder.get(), new WordNetLexicon(),
                    settings.alignment(), settings.storyMerge()));
        }
        return sameEventPass;
    }

    /** The verdict on a statement against its sources ({@code verify}). */
    public VerifyResult verify(VerifyJob job) {
        return verifier().verify(job);
    }

    /** Reads sources ahead of the statements that will be checked against them ({@link StatementVerifier#read}). */
    public void readForVerify(List<Article> sources) {
        verifier().read(sources);
    }

    /** Reads the jobs of {@code verify --batch}. */
    public VerifyJobs verifyJobs() {
        return new VerifyJobs(settings.extraction());
    }

    private synchronized StatementVerifier verifier() {
        if (verifier == null) {
            verifier = new StatementVerifier(claimExtractor(), embedder.get(), new WordNetLexicon(),
                    settings.verify(), settings.alignment(), settings.models().verify().get());
        }
        return verifier;
    }

    /**
     * Starts loading the language models (CoreNLP; the embeddings and WordNet) on two threads of
     * their own, so that they load side by side and while the articles are clustered.
     */
    private synchronized void loadModels() {
        if (claimExtractor == null) {
            claimExtractor = CompletableFuture.supplyAsync(() -> new ClaimExtractor(settings.models().checkable().get(), settings.claims(),
                    () -> annotationArchive),
                    Pipeline::startDaemon);
            aligner = CompletableFuture.supplyAsync(() -> new ClaimAligner(embedder.get(), new WordNetLexicon(), settings.alignment()),
                    Pipeline::startDaemon);
        }
    }

    private static void startDaemon(Runnable task) {
        Thread t = new Thread(task, "crosscheck-models");
        t.setDaemon(true);
        t.start();
    }

    private ClaimExtractor claimExtractor() {
        loadModels();
        return loaded(claimExtractor);
    }

    /**
     * Checks statements against the articles of {@code store} with the sentence annotations their
     * ingest kept there; what is annotated from now on is not kept (statements are not stored).
     */
    public void readAnnotationsOf(SqliteStore store) {
        keepAnnotationsIn(new StoreAnnotations(store.annotations()).readOnly());
    }

    /**
     * Reads sentence annotations from {@code archive} before running CoreNLP, and hands it those
     * made from now on ({@link AnnotationArchive}; {@link AnnotationArchive#readOnly()} to read only).
     * An ingest into a store keeps its annotations there; a server checking statements against
     * its store reads them.
     */
    public void keepAnnotationsIn(AnnotationArchive archive) {
        annotationArchive = java.util.Objects.requireNonNull(archive, "archive");
    }

    private ClaimAligner aligner() {
        loadModels();
        return loaded(aligner);
    }

    private static <T> T loaded(CompletableFuture<T> model) {
        try {
            return model.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
