"""Reference numbers for FairKit's SyntheticPatients (Sources/FairKit/Data/Datasets/SyntheticPatients.swift).

Embedded in Tests/FairKitTests/Data/SyntheticPatientsTests.swift. The generator is re-implemented
here from its documented formulas (not from the Swift code), on top of the independent xoshiro256**
of data_xoshiro.py; Box-Muller's cosine branch as SeededGenerator documents it. Prints:
  - the seed-2026, 2000-row sample: counts, sums of the generated columns, the first row, and
    fairlearn's true positive rates of `referred` against `condition` by ethnicity;
  - the population values of the planted bias (numpy, one million rows, the same formulas).
Run: /opt/refvenv/bin/python scripts/reference/synthetic_patients.py
"""
import math
import os
import sys

import numpy as np
from fairlearn.metrics import MetricFrame, true_positive_rate, selection_rate

sys.path.insert(0, os.path.dirname(__file__))
from data_xoshiro import Xoshiro256StarStar  # noqa: E402


def gaussian(g):
    u1 = g.next_double()
    while u1 == 0:
        u1 = g.next_double()
    u2 = g.next_double()
    return math.sqrt(-2 * math.log(u1)) * math.cos(2 * math.pi * u2)


def round1(x):
    # Half away from zero, as Swift's rounded().
    return math.copysign(math.floor(abs(x * 10) + 0.5), x) / 10


def generate(rows=2000, seed=2026, under=8.0, threshold=40.0):
    g = Xoshiro256StarStar(seed)
    out = []
    for _ in range(rows):
        age = 30 + g.next_int(50)
        sex = "female" if g.next_double() < 0.5 else "male"
        minority = g.next_double() < 0.3
        marker = round1(10 + 3 * gaussian(g))
        bp = round1(120 + 0.4 * (age - 55) + 15 * gaussian(g))
        smoker = g.next_double() < 0.25
        r = -1.5 + 0.04 * (age - 55) + 0.35 * (marker - 10) + 0.02 * (bp - 120) + (0.6 if smoker else 0)
        ill = g.next_double() < 1 / (1 + math.exp(-r))
        score = round1(50 + 12 * r + 5 * gaussian(g) - (under if minority else 0))
        out.append(dict(age=age, sex=sex, ethnicity="minority" if minority else "majority", biomarker=marker,
                        systolic_bp=bp, smoker=smoker, condition=int(ill), score=score, referred=int(score >= threshold)))
    return out


rows = generate()
print("first row:", rows[0])
print("minority:", sum(r["ethnicity"] == "minority" for r in rows), "condition:", sum(r["condition"] for r in rows),
      "referred:", sum(r["referred"] for r in rows))
print("sum score:", repr(sum(r["score"] for r in rows)), "sum biomarker:", repr(sum(r["biomarker"] for r in rows)),
      "sum bp:", repr(sum(r["systolic_bp"] for r in rows)), "sum age:", sum(r["age"] for r in rows))
y = np.array([r["condition"] for r in rows])
p = np.array([r["referred"] for r in rows])
eth = np.array([r["ethnicity"] for r in rows])
mf = MetricFrame(metrics={"tpr": true_positive_rate, "selection_rate": selection_rate}, y_true=y, y_pred=p, sensitive_features=eth)
print(mf.by_group)
print("tpr difference:", repr(mf.difference()["tpr"]), "ratio:", repr(mf.ratio()["tpr"]))
scores = np.array([r["score"] for r in rows])
print("mean score majority:", repr(scores[eth == "majority"].mean()), "minority:", repr(scores[eth == "minority"].mean()))
unbiased = generate(under=0.0)
pu = np.array([r["referred"] for r in unbiased])
mfu = MetricFrame(metrics=true_positive_rate, y_true=y, y_pred=pu, sensitive_features=eth)
print("without the planted bias: tpr by group", mfu.by_group.to_dict(), "difference", repr(mfu.difference()))

# The population values: one million rows from the same formulas (numpy's own generator).
rng = np.random.default_rng(0)
n = 10**6
age = 30 + rng.integers(0, 50, n)
minority = rng.random(n) < 0.3
marker = np.round(10 + 3 * rng.standard_normal(n), 1)
bp = np.round(120 + 0.4 * (age - 55) + 15 * rng.standard_normal(n), 1)
smoker = rng.random(n) < 0.25
r = -1.5 + 0.04 * (age - 55) + 0.35 * (marker - 10) + 0.02 * (bp - 120) + 0.6 * smoker
ill = rng.random(n) < 1 / (1 + np.exp(-r))
score = 50 + 12 * r + 5 * rng.standard_normal(n) - 8 * minority
ref = score >= 40
for name, k in [("majority", ~minority), ("minority", minority)]:
    print(f"population {name}: prevalence {ill[k].mean():.4f}, TPR {ref[k & ill].mean():.4f}, mean score {score[k].mean():.3f}")
