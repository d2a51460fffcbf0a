package org.crosscheck.extract;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.crosscheck.time.PartialDate;

/**
 * What Java serialization writes for an {@link Article} (a distributed run hands articles from
 * task to task in this form): its fields as length-prefixed UTF-8 bytes and its date as numbers,
 * with no per-field descriptors, read back through the article's own constructor. Strings go as
 * bytes rather than through {@code writeUTF}, whose reader rebuilds them a character at a time.
 */
final class ArticleSerialForm implements Externalizable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final int ABSENT = -1;

    private Article article;

    /** For Java serialization only. */
    public ArticleSerialForm() {
    }

    ArticleSerialForm(Article article) {
        this.article = article;
    }

    @Override
    public void writeExternal(ObjectOutput out) throws IOException {
        write(out, article.id());
        write(out, article.source());
        write(out, article.url());
        write(out, article.title());
        write(out, article.byline());
        write(out, article.site());
        write(out, article.language());
        write(out, article.text());
        write(out, article.outlet());
        PartialDate date = article.published();
        out.writeInt(date == null ? ABSENT : date.year());
        if (date != null) {
            out.writeInt(date.month() == null ? ABSENT : date.month());
            out.writeInt(date.day() == null ? ABSENT : date.day());
            out.writeInt(date.time() == null ? ABSENT : date.time().toSecondOfDay());
            out.writeInt(date.offset() == null ? Integer.MIN_VALUE : date.offset().getTotalSeconds());
        }
    }

    @Override
    public void readExternal(ObjectInput in) throws IOException {
        String id = read(in);
        String source = read(in);
        String url = read(in);
        String title = read(in);
        String byline = read(in);
        String site = read(in);
        String language = read(in);
        String text = read(in);
        String outlet = read(in);
        PartialDate published = null;
        int year = in.readInt();
        if (year != ABSENT) {
            int month = in.readInt();
            int day = in.readInt();
            int second = in.readInt();
            int offset = in.readInt();
            published = new PartialDate(year, month == ABSENT ? null : month, day == ABSENT ? null : day,
                    second == ABSENT ? null : LocalTime.ofSecondOfDay(second),
                    offset == Integer.MIN_VALUE ? null : ZoneOffset.ofTotalSeconds(offset));
        }
        article = new Article(id, source, url, title, byline, published, site, language, text, outlet);
    }

    @Serial
    private Object readResolve() {
        return article;
    }

    private static void write(ObjectOutput out, String s) throws IOException {
        if (s == null) {
            out.writeInt(ABSENT);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String read(ObjectInput in) throws IOException {
        int length = in.readInt();
        if (length == ABSENT) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
