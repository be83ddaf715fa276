"""Reference figures for the compas-case-study project's step suites (Tests/ProjectSuites/compas-case-study:
PropublicaFilterSuite, ErrorRatesSuite, CalibrationSuite, ImpossibilitySuite), from the raw COMPAS file with pandas,
never from FairKit.

Derives:
  - ProPublica's filter (days_b_screening_arrest within [-30, 30], is_recid != -1, c_charge_degree != "O",
    score_text != "N/A"): 6,172 of 7,214 rows, and how many each condition removes on its own;
  - "high risk" = decile_score >= 5 (Medium or High): confusion counts, FPR, FNR, PPV and prevalence for
    African-American and Caucasian defendants (ProPublica published FPR 44.9% / 23.5%, FNR 28.0% / 47.7%);
  - the share re-offending at each decile score by race (counts);
  - Chouldechova's identity FPR = p / (1 - p) * (1 - PPV) / PPV * (1 - FNR) on those measured rates.

Run from the repository root: /opt/refvenv/bin/python scripts/reference/project_compas_case_study.py
"""
import pandas as pd

from raw_datasets import RESOURCES

raw = pd.read_csv(RESOURCES + "compas-scores-two-years.csv")
days = raw.days_b_screening_arrest
conditions = {"days": (days >= -30) & (days <= 30), "is_recid": raw.is_recid != -1,
              "degree": raw.c_charge_degree != "O", "score": raw.score_text != "N/A"}
keep = conditions["days"] & conditions["is_recid"] & conditions["degree"] & conditions["score"]
print("rows", len(raw), "kept", int(keep.sum()), {k: int((~v).sum()) for k, v in conditions.items()})
print("missing days", int(days.isna().sum()))
c = raw[keep].copy()
c["high"] = (c.decile_score >= 5).astype(int)
print("races", c.race.value_counts().to_dict())
for race in ["African-American", "Caucasian"]:
    d = c[c.race == race]
    y, p = d.two_year_recid, d.high
    tp = int(((y == 1) & (p == 1)).sum()); fp = int(((y == 0) & (p == 1)).sum())
    tn = int(((y == 0) & (p == 0)).sum()); fn = int(((y == 1) & (p == 0)).sum())
    prevalence, fpr, fnr, ppv = (tp + fn) / len(d), fp / (fp + tn), fn / (fn + tp), tp / (tp + fp)
    implied = prevalence / (1 - prevalence) * (1 - ppv) / ppv * (1 - fnr)
    print(race, dict(tp=tp, fp=fp, tn=tn, fn=fn), f"prevalence {prevalence!r} FPR {fpr!r} FNR {fnr!r} PPV {ppv!r} implied {implied!r}")
    table = d.groupby("decile_score").two_year_recid.agg(["sum", "count"])
    print("  by decile", {int(k): (int(v["sum"]), int(v["count"])) for k, v in table.iterrows()})
