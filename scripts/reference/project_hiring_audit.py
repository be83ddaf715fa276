"""Reference figures for the hiring-audit project's step suites (Tests/ProjectSuites/hiring-audit: GroupRatesSuite,
IntersectionsSuite, PotentialImpactSuite), from the raw Adult files with pandas, never from FairKit.

Adult stands in for a historical resume-screening dataset: the label ">50K" plays "advanced to interview". Derives,
on the combined 48,842 rows:
  - the share advanced by sex and by race (counts), and each group's ratio and difference to the reference group
    (Male; White);
  - the share advanced by sex x race, with the counts of each cell;
  - the shortfall of each group against the reference rate: (reference rate - group rate) * group rows, floored at 0.

Run from the repository root: /opt/refvenv/bin/python scripts/reference/project_hiring_audit.py
"""
import pandas as pd

from raw_datasets import read_adult

train, test = read_adult()
adult = pd.concat([train, test])
adult["advanced"] = (adult["income-per-year"] == ">50K").astype(int)
print("rows", len(adult), "advanced", int(adult.advanced.sum()))

for column, reference in [("sex", "Male"), ("race", "White")]:
    counts = adult.groupby(column).advanced.agg(["sum", "count"])
    ref_rate = counts.loc[reference, "sum"] / counts.loc[reference, "count"]
    print(column, counts.to_dict("index"))
    for group, row in counts.iterrows():
        rate = row["sum"] / row["count"]
        print(f"  {group}: rate {rate!r} ratio {rate / ref_rate!r} difference {rate - ref_rate!r} "
              f"shortfall {max(0.0, (ref_rate - rate) * row['count'])!r}")

cells = adult.groupby(["sex", "race"]).advanced.agg(["sum", "count"])
print("sex x race", {f"{s} & {r}": (int(v["sum"]), int(v["count"])) for (s, r), v in cells.iterrows()})
