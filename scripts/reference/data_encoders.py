"""Reference values for FairKit's encoders (Tests/FairKitTests/Data/EncoderTests.swift).

Derives, with pandas and scikit-learn on a five-row table:
  - pandas.get_dummies(df, columns=[categoricals], prefix_sep="=") column order, names, values
    (AIF360's StandardDataset encodes features this way);
  - scikit-learn OneHotEncoder categories_ and handle_unknown="ignore" rows;
  - scikit-learn OrdinalEncoder codes;
  - scikit-learn StandardScaler mean_, scale_ and transformed values, without and with
    sample_weight, and scale_ of a constant column.

Run: /opt/refvenv/bin/python scripts/reference/data_encoders.py
"""
import numpy as np
import pandas as pd
from sklearn.preprocessing import OneHotEncoder, OrdinalEncoder, StandardScaler

df = pd.DataFrame({
    "age": [30.0, 45.0, 22.0, 60.0, 38.0],
    "sex": ["M", "F", "F", "M", "F"],
    "employed": [True, False, True, True, False],
    "color": ["red", "Blue", "green", "red", "blue"],
})
dummies = pd.get_dummies(df, columns=["sex", "color"], prefix_sep="=")
print("get_dummies columns:", list(dummies.columns))
print("get_dummies rows:")
print(dummies.astype(float).values.tolist())

ohe = OneHotEncoder(handle_unknown="ignore").fit(df[["sex", "color"]])
print("OneHotEncoder categories_:", [list(c) for c in ohe.categories_])
test = pd.DataFrame({"sex": ["F", "X"], "color": ["purple", "green"]})
print("OneHotEncoder ignore on", test.values.tolist(), "->", ohe.transform(test).toarray().tolist())

ord_enc = OrdinalEncoder().fit(df[["sex", "color"]])
print("OrdinalEncoder codes:", ord_enc.transform(df[["sex", "color"]]).tolist())

x = df[["age"]].values
sc = StandardScaler().fit(x)
print("StandardScaler mean_, scale_:", sc.mean_.tolist(), sc.scale_.tolist())
print("StandardScaler transform:", sc.transform(x).ravel().tolist())
w = np.array([1.0, 2.0, 0.5, 1.0, 3.0])
scw = StandardScaler().fit(x, sample_weight=w)
print("weighted mean_, scale_:", scw.mean_.tolist(), scw.scale_.tolist())
const = np.array([[0.1], [0.1], [0.1]])
scc = StandardScaler().fit(const)
print("constant 0.1 column: var_", scc.var_.tolist(), "scale_", scc.scale_.tolist(),
      "transform", scc.transform(const).ravel().tolist())
