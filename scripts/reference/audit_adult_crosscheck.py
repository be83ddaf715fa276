"""Reference values for one full `learn audit` (FairnessAudit) on real data, from Fairlearn 0.15,
AIF360 0.6.1 and pandas.

Data: UCI Adult, adult.data + adult.test (48,842 rows) read as FairKit's Dataset.adult() reads them
(", " separated, "?" missing, adult.test's first line skipped and the period after its labels
removed); label income-per-year, ">50K" positive. Predictions from a fixed rule (the one of
`benchmarks metricframe`): 1 when education-num >= 13 and hours-per-week >= 40, or capital-gain >= 7000.

Derives, for the sections sex, race and sex x race:
  - Fairlearn MetricFrame by_group and overall for selection rate, TPR, FPR, FNR, precision (PPV)
    and accuracy; difference() and ratio() (between groups); demographic parity, equalized odds and
    equal opportunity difference and ratio;
  - AIF360 ClassificationMetric statistical_parity_difference, disparate_impact,
    equal_opportunity_difference, average_odds_difference with privileged sex=Male, race=White, and
    for the intersection privileged (Male, White) against the nine other combinations;
  - Aequitas-style disparities in pandas: each group's metric over the largest group's.

Prints Swift tuples (section, group, quantity, value) that
Tests/FairKitTests/Metrics/Audit/FairnessAuditCrossCheckTests.swift embeds.

Run from the repository root: /opt/refvenv/bin/python scripts/reference/audit_adult_crosscheck.py
"""
import warnings

import pandas as pd
from aif360.datasets import BinaryLabelDataset
from aif360.metrics import ClassificationMetric
from fairlearn.metrics import (MetricFrame, demographic_parity_difference, demographic_parity_ratio,
                               equal_opportunity_difference, equal_opportunity_ratio, equalized_odds_difference,
                               equalized_odds_ratio, false_negative_rate, false_positive_rate, selection_rate,
                               true_positive_rate)
from sklearn.metrics import accuracy_score, precision_score

warnings.filterwarnings("ignore")
from raw_datasets import read_adult
train, test = read_adult()
adult = pd.concat([train, test], ignore_index=True)
y = (adult["income-per-year"] == ">50K").astype(int).to_numpy()
pred = (((adult["education-num"] >= 13) & (adult["hours-per-week"] >= 40)) | (adult["capital-gain"] >= 7000)).astype(int).to_numpy()

metrics = {"selection_rate": selection_rate, "tpr": true_positive_rate, "fpr": false_positive_rate,
           "fnr": false_negative_rate, "ppv": precision_score, "accuracy": accuracy_score}
criteria = {"demographic_parity": (demographic_parity_difference, demographic_parity_ratio),
            "equalized_odds": (equalized_odds_difference, equalized_odds_ratio),
            "equal_opportunity": (equal_opportunity_difference, equal_opportunity_ratio)}
sex_code = (adult.sex == "Male").astype(int)
races = sorted(adult.race.unique())
race_code = adult.race.map({r: i for i, r in enumerate(races)})
rows = []


def name(attributes, key):
    key = key if isinstance(key, tuple) else (key,)
    return ", ".join(f"{a}={v}" for a, v in zip(attributes, key))


def aif360(title, privileged, unprivileged):
    frame = pd.DataFrame({"sex": sex_code, "race": race_code, "y": y})
    truth = BinaryLabelDataset(df=frame, label_names=["y"], protected_attribute_names=["sex", "race"])
    predicted = truth.copy()
    predicted.labels = pred.reshape(-1, 1).astype(float)
    m = ClassificationMetric(truth, predicted, unprivileged_groups=unprivileged, privileged_groups=privileged)
    for quantity in ["statistical_parity_difference", "disparate_impact", "equal_opportunity_difference",
                     "average_odds_difference"]:
        rows.append((title, "", "aif360:" + quantity, getattr(m, quantity)()))


for attributes in [["sex"], ["race"], ["sex", "race"]]:
    title = " x ".join(attributes)
    sensitive = adult[attributes] if len(attributes) > 1 else adult[attributes[0]]
    frame = MetricFrame(metrics=metrics, y_true=y, y_pred=pred, sensitive_features=sensitive)
    by_group = frame.by_group.dropna(how="all")  # absent combinations are NaN rows in Fairlearn
    counts = sensitive.value_counts() if len(attributes) == 1 else adult.groupby(attributes).size()
    largest = counts.idxmax()  # Aequitas's majority group
    for key, values in by_group.iterrows():
        for metric in metrics:
            rows.append((title, name(attributes, key), metric, values[metric]))
            rows.append((title, name(attributes, key), "aequitas:" + metric, values[metric] / by_group.loc[largest, metric]))
    for metric in metrics:
        rows.append((title, "", "overall:" + metric, frame.overall[metric]))
        rows.append((title, "", "fairlearn.difference:" + metric, frame.difference()[metric]))
        rows.append((title, "", "fairlearn.ratio:" + metric, frame.ratio()[metric]))
    for criterion, (difference, ratio) in criteria.items():
        rows.append((title, "", "criterion.difference:" + criterion, difference(y, pred, sensitive_features=sensitive)))
        rows.append((title, "", "criterion.ratio:" + criterion, ratio(y, pred, sensitive_features=sensitive)))

white = races.index("White")
aif360("sex", [{"sex": 1}], [{"sex": 0}])
aif360("race", [{"race": white}], [{"race": i} for i in range(len(races)) if i != white])
aif360("sex x race", [{"sex": 1, "race": white}],
       [{"sex": s, "race": r} for s in (0, 1) for r in range(len(races)) if (s, r) != (1, white)])

print(f"// {len(rows)} values; rows {len(adult)}, predicted positive {pred.sum()}")
for section, group, quantity, value in rows:
    print(f'("{section}", "{group}", "{quantity}", {float(value)!r}),')
