"""Reference numbers for FairKit's drift measures (KolmogorovSmirnov, PopulationStabilityIndex).

Embedded in Tests/FairKitTests/Metrics/DriftTests.swift (testKolmogorovSmirnovAgreesWithScipy,
testPopulationStabilityIndexAgreesWithNumpy). Run: /opt/refvenv/bin/python scripts/reference/drift_ks.py

The samples are fixed formulas (no random numbers): baseline x_i = (i * 37) % 101 / 10, i < 200;
the drifted batch (i * 53) % 97 / 10 + 3, i < 150; the unchanged batch the baseline's formula for
i = 100 ..< 300. ks_2samp's p-value (default method) is printed beside the asymptotic one FairKit
computes, to show how far they are apart.
"""
import numpy as np
from scipy import stats

baseline = np.array([(i * 37) % 101 / 10 for i in range(200)])
drifted = np.array([(i * 53) % 97 / 10 + 3 for i in range(150)])
same = np.array([(i * 37) % 101 / 10 for i in range(100, 300)])

for name, batch in [("drifted", drifted), ("same", same)]:
    r = stats.ks_2samp(baseline, batch)
    n, m = len(baseline), len(batch)
    z = np.sqrt(n * m / (n + m)) * r.statistic
    print(f"{name}: D = {r.statistic!r}, kstwobign p = {stats.kstwobign.sf(z)!r}, ks_2samp p (default method) = {r.pvalue!r}")
    # PSI with the same binning: deciles by numpy's linear interpolation, bins (a, b].
    cuts = np.unique(np.quantile(baseline, np.arange(1, 10) / 10))
    p = np.bincount(np.searchsorted(cuts, baseline, side="left"), minlength=len(cuts) + 1) / n
    q = np.bincount(np.searchsorted(cuts, batch, side="left"), minlength=len(cuts) + 1) / m
    p, q = np.maximum(p, 1e-4), np.maximum(q, 1e-4)
    print(f"{name}: PSI = {float(np.sum((q - p) * np.log(q / p)))!r}")
