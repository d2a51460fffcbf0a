package org.crosscheck.bench.bigarticle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.crosscheck.bench.corpus.LongArticle;

/**
 * Writes the inputs of {@code bench/big-article}: one generated long article a file, of each size
 * and format asked, named {@code big-<MB>.<ext>} (e.g. {@code big-0.25.txt}; the run-on text
 * {@code big-<MB>-runon.txt}), and prints each
 * file's path, one a line, in the order asked.
 * <p>
 * Arguments: an output folder, a seed, then any number of {@code SIZE_MB:FORMAT} items, FORMAT
 * being {@code txt}, {@code html}, {@code jsonl} or {@code runon} ({@link LongArticle.Format}).
 */
public final class BigArticleFiles {

    private BigArticleFiles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: BigArticleFiles OUT_DIR SEED SIZE_MB:FORMAT...");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        Files.createDirectories(out);
        for (int i = 2; i < args.length; i++) {
            String[] item = args[i].split(":");
            String mb = item[0];
            LongArticle.Format format = format(item[1]);
            int bytes = (int) Math.round(Double.parseDouble(mb) * 1_000_000);
            String suffix = format.name.equals(format.extension) ? "" : "-" + format.name;
            Path file = out.resolve("big-" + mb + suffix + "." + format.extension);
            Files.writeString(file, new LongArticle(seed).write(format, bytes), StandardCharsets.UTF_8);
            System.out.println(file);
        }
    }

    private static LongArticle.Format format(String name) {
        for (LongArticle.Format f : LongArticle.Format.values()) {
            if (f.name.equals(name.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format " + name + " (txt, html, jsonl or runon)");
    }
}
