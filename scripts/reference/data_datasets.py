"""Reference figures for FairKit's bundled datasets (Tests/FairKitTests/Data/*DatasetTests.swift,
GermanCreditTests.swift), computed with pandas from the same raw files.

Derives:
  - German Credit: rows, good count, base rates by age > 25 and by sex (AIF360's conventions);
  - Adult: row counts (train, test, combined, after dropna), missing workclass values, base rates by sex after dropna, and
    the feature names of pandas.get_dummies(prefix_sep="=") on the 14 attributes after dropna
    (count, first and last names, and the SHA-256 of all names joined by "\\n");
  - COMPAS: rows, rows after ProPublica's filter, how many rows each filter condition removes,
    and the confusion counts of "decile_score >= 5" against two_year_recid for
    African-American and Caucasian defendants.

Run from the repository root: /opt/refvenv/bin/python scripts/reference/data_datasets.py
"""
import hashlib

import pandas as pd

from raw_datasets import RESOURCES, read_adult, read_german

g = read_german()
good = g.credit == 1
older = g.age > 25
male = g.personal_status.isin(["A91", "A93", "A94"])
print("German rows", len(g), "good", good.sum())
print("German age>25", good[older].sum(), "/", older.sum(), " age<=25", good[~older].sum(), "/", (~older).sum(),
      " DI %.6f" % ((good[~older].mean()) / (good[older].mean())))
print("German male", good[male].sum(), "/", male.sum(), " female", good[~male].sum(), "/", (~male).sum())

tr, te = read_adult()
both = pd.concat([tr, te], ignore_index=True)
dropped = both.dropna()
print("Adult rows train", len(tr), "test", len(te), "combined", len(both), "dropna", len(dropped),
      "(train", len(tr.dropna()), "test", len(te.dropna()), ")")
print("Adult missing workclass: train", tr.workclass.isna().sum(), "combined", both.workclass.isna().sum())
rich = dropped["income-per-year"] == ">50K"
for sex in ["Male", "Female"]:
    m = dropped.sex == sex
    print("Adult dropna", sex, rich[m].sum(), "/", m.sum())
names = list(pd.get_dummies(dropped.drop(columns=["income-per-year"]), prefix_sep="=").columns)
print("Adult get_dummies:", len(names), "columns; first", names[:8], "last", names[-2:])
print("Adult get_dummies names sha256", hashlib.sha256("\n".join(names).encode()).hexdigest())

c = pd.read_csv(RESOURCES + "compas-scores-two-years.csv")
window = (c.days_b_screening_arrest <= 30) & (c.days_b_screening_arrest >= -30)
conditions = {"days_b_screening_arrest in [-30, 30]": window, "is_recid != -1": c.is_recid != -1,
              "c_charge_degree != O": c.c_charge_degree != "O", "score_text != N/A": c.score_text != "N/A"}
keep = window & (c.is_recid != -1) & (c.c_charge_degree != "O") & (c.score_text != "N/A")
print("COMPAS rows", len(c), "filtered", keep.sum(), "; no arrest date:", c.days_b_screening_arrest.isna().sum())
for name, cond in conditions.items():
    print("  removed by", name, ":", (~cond).sum())
high = c.decile_score >= 5
for race in ["African-American", "Caucasian"]:
    m = c.race == race
    y, p = c.two_year_recid[m], high[m]
    print("COMPAS", race, "FP", ((y == 0) & p).sum(), "TN", ((y == 0) & ~p).sum(),
          "FN", ((y == 1) & ~p).sum(), "TP", ((y == 1) & p).sum())
