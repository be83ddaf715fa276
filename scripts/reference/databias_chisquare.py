"""Reference values for FairKit's chi-square machinery (Tests/FairKitTests/Numerics/ChiSquareTests, and in
Tests/FairKitTests/Metrics/DataBias/ the goodness-of-fit and independence cases of RepresentationTests and AssociationTests).

Derives, with scipy:
  - the regularized upper incomplete gamma Q(a, x) = scipy.special.gammaincc(a, x) on a grid of a and x, both sides of
    x = a + 1 (where FairKit switches from the series to the continued fraction) and deep in the tail;
  - the chi-square survival function scipy.stats.chi2.sf(x, df);
  - scipy.stats.chisquare(f_obs, f_exp) for the goodness-of-fit cases of the tests;
  - scipy.stats.chi2_contingency(table, correction=False) for the independence cases of the tests.

Run from the repository root: /opt/refvenv/bin/python scripts/reference/databias_chisquare.py
"""
from scipy import special, stats

print("// Q(a, x): (a, x, gammaincc)")
for a in [0.5, 1.0, 2.5, 10.0, 50.0, 500.0]:
    for x in [0.01, 0.5 * a, a + 0.5, a + 1.5, 2.0 * a + 5.0, 10.0 * a + 30.0]:
        print("(%r, %r, %r)," % (a, x, float(special.gammaincc(a, x))))

print("// chi2.sf: (x, df, sf)")
for x, df in [(3.841458820694124, 1), (14.44, 1), (0.5, 3), (10.0, 4), (100.0, 10), (1000.0, 800), (300.0, 2), (1e-9, 7)]:
    print("(%r, %r, %r)," % (x, df, float(stats.chi2.sf(x, df))))

print("// chisquare goodness of fit")
for obs, shares in [([31, 69], [0.5, 0.5]), ([10, 20, 30, 40], [0.1, 0.2, 0.3, 0.4]), ([5, 0, 15], [0.2, 0.3, 0.5]),
                    ([310, 690], [0.508, 0.492])]:
    n = sum(obs)
    r = stats.chisquare(obs, [n * s for s in shares])
    print(obs, shares, "statistic %r p %r" % (float(r.statistic), float(r.pvalue)))

print("// chi2_contingency(correction=False)")
for table in [[[10, 20], [30, 40]], [[1, 2, 3], [4, 5, 6], [7, 8, 10]]]:
    r = stats.chi2_contingency(table, correction=False)
    print(table, "statistic %r dof %r p %r" % (float(r.statistic), int(r.dof), float(r.pvalue)))
