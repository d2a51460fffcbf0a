package org.crosscheck.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.crosscheck.extract.Article;
import org.junit.jupiter.api.Test;

/** The in-place word hashing gives the signatures of the plain word-list formulation, bit for bit. */
class MinHasherReferenceTest {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final String[] PIECES = {"the", "Fire", "Brackenford", "6,400", "mayor's", "Ｂｌｏｃｋ", "café",
        "Zürich", "naïve", "—", "said.", "\n\n", "  ", "über-long-compound-word-with-many-parts-that-goes-on-and-on-past-64",
        "東京", "😀", "O'Brien", "ﬁre", "42%", "e\u0301"};

    /** The signature as first written: word list, String hashes, shingles. */
    private static long[] reference(MinHasher hasher, DedupSettings settings, long[] seeds, String text) {
        TextNormalizer normalizer = new TextNormalizer();
        List<String> words = normalizer.words(normalizer.normalize(text));
        long[] signature = new long[seeds.length];
        java.util.Arrays.fill(signature, Long.MAX_VALUE);
        if (words.isEmpty()) {
            return signature;
        }
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = Murmur3Hash64.hash(words.get(i).getBytes(StandardCharsets.UTF_8));
        }
        int k = Math.min(settings.shingleWords(), wordHashes.length);
        for (int start = 0; start + k <= wordHashes.length; start++) {
            long shingle = 0;
            for (int j = start; j < start + k; j++) {
                shingle = Murmur3Hash64.mix(shingle * GOLDEN + wordHashes[j]);
            }
            for (int i = 0; i < seeds.length; i++) {
                long h = Murmur3Hash64.mix(shingle ^ seeds[i]);
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return signature;
    }

    private static long[] seeds(DedupSettings settings) {
        long[] seeds = new long[settings.permutations()];
        long state = settings.seed();
        for (int i = 0; i < seeds.length; i++) {
            state += GOLDEN;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            seeds[i] = z ^ (z >>> 31);
        }
        return seeds;
    }

    @Test
    void signaturesEqualTheWordListFormulationOnMixedScripts() {
        DedupSettings settings = DedupSettings.defaults();
        MinHasher hasher = new MinHasher(settings);
        long[] seeds = seeds(settings);
        Fingerprinter fingerprinter = new Fingerprinter(hasher);
        Random random = new Random(7);
        for (int t = 0; t < 300; t++) {
            StringBuilder text = new StringBuilder();
            int words = random.nextInt(t % 10 == 0 ? 4 : 300);
            for (int w = 0; w < words; w++) {
                text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(5) == 0 ? ", " : " ");
            }
            String s = text.toString();
            long[] expected = reference(hasher, settings, seeds, s);
            assertThat(hasher.signature(s)).containsExactly(expected);
            Article article = new Article("a" + t, "a.txt", null, null, null, null, null, "en", s);
            assertThat(fingerprinter.fingerprint(article).minHash()).containsExactly(expected);
        }
    }

    @Test
    void rangeHashEqualsSubstringHash() {
        String text = "a Zürich 東京 plain-ascii-word " + "x".repeat(80);
        for (int start = 0; start < text.length(); start += 3) {
            for (int end = start; end <= text.length(); end += 7) {
                assertThat(Murmur3Hash64.hash(text, start, end)).isEqualTo(Murmur3Hash64.hash(text.substring(start, end)));
            }
        }
    }
}
