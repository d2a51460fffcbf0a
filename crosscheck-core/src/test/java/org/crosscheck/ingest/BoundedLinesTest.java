package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Lines read one at a time, each bounded, the whole stream bounded, each decoded on its own. */
class BoundedLinesTest {

    private static BoundedLines lines(String text, int maxLine, long maxTotal) {
        return new BoundedLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), maxLine, maxTotal);
    }

    @Test
    void readsLinesWithTheirNumbersDroppingCarriageReturns() throws IOException {
        BoundedLines lines = lines("one\r\n\ntwo\nlast", 10, 100);
        assertThat(lines.next().utf8()).isEqualTo("one");
        BoundedLines.Line blank = lines.next();
        assertThat(blank.isBlank()).isTrue();
        BoundedLines.Line two = lines.next();
        assertThat(two.number()).isEqualTo(3);
        assertThat(two.utf8()).isEqualTo("two");
        assertThat(lines.next().utf8()).isEqualTo("last");
        assertThat(lines.next()).isNull();
    }

    @Test
    void aLineOverTheLimitIsReportedWithItsLengthAndNotKept() throws IOException {
        BoundedLines lines = lines("short\n" + "x".repeat(1_000) + "\nafter\n", 100, 10_000);
        assertThat(lines.next().utf8()).isEqualTo("short");
        BoundedLines.Line longOne = lines.next();
        assertThat(longOne.tooLong()).isTrue();
        assertThat(longOne.length()).isEqualTo(1_000);
        assertThat(longOne.utf8()).isNull();
        assertThat(lines.next().utf8()).isEqualTo("after");
    }

    @Test
    void aStreamOverTheTotalLimitStopsWithTooLarge() throws IOException {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return '\n';
            }
        };
        BoundedLines lines = new BoundedLines(endless, 100, 1_000_000);
        assertThatThrownBy(() -> {
            while (lines.next() != null) {
                // blank lines, without end
            }
        }).isInstanceOf(BoundedLines.TooLargeException.class);
        assertThat(lines.lineCount()).isGreaterThan(900_000).isLessThanOrEqualTo(1_000_000);
    }

    @Test
    void aMalformedByteSpoilsOnlyItsLine() throws IOException {
        byte[] bytes = {'o', 'k', '\n', 'b', (byte) 0xc3, '\n', 'f', 'i', 'n', 'e'};
        BoundedLines lines = new BoundedLines(new ByteArrayInputStream(bytes), 100, 100);
        assertThat(lines.next().utf8()).isEqualTo("ok");
        assertThat(lines.next().utf8()).isNull();
        assertThat(lines.next().utf8()).isEqualTo("fine");
    }
}
