"""Reference figures for module 6 of the course, "Governance"
(Tests/ExerciseSuites/06-governance: PSIDriftSuite, WorstSliceSuite), from the raw files with pandas and numpy.

Derives:
  - PSIDriftSuite: the population stability index of Adult's `age` (adult.data, 32,561 rows) with the baseline
    = women (10,771 rows) and the batch = men (21,790 rows): the baseline's deciles (numpy's linear quantiles),
    each side's share per bin (bins (a, b], the first open below, the last open above), and
    PSI = sum (q - p) ln(q / p) with shares floored at 1e-4;
  - WorstSliceSuite: COMPAS (ProPublica's filter, 6,172 rows), "high risk" = decile_score >= 5, the false positive
    rate of every race x sex slice with its count of defendants who did not re-offend (the negatives).

Run from the repository root: /opt/refvenv/bin/python scripts/reference/content_governance.py
"""
import warnings
warnings.filterwarnings("ignore")
import numpy as np
import pandas as pd

from raw_datasets import RESOURCES

names = ["age", "workclass", "fnlwgt", "education", "education-num", "marital-status", "occupation", "relationship",
         "race", "sex", "capital-gain", "capital-loss", "hours-per-week", "native-country", "income"]
adult = pd.read_csv(RESOURCES + "adult.data", names=names, skipinitialspace=True, na_values="?")
women = adult[adult.sex == "Female"].age.astype(float).to_numpy()
men = adult[adult.sex == "Male"].age.astype(float).to_numpy()
cuts = []
for k in range(1, 10):
    c = float(np.quantile(women, k / 10))
    if not cuts or cuts[-1] != c:
        cuts.append(c)


def shares(values):
    bins = np.searchsorted(np.array(cuts), values, side="left")  # (a, b]: a value equal to a cut goes low
    counts = np.bincount(bins, minlength=len(cuts) + 1)
    return counts / len(values)


p, q = shares(women), shares(men)
psi = float(np.sum((np.maximum(q, 1e-4) - np.maximum(p, 1e-4)) * np.log(np.maximum(q, 1e-4) / np.maximum(p, 1e-4))))
print("adult age: women", len(women), "men", len(men))
print("cuts", cuts)
print("women shares", [repr(float(x)) for x in p])
print("men shares", [repr(float(x)) for x in q])
print("PSI men vs women baseline", repr(psi))

compas = pd.read_csv(RESOURCES + "compas-scores-two-years.csv")
compas = compas[(compas.days_b_screening_arrest <= 30) & (compas.days_b_screening_arrest >= -30)
                & (compas.is_recid != -1) & (compas.c_charge_degree != "O") & (compas.score_text != "N/A")]
compas["high"] = (compas.decile_score >= 5).astype(int)
print("COMPAS rows", len(compas))
for (race, sex), d in compas.groupby(["race", "sex"]):
    neg = d[d.two_year_recid == 0]
    fp = int((neg.high == 1).sum())
    print(f"{race} & {sex}: negatives {len(neg)} false positives {fp} FPR {fp / len(neg) if len(neg) else float('nan')!r}")
