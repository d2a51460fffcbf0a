package org.crosscheck.bench.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an MSRP file in place ({@code msr_paraphrase_train.txt} or a file of the same format):
 * UTF-8, an optional byte-order mark, one header line, then {@code Quality, #1 ID, #2 ID,
 * #1 String, #2 String} separated by tabs. A line that does not fit is skipped with a one-line
 * reason on standard error.
 */
public final class MsrpCorpus {

    /**
     * One sentence pair.
     *
     * @param paraphrase the gold label (1 in the file)
     */
    public record Pair(boolean paraphrase, String firstId, String secondId, String first, String second) {
    }

    private MsrpCorpus() {
    }

    public static List<Pair> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Pair> pairs = new ArrayList<>(lines.size());
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 5 || !(f[0].equals("0") || f[0].equals("1"))) {
                System.err.println(file.getFileName() + ":" + (i + 1) + ": skipped, not 5 tab-separated fields with a 0/1 label");
                continue;
            }
            pairs.add(new Pair(f[0].equals("1"), f[1], f[2], f[3].strip(), f[4].strip()));
        }
        if (pairs.isEmpty()) {
            throw new IOException("no MSRP pairs in " + file);
        }
        return pairs;
    }
}
