package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;

/** Java serialization of articles, as a distributed run hands them from task to task. */
class ArticleSerialFormTest {

    private static final Article FULL = new Article("a1", "feeds/harbour.jsonl#3", "https://harbour.example/ferry",
            "Ferry grounded off Skerrin", "Ana Ødegård", new PartialDate(2024, 9, 16, LocalTime.of(8, 5, 30), ZoneOffset.ofHours(1)),
            "Harbour Gazette", "en", "The ferry ran aground at 06:40. \uD83D\uDEA2 No one was hurt.\n\nTugs freed it.", "Harbour Gazette");

    @Test
    void anArticleComesBackEqualWithEveryField() throws Exception {
        assertThat(roundTrip(FULL)).isEqualTo(FULL);
    }

    @Test
    void absentFieldsAndPartialDatesComeBackAbsent() throws Exception {
        Article bare = new Article("b2", "notes.txt", null, null, null, null, null, null, "A text with nothing else.");
        assertThat(roundTrip(bare)).isEqualTo(bare);
        Article month = new Article("c3", "s", null, "t", null, PartialDate.ofMonth(2023, 7), null, "de", "Text.");
        assertThat(roundTrip(month)).isEqualTo(month);
        Article day = new Article("d4", "s", null, "t", null, new PartialDate(2024, 2, 29, LocalTime.NOON, null), null, "de", "Text.");
        assertThat(roundTrip(day)).isEqualTo(day);
    }

    @Test
    void aTextLongerThanWriteUtfAllowsComesBackWhole() throws Exception {
        Article long_ = new Article("e5", "s", null, null, null, null, null, "en", "Ærø word. ".repeat(20_000));
        assertThat(long_.text().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(65_535);
        assertThat(roundTrip(long_)).isEqualTo(long_);
    }

    @Test
    void theSerializedFormCarriesTheFieldsWithNoDescriptorOfEach() throws Exception {
        // the record's default form names each of its ten fields and the date's five with their types
        int fields = 0;
        for (String s : new String[] {FULL.id(), FULL.source(), FULL.url(), FULL.title(), FULL.byline(), FULL.site(),
                FULL.language(), FULL.text(), FULL.outlet()}) {
            fields += s.getBytes(StandardCharsets.UTF_8).length;
        }
        assertThat(serialize(FULL).length).isLessThan(fields + 160);
    }

    private static byte[] serialize(Article article) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(article);
        }
        return bytes.toByteArray();
    }

    private static Article roundTrip(Article article) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialize(article)))) {
            return (Article) in.readObject();
        }
    }
}
