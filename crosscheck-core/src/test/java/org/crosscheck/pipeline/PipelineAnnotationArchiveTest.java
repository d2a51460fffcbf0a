package org.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.crosscheck.extract.Article;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.AnnotationArchive;
import org.crosscheck.store.SqliteStore;
import org.crosscheck.verify.VerifyJob;
import org.crosscheck.verify.VerifyResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest keeps its sentence annotations in the store, and a later process checking a
 * statement against the stored articles reads them instead of running CoreNLP on them again,
 * with the same verdict.
 */
class PipelineAnnotationArchiveTest {

    @TempDir
    Path dir;

    private static final String ARTICLES = """
            {"id": "ferry-1", "title": "Skerrin ferry runs aground", "published": "2025-06-02", "site": "Skerrin Herald", "text": "The Skerrin ferry ran aground off Holm Point on Sunday evening with 212 passengers aboard. Coastguard boats took everyone ashore within three hours, the harbour office said."}
            {"id": "ferry-2", "title": "Passengers rescued after Skerrin grounding", "published": "2025-06-02", "site": "Coastline Daily", "text": "All 212 passengers of the Skerrin ferry were brought ashore after it ran aground off Holm Point on Sunday. The harbour office said no one was hurt."}
            """;

    /** An archive that counts its lookups and the hits among them. */
    private static final class Counting implements AnnotationArchive {
        private final AnnotationArchive archive;
        final AtomicInteger finds = new AtomicInteger();
        final AtomicInteger hits = new AtomicInteger();

        Counting(AnnotationArchive archive) {
            this.archive = archive;
        }

        @Override
        public List<AnnotatedSentence> find(String key) {
            finds.incrementAndGet();
            List<AnnotatedSentence> found = archive.find(key);
            if (found != null) {
                hits.incrementAndGet();
            }
            return found;
        }

        @Override
        public void keep(String key, List<AnnotatedSentence> sentences) {
            archive.keep(key, sentences);
        }
    }

    @Test
    void aStatementIsCheckedAgainstStoredArticlesWithTheAnnotationsTheirIngestKept() throws Exception {
        Path input = Files.writeString(dir.resolve("ferry.jsonl"), ARTICLES);
        Path storeDir = dir.resolve("store");
        try (SqliteStore store = SqliteStore.open(storeDir)) {
            IngestSummary summary = new Pipeline(new PipelineSettings(1)).ingest(List.of(input.toString()), InputStream.nullInputStream(),
                    store, IngestListener.NONE, Progress.NONE);
            assertThat(summary.added()).isEqualTo(2);
        }
        String statement = "The Skerrin ferry ran aground off Holm Point with 212 passengers aboard.";
        try (SqliteStore store = SqliteStore.openReadOnly(storeDir)) {
            List<Article> sources = new ArrayList<>();
            for (String id : List.of("ferry-1", "ferry-2")) {
                sources.add(store.article(id).orElseThrow().article());
            }
            Pipeline reading = new Pipeline(new PipelineSettings(1));
            Counting archive = new Counting(new StoreAnnotations(store.annotations()).readOnly());
            reading.keepAnnotationsIn(archive);
            VerifyResult withArchive = reading.verify(new VerifyJob("s", statement, sources));

            // the four source sentences come from the store; only the statement's sentence is annotated
            assertThat(archive.hits.get()).isEqualTo(4);
            assertThat(archive.finds.get()).isEqualTo(5);
            VerifyResult annotatedAgain = new Pipeline(new PipelineSettings(1)).verify(new VerifyJob("s", statement, sources));
            assertThat(withArchive).isEqualTo(annotatedAgain);
        }
    }

    @Test
    void anIngestToldNotToKeepAnnotationsKeepsNone() throws Exception {
        Path input = Files.writeString(dir.resolve("ferry.jsonl"), ARTICLES);
        Path storeDir = dir.resolve("store");
        try (SqliteStore store = SqliteStore.open(storeDir)) {
            PipelineSettings settings = new PipelineSettings(1).withIngest(new IngestSettings(64, false));
            new Pipeline(settings).ingest(List.of(input.toString()), InputStream.nullInputStream(), store, IngestListener.NONE,
                    Progress.NONE);
        }
        try (SqliteStore store = SqliteStore.openReadOnly(storeDir)) {
            Pipeline reading = new Pipeline(new PipelineSettings(1));
            Counting archive = new Counting(new StoreAnnotations(store.annotations()).readOnly());
            reading.keepAnnotationsIn(archive);
            reading.verify(new VerifyJob("s", "The Skerrin ferry ran aground.", List.of(store.article("ferry-1").orElseThrow().article())));
            assertThat(archive.finds.get()).isPositive();
            assertThat(archive.hits.get()).isZero();
        }
    }

    @Test
    void theReadOnlyViewOfAStoreKeepsNothing() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("store"))) {
            AnnotationArchive view = new StoreAnnotations(store.annotations()).readOnly();
            view.keep("2025-06-02\u0000The ferry ran aground.", List.of());
            assertThat(view.find("2025-06-02\u0000The ferry ran aground.")).isNull();
        }
    }
}
