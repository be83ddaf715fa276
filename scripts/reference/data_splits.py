"""Reference splits from scikit-learn for FairKit's DataSplit, KFold and StratifiedKFold
(Tests/FairKitTests/Data/SplitTests.swift).

Derives:
  - KFold(n_splits=5) and StratifiedKFold(n_splits=3) test folds without shuffling, which FairKit
    must reproduce index for index (no random numbers are involved);
  - with shuffling, the fold sizes and per-class counts (the order differs: scikit-learn draws
    from numpy's generator, FairKit from SeededGenerator);
  - train_test_split / StratifiedShuffleSplit sizes and per-class test counts, including a case
    where the proportional allocation must round.

Run: /opt/refvenv/bin/python scripts/reference/data_splits.py
"""
import numpy as np
from sklearn.model_selection import KFold, StratifiedKFold, StratifiedShuffleSplit, ShuffleSplit

print("KFold(5), n=12, test folds:", [t.tolist() for _, t in KFold(5).split(np.zeros(12))])
print("KFold(5, shuffle), n=12, fold sizes:",
      [len(t) for _, t in KFold(5, shuffle=True, random_state=0).split(np.zeros(12))])

y = np.array([1, 0, 0, 1, 1, 0, 1, 1, 0, 1, 2, 2, 1, 0, 1])
print("StratifiedKFold(3), y =", y.tolist())
for train, test in StratifiedKFold(3).split(np.zeros(len(y)), y):
    print("  test", test.tolist(), "train", train.tolist())
for _, test in StratifiedKFold(3, shuffle=True, random_state=0).split(np.zeros(len(y)), y):
    print("  shuffled: test size", len(test), "class counts", np.bincount(y[test], minlength=3).tolist())

for n, test_size in [(1000, 0.3), (10, 0.25), (7, 0.5)]:
    tr, te = next(ShuffleSplit(1, test_size=test_size, random_state=0).split(np.zeros(n)))
    print(f"ShuffleSplit n={n} test_size={test_size}: train {len(tr)} test {len(te)}")

# 7 ones and 3 zeros, test_size 0.25: n_test = ceil(2.5) = 3, n_train = 7.
y2 = np.array([1] * 7 + [0] * 3)
tr, te = next(StratifiedShuffleSplit(1, test_size=0.25, random_state=0).split(np.zeros(10), y2))
print("StratifiedShuffleSplit 7x1 3x0, 0.25: train counts", np.bincount(y2[tr]).tolist(),
      "test counts", np.bincount(y2[te]).tolist())
# German-like: 700 ones, 300 zeros, test 0.3.
y3 = np.array([1] * 700 + [0] * 300)
tr, te = next(StratifiedShuffleSplit(1, test_size=0.3, random_state=0).split(np.zeros(1000), y3))
print("StratifiedShuffleSplit 700/300, 0.3: test counts", np.bincount(y3[te]).tolist())
# Three classes 50/30/20 with 33 test rows: continuous train shares 67·(0.5, 0.3, 0.2) = 33.5, 20.1, 13.4.
y4 = np.array([0] * 50 + [1] * 30 + [2] * 20)
tr, te = next(StratifiedShuffleSplit(1, test_size=33, random_state=0).split(np.zeros(100), y4))
print("StratifiedShuffleSplit 50/30/20, test 33: train counts", np.bincount(y4[tr]).tolist(),
      "test counts", np.bincount(y4[te]).tolist())
