package org.crosscheck.bench.scale;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.crosscheck.bench.metric.BCubed;

/**
 * Quality on the generated gold, from a {@link ScaleRun}'s results file: B-cubed of the stories
 * against the generated stories (over the whole stream or a prefix of it: streaming, the first m
 * placements are what a run over those m articles alone gives), and precision and recall of the
 * near-duplicate finder against the generated wire copies. A copy and its source, and copies of
 * the same source, form one duplicate group; an article counts as found when its most similar
 * earlier near-duplicate is in its group. Precision is over the articles given a near-duplicate,
 * recall over the generated wire copies.
 */
final class ScaleQuality {

    record Duplicates(double precision, double recall, int flagged, int copies) {
    }

    private final long[] goldStory;
    private final String[] story;
    private final int[] group;
    private final int[] best;
    private final boolean[] copy;

    ScaleQuality(Path gold, Path results, int n) throws IOException {
        goldStory = new long[n];
        story = new String[n];
        group = new int[n];
        best = new int[n];
        copy = new boolean[n];
        Arrays.fill(story, "");
        Arrays.fill(best, -1);
        try (java.io.BufferedReader in = Files.newBufferedReader(gold)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t");
                int index = ScaleRun.indexOf(f[0]);
                goldStory[index] = Long.parseLong(f[1]);
                int source = f[2].equals("-") ? -1 : ScaleRun.indexOf(f[2]);
                copy[index] = source >= 0;
                group[index] = source >= 0 ? source : index;
            }
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(results), 1 << 16))) {
            while (true) {
                int index;
                try {
                    index = in.readInt();
                } catch (java.io.EOFException end) {
                    break;
                }
                story[index] = in.readUTF().intern();
                best[index] = in.readInt();
            }
        }
    }

    /** B-cubed of the first {@code m} articles' stories. */
    BCubed.Score stories(int m) {
        String[] gold = new String[m];
        for (int i = 0; i < m; i++) {
            gold[i] = Long.toString(goldStory[i]);
        }
        return BCubed.bcubed(Arrays.asList(story).subList(0, m), Arrays.asList(gold));
    }

    /** Gold story labels of some of the stream's articles, in their order. */
    List<String> goldOf(List<org.crosscheck.extract.Article> articles) {
        List<String> gold = new java.util.ArrayList<>(articles.size());
        for (org.crosscheck.extract.Article a : articles) {
            gold.add(Long.toString(goldStory[ScaleRun.indexOf(a.id())]));
        }
        return gold;
    }

    Duplicates duplicates(int m) {
        int flagged = 0;
        int right = 0;
        int copies = 0;
        int found = 0;
        for (int i = 0; i < m; i++) {
            boolean correct = best[i] >= 0 && group[best[i]] == group[i];
            if (best[i] >= 0) {
                flagged++;
                if (correct) {
                    right++;
                }
            }
            if (copy[i]) {
                copies++;
                if (correct) {
                    found++;
                }
            }
        }
        return new Duplicates(flagged == 0 ? 0 : (double) right / flagged, copies == 0 ? 0 : (double) found / copies,
                flagged, copies);
    }
}
