"""Reference figures for module 2 of the course, "Where bias comes from"
(Tests/ExerciseSuites/02-where-bias-comes-from: RepresentationGapSuite, LabelBaseRatesSuite, ProxyCramersVSuite,
MissingnessGapSuite, StandardizedGapSuite), from the raw files with pandas and scipy.

Derives:
  - German Credit, sex as AIF360 infers it (A92/A95 female): counts, shares against illustrative population shares
    0.508 / 0.492, and Pearson's goodness of fit, scipy.stats.chisquare;
  - German base rates of good credit by age_group (age > 25) and by sex;
  - COMPAS (ProPublica's filter, 6,172 rows): the share who did not re-offend (the favourable label 0) by race;
  - Cramer's V, scipy.stats.contingency.association(method="cramer"): German personal_status x sex,
    housing x age_group, purpose x age_group;
  - Adult (train + test, 48,842 rows): the share of native-country missing by race;
  - Berkeley 1973 graduate admissions (the six largest departments, Bickel, Hammel & O'Connell 1975; R's
    UCBAdmissions): the pooled women-minus-men admission rate gap and the gap standardized to the departments'
    sizes.

Run from the repository root: /opt/refvenv/bin/python scripts/reference/content_where_bias_comes_from.py
"""
import numpy as np
import pandas as pd
from scipy.stats import chisquare
from scipy.stats.contingency import association

from raw_datasets import read_adult, read_german, RESOURCES

german = read_german()
german["sex"] = np.where(german["personal_status"].isin(["A92", "A95"]), "female", "male")
german["age_group"] = np.where(german["age"] > 25, "age > 25", "age <= 25")
german["good"] = (german["credit"] == 1).astype(int)

counts = german["sex"].value_counts()
print("German sex counts", dict(counts))
observed = [counts["female"], counts["male"]]
expected = [1000 * 0.508, 1000 * 0.492]
print("  chi-square", repr(chisquare(observed, expected).statistic), "p", chisquare(observed, expected).pvalue)
print("  ratios female", 0.310 / 0.508, "male", 0.690 / 0.492)
print("German base rate by age_group", german.groupby("age_group")["good"].agg(["sum", "count", "mean"]).to_dict())
print("German base rate by sex", german.groupby("sex")["good"].agg(["sum", "count", "mean"]).to_dict())

compas = pd.read_csv(RESOURCES + "compas-scores-two-years.csv")
compas = compas[(compas.days_b_screening_arrest <= 30) & (compas.days_b_screening_arrest >= -30)
                & (compas.is_recid != -1) & (compas.c_charge_degree != "O") & (compas.score_text != "N/A")]
print("COMPAS rows", len(compas))
compas["no_recid"] = 1 - compas["two_year_recid"]
print("COMPAS favourable (no re-offence) rate by race",
      compas.groupby("race")["no_recid"].agg(["sum", "count", "mean"]).to_string())

for feature, protected in [("personal_status", "sex"), ("housing", "age_group"), ("purpose", "age_group")]:
    table = pd.crosstab(german[feature], german[protected])
    print(f"Cramer's V {feature} x {protected}", repr(association(table.values, method="cramer")))

train, test = read_adult()
adult = pd.concat([train, test])
adult["missing"] = adult["native-country"].isna().astype(int)
print("Adult rows", len(adult), "native-country missing by race",
      adult.groupby("race")["missing"].agg(["sum", "count", "mean"]).to_string())

# Berkeley: department -> (men applied, men admitted, women applied, women admitted)
berkeley = {"A": (825, 512, 108, 89), "B": (560, 353, 25, 17), "C": (325, 120, 593, 202),
            "D": (417, 138, 375, 131), "E": (191, 53, 393, 94), "F": (373, 22, 341, 24)}
men_n = sum(v[0] for v in berkeley.values()); men_a = sum(v[1] for v in berkeley.values())
women_n = sum(v[2] for v in berkeley.values()); women_a = sum(v[3] for v in berkeley.values())
print("Berkeley pooled: women", women_a, "/", women_n, "men", men_a, "/", men_n, "gap", repr(women_a / women_n - men_a / men_n))
total = men_n + women_n
standardized = sum((v[0] + v[2]) / total * (v[3] / v[2] - v[1] / v[0]) for v in berkeley.values())
print("Berkeley standardized gap (women - men)", repr(standardized))
