"""Reference values for FairKit's AequitasSignificance: Aequitas 1.1's own significance test
(`Bias.get_disparity_major_group(..., check_significance=True)`) on COMPAS, and the same procedure
written out with scipy.stats (normaltest, levene(center="median"), bartlett, ttest_ind) on 0/1
samples, for the metrics whose samples FairKit builds differently from Aequitas (TPR, FPR).

Data: COMPAS, ProPublica's filter (6,172 rows); label two_year_recid; prediction decile_score >= 5;
attribute race; Aequitas's reference is the largest group (African-American).

Prints Swift tuples that Tests/FairKitTests/Metrics/Uncertainty/AequitasSignificanceTests.swift embeds:
(metric, group, successes, trials, reference successes, reference trials, p-value) -- p-values from
Aequitas itself for pprev, precision and for; from the scipy procedure for tpr and fpr.

Run from the repository root: /opt/refvenv/bin/python scripts/reference/aequitas_significance.py
"""
import warnings

import numpy as np
import pandas as pd
from scipy import stats

warnings.filterwarnings("ignore")
from aequitas.bias import Bias
from aequitas.group import Group

compas = pd.read_csv("Sources/FairKit/Data/Datasets/Resources/compas-scores-two-years.csv")
compas = compas[(compas.days_b_screening_arrest <= 30) & (compas.days_b_screening_arrest >= -30)
                & (compas.is_recid != -1) & (compas.c_charge_degree != "O") & (compas.score_text != "N/A")]
df = pd.DataFrame({"score": (compas.decile_score >= 5).astype(int).to_numpy(),
                   "label_value": compas.two_year_recid.to_numpy(), "race": compas.race.astype(str).to_numpy()})
xtab, _ = Group().get_crosstabs(df.copy())
bdf = Bias().get_disparity_major_group(xtab, original_df=df.copy(), alpha=0.05, check_significance=True,
                                       mask_significance=False)
ref = "African-American"


def sample(frame, metric):
    """FairKit's samples: the metric's denominator rows, 1 where its numerator counts them."""
    y, s = frame.label_value, frame.score
    rows, ones = {"pprev": (slice(None), s == 1), "precision": (s == 1, y == 0), "for": (s == 0, y == 1),
                  "tpr": (y == 1, s == 1), "fpr": (y == 0, s == 1)}[metric]
    return ones[rows].astype(float).to_numpy() if not isinstance(rows, slice) else ones.astype(float).to_numpy()


def procedure(a, b, alpha=0.05):
    """Aequitas's choice written out: normality (n > 20), Levene or Bartlett, then ttest_ind."""
    def normal(x):
        return len(x) > 20 and not (stats.normaltest(x)[1] < alpha)
    if normal(a) and normal(b):
        equal = stats.bartlett(a, b)[1] >= alpha
    else:
        equal = stats.levene(a, b, center="median")[1] >= alpha
    return stats.ttest_ind(a, b, equal_var=equal)[1]


for metric in ["pprev", "precision", "for", "tpr", "fpr"]:
    reference = sample(df[df.race == ref], metric)
    for group in sorted(df.race.unique()):
        if group == ref:
            continue
        mine = sample(df[df.race == group], metric)
        if metric in ("pprev", "precision", "for"):
            p = float(bdf.loc[bdf.attribute_value == group, metric + "_significance"].iloc[0])
            check = procedure(reference, mine)
            assert (np.isnan(p) and np.isnan(check)) or abs(p - check) <= 1e-12 * max(1, abs(p)), (metric, group, p, check)
        else:
            p = float(procedure(reference, mine))
        text = "nan" if np.isnan(p) else repr(p)
        print(f'("{metric}", "{group}", {mine.sum():.0f}, {len(mine)}, {reference.sum():.0f}, {len(reference)}, {text}),')
