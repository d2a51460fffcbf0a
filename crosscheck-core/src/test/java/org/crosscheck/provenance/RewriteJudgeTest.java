package org.crosscheck.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crosscheck.language.SentenceEmbedder;
import org.crosscheck.language.WordNetLexicon;
import org.junit.jupiter.api.Test;

class RewriteJudgeTest {

    private static final RewriteFeatures FEATURES = new RewriteFeatures(new WordNetLexicon());
    private static final SentenceEmbedder EMBEDDER = new SentenceEmbedder();

    private static double[] features(String a, String b) {
        RewriteFeatures.Sentence sa = FEATURES.prepare(a);
        RewriteFeatures.Sentence sb = FEATURES.prepare(b);
        return FEATURES.features(sa, sb, EMBEDDER.embed(a), EMBEDDER.embed(b), missing(FEATURES.missingWords(sa, sb)),
                missing(FEATURES.missingWords(sb, sa)));
    }

    private static float[] missing(String words) {
        return words.isEmpty() ? null : EMBEDDER.embed(words);
    }

    private static double probability(String a, String b) {
        return RewriteJudge.defaults().probability(features(a, b));
    }

    @Test
    void aSynonymRewriteIsARewriteAndAnotherFactIsNot() {
        String original = "The regional water board will raise household charges by nine percent from July, its chair announced.";
        String rewrite = "The regional water authority will increase domestic charges by nine percent from July, its head declared.";
        String other = "Tenants in the old mill district held a protest outside the town hall against the closure of the library.";
        assertThat(probability(original, rewrite)).isGreaterThanOrEqualTo(RewriteJudge.defaults().threshold());
        assertThat(probability(original, other)).isLessThan(RewriteJudge.defaults().threshold());
        assertThat(probability(original, rewrite)).isGreaterThan(probability(original, other));
    }

    @Test
    void featuresAreSymmetricAndWithinTheUnitRange() {
        String a = "Henrik Salo said 300 pensioners would struggle with higher bills in a cold winter.";
        String b = "Pensioners, 250 of them, will find the bills hard this winter, Salo of the Tenants Union warned.";
        double[] ab = features(a, b);
        double[] ba = features(b, a);
        assertThat(ab).hasSize(RewriteFeatures.NAMES.size());
        for (int i = 0; i < ab.length; i++) {
            String name = RewriteFeatures.NAMES.get(i);
            assertThat(ab[i]).as(name).isCloseTo(ba[i], org.assertj.core.api.Assertions.within(1e-6));
            if (!name.startsWith("product.")) {
                assertThat(ab[i]).as(name).isBetween(0.0, 1.0);
            }
        }
        double cosine = 0;
        for (int i = 0; i < ab.length; i++) {
            cosine += RewriteFeatures.NAMES.get(i).startsWith("product.") ? ab[i] / 20 : 0;
        }
        assertThat(cosine).isCloseTo(ab[RewriteFeatures.NAMES.indexOf("cosine")], org.assertj.core.api.Assertions.within(1e-4));
        // the numbers differ: one of the two unmatched numbers' share is positive
        assertThat(ab[RewriteFeatures.NAMES.indexOf("numbers.unmatched")]).isEqualTo(1.0);
    }

    @Test
    void identicalSentencesHaveFullContainmentAndOverlap() {
        String a = "The board promised a hardship fund for low-income households but gave no figure for it.";
        double[] f = features(a, a);
        assertThat(f[RewriteFeatures.NAMES.indexOf("grams.min")]).isEqualTo(1.0);
        assertThat(f[RewriteFeatures.NAMES.indexOf("words.jaccard")]).isEqualTo(1.0);
        assertThat(f[RewriteFeatures.NAMES.indexOf("sequence.min")]).isEqualTo(1.0);
        assertThat(f[RewriteFeatures.NAMES.indexOf("missing.cosine")]).isEqualTo(1.0);
        assertThat(RewriteJudge.defaults().isRewrite(f)).isTrue();
    }

    @Test
    void aJudgeNeedsOneWeightPerFeature() {
        assertThatThrownBy(() -> new RewriteJudge(new double[] {1, 2}, 0, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
