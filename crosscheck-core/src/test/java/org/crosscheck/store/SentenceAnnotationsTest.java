package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.Dependency;
import org.crosscheck.language.NamedMention;
import org.crosscheck.language.NerTag;
import org.crosscheck.language.TimeMention;
import org.crosscheck.language.TimexType;
import org.crosscheck.language.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's archive of sentence annotations: kept by an ingest's writer, read by a later process. */
class SentenceAnnotationsTest {

    @TempDir
    Path dir;

    private static final String TEXT = "Mayor Ilse Varga opened the Brenna footbridge on 3 May.";
    private static final List<AnnotatedSentence> SENTENCE = List.of(new AnnotatedSentence(0, 10, 10 + TEXT.length(), TEXT,
            List.of(new Token(0, "Mayor", "Mayor", "NNP", NerTag.of("TITLE"), null, 10, 15),
                    new Token(1, "Ilse", "Ilse", "NNP", NerTag.of("PERSON"), null, 16, 20),
                    new Token(2, "Varga", "Varga", "NNP", NerTag.of("PERSON"), null, 21, 26),
                    new Token(3, "opened", "open", "VBD", NerTag.of("O"), null, 27, 33)),
            List.of(new NamedMention("Ilse Varga", NerTag.of("PERSON"), null, 16, 26, 1, 3)),
            List.of(new TimeMention("3 May", TimexType.values()[0], "2025-05-03", 59, 64, 8, 10)),
            List.of(new Dependency("nsubj", 3, 2), new Dependency("compound", 2, 1))));

    @Test
    void anAnnotationComesBackEqualThroughItsStoredForm() {
        assertThat(SentenceAnnotations.decode(SentenceAnnotations.encode(SENTENCE))).isEqualTo(SENTENCE);
    }

    @Test
    void aRowThatCannotBeReadIsAMiss() {
        assertThat(SentenceAnnotations.decode(new byte[] {1, 2, 3, 4})).isNull();
        byte[] good = SentenceAnnotations.encode(SENTENCE);
        assertThat(SentenceAnnotations.decode(java.util.Arrays.copyOf(good, good.length / 2))).isNull();
    }

    @Test
    void whatAnIngestKeptIsReadByTheNextProcessAndNothingWaitsUnwritten() throws Exception {
        Path storeDir = dir.resolve("store");
        try (SqliteStore store = SqliteStore.open(storeDir)) {
            store.annotations().keep("2025-05-03\u0000" + TEXT, SENTENCE);
            assertThat(store.annotations().find("2025-05-03\u0000" + TEXT)).isEqualTo(SENTENCE); // waiting, not yet written
            try (StoreWriter writer = store.writer()) {
                writer.keepAnnotations();
            }
            assertThat(store.annotations().drain()).isEmpty();
        }
        try (SqliteStore again = SqliteStore.openReadOnly(storeDir)) {
            assertThat(again.annotations().find("2025-05-03\u0000" + TEXT)).isEqualTo(SENTENCE);
            assertThat(again.annotations().find("2025-05-04\u0000" + TEXT)).isNull(); // another anchor date is another key
        }
    }

    @Test
    void aStoreWrittenBeforeTheArchiveIsServedReadOnlyWithEveryLookupAMiss() throws Exception {
        Path storeDir = dir.resolve("old");
        try (SqliteStore store = SqliteStore.open(storeDir)) {
            store.counts();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + storeDir.resolve(StoreSchema.DATABASE));
             Statement s = c.createStatement()) {
            s.execute("DROP TABLE sentence_annotations");
        }
        try (SqliteStore old = SqliteStore.openReadOnly(storeDir)) {
            assertThat(old.annotations().find("2025-05-03\u0000" + TEXT)).isNull();
        }
    }
}
