"""Reference values for GlobalExplanationTests.testCategoricalPartialDependenceMatchesScikitLearn:
scikit-learn 1.9's partial_dependence over a categorical column of a one-hot pipeline.

German Credit as explain_german.py reads it (readable levels), the model LogisticRegression(C=1)
of explain_german.fitted() (rows 0..699, newton-cholesky). The same model is put behind a
Pipeline(ColumnTransformer(passthrough the numeric and boolean columns, OneHotEncoder of the
categorical ones), model): its design is explain_german's (passthrough first, then each
categorical column's sorted levels), checked here. On the test rows 700..999,
partial_dependence(pipeline, frame, ["purpose"], categorical_features=["purpose"], kind="average")
gives the grid (the levels present in the test rows, sorted) and the average probability of
"good" with every row's purpose set to each level; likewise for savings.

Run from the repository root: /opt/refvenv/bin/python scripts/reference/explain_pdp_categorical.py
"""
import sys
import warnings

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.inspection import partial_dependence
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

sys.path.insert(0, "scripts/reference")
import explain_german  # noqa: E402
from models_design import swift_array  # noqa: E402

warnings.simplefilter("ignore")
x, y, names, train, test, model = explain_german.fitted()

# The readable table design() one-hot encodes, rebuilt with its categorical columns kept as text.
source = [n.split("=")[0] for n in names]
categorical = [c for c in dict.fromkeys(source) if any(n.startswith(c + "=") for n in names)]
passthrough = [c for c in dict.fromkeys(source) if c not in categorical]
frame = pd.DataFrame({c: x[:, names.index(c)] for c in passthrough})
for c in categorical:
    block = [n for n in names if n.startswith(c + "=")]
    frame[c] = [block[i].split("=", 1)[1] for i in x[:, [names.index(n) for n in block]].argmax(axis=1)]

encoder = ColumnTransformer([("keep", "passthrough", passthrough),
                             ("onehot", OneHotEncoder(sparse_output=False), categorical)])
pipeline = Pipeline([("encode", encoder), ("model", model)])
pipeline.named_steps["encode"].fit(frame.iloc[:700])
assert np.array_equal(pipeline.named_steps["encode"].transform(frame), x), "the pipeline's design is explain_german's"

for column, label in (("purpose", "purpose"), ("savings", "savings")):
    pd_result = partial_dependence(pipeline, frame.iloc[700:], [column], categorical_features=[column], kind="average")
    grid = list(pd_result["grid_values"][0])
    print(f"static let {label}Levels: [String] = [" + ", ".join(f'"{g}"' for g in grid) + "]")
    print(f"static let {label}Average: [Double] = {swift_array(pd_result['average'][0])}")
