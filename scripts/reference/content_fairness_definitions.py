"""Reference figures for module 3 of the course, "Fairness definitions"
(Tests/ExerciseSuites/03-fairness-definitions: DisparateImpactSuite, EqualizedOddsSuite, CalibrationTableSuite,
ImpossibilitySuite, GeneralizedEntropySuite, ConsistencySuite), from the raw COMPAS file with pandas, and from
Fairlearn and AIF360 on the suites' small inline examples.

Derives:
  - COMPAS (ProPublica's filter, 6,172 rows), African-American and Caucasian defendants, "high risk" = decile_score
    >= 5 (score_text Medium or High, ProPublica's cut): the confusion counts, prevalence, selection rate, TPR, FPR,
    FNR and PPV by race (ProPublica published FPR 44.9% / 23.5% and FNR 28.0% / 47.7%), Fairlearn's
    equalized_odds_difference and equal_opportunity_difference over the two races, and the share who re-offended
    at each decile score by race (the calibration table);
  - AIF360's ClassificationMetric.generalized_entropy_index (alpha 2, and theil_index) on the suite's small example;
  - AIF360's BinaryLabelDatasetMetric.consistency on the suite's small example.

Run from the repository root: /opt/refvenv/bin/python scripts/reference/content_fairness_definitions.py
"""
import warnings
warnings.filterwarnings("ignore")
import numpy as np
import pandas as pd
from fairlearn.metrics import equalized_odds_difference, equal_opportunity_difference

from raw_datasets import RESOURCES

compas = pd.read_csv(RESOURCES + "compas-scores-two-years.csv")
compas = compas[(compas.days_b_screening_arrest <= 30) & (compas.days_b_screening_arrest >= -30)
                & (compas.is_recid != -1) & (compas.c_charge_degree != "O") & (compas.score_text != "N/A")]
two = compas[compas.race.isin(["African-American", "Caucasian"])].copy()
two["high"] = (two.decile_score >= 5).astype(int)
for race, d in two.groupby("race"):
    y, p = d.two_year_recid, d.high
    tp = int(((y == 1) & (p == 1)).sum()); fp = int(((y == 0) & (p == 1)).sum())
    tn = int(((y == 0) & (p == 0)).sum()); fn = int(((y == 1) & (p == 0)).sum())
    print(race, dict(tp=tp, fp=fp, tn=tn, fn=fn), "prevalence", (tp + fn) / len(d), "selection", (tp + fp) / len(d),
          "TPR", tp / (tp + fn), "FPR", fp / (fp + tn), "FNR", fn / (fn + tp), "PPV", tp / (tp + fp))
print("fairlearn equalized_odds_difference", repr(equalized_odds_difference(two.two_year_recid, two.high,
                                                                            sensitive_features=two.race)))
print("fairlearn equal_opportunity_difference", repr(equal_opportunity_difference(two.two_year_recid, two.high,
                                                                                  sensitive_features=two.race)))
print("calibration: share re-offending by decile and race (count)")
print(two.groupby(["decile_score", "race"])["two_year_recid"].agg(["sum", "count", "mean"]).unstack().to_string())

from aif360.datasets import BinaryLabelDataset
from aif360.metrics import ClassificationMetric, BinaryLabelDatasetMetric

def frame(labels, features=None):
    data = {"y": labels, "g": [0] * len(labels)}
    if features is not None:
        for j in range(len(features[0])):
            data[f"x{j}"] = [row[j] for row in features]
    return BinaryLabelDataset(df=pd.DataFrame(data), label_names=["y"], protected_attribute_names=["g"])

labels = [1, 1, 0, 0, 1, 0, 1, 0]
preds = [1, 0, 1, 0, 1, 1, 1, 0]
truth, predicted = frame(labels), frame(labels).copy()
predicted.labels = np.array(preds, dtype=float).reshape(-1, 1)
metric = ClassificationMetric(truth, predicted, unprivileged_groups=[{"g": 1}], privileged_groups=[{"g": 0}])
print("AIF360 generalized_entropy_index alpha 2", repr(metric.generalized_entropy_index(alpha=2)),
      "alpha 3", repr(metric.generalized_entropy_index(alpha=3)), "theil", repr(metric.theil_index()))

features = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [5.0, 5.0], [5.0, 6.0], [6.1, 5.0]]
outcomes = [1, 1, 0, 0, 0, 1]
ds = frame(outcomes, features)
print("AIF360 consistency k=3", repr(BinaryLabelDatasetMetric(ds, unprivileged_groups=[{"g": 1}],
                                                              privileged_groups=[{"g": 0}]).consistency(n_neighbors=3)))
