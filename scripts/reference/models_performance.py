"""Reference numbers for PerformanceReferenceTests.swift.

Builds 60 rows by integer formulas (mirrored in the Swift test): scores k/20 for k in 0..20 (many
ties), labels correlated with the scores, hard predictions score >= 0.5, weights in
{0.5, 1, 1.5, 2} with every 17th row weighted 0. Prints scikit-learn's numbers as Swift literals:
threshold metrics, ROC curve (with and without drop_intermediate), ROC AUC, precision-recall curve,
average precision, log loss, Brier score (weighted and not), and calibration curves (uniform and
quantile with 4, 5 and 7 bins, of the scores and of their squares, unweighted: scikit-learn's calibration_curve takes no weights).

Run: /opt/refvenv/bin/python scripts/reference/models_performance.py
"""
import numpy as np
from sklearn.calibration import calibration_curve
from sklearn.metrics import (accuracy_score, average_precision_score, balanced_accuracy_score, brier_score_loss,
                             f1_score, fbeta_score, log_loss, precision_recall_curve, precision_score,
                             recall_score, roc_auc_score, roc_curve)

from models_design import mix, swift_array

N = 60
score_codes = [mix(i * 11 + 2) % 21 for i in range(N)]
y = np.array([1 if score_codes[i] + mix(i * 5 + 9) % 11 - 5 > 10 else 0 for i in range(N)])
s = np.array([k / 20 for k in score_codes])
pred = (s >= 0.5).astype(int)
w = np.array([0.0 if i % 17 == 0 else 0.5 + mix(i * 53 + 11) % 4 / 2 for i in range(N)])

print(f"// labels: {y.tolist()}")
for name, sw in (("unweighted", None), ("weighted", w)):
    print(f"// {name}")
    print(f"accuracy: {accuracy_score(y, pred, sample_weight=sw)!r},")
    print(f"balancedAccuracy: {balanced_accuracy_score(y, pred, sample_weight=sw)!r},")
    print(f"precision: {precision_score(y, pred, sample_weight=sw)!r},")
    print(f"recall: {recall_score(y, pred, sample_weight=sw)!r},")
    print(f"f1: {f1_score(y, pred, sample_weight=sw)!r},")
    print(f"f2: {fbeta_score(y, pred, beta=2, sample_weight=sw)!r},")
    for drop in (True, False):
        fpr, tpr, thr = roc_curve(y, s, sample_weight=sw, drop_intermediate=drop)
        tag = "Dropped" if drop else "Full"
        print(f"rocFPR{tag}: {swift_array(fpr)},")
        print(f"rocTPR{tag}: {swift_array(tpr)},")
        print(f"rocThresholds{tag}: {swift_array(thr)},".replace("inf", ".infinity"))
    print(f"auc: {roc_auc_score(y, s, sample_weight=sw)!r},")
    precision, recall, thr = precision_recall_curve(y, s, sample_weight=sw)
    print(f"prPrecision: {swift_array(precision)},")
    print(f"prRecall: {swift_array(recall)},")
    print(f"prThresholds: {swift_array(thr)},")
    precision, recall, thr = precision_recall_curve(y, s, sample_weight=sw, drop_intermediate=True)
    print(f"prThresholdsDropped: {swift_array(thr)},")
    print(f"averagePrecision: {average_precision_score(y, s, sample_weight=sw)!r},")
    print(f"logLoss: {log_loss(y, s, sample_weight=sw)!r},")
    print(f"brier: {brier_score_loss(y, s, sample_weight=sw)!r},")

squared = s * s
for probabilities, label in ((s, "scores"), (squared, "squared scores")):
    for strategy, bins in (("uniform", 5), ("quantile", 5), ("uniform", 7), ("quantile", 4)):
        prob_true, prob_pred = calibration_curve(y, probabilities, n_bins=bins, strategy=strategy)
        print(f"// calibration of {label}, {strategy}, {bins} bins")
        if strategy == "quantile":
            print(f"edges: {swift_array(np.percentile(probabilities, np.linspace(0, 1, bins + 1) * 100))},")
        print(f"fractionPositive: {swift_array(prob_true)},")
        print(f"meanPredicted: {swift_array(prob_pred)},")
