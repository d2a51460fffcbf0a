package org.crosscheck.bench.fit;

/**
 * Logistic regression fitted by Newton's method (iteratively reweighted least squares) with an
 * L2 penalty on the weights (not the bias), one value per weight, so that it converges on
 * separable data and many weak features are held back more than a few strong ones. The
 * feature vectors are few and short (thousands of pairs, about ten features), so the normal
 * equations are solved directly.
 *
 * @param weights one per feature
 * @param bias    the intercept
 */
public record LogisticFit(double[] weights, double bias) {

    /** Fits weights to the rows {@code x} and 0/1 labels {@code y}, one penalty for every weight. */
    public static LogisticFit fit(double[][] x, boolean[] y, double l2) {
        double[] penalty = new double[x[0].length];
        java.util.Arrays.fill(penalty, l2);
        return fit(x, y, penalty);
    }

    /** Fits weights with a penalty of its own for each weight. */
    public static LogisticFit fit(double[][] x, boolean[] y, double[] penalty) {
        int d = x[0].length + 1; // last column is the bias
        double[] beta = new double[d];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int r = 0; r < x.length; r++) {
                double[] row = withBias(x[r]);
                double p = sigmoid(dot(beta, row));
                double err = (y[r] ? 1 : 0) - p;
                double w = Math.max(p * (1 - p), 1e-9);
                for (int i = 0; i < d; i++) {
                    gradient[i] += err * row[i];
                    double wi = w * row[i];
                    double[] h = hessian[i];
                    for (int j = i; j < d; j++) {
                        h[j] += wi * row[j];
                    }
                }
            }
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < i; j++) {
                    hessian[i][j] = hessian[j][i];
                }
            }
            for (int i = 0; i < d - 1; i++) {
                gradient[i] -= penalty[i] * beta[i];
                hessian[i][i] += penalty[i];
            }
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int i = 0; i < d; i++) {
                beta[i] += step[i];
                change = Math.max(change, Math.abs(step[i]));
            }
            if (change < 1e-8) {
                break;
            }
        }
        double[] weights = new double[d - 1];
        System.arraycopy(beta, 0, weights, 0, d - 1);
        return new LogisticFit(weights, beta[d - 1]);
    }

    /** The fitted probability of one row. */
    public double probability(double[] row) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * row[i];
        }
        return sigmoid(z);
    }

    private static double[] withBias(double[] row) {
        double[] out = new double[row.length + 1];
        System.arraycopy(row, 0, out, 0, row.length);
        out[row.length] = 1;
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting (a is copied). */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = new double[n + 1];
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            if (Math.abs(m[c][c]) < 1e-12) {
                continue;
            }
            for (int r = 0; r < n; r++) {
                if (r != c) {
                    double f = m[r][c] / m[c][c];
                    for (int k = c; k <= n; k++) {
                        m[r][k] -= f * m[c][k];
                    }
                }
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Math.abs(m[i][i]) < 1e-12 ? 0 : m[i][n] / m[i][i];
        }
        return out;
    }
}
