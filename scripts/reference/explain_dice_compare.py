"""Reference values for Tests/WorkbenchTests/Explain/CounterfactualDiceComparisonTests.swift: DiCE's
own counterfactual search (dice-ml 0.12: methods "random", "genetic" and "kdtree") on FairKit's
German Credit model, against which the test runs FairKit's CounterfactualSearch on the same rows.

The model is FairKit's: German Credit's rows 0..699 (the 20 attribute columns as Dataset.germanCredit()
reads them, explain_german.decoded()) written as german-train.csv, trained by
`learn train --data german-train.csv --label credit --positive good --out german.model.json`, and read
back here from that model file: a scikit-learn Pipeline whose first step encodes a row exactly as the
file's encoder says (numeric columns standardised with the file's mean and std, true/false columns
0/1, categorical columns one indicator per level in the file's order) and whose second step is a
LogisticRegression with the file's coefficients and intercept. Its probabilities equal FairKit's
(checked below against `learn predict` to 1e-12).

DiCE's setup mirrors FairKit's: dice_ml.Data on the 700 training rows (so the same MADs and ranges:
each numeric column within its training min..max, each category among its training levels),
immutable age, personal_status and foreign_worker (features_to_vary = the other 17 columns),
total_CFs=4, desired_class="opposite", on the first ROWS declined test rows (700..999, P(good) <= 0.5).

Distance (DiCE's terms, Mothilal et al. 2020): a numeric change costs |c - x| / MAD (DiCE's MAD of
the training column, 1 when 0), a categorical change 1. FairKit's `Counterfactual.distance` is
their sum over the 20 source columns divided by 20; `d` below is the same. DiCE's own scores are also
printed: continuous proximity -mean_i mean_cont |c - x| / MAD, categorical proximity
1 - mean_i mean_cat 1[c != x], sparsity 1 - mean_i (changed columns / 20), diversity the mean
pairwise d.

Then a constraint check: DiCE with features_to_vary excluding month and a permitted_range that
keeps credit_amount at least 1,000 below the query's, reporting whether any DiCE option breaks them.

Run from the repository root (it builds the model file with `swift run learn` unless given one;
--constraints-only skips the comparison, whose genetic runs take minutes):
  /opt/refvenv/bin/python scripts/reference/explain_dice_compare.py [german.model.json] [--constraints-only]
"""
import itertools
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import warnings

import dice_ml
import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

sys.path.insert(0, "scripts/reference")
from explain_german import NUMERIC, decoded  # noqa: E402

warnings.simplefilter("ignore")
ROWS = 12
IMMUTABLE = ["age", "personal_status", "foreign_worker"]
BOOLEAN = ["telephone", "foreign_worker"]
METHODS = ["random", "genetic", "kdtree"]

table, y = decoded()
frame = table.copy()
for c in NUMERIC:
    frame[c] = frame[c].astype(int)
for c in BOOLEAN:
    frame[c] = frame[c].map({1.0: "true", 0.0: "false"})
frame["credit"] = np.where(y == 1, "good", "bad")
train, test = frame.iloc[:700].reset_index(drop=True), frame.iloc[700:].reset_index(drop=True)

folder = tempfile.mkdtemp()
train.to_csv(os.path.join(folder, "german-train.csv"), index=False)
test.to_csv(os.path.join(folder, "german-test.csv"), index=False)
learn = os.environ.get("LEARN", "swift run learn").split()
arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
if arguments:
    model_path = arguments[0]
else:
    model_path = os.path.join(folder, "german.model.json")
    subprocess.run(learn + ["train", "--data", os.path.join(folder, "german-train.csv"), "--label", "credit",
                            "--positive", "good", "--out", model_path], check=True, stdout=subprocess.DEVNULL)
model_file = json.load(open(model_path))


class ModelFileEncoder(BaseEstimator, TransformerMixin):
    """A FairKit feature encoder (docs/model-files.md) as a scikit-learn transformer: numeric and
    boolean columns in the listed order, then each categorical column's levels."""

    def __init__(self, encoder):
        self.encoder = encoder

    def fit(self, x, y=None):
        return self

    def transform(self, x):
        passthrough, indicators = [], []
        for column in self.encoder["columns"]:
            values = x[column["name"]]
            if column["type"] == "numeric":
                v = values.astype(float).to_numpy()
                if self.encoder["standardize"]:
                    v = (v - column["mean"]) / column["std"]
                passthrough.append(v)
            elif column["type"] == "boolean":
                passthrough.append(values.map(lambda s: 1.0 if str(s) in ("true", "1", "1.0", "True") else 0.0).to_numpy())
            else:
                indicators += [(values == level).astype(float).to_numpy() for level in column["levels"]]
        return np.column_stack(passthrough + indicators)


def model_from_file(model_file):
    pipeline = model_file["pipeline"] if model_file["kind"] == "mitigated_pipeline" else model_file
    encoder, logistic = pipeline["encoder"], pipeline["model"]
    lr = LogisticRegression()
    lr.coef_ = np.array([logistic["coefficients"]])
    lr.intercept_ = np.array([logistic["intercept"]])
    lr.classes_ = np.array([0, 1])
    lr.n_features_in_ = len(logistic["coefficients"])
    return Pipeline([("encode", ModelFileEncoder(encoder)), ("classify", lr)]), pipeline


model, pipeline = model_from_file(model_file)
features = [c["name"] for c in pipeline["encoder"]["columns"]]
assert sorted(features) == sorted(table.columns), features
numeric = [c for c in features if c in NUMERIC]
categorical = [c for c in features if c not in NUMERIC]

# The model's probabilities against FairKit's own (`learn predict`) on the test rows.
scored = os.path.join(folder, "scored.csv")
subprocess.run(learn + ["predict", "--model", model_path, "--data", os.path.join(folder, "german-test.csv"),
                        "--out", scored], check=True, stdout=subprocess.DEVNULL)
p = model.predict_proba(test[features])[:, 1]
assert np.max(np.abs(p - pd.read_csv(scored)["score"].to_numpy())) < 1e-12

dice_frame = train[features].copy()
dice_frame["credit"] = (train["credit"] == "good").astype(int)
data = dice_ml.Data(dataframe=dice_frame, continuous_features=numeric, outcome_name="credit")
mads = data.get_valid_mads(normalized=False, display_warnings=False, return_mads=True)
dice_model = dice_ml.Model(model=model, backend="sklearn")
vary = [c for c in features if c not in IMMUTABLE]
declined = [r for r in range(len(test)) if p[r] <= 0.5][:ROWS]
compare = "--constraints-only" not in sys.argv


def distance(a, b):
    """DiCE's terms summed over the 20 source columns, over 20 (FairKit's Counterfactual.distance)."""
    d = sum(abs(float(a[c]) - float(b[c])) / mads[c] for c in numeric)
    d += sum(str(a[c]) != str(b[c]) for c in categorical)
    return d / len(features)


def changed(a, b):
    return [c for c in features if (abs(float(a[c]) - float(b[c])) > 0 if c in numeric else str(a[c]) != str(b[c]))]


def scores(query, cfs):
    """DiCE's proximity (continuous, categorical), sparsity and diversity of a set of options."""
    if not cfs:
        return None
    cont = -np.mean([np.mean([abs(float(c[f]) - float(query[f])) / mads[f] for f in numeric]) for c in cfs])
    cat = 1 - np.mean([np.mean([str(c[f]) != str(query[f]) for f in categorical]) for c in cfs])
    sparsity = 1 - np.mean([len(changed(c, query)) / len(features) for c in cfs])
    pairs = list(itertools.combinations(cfs, 2))
    diversity = np.mean([distance(a, b) for a, b in pairs]) if pairs else None
    return cont, cat, sparsity, diversity


def run(method, query, **options):
    explainer = dice_ml.Dice(data, dice_model, method=method)
    np.random.seed(0)
    start = time.perf_counter()
    try:
        kwargs = dict(total_CFs=4, desired_class="opposite", features_to_vary=options.pop("features_to_vary", vary))
        kwargs.update(options)
        if method == "random":
            kwargs["random_seed"] = 0   # the genetic method takes no seed: numpy's and random's are set
        random.seed(0)
        result = explainer.generate_counterfactuals(query, verbose=False, **kwargs)
        cfs = result.cf_examples_list[0].final_cfs_df
    except Exception as error:  # DiCE raises when it finds nothing ("No counterfactuals found")
        return [], time.perf_counter() - start, str(error).splitlines()[0]
    elapsed = time.perf_counter() - start
    rows = [] if cfs is None else [r for _, r in cfs[features].iterrows()]
    return rows, elapsed, None


def check(query, cf, frozen=IMMUTABLE, ranges=None):
    """Whether a DiCE option flips the decision and respects the frozen columns and the ranges."""
    frame = pd.DataFrame([cf])[features]
    for c in numeric:
        frame[c] = frame[c].astype(float)
    flips = model.predict_proba(frame)[0, 1] > 0.5
    kept = all(str(cf[c]) == str(query[c]) if c in categorical else float(cf[c]) == float(query[c]) for c in frozen)
    inside = all(train[c].min() <= float(cf[c]) <= train[c].max() for c in numeric)
    if ranges:
        inside = inside and all(lo <= float(cf[c]) <= hi for c, (lo, hi) in ranges.items())
    return flips, kept, inside


print(f"// model file: intercept {pipeline['model']['intercept']!r}, MADs {dict((c, float(mads[c])) for c in numeric)}")
print(f"// declined test rows (0-based in 700..999): {declined}")
best = {}
table_rows = []
for r in declined if compare else []:
    query = test.loc[[r], features]
    q = query.iloc[0]
    for method in METHODS:
        cfs, elapsed, error = run(method, query)
        checks = [check(q, c) for c in cfs]
        valid = [c for c, (f, k, i) in zip(cfs, checks) if f and k and i]
        d = [distance(c, q) for c in cfs]
        s = scores(q, cfs)
        note = error or ("; ".join(f"{sum(not x[j] for x in checks)} {w}" for j, w in enumerate(["do not flip", "change a frozen column", "leave the range"])
                                   if any(not x[j] for x in checks)) or "all valid")
        print(f"// row {r} {method}: {len(cfs)} options, {elapsed:.2f} s, distances {[round(float(x), 6) for x in d]}, "
              f"changes {[len(changed(c, q)) for c in cfs]}, scores {None if s is None else [None if v is None else round(float(v), 4) for v in s]}; {note}")
        if valid:
            b = float(min(distance(c, q) for c in valid))
            best[r] = min(best.get(r, b), b)
        table_rows.append((r, method, len(valid), min(d) if d else None, s[2] if s else None, elapsed))
print("static let diceBest: [Int: Double] = [" + ", ".join(f"{r}: {best[r]!r}" for r in sorted(best)) + "]")
print("static let diceFound: [Int] = " + str(sorted(best)))
print("\n| test row | DiCE method | valid options | best distance | sparsity | time (s) |")
print("|---|---|---|---|---|---|")
for r, m, n, d, s, t in table_rows:
    print(f"| {r} | {m} | {n} | {'—' if d is None else f'{d:.4f}'} | {'—' if s is None else f'{s:.3f}'} | {t:.2f} |")

# Constraints DiCE is reported to ignore (interpretml/DiCE issues #106, #284, #426: options outside
# permitted_range): month frozen (features_to_vary), credit_amount at most the query's minus 1,000
# (permitted_range), a range that excludes the query's own value.
print("\nconstraint check: features_to_vary without month, permitted_range credit_amount <= the query's - 1000")
for r in [r for r in declined if test.loc[r, "credit_amount"] >= train["credit_amount"].min() + 1000][:4]:
    query = test.loc[[r], features]
    q = query.iloc[0]
    frozen = IMMUTABLE + ["month"]
    ranges = {"credit_amount": [int(train["credit_amount"].min()), int(q["credit_amount"]) - 1000]}
    for method in METHODS:
        cfs, elapsed, error = run(method, query, features_to_vary=[c for c in vary if c != "month"], permitted_range=ranges)
        checks = [check(q, c, frozen=frozen, ranges=ranges) for c in cfs]
        amounts = [int(float(c["credit_amount"])) for c in cfs]
        print(f"row {r} {method}: {len(cfs)} options; frozen columns changed in {sum(not k for _, k, _ in checks)}, "
              f"outside the range in {sum(not i for _, _, i in checks)} (credit_amount {int(q['credit_amount'])} -> {amounts}, "
              f"allowed {ranges['credit_amount']}), not flipping {sum(not f for f, _, _ in checks)}"
              + (f" ({error})" if error else ""))
