"""Reference values for the audit's complete AIF360 section: every ClassificationMetric comparison
and inequality index FairKit reports (FairnessAudit.AIF360Comparison.reported), from AIF360 0.6.1.

Data:
  - German Credit (1,000 rows, german.data): label credit, 1 (good) positive; predictions from a
    fixed rule, 1 when credit_amount <= 4000 and month <= 24; protected sex from personal_status
    (A91, A93, A94 male, privileged; A92, A95 female).
  - COMPAS, ProPublica's filter (6,172 rows): label two_year_recid, 1 positive; prediction
    decile_score >= 5; protected race, Caucasian privileged, every other race unprivileged.
AIF360's favorable label is 1 in both, so its benefit b = y_pred - y_true + 1 is FairKit's.

Prints Swift tuples (dataset, metric, value) that
Tests/FairKitTests/Metrics/Audit/FairnessAuditAIF360CompleteTests.swift embeds ("nan" marks a
value AIF360 cannot compute; FairKit must call it undefined).

Run from the repository root: /opt/refvenv/bin/python scripts/reference/audit_aif360_complete.py
"""
import math
import warnings

import numpy as np
import pandas as pd
from aif360.datasets import BinaryLabelDataset
from aif360.metrics import ClassificationMetric

warnings.filterwarnings("ignore")
from raw_datasets import read_german

METRICS = [
    "statistical_parity_difference", "disparate_impact", "equal_opportunity_difference", "average_odds_difference",
    "average_abs_odds_difference", "equalized_odds_difference", "average_predictive_value_difference",
    "error_rate_difference", "error_rate_ratio", "false_positive_rate_difference", "false_positive_rate_ratio",
    "false_negative_rate_difference", "false_negative_rate_ratio", "false_omission_rate_difference",
    "false_omission_rate_ratio", "false_discovery_rate_difference", "false_discovery_rate_ratio",
    "theil_index", "generalized_entropy_index", "coefficient_of_variation",
    "between_group_theil_index", "between_group_generalized_entropy_index", "between_group_coefficient_of_variation",
]


def metric(y, pred, privileged):
    frame = pd.DataFrame({"p": privileged.astype(int), "y": y})
    truth = BinaryLabelDataset(df=frame, label_names=["y"], protected_attribute_names=["p"])
    predicted = truth.copy()
    predicted.labels = pred.reshape(-1, 1).astype(float)
    return ClassificationMetric(truth, predicted, unprivileged_groups=[{"p": 0}], privileged_groups=[{"p": 1}])


def report(name, m):
    for key in METRICS:
        value = float(getattr(m, key)())
        text = "nan" if not math.isfinite(value) else repr(value)
        print(f'        ("{name}", "{key}", {text}),')


german = read_german()
y = (german.credit == 1).astype(int).to_numpy()
pred = ((german.credit_amount <= 4000) & (german.month <= 24)).astype(int).to_numpy()
male = german.personal_status.isin(["A91", "A93", "A94"]).to_numpy()
report("german", metric(y, pred, male))

compas = pd.read_csv("Sources/FairKit/Data/Datasets/Resources/compas-scores-two-years.csv")
compas = compas[(compas.days_b_screening_arrest <= 30) & (compas.days_b_screening_arrest >= -30)
                & (compas.is_recid != -1) & (compas.c_charge_degree != "O") & (compas.score_text != "N/A")]
y = compas.two_year_recid.to_numpy()
pred = (compas.decile_score >= 5).astype(int).to_numpy()
report("compas", metric(y, pred, (compas.race == "Caucasian").to_numpy()))
