package org.mizan.analysis.ner;

import java.util.Arrays;

/**
 * Trains the tagger's linear model as a first-order linear-chain CRF: the same hashed feature
 * weights, label-pair and first-label weights that {@link Viterbi} decodes with, fitted to the
 * L2-regularised conditional log-likelihood instead of by perceptron mistakes. A CRF moves every
 * weight a little on every sentence, in proportion to how wrong the model's marginal belief is,
 * where the perceptron only moves on outright errors; on NER this is typically worth one or two
 * F1 points and tagging cost is unchanged (still one Viterbi over the same weights).
 *
 * <p>Optimiser: AdaGrad on one sentence at a time (per-parameter step sizes, so rare name features
 * learn fast and frequent ones settle), visiting sentences in a seeded order, so training is
 * deterministic. The L2 term pulls every weight towards zero at every step, rare features as much
 * as frequent ones (so a feature seen once cannot memorise its sentence); it is applied lazily, a
 * row of weights catching up on the steps it missed when a sentence next uses it, so a step costs
 * only the features of its sentence. The normaliser runs over BIO-legal paths only, matching the
 * constrained decoder.
 */
final class CrfLearner implements Learner {

    private static final int L = Labels.COUNT;
    /** Gradients below this are skipped: their squares would vanish in a float and divide by zero. */
    private static final double TINY = 1e-12;

    private final float[] w;
    private final float[] gw;
    /** Sum of (step - 1) * change per weight, for the average over steps (as the perceptron's lazy averaging). */
    private final double[] stamped;
    private final double[] trans = new double[L * L];
    private final double[] gTrans = new double[L * L];
    private final double[] sTrans = new double[L * L];
    private final double[] start = new double[L];
    private final double[] gStart = new double[L];
    private final double[] sStart = new double[L];
    /** Per feature row, the step up to which its L2 decay has been applied. */
    private final int[] caughtUp;
    private final double rate;
    private final double l2;
    /** L2 per step (one sentence): the objective's strength spread over an epoch's sentences. */
    private double perStep;
    private int steps;

    /**
     * @param buckets hashed feature buckets (a power of two)
     * @param rate    AdaGrad's base step
     * @param l2      L2 strength: the objective is the summed log-likelihood minus
     *                {@code l2 / 2 * |w|^2}
     */
    CrfLearner(int buckets, double rate, double l2) {
        this.w = new float[buckets * L];
        this.gw = new float[buckets * L];
        this.stamped = new double[buckets * L];
        this.caughtUp = new int[buckets];
        this.rate = rate;
        this.l2 = l2;
    }

    /** One pass over the sentences in {@code order}; returns the summed negative log-likelihood. */
    @Override
    public double epoch(int[][][] features, int[][] gold, int[] order) {
        double loss = 0;
        perStep = l2 / Math.max(1, order.length);
        for (int idx : order) {
            if (gold[idx].length > 0) {
                loss += step(features[idx], gold[idx]);
            }
        }
        return loss;
    }

    /** Applies to one row the L2 decay of the steps since it was last used. */
    private void catchUp(int feature) {
        int missed = steps - caughtUp[feature];
        if (missed == 0) {
            return;
        }
        caughtUp[feature] = steps;
        int row = feature * L;
        for (int l = 0; l < L; l++) {
            int k = row + l;
            if (w[k] != 0) {
                // AdaGrad's step for this weight is rate / sqrt(gw); its decay per step is that times perStep
                double shrink = Math.max(0, 1 - rate * perStep / Math.sqrt(gw[k]));
                float old = w[k];
                w[k] *= (float) Math.pow(shrink, missed);
                stamped[k] += (steps - 1) * (double) (w[k] - old);
            }
        }
    }

    /**
     * The weights averaged over every step so far, as a tagger (training may go on). Averaging
     * the iterates smooths out the last sentences' pull, as in the averaged perceptron; a
     * decay caught up late is counted from the step it was applied at (a slight approximation).
     */
    @Override
    public LinearTagger snapshot() {
        for (int b = 0; b < caughtUp.length; b++) {
            catchUp(b);
        }
        double clock = Math.max(1, steps);
        float[] avg = new float[w.length];
        for (int k = 0; k < avg.length; k++) {
            if (w[k] != 0 || stamped[k] != 0) {
                avg[k] = (float) (w[k] - stamped[k] / clock);
            }
        }
        float[] t = new float[L * L];
        float[] s = new float[L];
        for (int i = 0; i < t.length; i++) {
            t[i] = (float) (trans[i] - sTrans[i] / clock);
        }
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) (start[i] - sStart[i] / clock);
        }
        return new LinearTagger(avg, t, s);
    }

    /** Forward-backward on one sentence, then an AdaGrad step along its gradient. */
    private double step(int[][] f, int[] gold) {
        int n = gold.length;
        steps++;
        for (int[] token : f) {
            for (int feature : token) {
                catchUp(feature);
            }
        }
        float[] emitF = Viterbi.emissions(f, w);
        double[] phi = new double[n * L];
        double[] shift = new double[n];
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int l = 0; l < L; l++) {
                max = Math.max(max, emitF[i * L + l]);
            }
            shift[i] = max;
            for (int l = 0; l < L; l++) {
                phi[i * L + l] = Math.exp(emitF[i * L + l] - max);
            }
        }
        double[] psi = new double[L * L];
        for (int p = 0; p < L; p++) {
            for (int c = 0; c < L; c++) {
                psi[p * L + c] = Labels.allowed(p, c) ? Math.exp(trans[p * L + c]) : 0;
            }
        }
        // scaled forward: alpha[i] sums to 1, scale[i] is what it was divided by
        double[] alpha = new double[n * L];
        double[] scale = new double[n];
        for (int l = 0; l < L; l++) {
            alpha[l] = Labels.allowedAtStart(l) ? Math.exp(start[l]) * phi[l] : 0;
        }
        scale[0] = normalise(alpha, 0);
        for (int i = 1; i < n; i++) {
            int b = i * L;
            int a = b - L;
            for (int c = 0; c < L; c++) {
                double s = 0;
                for (int p = 0; p < L; p++) {
                    s += alpha[a + p] * psi[p * L + c];
                }
                alpha[b + c] = s * phi[b + c];
            }
            scale[i] = normalise(alpha, b);
        }
        double[] beta = new double[n * L];
        Arrays.fill(beta, (n - 1) * L, n * L, 1.0);
        for (int i = n - 2; i >= 0; i--) {
            int b = i * L;
            int nx = b + L;
            for (int p = 0; p < L; p++) {
                double s = 0;
                for (int c = 0; c < L; c++) {
                    s += psi[p * L + c] * phi[nx + c] * beta[nx + c];
                }
                beta[b + p] = s / scale[i + 1];
            }
        }
        // loss = log Z - score(gold)
        double logZ = 0;
        double gold_ = start[gold[0]];
        for (int i = 0; i < n; i++) {
            logZ += Math.log(scale[i]) + shift[i];
            gold_ += emitF[i * L + gold[i]];
            if (i > 0) {
                gold_ += trans[gold[i - 1] * L + gold[i]];
            }
        }
        // gradient of the loss: expected minus observed counts
        double[] pairGrad = new double[L * L];
        double[] startGrad = new double[L];
        float[] marg = new float[L];
        for (int i = 0; i < n; i++) {
            int b = i * L;
            for (int l = 0; l < L; l++) {
                marg[l] = (float) (alpha[b + l] * beta[b + l]);
            }
            marg[gold[i]] -= 1;
            if (i == 0) {
                for (int l = 0; l < L; l++) {
                    startGrad[l] += marg[l];
                }
            } else {
                int a = b - L;
                for (int p = 0; p < L; p++) {
                    double ap = alpha[a + p];
                    if (ap == 0) {
                        continue;
                    }
                    for (int c = 0; c < L; c++) {
                        double psiPC = psi[p * L + c];
                        if (psiPC != 0) {
                            pairGrad[p * L + c] += ap * psiPC * phi[b + c] * beta[b + c] / scale[i];
                        }
                    }
                }
                pairGrad[gold[i - 1] * L + gold[i]] -= 1;
            }
            for (int feature : f[i]) {
                int row = feature * L;
                for (int l = 0; l < L; l++) {
                    int k = row + l;
                    double g = marg[l];
                    if (Math.abs(g) > TINY) {
                        double acc = gw[k] + g * g;
                        gw[k] = (float) acc;
                        float d = (float) (-rate * g / Math.sqrt(acc));
                        w[k] += d;
                        stamped[k] += (steps - 1) * (double) d;
                    }
                }
            }
        }
        adagrad(trans, gTrans, sTrans, pairGrad);
        adagrad(start, gStart, sStart, startGrad);
        return logZ - gold_;
    }

    private void adagrad(double[] x, double[] acc, double[] stamp, double[] grad) {
        for (int k = 0; k < x.length; k++) {
            double g = grad[k] + perStep * x[k];
            if (Math.abs(g) > TINY) {
                acc[k] += g * g;
                double d = -rate * g / Math.sqrt(acc[k]);
                x[k] += d;
                stamp[k] += (steps - 1) * d;
            }
        }
    }

    private static double normalise(double[] a, int from) {
        double s = 0;
        for (int l = 0; l < L; l++) {
            s += a[from + l];
        }
        for (int l = 0; l < L; l++) {
            a[from + l] /= s;
        }
        return s;
    }
}
