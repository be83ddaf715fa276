"""Cross-checks the hand-derived expected values of the `classification-metrics` exercise suite
(Tests/ExerciseSuites/01-foundations/ClassificationMetricsSuite.swift) against scikit-learn.

Each case is a confusion matrix (TP, FP, TN, FN). The script expands it into label/prediction rows
and asks scikit-learn for accuracy, precision, recall and F1 with zero_division=nan, so that an
undefined metric shows as nan (the suite expects nil there). sklearn's F1 is 2TP / (2TP + FP + FN),
undefined only when TP + FP + FN = 0, which is the rule the exercise teaches.

Run: /opt/refvenv/bin/python scripts/reference/content_classification_metrics.py
"""
import math
import warnings

import numpy as np
from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score

# (name, TP, FP, TN, FN, expected accuracy, precision, recall, F1 as derived by hand in the suite;
#  None = undefined)
CASES = [
    ("loan book of 100", 40, 10, 35, 15, 75 / 100, 40 / 50, 40 / 55, 80 / 105),
    ("integer-division trap", 2, 1, 0, 1, 2 / 4, 2 / 3, 2 / 3, 4 / 6),
    ("precise but misses most", 1, 0, 0, 9, 1 / 10, 1 / 1, 1 / 10, 2 / 11),
    ("nothing approved", 0, 0, 8, 2, 8 / 10, None, 0 / 2, 0 / 2),
    ("no one would repay", 0, 3, 7, 0, 7 / 10, 0 / 3, None, 0 / 3),
    ("only true negatives", 0, 0, 5, 0, 5 / 5, None, None, None),
]


def rows(tp, fp, tn, fn):
    y = [1] * tp + [0] * fp + [0] * tn + [1] * fn
    p = [1] * tp + [1] * fp + [0] * tn + [0] * fn
    return np.array(y), np.array(p)


def same(got, want):
    return math.isnan(got) if want is None else math.isclose(got, want, abs_tol=1e-12)


if __name__ == "__main__":
    warnings.simplefilter("ignore")
    for name, tp, fp, tn, fn, *want in CASES:
        y, p = rows(tp, fp, tn, fn)
        got = [
            accuracy_score(y, p),
            precision_score(y, p, zero_division=np.nan),
            recall_score(y, p, zero_division=np.nan),
            f1_score(y, p, zero_division=np.nan),
        ]
        ok = all(same(g, w) for g, w in zip(got, want))
        print(f"{'ok ' if ok else 'BAD'} {name}: accuracy, precision, recall, F1 = {got}")
        assert ok, (name, got, want)
    # The suite's empty matrix (accuracy 0 / 0, undefined) has no sklearn counterpart: sklearn
    # refuses empty input with a ValueError rather than returning a value.
