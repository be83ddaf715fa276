/// The page's JavaScript, part 2: every row's score once, the group metrics at any thresholds,
/// and the nearest row of the opposite decision.
///
/// Speed on all of Adult: scores are computed once into a `Float64Array`; for the chosen
/// grouping each group's scores are sorted (descending) with a running count of positive labels,
/// so a threshold move costs a binary search per group, O(log n), not a pass over the rows:
/// selected = #{s > t} = the first position whose score is ≤ t; TP = positives before it.
/// Selection rate = selected / n, TPR = TP / positives, FPR = (selected − TP) / negatives
/// (undefined, shown as "—", with no positives or negatives). Disparities (Fairlearn's
/// definitions, between groups): demographic parity difference max − min selection rate, ratio
/// min / max (the four-fifths rule asks ≥ 0.8), equalized odds difference max(TPR range, FPR range).
///
/// Counterfactual: the data row with the other decision (its score against its own group's
/// threshold) nearest the row as edited, by the mean over feature columns of |a − b| / MAD for a
/// numeric column and [a ≠ b] for the others (DiCE's proximity, as `CounterfactualSearch`);
/// ties go to the lower row. One pass over the rows.
extension WhatIfScript {
    static let metrics = #"""
const SCORES = new Float64Array(N);
(function () {
  const x = new Float64Array(P);
  for (let i = 0; i < N; i++) SCORES[i] = probability(encodeRow(i, x));
})();

function groupIndex(g) {
  const grouping = D.groups[g], members = grouping.levels.map(function () { return []; });
  for (let i = 0; i < N; i++) members[grouping.codes[i]].push(i);
  return members.map(function (rows) {
    rows.sort(function (a, b) { return SCORES[b] - SCORES[a] || a - b; });
    const sorted = new Float64Array(rows.length), positives = new Int32Array(rows.length + 1);
    for (let k = 0; k < rows.length; k++) {
      sorted[k] = SCORES[rows[k]];
      positives[k + 1] = positives[k] + LABELS[rows[k]];
    }
    return { n: rows.length, sorted: sorted, positives: positives };
  });
}

function countAbove(sorted, t) {
  let lo = 0, hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid] > t) lo = mid + 1; else hi = mid; }
  return lo;
}

function groupMetrics(group, t) {
  const selected = countAbove(group.sorted, t), tp = group.positives[selected];
  const pos = group.positives[group.n], neg = group.n - pos;
  return {
    n: group.n, selected: selected, threshold: t,
    selection: group.n > 0 ? selected / group.n : null,
    tpr: pos > 0 ? tp / pos : null,
    fpr: neg > 0 ? (selected - tp) / neg : null,
  };
}

function range(values) {
  const defined = values.filter(function (v) { return v !== null; });
  if (defined.length === 0) return null;
  return { min: Math.min.apply(null, defined), max: Math.max.apply(null, defined) };
}

function disparities(rows) {
  const sel = range(rows.map(function (r) { return r.selection; }));
  const tpr = range(rows.map(function (r) { return r.tpr; }));
  const fpr = range(rows.map(function (r) { return r.fpr; }));
  return {
    dpDifference: sel ? sel.max - sel.min : null,
    dpRatio: sel && sel.max > 0 ? sel.min / sel.max : null,
    eoDifference: tpr && fpr ? Math.max(tpr.max - tpr.min, fpr.max - fpr.min) : null,
    maxSelection: sel ? sel.max : null,
  };
}

const NUMERIC = COLS.map(function (col) { return col.type === "numeric"; });
const MADS = COLS.map(function (col) { return col.mad || 1; });
const COLUMN_VALUES = COLS.map(function (col) { return col.values; });

function nearestOpposite(values, decision, grouping, thresholds) {
  let best = -1, bestDistance = Infinity;
  const codes = D.groups[grouping].codes, C = COLS.length;
  for (let i = 0; i < N; i++) {
    if ((SCORES[i] > thresholds[codes[i]] ? 1 : 0) === decision) continue;
    let sum = 0;
    for (let c = 0; c < C; c++) {
      const b = COLUMN_VALUES[c][i];
      sum += NUMERIC[c] ? Math.abs(values[c] - b) / MADS[c] : (values[c] === b ? 0 : 1);
    }
    const d = sum / C;
    if (d < bestDistance) { best = i; bestDistance = d; }
  }
  return best < 0 ? null : { row: best, distance: bestDistance };
}

function histogram(group, bins) {
  const counts = new Int32Array(bins);
  for (let k = 0; k < group.n; k++) counts[Math.min(bins - 1, Math.floor(group.sorted[k] * bins))]++;
  return counts;
}
"""#
}
