"""Reference figures for the lending-audit project's step suites (Tests/ProjectSuites/lending-audit:
SelectionRatesSuite, SubgroupErrorsSuite, DecisionBoundarySuite, ProxyStrengthSuite), from the raw German Credit
file with pandas and scipy, never from FairKit.

Derives:
  - base rates (share of good credit risks) by sex and by age group, and disparate impact / statistical parity
    difference of the labels themselves (sex from personal status A91/A93/A94 male, A92/A95 female; age > 25
    privileged, as AIF360's GermanDataset);
  - error rates of the "approve everyone" decision by sex and by sex x age group (FPR 1, FNR 0, error = share bad);
  - how many applicants the fixed two-feature score 1.7 - 0.04 * month - 0.05 * credit_amount / 1000 puts at or
    above 0 (the favourable side), overall and by age group;
  - Cramer's V (uncorrected, scipy.stats.contingency.association) of every categorical attribute against sex and
    against age group, strongest first.

Run from the repository root: /opt/refvenv/bin/python scripts/reference/project_lending_audit.py
"""
import numpy as np
import pandas as pd
from scipy.stats.contingency import association

from raw_datasets import read_german

g = read_german()
g["sex"] = g.personal_status.map({"A91": "male", "A93": "male", "A94": "male", "A92": "female", "A95": "female"})
g["age_group"] = np.where(g.age > 25, "age > 25", "age <= 25")
g["good"] = (g.credit == 1).astype(int)

for column, privileged, unprivileged in [("sex", "male", "female"), ("age_group", "age > 25", "age <= 25")]:
    rates = g.groupby(column).good.agg(["sum", "count"])
    print(column, rates.to_dict("index"))
    p, u = g[g[column] == privileged].good.mean(), g[g[column] == unprivileged].good.mean()
    print(f"  DI {u / p!r}  SPD {u - p!r}")

print("approve everyone: error rate = share bad, by sex x age group")
g["both"] = g.sex + " & " + g.age_group
for group, d in g.groupby("both"):
    print(f"  {group}: rows {len(d)}, bad {int((d.good == 0).sum())}, error {float((d.good == 0).mean())!r}")

score = 1.7 - 0.04 * g.month - 0.05 * g.credit_amount / 1000
g["favourable"] = (score >= 0).astype(int)
print("fixed score >= 0:", int(g.favourable.sum()), "of", len(g), dict(g.groupby("age_group").favourable.sum()))

categorical = ["status", "credit_history", "purpose", "savings", "employment", "personal_status", "other_debtors",
               "property", "installment_plans", "housing", "skill_level", "telephone", "foreign_worker"]
for protected in ["sex", "age_group"]:
    values = []
    for column in categorical:
        table = pd.crosstab(g[column], g[protected]).values
        values.append((association(table, method="cramer", correction=False), column))
    print(protected, [(c, round(v, 6)) for v, c in sorted(values, reverse=True)[:4]])
    print("  housing", repr(dict((c, v) for v, c in values)["housing"]))
