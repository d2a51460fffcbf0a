package org.crosscheck.bench.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crosscheck.verify.VerifyFeature;
import org.crosscheck.verify.VerifyFeatures;
import org.crosscheck.verify.VerifyModel;
import org.junit.jupiter.api.Test;

class VerifyModelFitTest {

    /** A one-sentence statement whose only informative feature is the share of unstated facts. */
    private static VerifyModelFit.Example example(String group, double unstatedFacts, boolean consistent) {
        double[] v = new double[VerifyFeature.values().length];
        v[VerifyFeature.FACTS_UNSTATED_SHARE.ordinal()] = unstatedFacts;
        v[VerifyFeature.BEST_COSINE.ordinal()] = 0.7;
        return new VerifyModelFit.Example(group, List.of(new VerifyFeatures(v)), List.of(consistent), consistent);
    }

    private static List<VerifyModelFit.Example> separable() {
        Random random = new Random(3);
        List<VerifyModelFit.Example> out = new ArrayList<>();
        for (int g = 0; g < 4; g++) {
            for (int i = 0; i < 20; i++) {
                out.add(example("g" + g, 0.4 + 0.6 * random.nextDouble(), false));
                out.add(example("g" + g, 0.3 * random.nextDouble(), true));
            }
        }
        return out;
    }

    @Test
    void aFittedModelScoresTheConsistentSideHigherAndItsThresholdSeparatesThem() {
        List<VerifyModelFit.Example> examples = separable();
        VerifyModel model = VerifyModelFit.fit(examples, examples);
        assertThat(model.weight()[VerifyFeature.FACTS_UNSTATED_SHARE.ordinal()]).isNegative();
        for (VerifyModelFit.Example e : examples) {
            assertThat(model.supported(VerifyModelFit.score(model, e))).isEqualTo(e.consistent());
        }
        assertThat(VerifyModelFit.crossValidate(examples, examples)).allSatisfy((e, supported) ->
                assertThat(supported).isEqualTo(e.consistent()));
    }

    @Test
    void theModelSurvivesItsTextFormat() {
        List<VerifyModelFit.Example> examples = separable();
        VerifyModel model = VerifyModelFit.fit(examples, examples);
        VerifyModel read = VerifyModel.parse(model.format(List.of("a comment")));
        for (VerifyModelFit.Example e : examples) {
            assertThat(VerifyModelFit.score(read, e)).isCloseTo(VerifyModelFit.score(model, e), org.assertj.core.data.Offset.offset(1e-4));
        }
        assertThat(read.threshold()).isCloseTo(model.threshold(), org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void theThresholdMaximisesBalancedAccuracy() {
        List<VerifyModelFit.Scored> scored = List.of(new VerifyModelFit.Scored(0.1, false), new VerifyModelFit.Scored(0.2, false),
                new VerifyModelFit.Scored(0.35, true), new VerifyModelFit.Scored(0.3, false), new VerifyModelFit.Scored(0.9, true));
        double t = VerifyModelFit.bestThreshold(scored);
        assertThat(t).isGreaterThan(0.3).isLessThanOrEqualTo(0.35);
        assertThat(VerifyModelFit.balancedAccuracy(scored, t)).isEqualTo(1.0);
    }

    @Test
    void aStatementIsAsStrongAsItsWeakestSentence() {
        List<VerifyModelFit.Example> examples = separable();
        VerifyModel model = VerifyModelFit.fit(examples, examples);
        VerifyModelFit.Example weak = example("x", 0.9, false);
        VerifyModelFit.Example strong = example("x", 0.0, true);
        VerifyModelFit.Example both = new VerifyModelFit.Example("x", List.of(strong.sentences().get(0), weak.sentences().get(0)),
                List.of(true, false), false);
        assertThat(VerifyModelFit.score(model, both)).isEqualTo(VerifyModelFit.score(model, weak));
    }
}
