"""Reference figures for FairKit's data-bias checks on German Credit and Adult
(Tests/FairKitTests/Metrics/DataBias/: ProxyScanTests, RepresentationTests, LabelBaseRateTests, MissingnessTests), from
the raw files with pandas, scipy and scikit-learn.

Derives:
  - proxy associations: for each protected attribute (German: sex, age_group as AIF360 derives them; Adult: sex,
    race) and each feature column, over the rows where both have a value:
      Cramer's V = scipy.stats.contingency.association(crosstab, method="cramer") for categorical features, and
      Bergsma's bias-corrected V (by its formula, Bergsma 2013) for them;
      the correlation ratio eta = sqrt(between-group sum of squares / total sum of squares), pandas groupby, for
      numeric features;
      sklearn.metrics.normalized_mutual_info_score(protected, codes) for every feature, where a numeric feature with
      more than 10 distinct values is put into 10 quantile bins as FairKit's CodedColumn documents: pandas.qcut's
      bins (numpy's linear quantiles), except that a value at which two or more edges coincide is a bin of its own
      (implemented below independently of FairKit);
  - representation: group counts of each protected attribute and their intersection, and the goodness of fit
    (scipy.stats.chisquare) of German's sex against illustrative population shares 0.508 / 0.492;
  - label base rates by group, and on Adult weighted by fnlwgt (the Census sampling weight);
  - Adult missing values: rate by race and sex for workclass, occupation and native-country, and the
    scipy.stats.chi2_contingency(correction=False) p-value of missing-vs-group.

Run from the repository root: /opt/refvenv/bin/python scripts/reference/databias_associations.py
"""
import numpy as np
import pandas as pd
from scipy.stats import chi2_contingency, chisquare
from scipy.stats.contingency import association
from sklearn.metrics import normalized_mutual_info_score

from raw_datasets import ADULT_COLUMNS, GERMAN_COLUMNS, read_adult, read_german


def bins(x, b=10):
    """Codes of a numeric series (no missing values): distinct values when at most b, else quantile bins with
    mass points as bins of their own."""
    distinct = np.unique(x)
    if len(distinct) <= b:
        return np.searchsorted(distinct, x)
    edges = np.quantile(x, np.linspace(0, 1, b + 1))
    points, counts = np.unique(edges, return_counts=True)
    j = np.searchsorted(points, x, side="left")
    k = np.minimum(j, len(points) - 1)
    on_point = (j < len(points)) & (points[k] == x)
    return np.where(on_point, np.where(counts[k] > 1, 2 * j, np.maximum(2 * j - 1, 1)), 2 * j - 1)

def bergsma(table):
    table = np.asarray(table, dtype=float)
    n = table.sum()
    r, c = table.shape
    chi2 = chi2_contingency(table, correction=False).statistic
    phi2 = max(0.0, chi2 / n - (r - 1) * (c - 1) / (n - 1))
    rt, ct = r - (r - 1) ** 2 / (n - 1), c - (c - 1) ** 2 / (n - 1)
    return np.sqrt(phi2 / min(rt - 1, ct - 1))


def associations(df, protected, features):
    print("// protected", protected, ": (feature, V or eta, bias-corrected V or nil, NMI, rows used)")
    for f in features:
        d = df[[protected, f]].dropna()
        numeric = d[f].dtype.kind in "if"
        if numeric:
            m = d[f].mean()
            ssb = sum(len(x) * (x.mean() - m) ** 2 for _, x in d.groupby(protected)[f])
            sst = ((d[f] - m) ** 2).sum()
            value, corrected = np.sqrt(ssb / sst), "nil"
            codes = bins(d[f].to_numpy())
        else:
            table = pd.crosstab(d[protected], d[f]).to_numpy()
            value, corrected = association(table, method="cramer"), "%r" % float(bergsma(table))
            codes = d[f].astype(str).to_numpy()
        nmi = normalized_mutual_info_score(d[protected].astype(str), codes)
        print('("%s", %r, %s, %r, %d),' % (f, float(value), corrected, float(nmi), len(d)))


g = read_german()
g["sex"] = np.where(g.personal_status.isin(["A91", "A93", "A94"]), "male", "female")
g["age_group"] = np.where(g.age > 25, "age > 25", "age <= 25")
g_features = GERMAN_COLUMNS[:-1]
print("==== German Credit")
for p in ["sex", "age_group"]:
    associations(g, p, g_features)
print("counts sex x age_group", g.groupby(["sex", "age_group"]).size().to_dict())
sex_counts = g.sex.value_counts().reindex(["female", "male"]).to_numpy()
r = chisquare(sex_counts, np.array([0.508, 0.492]) * sex_counts.sum())
print("sex vs 0.508/0.492: counts", sex_counts, "statistic %r p %r" % (float(r.statistic), float(r.pvalue)))
good = (g.credit == 1).astype(float)
print("base rate by sex x age_group", good.groupby([g.sex, g.age_group]).mean().to_dict())

tr, te = read_adult()
a = pd.concat([tr, te], ignore_index=True)
a_features = ADULT_COLUMNS[:-1]
print("==== Adult (combined, %d rows)" % len(a))
for p in ["sex", "race"]:
    associations(a, p, [f for f in a_features if f != p])
print("counts sex x race", a.groupby(["sex", "race"]).size().to_dict())
rich = (a["income-per-year"] == ">50K").astype(float)
w = a.fnlwgt
for p in ["sex", "race"]:
    weighted = (rich * w).groupby(a[p]).sum() / w.groupby(a[p]).sum()
    print("base rate by", p, "unweighted", rich.groupby(a[p]).mean().to_dict(), "weighted by fnlwgt", weighted.to_dict())
print("overall weighted by fnlwgt %r" % float((rich * w).sum() / w.sum()))
for p in ["race", "sex"]:
    for c in ["workclass", "occupation", "native-country"]:
        missing = a[c].isna()
        rates = missing.groupby(a[p]).mean()
        test = chi2_contingency(pd.crosstab(a[p], missing).to_numpy(), correction=False)
        print("missing", c, "by", p, {k: (int(missing[a[p] == k].sum()), float(v)) for k, v in rates.items()},
              "gap %r chi2 %r dof %d p %r" % (float(rates.max() - rates.min()), float(test.statistic), test.dof,
                                              float(test.pvalue)))
