"""Reference values for ExplainRequestDiceTests: DiCE 0.12's (dice-ml) median absolute deviations
of German Credit's numeric columns over all 1,000 rows, the scale of its continuous proximity
|c - x| / MAD (a MAD of 0 counts as 1, as DiCE's get_valid_mads sets it).

FairKit's counterfactual distance is the same per-column term, averaged over every source column
(numeric and categorical together: a changed category counts 1); DiCE reports the continuous and
categorical proximities separately, each averaged over its own columns. The test checks the
numeric term with these MADs.

Run from the repository root: /opt/refvenv/bin/python scripts/reference/explain_dice_mad.py
"""
import sys
import warnings

import dice_ml
import pandas as pd

sys.path.insert(0, "scripts/reference")
from raw_datasets import GERMAN_COLUMNS, read_german  # noqa: E402

warnings.simplefilter("ignore")
NUMERIC = ["month", "credit_amount", "investment_as_income_percentage", "residence_since", "age",
           "number_of_credits", "people_liable_for"]
frame = read_german()[GERMAN_COLUMNS]
data = dice_ml.Data(dataframe=frame, continuous_features=NUMERIC, outcome_name="credit")
mads = data.get_valid_mads(normalized=False, display_warnings=False, return_mads=True)
print("static let mads: [String: Double] = [" + ", ".join(f'"{c}": {float(mads[c])!r}' for c in NUMERIC) + "]")
