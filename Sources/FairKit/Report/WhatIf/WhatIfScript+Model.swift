/// The page's JavaScript, part 1: the pipeline ported from FairKit. Each function follows the
/// Swift it mirrors operation for operation, so the doubles agree (JavaScript numbers are IEEE
/// 754 doubles; `Math.exp`, `Math.log` and `Math.log1p` may differ from glibc's in the last bit,
/// far inside 1e-12):
/// - `encode`: `FeatureEncoder.transform` — (x − mean) / std for a standardised number, 0/1 for
///   a flag, one indicator per known level (an unknown level: all 0).
/// - `probability`: `LogisticRegression.decisionFunction` (the dot product summed left to right,
///   then the intercept) and `StableFunctions.logistic`; `GaussianNaiveBayes.predictProbability`
///   (normalisers −½ Σ log(2π σ²), joint log-likelihoods, exp(j₁ − logSumExp(j₀, j₁))); the tree's
///   walk (x[feature] ≤ threshold goes left).
/// - `attribution`: per table column, the sum of its features' shares (docs/whatif.md):
///   linear SHAP β_j (x_j − mean_j) in log-odds (`LinearShapley` with the page's rows as the
///   background); for naive Bayes, each feature's additive log-odds term
///   g_j(x) = ½ (x − μ₀ⱼ)²/σ²₀ⱼ − ½ (x − μ₁ⱼ)²/σ²₁ⱼ minus its mean over the rows (the exact
///   interventional Shapley value of an additive model); for a tree, Saabas' path attribution:
///   each split on the row's path credits value₁(child) − value₁(node) to its feature.
enum WhatIfScript {
    static let model = #"""
const D = JSON.parse(document.getElementById("whatif-data").textContent);
const N = D.rows.length, COLS = D.columns, FEATS = D.features, P = FEATS.length, M = D.model;
const LABELS = Int8Array.from(D.label.values);

function rowValues(i) { return COLS.map(function (c) { return c.values[i]; }); }

function encode(values, out) {
  for (let j = 0; j < P; j++) {
    const f = FEATS[j], v = values[f.column];
    if (f.kind === "number") out[j] = f.mean === null ? v : (v - f.mean) / f.std;
    else if (f.kind === "flag") out[j] = v;
    else out[j] = v === f.level ? 1 : 0;
  }
  return out;
}

// encode(rowValues(i), out) without building the row: for scoring every row at load.
const FEATURE_VALUES = FEATS.map(function (f) { return COLS[f.column].values; });
function encodeRow(i, out) {
  for (let j = 0; j < P; j++) {
    const f = FEATS[j], v = FEATURE_VALUES[j][i];
    if (f.kind === "number") out[j] = f.mean === null ? v : (v - f.mean) / f.std;
    else if (f.kind === "flag") out[j] = v;
    else out[j] = v === f.level ? 1 : 0;
  }
  return out;
}

function logistic(z) {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

function logSumExp(a, b) {
  const high = Math.max(a, b), low = Math.min(a, b);
  if (high === -Infinity) return -Infinity;
  return high + Math.log1p(Math.exp(low - high));
}

const NB = D.kind === "gaussian_naive_bayes" ? (function () {
  const normalisers = M.variances.map(function (v) {
    let s = 0;
    for (let j = 0; j < v.length; j++) s = s + Math.log(2 * Math.PI * v[j]);
    return -0.5 * s;
  });
  return { normalisers: normalisers, logPriors: M.priors.map(Math.log) };
})() : null;

function nbTerms(x, j) {
  const d0 = x - M.means[0][j], d1 = x - M.means[1][j];
  return [0.5 * d0 * d0 / M.variances[0][j], 0.5 * d1 * d1 / M.variances[1][j]];
}

function probability(x) {
  if (D.kind === "logistic_regression") {
    let sum = 0;
    for (let j = 0; j < P; j++) sum += x[j] * M.coefficients[j];
    return logistic(sum + M.intercept);
  }
  if (D.kind === "gaussian_naive_bayes") {
    if (M.classes.length !== 2) return M.classes[0] === 1 ? 1 : 0;
    let j0 = NB.logPriors[0] + NB.normalisers[0], j1 = NB.logPriors[1] + NB.normalisers[1];
    for (let j = 0; j < P; j++) {
      const d0 = x[j] - M.means[0][j], d1 = x[j] - M.means[1][j];
      j0 -= 0.5 * d0 * d0 / M.variances[0][j];
      j1 -= 0.5 * d1 * d1 / M.variances[1][j];
    }
    return Math.exp(j1 - logSumExp(j0, j1));
  }
  let id = 0;
  while (M.left[id] >= 0) id = x[M.feature[id]] <= M.threshold[id] ? M.left[id] : M.right[id];
  return M.value[id];
}

// Per-feature means of what the attribution centres on, over every row of the page.
const CENTRE = (function () {
  const centre = new Float64Array(P), x = new Float64Array(P);
  if (D.kind === "decision_tree") return centre;
  const twoClasses = D.kind !== "gaussian_naive_bayes" || M.classes.length === 2;
  for (let i = 0; i < N; i++) {
    encodeRow(i, x);
    for (let j = 0; j < P; j++) {
      if (D.kind === "logistic_regression") centre[j] += x[j];
      else if (twoClasses) { const t = nbTerms(x[j], j); centre[j] += t[0] - t[1]; }
    }
  }
  for (let j = 0; j < P; j++) centre[j] /= N;
  return centre;
})();

// { base, output, values: one per table column }, base + Σ values = output (up to rounding).
function attribution(x) {
  const values = new Float64Array(COLS.length);
  if (D.kind === "logistic_regression") {
    let base = M.intercept, output = M.intercept;
    for (let j = 0; j < P; j++) {
      values[FEATS[j].column] += M.coefficients[j] * (x[j] - CENTRE[j]);
      base += M.coefficients[j] * CENTRE[j];
      output += M.coefficients[j] * x[j];
    }
    return { base: base, output: output, values: values };
  }
  if (D.kind === "gaussian_naive_bayes") {
    if (M.classes.length !== 2) return { base: 0, output: 0, values: values };
    let base = NB.logPriors[1] + NB.normalisers[1] - NB.logPriors[0] - NB.normalisers[0], output = base;
    for (let j = 0; j < P; j++) {
      const t = nbTerms(x[j], j), g = t[0] - t[1];
      values[FEATS[j].column] += g - CENTRE[j];
      base += CENTRE[j];
      output += g;
    }
    return { base: base, output: output, values: values };
  }
  let id = 0;
  while (M.left[id] >= 0) {
    const next = x[M.feature[id]] <= M.threshold[id] ? M.left[id] : M.right[id];
    values[FEATS[M.feature[id]].column] += M.value[next] - M.value[id];
    id = next;
  }
  return { base: M.value[0], output: M.value[id], values: values };
}
"""#
}
