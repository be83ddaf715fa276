"""Cross-checks the hand-derived expected values of the `group-gap` and `audit-table` exercise
suites (Tests/ExerciseSuites/01-foundations/GroupGapSuite.swift, AuditTableSuite.swift) against
fairlearn's MetricFrame and its difference metrics (max - min over groups, method "between_groups").

Rows are built from per-group cell counts as the suites build them. The last case shows where
fairlearn and the course part ways: for a group with no positive labels fairlearn's
true_positive_rate (scikit-learn's recall with zero_division="warn") scores 0 instead of
undefined, so equal_opportunity_difference reports 0.88 - 0 = 0.88, a gap that compares group A
with a group in which nobody could have been a true positive. The exercise returns nil
(undefined) there instead, and the suite asserts that; the lesson tells this story.

Run: /opt/refvenv/bin/python scripts/reference/content_group_metrics.py
"""
import warnings

import numpy as np
from fairlearn.metrics import (MetricFrame, demographic_parity_difference,
                               equal_opportunity_difference, selection_rate, true_positive_rate)
from sklearn.metrics import accuracy_score


def book(cells):
    """cells: [(group, TP, FN, FP, TN)] -> labels, predictions, groups."""
    y, p, g = [], [], []
    for group, tp, fn, fp, tn in cells:
        for label, prediction, n in [(1, 1, tp), (1, 0, fn), (0, 1, fp), (0, 0, tn)]:
            y += [label] * n
            p += [prediction] * n
            g += [group] * n
    return np.array(y), np.array(p), np.array(g)


def base_rate(y_true, y_pred):
    return np.mean(y_true)


def show(title, y, p, g):
    frame = MetricFrame(
        metrics={"count": lambda yt, yp: len(yt), "base_rate": base_rate,
                 "selection_rate": selection_rate, "tpr": true_positive_rate,
                 "accuracy": accuracy_score},
        y_true=y, y_pred=p, sensitive_features=g)
    print(f"--- {title}")
    print(frame.by_group.to_string())
    print("overall accuracy:", accuracy_score(y, p))
    print("accuracy difference (max - min):", frame.difference()["accuracy"])
    print("demographic_parity_difference:", demographic_parity_difference(y, p, sensitive_features=g))
    print("equal_opportunity_difference:", equal_opportunity_difference(y, p, sensitive_features=g))


if __name__ == "__main__":
    warnings.simplefilter("ignore")
    # GroupGapSuite, testEachGroupIsDividedByItsOwnRowCount: A 6/8 = 0.75, B 1/2 = 0.5.
    y = np.array([1, 1, 0, 1, 0, 0, 1, 0, 1, 0])
    p = np.array([1, 0, 0, 0, 0, 0, 1, 1, 1, 0])
    g = np.array(list("ABAABAAAAA"))
    print("interleaved ten rows, accuracy by group:",
          MetricFrame(metrics=accuracy_score, y_true=y, y_pred=p, sensitive_features=g).by_group.to_dict())
    # GroupGapSuite, the lesson's loan book: A 76 of 80 correct, B 14 of 20; overall 0.90, gap 0.25.
    # (The suite's LoanBook alternates outcomes; accuracy depends only on correct/wrong counts, so
    # here correct rows are TP/TN halves and wrong rows FN/FP halves.)
    show("group-gap lesson book", *book([("A", 38, 2, 2, 38), ("B", 7, 3, 3, 7)]))
    # AuditTableSuite, the lesson's book: A TP 22 FN 3 FP 3 TN 22; B TP 6 FN 9 FP 3 TN 32.
    show("audit-table lesson book", *book([("A", 22, 3, 3, 22), ("B", 6, 9, 3, 32)]))
    # AuditTableSuite with group C: 4 applicants, none would repay, 1 approved.
    show("audit-table book with a group without positives",
         *book([("A", 22, 3, 3, 22), ("B", 6, 9, 3, 32), ("C", 0, 0, 1, 3)]))
