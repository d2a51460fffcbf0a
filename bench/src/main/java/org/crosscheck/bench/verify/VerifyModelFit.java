package org.crosscheck.bench.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.verify.VerifyFeature;
import org.crosscheck.verify.VerifyFeatures;
import org.crosscheck.verify.VerifyModel;
import smile.classification.LogisticRegression;

/**
 * Fits the verifier's model (Smile's L2-regularised logistic regression over standardised
 * features) and chooses its threshold by cross-validation: the threshold that maximises balanced
 * accuracy on out-of-fold scores, each group (article) scored by a model fitted without it.
 */
public final class VerifyModelFit {

    /** L2 penalties tried; each fit takes one by inner leave-one-group-out balanced accuracy (the one-standard-error rule). */
    static final double[] LAMBDAS = {0.3, 3, 30, 300};
    /** Event gates whose cost is measured ({@link VerifyModel#eventGate}; 0: none). */
    static final double[] EVENT_GATES = {0, 0.2, 0.25, 0.3, 0.35, 0.4};
    /**
     * The event gate the shipped model carries: fixed, not tuned, because SummEdits does not
     * test it (its faithful summaries often reword the main verb).
     */
    static final double SHIPPED_EVENT_GATE = 0.4;

    private VerifyModelFit() {
    }

    /**
     * One training statement: the features of each sentence, whether each sentence and the whole
     * statement are consistent, and the group (article) it is held out with. The model is fitted
     * on sentences; a statement is scored as at run time, by its weakest sentence.
     */
    public record Example(String group, List<VerifyFeatures> sentences, List<Boolean> sentencesConsistent, boolean consistent) {

        public Example {
            sentences = List.copyOf(sentences);
            sentencesConsistent = List.copyOf(sentencesConsistent);
            if (sentences.size() != sentencesConsistent.size()) {
                throw new IllegalArgumentException("one label per sentence expected");
            }
        }
    }

    /** A statement's score as the verifier gives it: its weakest sentence's. */
    static double score(VerifyModel model, Example e) {
        return e.sentences().stream().mapToDouble(model::score).min().orElse(1);
    }

    /** Fits on all examples; the threshold comes from leave-one-group-out scores of {@code tuning} (groups in it). */
    public static VerifyModel fit(List<Example> examples, List<Example> tuning) {
        return fit(examples, tuning, new double[] {SHIPPED_EVENT_GATE}, true);
    }

    /** {@link #fit(List, List)} with the event gate fixed. */
    public static VerifyModel fit(List<Example> examples, List<Example> tuning, double gate) {
        return fit(examples, tuning, new double[] {gate}, true);
    }

    /** {@link #fit(List, List, double)}, with the weights' signs free when not {@code signed}. */
    public static VerifyModel fit(List<Example> examples, List<Example> tuning, double gate, boolean signed) {
        return fit(examples, tuning, new double[] {gate}, signed);
    }

    /**
     * The penalty, threshold and gate by the one-standard-error rule: of the candidates whose
     * inner leave-one-group-out balanced accuracy is within one standard error of the best, the
     * one with the strongest penalty (the simplest model the cross-validation cannot tell apart
     * from the best). On a few hundred samples the best of four penalties is often best by chance,
     * and a weak penalty then fits the tuning articles' words.
     */
    private static VerifyModel fit(List<Example> examples, List<Example> tuning, double[] gates, boolean signed) {
        List<Tried> tried = new ArrayList<>();
        for (double gate : gates) {
            for (double lambda : LAMBDAS) {
                List<Scored> scored = outOfFold(examples, tuning, lambda, gate, signed);
                double threshold = bestThreshold(scored);
                tried.add(new Tried(balancedAccuracy(scored, threshold), lambda, threshold, gate, scored.size()));
            }
        }
        Tried best = tried.stream().max(java.util.Comparator.comparingDouble(Tried::balancedAccuracy)).orElseThrow();
        double standardError = Math.sqrt(best.balancedAccuracy() * (1 - best.balancedAccuracy()) / Math.max(1, best.samples()));
        Tried chosen = best;
        for (Tried t : tried) {
            if (t.balancedAccuracy() >= best.balancedAccuracy() - standardError - 1e-12 && t.lambda() > chosen.lambda()) {
                chosen = t;
            }
        }
        return fitWeights(examples, chosen.lambda(), chosen.threshold(), signed).withEventGate(chosen.gate());
    }

    /** One candidate of the inner cross-validation: its balanced accuracy on how many out-of-fold samples. */
    private record Tried(double balancedAccuracy, double lambda, double threshold, double gate, int samples) {
    }

    /**
     * Leave-one-group-out: for each group of {@code evaluated}, the model is fitted on every
     * example of another group (of {@code examples}), with a threshold chosen by an inner
     * leave-one-group-out over the other groups of {@code evaluated}; returns each evaluated
     * example's score and whether the model judged it supported.
     */
    public static Map<Example, Boolean> crossValidate(List<Example> examples, List<Example> evaluated) {
        return crossValidate(examples, evaluated, new double[] {SHIPPED_EVENT_GATE}, true);
    }

    /** {@link #crossValidate(List, List)} with the event gate fixed. */
    public static Map<Example, Boolean> crossValidate(List<Example> examples, List<Example> evaluated, double gate) {
        return crossValidate(examples, evaluated, new double[] {gate}, true);
    }

    /** {@link #crossValidate(List, List, double)}, with the weights' signs free when not {@code signed}. */
    public static Map<Example, Boolean> crossValidate(List<Example> examples, List<Example> evaluated, double gate, boolean signed) {
        return crossValidate(examples, evaluated, new double[] {gate}, signed);
    }

    private static Map<Example, Boolean> crossValidate(List<Example> examples, List<Example> evaluated, double[] gates,
                                                       boolean signed) {
        Map<Example, Boolean> out = new LinkedHashMap<>();
        for (String group : groups(evaluated)) {
            List<Example> train = examples.stream().filter(e -> !e.group().equals(group)).toList();
            List<Example> tune = evaluated.stream().filter(e -> !e.group().equals(group)).toList();
            VerifyModel model = fit(train, tune, gates, signed);
            evaluated.stream().filter(e -> e.group().equals(group)).forEach(e -> out.put(e, model.supported(score(model, e))));
        }
        return out;
    }

    /** Each example of {@code tuning} with its score by a model fitted on the examples of other groups. */
    static List<Scored> outOfFold(List<Example> examples, List<Example> tuning, double lambda, double gate, boolean signed) {
        List<Scored> out = new ArrayList<>();
        for (String group : groups(tuning)) {
            VerifyModel model = fitWeights(examples.stream().filter(e -> !e.group().equals(group)).toList(), lambda, 0.5, signed)
                    .withEventGate(gate);
            tuning.stream().filter(e -> e.group().equals(group)).forEach(e -> out.add(new Scored(score(model, e), e.consistent())));
        }
        return out;
    }

    /** A score and the gold label. */
    record Scored(double score, boolean consistent) {
    }

    /** The threshold (supported from it) with the best balanced accuracy; the middle of the best run of cut points. */
    static double bestThreshold(List<Scored> scored) {
        double[] cuts = scored.stream().mapToDouble(Scored::score).sorted().distinct().toArray();
        double best = -1;
        double chosen = 0.5;
        for (int i = 0; i <= cuts.length; i++) {
            double cut = i == 0 ? 0 : i == cuts.length ? 1 : (cuts[i - 1] + cuts[i]) / 2;
            double ba = balancedAccuracy(scored, cut);
            if (ba > best + 1e-12) {
                best = ba;
                chosen = cut;
            }
        }
        return chosen;
    }

    static double balancedAccuracy(List<Scored> scored, double threshold) {
        int consistent = 0;
        int kept = 0;
        int inconsistent = 0;
        int caught = 0;
        for (Scored s : scored) {
            if (s.consistent()) {
                consistent++;
                kept += s.score() >= threshold ? 1 : 0;
            } else {
                inconsistent++;
                caught += s.score() < threshold ? 1 : 0;
            }
        }
        return ((consistent == 0 ? 0 : (double) kept / consistent) + (inconsistent == 0 ? 0 : (double) caught / inconsistent)) / 2;
    }

    /** A sentence to fit on: its features and whether it is consistent. */
    record Row(VerifyFeatures features, boolean consistent) {
    }

    /** The distinct sentences of the examples, by group (a seed sentence repeated across edits counts once). */
    static List<Row> rows(List<Example> examples) {
        Set<String> seen = new java.util.HashSet<>();
        List<Row> out = new ArrayList<>();
        for (Example e : examples) {
            for (int i = 0; i < e.sentences().size(); i++) {
                Row r = new Row(e.sentences().get(i), e.sentencesConsistent().get(i));
                if (seen.add(e.group() + "|" + r.consistent() + "|" + Arrays.toString(r.features().values()))) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** The logistic regression on standardised sentence features, both classes weighing the same in all. */
    static VerifyModel fitWeights(List<Example> examples, double lambda, double threshold, boolean signed) {
        List<Row> rows = rows(examples);
        int n = VerifyFeature.values().length;
        double[] mean = new double[n];
        double[] scale = new double[n];
        for (Row r : rows) {
            for (int j = 0; j < n; j++) {
                mean[j] += r.features().values()[j] / rows.size();
            }
        }
        for (Row r : rows) {
            for (int j = 0; j < n; j++) {
                double d = r.features().values()[j] - mean[j];
                scale[j] += d * d / rows.size();
            }
        }
        for (int j = 0; j < n; j++) {
            scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
        }
        List<Row> balanced = balance(rows);
        double[][] x = new double[balanced.size()][n];
        int[] y = new int[balanced.size()];
        for (int i = 0; i < balanced.size(); i++) {
            double[] v = balanced.get(i).features().values();
            for (int j = 0; j < n; j++) {
                x[i][j] = (v[j] - mean[j]) / scale[j];
            }
            y[i] = balanced.get(i).consistent() ? 1 : 0;
        }
        double[] w = signed ? signedFit(x, y, lambda) : LogisticRegression.binomial(x, y, lambda, 1e-6, 2000).coefficients();
        return new VerifyModel(w[n], mean, scale, Arrays.copyOfRange(w, 0, n), threshold, 0);
    }

    /**
     * The logistic regression with each weight of the sign its feature allows
     * ({@link VerifyFeature#sign}): fitted on all features, then, while a weight has the wrong
     * sign, the feature whose weight is most wrong is left out and the rest fitted again (a left-out
     * feature weighs 0). Returns the weights of every feature, then the intercept.
     */
    static double[] signedFit(double[][] x, int[] y, double lambda) {
        VerifyFeature[] features = VerifyFeature.values();
        int n = features.length;
        boolean[] kept = new boolean[n];
        Arrays.fill(kept, true);
        while (true) {
            int[] columns = java.util.stream.IntStream.range(0, n).filter(j -> kept[j]).toArray();
            double[][] sub = new double[x.length][columns.length];
            for (int i = 0; i < x.length; i++) {
                for (int c = 0; c < columns.length; c++) {
                    sub[i][c] = x[i][columns[c]];
                }
            }
            double[] w = LogisticRegression.binomial(sub, y, lambda, 1e-6, 2000).coefficients();
            int worst = -1;
            double worstBy = 0;
            for (int c = 0; c < columns.length; c++) {
                double wrongBy = -features[columns[c]].sign() * w[c];
                if (wrongBy > worstBy) {
                    worstBy = wrongBy;
                    worst = columns[c];
                }
            }
            if (worst < 0) {
                double[] out = new double[n + 1];
                for (int c = 0; c < columns.length; c++) {
                    out[columns[c]] = w[c];
                }
                out[n] = w[columns.length];
                return out;
            }
            kept[worst] = false;
        }
    }

    /** The rows with the smaller class repeated (in order, cycling) until both classes are as many. */
    static List<Row> balance(List<Row> rows) {
        List<Row> pos = rows.stream().filter(Row::consistent).toList();
        List<Row> neg = rows.stream().filter(r -> !r.consistent()).toList();
        List<Row> out = new ArrayList<>(rows);
        List<Row> small = pos.size() < neg.size() ? pos : neg;
        int missing = Math.abs(pos.size() - neg.size());
        for (int i = 0; i < missing && !small.isEmpty(); i++) {
            out.add(small.get(i % small.size()));
        }
        return out;
    }

    static Set<String> groups(List<Example> examples) {
        Set<String> out = new LinkedHashSet<>();
        examples.forEach(e -> out.add(e.group()));
        return out;
    }
}
