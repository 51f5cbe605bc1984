"""Reference values for the tests across groups, independent of the library.

- NPS and CSAT: Pearson's chi-square test of homogeneity on the groups x
  categories table, scipy.stats.chi2_contingency(table, correction=False),
  with the expected counts it returns.
- CES: Welch's one-way ANOVA, statsmodels.stats.oneway.anova_oneway(groups,
  use_var='unequal') (with Welch's correction, its default).
- Pairwise: the two-sample tests of compareNps (z on the Wald variances,
  computed here), compareCsat (statsmodels proportions_ztest, pooled) and
  compareCes (scipy ttest_ind(equal_var=False)), with Holm's adjustment,
  statsmodels multipletests(method='holm').

Debian's python3-statsmodels (0.13.5, on scipy 1.10) runs with /usr/bin/python3:

  /usr/bin/python3 scripts/reference/compare-across.py
"""
import itertools
import math

import numpy as np
from scipy import stats
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.oneway import anova_oneway
from statsmodels.stats.proportion import proportions_ztest

NPS = {
    'three channels': [(60, 20, 20), (40, 30, 30), (55, 25, 20)],
    'five small groups': [(3, 1, 1), (1, 1, 2), (5, 0, 1), (2, 2, 2), (0, 1, 4)],
    'no passives anywhere': [(10, 0, 5), (4, 0, 8)],
}
CSAT = {
    'three teams': [(80, 100), (60, 100), (75, 90)],
    'small teams': [(4, 5), (1, 3), (5, 5)],
}
CES = {
    'three queues': [[5, 6, 7, 6, 5], [3, 4, 5, 4], [6, 7, 7, 7, 6, 5]],
    'four regions': [[1, 2, 2, 3, 7, 7], [4, 4, 5, 5, 5, 6, 6, 6], [2, 6], [1, 7, 7, 3, 5]],
}


def nps_z(a, b):
    def wald(c):
        n = sum(c)
        p, d = c[0] / n, c[2] / n
        return (p - d) * 100, (p + d - (p - d) ** 2) / n * 1e4
    s1, v1 = wald(a)
    s2, v2 = wald(b)
    z = (s1 - s2) / math.sqrt(v1 + v2)
    return 2 * stats.norm.sf(abs(z))


def holm(pvalues):
    return list(multipletests(pvalues, method='holm')[1])


def show(name, values):
    print(f'  {name}: [{", ".join(repr(float(v)) for v in values)}],')


if __name__ == '__main__':
    for name, groups in NPS.items():
        table = np.array(groups, dtype=float)
        table = table[:, table.sum(axis=0) > 0]  # a category nobody chose carries no information
        chi2, p, dof, expected = stats.chi2_contingency(table, correction=False)
        pairs = list(itertools.combinations(range(len(groups)), 2))
        raw = [nps_z(groups[i], groups[j]) for i, j in pairs]
        print(f'// NPS, {name}: {groups}')
        print(f'  statistic {float(chi2)!r}, degreesOfFreedom {int(dof)}, pValue {float(p)!r}, smallest expected {float(expected.min())!r}, below 5: {int((expected < 5).sum())} of {expected.size}')
        show('pairwise pValue', raw)
        show('pairwise adjustedPValue', holm(raw))
    for name, groups in CSAT.items():
        table = np.array([(x, n - x) for x, n in groups], dtype=float)
        chi2, p, dof, expected = stats.chi2_contingency(table, correction=False)
        pairs = list(itertools.combinations(range(len(groups)), 2))
        raw = [proportions_ztest([groups[i][0], groups[j][0]], [groups[i][1], groups[j][1]])[1] for i, j in pairs]
        print(f'// CSAT, {name}: {groups}')
        print(f'  statistic {float(chi2)!r}, degreesOfFreedom {int(dof)}, pValue {float(p)!r}, smallest expected {float(expected.min())!r}, below 5: {int((expected < 5).sum())} of {expected.size}')
        show('pairwise pValue', raw)
        show('pairwise adjustedPValue', holm(raw))
    for name, groups in CES.items():
        r = anova_oneway([np.array(g, dtype=float) for g in groups], use_var='unequal')
        pairs = list(itertools.combinations(range(len(groups)), 2))
        raw = [stats.ttest_ind(groups[i], groups[j], equal_var=False).pvalue for i, j in pairs]
        print(f'// CES, {name}: {groups}')
        print(f'  statistic {float(r.statistic)!r}, df {float(r.df[0])!r}, {float(r.df[1])!r}, pValue {float(r.pvalue)!r}')
        show('pairwise pValue', raw)
        show('pairwise adjustedPValue', holm(raw))
