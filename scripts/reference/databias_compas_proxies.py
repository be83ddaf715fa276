"""Reference figures for `learn audit --data-bias` on COMPAS (Tests/learnTests/AuditCompasTests.swift,
testTheDataBiasProxiesAreRankedSoTheTopIsWorthReading), from the raw file with pandas and scipy.

The audit reads compas-scores-two-years.csv with --label two_year_recid --score decile_score --protected race: every
other column is a feature (pandas names the repeated decile_score and priors_count headers decile_score.1 and
priors_count.1, as the audit does). Derives, per feature:
  - distinct values among the rows with a value, and whether a text column is identifier-like (at least 90% of its
    rows hold distinct values) or free text (text with more than 50 distinct values and fewer than
    5 rows per value on average), the screen FairKit's FeatureScreen documents;
  - for the other features, against race over the rows where both have a value: Bergsma's bias-corrected Cramer's V
    (text columns: phi2 corrected = max(0, X2/n - (k-1)(r-1)/(n-1)), r and k corrected likewise, V = sqrt(phi2c /
    min(kc-1, rc-1)); Bergsma 2013) or the correlation ratio eta (numeric columns);
and prints the features ranked by that value, strongest first.

Run from the repository root: /opt/refvenv/bin/python scripts/reference/databias_compas_proxies.py
"""
import numpy as np
import pandas as pd
from scipy.stats import chi2_contingency

df = pd.read_csv("Sources/FairKit/Data/Datasets/Resources/compas-scores-two-years.csv")
race = df["race"]
features = [c for c in df.columns if c not in ("two_year_recid", "decile_score", "race")]


def corrected_v(x, y):
    table = pd.crosstab(x, y).values
    n = table.sum()
    r, k = table.shape
    chi2 = chi2_contingency(table, correction=False)[0]
    phi2c = max(0.0, chi2 / n - (k - 1) * (r - 1) / (n - 1))
    rc, kc = r - (r - 1) ** 2 / (n - 1), k - (k - 1) ** 2 / (n - 1)
    return np.sqrt(phi2c / min(kc - 1, rc - 1))


def eta(x, groups):
    mean = x.mean()
    between = sum(len(v) * (v.mean() - mean) ** 2 for _, v in x.groupby(groups))
    total = ((x - mean) ** 2).sum()
    return np.sqrt(between / total)


skipped, ranked = [], []
for c in features:
    s = df[c]
    present = s.dropna()
    if len(present) == 0 or present.nunique() < 2:
        continue
    text = s.dtype == object
    distinct = present.nunique()
    if text and len(present) >= 20 and distinct >= 0.9 * len(present):
        skipped.append((c, "identifier", distinct, len(present)))
        continue
    if text and len(present) >= 20 and distinct > 50 and len(present) / distinct < 5:
        skipped.append((c, "free_text", distinct, len(present)))
        continue
    rows = s.notna()
    value = corrected_v(s[rows], race[rows]) if text else eta(s[rows].astype(float), race[rows])
    ranked.append((value, c, "cramers_v_bias_corrected" if text else "correlation_ratio"))

for c, reason, distinct, rows in skipped:
    print(f"skipped {c:25s} {reason:10s} {distinct} of {rows}")
for value, c, measure in sorted(ranked, reverse=True)[:8]:
    print(f"{c:25s} {measure:26s} {value:.6f}")

# Columns missing together (the same rows missing): one sentence each in the summary.
masks = {}
for c in features:
    mask = df[c].isna()
    if mask.any() and not mask.all():
        masks.setdefault(tuple(mask), []).append(c)
for columns in masks.values():
    if len(columns) > 1:
        print("missing together:", ", ".join(columns))
