/**
 * Tests across groups against scipy's chi2_contingency(correction=False),
 * statsmodels' anova_oneway(use_var='unequal') and multipletests(method='holm'),
 * from scripts/reference/compare-across.py, quoted as printed.
 */
import { describe, expect, test } from 'vitest';
import { compareCes, compareCesAcross, compareCsat, compareCsatAcross, compareNps, compareNpsAcross, tally } from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

/** |actual − expected| ≤ 1e-12 relative (1e-15 absolute near 0) */
function close(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.max(1e-12 * Math.abs(expected), 1e-15));
}
const counts = ([promoters, passives, detractors]: readonly [number, number, number]) => ({ promoters, passives, detractors });

describe('compareNpsAcross', () => {
  test('three channels: scipy chi2_contingency, and Holm-adjusted pairwise p-values', () => {
    const r = compareNpsAcross({ email: counts([60, 20, 20]), chat: counts([40, 30, 30]), phone: counts([55, 25, 20]) });
    close(r.statistic, 9.050691244239632);
    expect(r.degreesOfFreedom).toBe(4);
    close(r.pValue, 0.05984485469795521);
    expect(r).toMatchObject({ significant: false, confidence: 0.95, method: 'chi-square', groups: ['email', 'chat', 'phone'], warnings: [] });
    expect(r.pairwise.map((p) => [p.a, p.b])).toStrictEqual([['email', 'chat'], ['email', 'phone'], ['chat', 'phone']]);
    [0.009286310233074403, 0.6569590143798869, 0.029403489976589585].forEach((p, i) => { close(r.pairwise[i]!.pValue, p); });
    [0.027858930699223208, 0.6569590143798869, 0.05880697995317917].forEach((p, i) => { close(r.pairwise[i]!.adjustedPValue, p); });
    expect(r.pairwise.map((p) => p.adjustedSignificant)).toStrictEqual([true, false, false]);
  });

  test('each pair is the two-sample comparison of compareNps, with its own significance', () => {
    const groups = [counts([60, 20, 20]), counts([40, 30, 30]), counts([55, 25, 20])];
    const r = compareNpsAcross(groups, { confidence: 0.9 });
    const { a, b, adjustedPValue, adjustedSignificant, ...comparison } = r.pairwise[0]!;
    expect([a, b]).toStrictEqual([0, 1]);
    expect(comparison).toStrictEqual(compareNps(groups[0]!, groups[1]!, { confidence: 0.9 }));
    expect(adjustedSignificant).toBe(adjustedPValue < 0.1);
  });

  test('five small groups: every expected count below 5, and a warning that says so', () => {
    const r = compareNpsAcross([counts([3, 1, 1]), counts([1, 1, 2]), counts([5, 0, 1]), counts([2, 2, 2]), counts([0, 1, 4])]);
    close(r.statistic, 10.723030303030303);
    expect(r.degreesOfFreedom).toBe(8);
    close(r.pValue, 0.21789186716130077);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/^15 of 15 expected counts are below 5 \(the smallest, 0\.769230769230769\d*, for passives in group 1\)/);
    const raw = [0.23523569840588432, 0.5701904174753083, 0.41334986430309273, 0.0026997960632601866, 0.07467062705262197, 0.6383862608182801, 0.22318836187904156, 0.1396493986104293, 3.250931991403159e-5, 0.03445363703947123];
    const holm = [1.0, 1.0, 1.0, 0.02429816456934168, 0.5226943893683538, 1.0, 1.0, 0.8378963916625758, 0.0003250931991403159, 0.2756290963157698];
    raw.forEach((p, i) => { close(r.pairwise[i]!.pValue, p); });
    holm.forEach((p, i) => { close(r.pairwise[i]!.adjustedPValue, p); });
  });

  test('a category no group has is left out of the table (scipy refuses a zero expected count)', () => {
    const r = compareNpsAcross([counts([10, 0, 5]), counts([4, 0, 8])]);
    close(r.statistic, 2.9670329670329676);
    expect(r.degreesOfFreedom).toBe(1);
    close(r.pValue, 0.08497757914833816);
  });

  test('groups whose answers all fall in one category cannot differ: X² = 0, p = 1', () => {
    const r = compareNpsAcross([counts([5, 0, 0]), counts([9, 0, 0])]);
    expect(r).toMatchObject({ statistic: 0, degreesOfFreedom: 0, pValue: 1, significant: false });
    expect(r.warnings).toStrictEqual(['every answer is promoters in every group: the groups cannot differ']);
  });

  test('raw answers and tallies are tested like their counts', () => {
    const raw = [[10, 9, 8, 2, 10], [7, 6, 6, 9], [3, 10, 10, 10, 8, 0]];
    const r = compareNpsAcross(raw);
    const c = compareNpsAcross([counts([3, 1, 1]), counts([1, 1, 2]), counts([3, 1, 2])]);
    expect(r).toStrictEqual(c);
    expect(compareNpsAcross(raw.map((a) => tally(a, { min: 0, max: 10 })))).toStrictEqual(c);
  });
});

describe('compareCsatAcross', () => {
  test('three teams: scipy chi2_contingency and Holm on the pooled two-proportion z-tests', () => {
    const r = compareCsatAcross([{ positive: 80, count: 100 }, { positive: 60, count: 100 }, { positive: 75, count: 90 }]);
    close(r.statistic, 16.186046511627907);
    expect(r.degreesOfFreedom).toBe(2);
    close(r.pValue, 0.0003056642575832678);
    expect(r.significant).toBe(true);
    [0.0020282311484520745, 0.5539827268525551, 0.00039860514372370336].forEach((p, i) => { close(r.pairwise[i]!.pValue, p); });
    [0.004056462296904149, 0.5539827268525551, 0.0011958154311711101].forEach((p, i) => { close(r.pairwise[i]!.adjustedPValue, p); });
  });

  test('small teams: the warning, and Holm\'s step-down keeping adjusted p-values in order', () => {
    const r = compareCsatAcross({ north: { positive: 4, count: 5 }, south: { positive: 1, count: 3 }, east: { positive: 5, count: 5 } });
    close(r.statistic, 4.737777777777778);
    close(r.pValue, 0.09358465147723063);
    expect(r.warnings[0]).toMatch(/^6 of 6 expected counts are below 5/);
    // 0.1869 × 2 = 0.3737 carries over to 0.2918, whose own 0.2918 × 1 is smaller
    [0.37371500532608115, 0.37371500532608115, 0.10504494305898746].forEach((p, i) => { close(r.pairwise[i]!.adjustedPValue, p); });
  });

  test('with two groups X² is the square of compareCsat\'s z, with the same p-value', () => {
    const a = { positive: 80, count: 100 };
    const b = { positive: 60, count: 100 };
    const r = compareCsatAcross([a, b]);
    const z = compareCsat(a, b);
    close(r.statistic, z.statistic ** 2);
    close(r.pValue, z.pValue);
  });

  test('ratings on another scale are read with the options, like csat\'s', () => {
    const scale = { min: 1, max: 7 };
    const r = compareCsatAcross([[7, 6, 5, 1], [7, 7, 6, 6, 2]], { scale });
    expect(r).toStrictEqual(compareCsatAcross([{ positive: 2, count: 4 }, { positive: 4, count: 5 }], { scale }));
    // tallies carry their scale, and the default top-2-box follows it
    expect(compareCsatAcross([tally([7, 6, 5, 1], scale), tally([7, 7, 6, 6, 2], scale)])).toStrictEqual(r);
  });
});

describe('compareCesAcross', () => {
  test('three queues: statsmodels anova_oneway(use_var=\'unequal\') and Holm on Welch\'s t-tests', () => {
    const r = compareCesAcross([[5, 6, 7, 6, 5], [3, 4, 5, 4], [6, 7, 7, 7, 6, 5]]);
    close(r.statistic, 9.340932391672625);
    expect(r.degreesOfFreedom).toBe(2);
    close(r.denominatorDegreesOfFreedom, 7.359430850259322);
    close(r.pValue, 0.009561028639819778);
    expect(r).toMatchObject({ method: 'welch-anova', significant: true, warnings: [] });
    [0.015119453504967384, 0.31630060962298384, 0.0035514808789109133].forEach((p, i) => { close(r.pairwise[i]!.pValue, p); });
    [0.030238907009934767, 0.31630060962298384, 0.01065444263673274].forEach((p, i) => { close(r.pairwise[i]!.adjustedPValue, p); });
  });

  test('four regions of unequal size and spread', () => {
    const groups = { n: [1, 2, 2, 3, 7, 7], s: [4, 4, 5, 5, 5, 6, 6, 6], e: [2, 6], w: [1, 7, 7, 3, 5] };
    const r = compareCesAcross(groups);
    close(r.statistic, 0.5016205257519436);
    expect(r.degreesOfFreedom).toBe(3);
    close(r.denominatorDegreesOfFreedom, 3.665663584593134);
    close(r.pValue, 0.702970181100445);
    [0.24438310429157484, 0.8994453441960507, 0.5728290381082928, 0.6735497948573141, 0.6825819158828887, 0.8228198609949419].forEach((p, i) => { close(r.pairwise[i]!.pValue, p); },
    );
    expect(r.pairwise.every((p) => p.adjustedPValue === 1)).toBe(true);
  });

  test('counts { sum, sumOfSquares, count } give the test of the ratings behind them', () => {
    const ratings = [[5, 6, 7, 6, 5], [3, 4, 5, 4], [6, 7, 7, 7, 6, 5]];
    const moments = ratings.map((g) => ({ sum: g.reduce((s, x) => s + x, 0), sumOfSquares: g.reduce((s, x) => s + x * x, 0), count: g.length }));
    const r = compareCesAcross(moments);
    close(r.statistic, 9.340932391672625);
    close(r.pValue, 0.009561028639819778);
  });

  test('with two groups F is the square of Welch\'s t, on its degrees of freedom', () => {
    const a = [5, 6, 7, 6, 5];
    const b = [3, 4, 5, 4];
    const r = compareCesAcross([a, b]);
    const t = compareCes(a, b);
    close(r.statistic, t.statistic ** 2);
    close(r.denominatorDegreesOfFreedom, t.degreesOfFreedom);
    close(r.pValue, t.pValue);
    expect(r.pairwise[0]).toMatchObject(t);
  });

  test('a group without spread has its mean taken as known, the limit of Welch\'s weights, with a warning', () => {
    // with two groups the limit is Welch's t with one variance 0: t² = (6 − 4)² / (s² / n) = 4 / (1 / 3), ν = n − 1 = 2
    const r = compareCesAcross({ unanimous: [6, 6, 6], mixed: [3, 4, 5] });
    close(r.statistic, 12);
    close(r.denominatorDegreesOfFreedom, 2);
    close(r.pValue, compareCes([6, 6, 6], [3, 4, 5]).pValue);
    expect(r.warnings).toStrictEqual(['group "unanimous" has no spread (every answer 6): its mean is taken as known exactly']);
  });

  test('two groups without spread and different means leave the test undefined; all alike, no difference at all', () => {
    const e = metricErrorOf(() => compareCesAcross([[6, 6], [4, 4], [3, 5]]));
    expect(e.code).toBe('EMPTY_INPUT');
    expect(e.message).toBe(
      'compareCesAcross: group 0 and group 1 have no spread and different means, which leaves the test undefined (an F of +∞); it needs spread in all but one group',
    );
    expect(compareCesAcross([[6, 6], [6, 6, 6]])).toMatchObject({ statistic: 0, pValue: 1, significant: false });
  });
});

describe('bad input', () => {
  test('fewer than two groups is EMPTY_INPUT', () => {
    expect(metricErrorOf(() => compareNpsAcross([counts([1, 2, 3])])).code).toBe('EMPTY_INPUT');
    expect(metricErrorOf(() => compareCsatAcross({})).message).toBe('compareCsatAcross: needs at least two groups to compare, got 0');
  });

  test('a hole in an array of groups is a missing group, named by its index', () => {
    // eslint-disable-next-line no-sparse-arrays
    const e = metricErrorOf(() => compareCsatAcross([{ positive: 80, count: 100 }, { positive: 60, count: 100 }, ,] as never));
    expect(e.code).toBe('INVALID_TYPE');
    expect(e.message).toMatch(/^compareCsatAcross: group 2: /);
    // eslint-disable-next-line no-sparse-arrays
    expect(metricErrorOf(() => compareNpsAcross([, , ,] as never)).message).toMatch(/^compareNpsAcross: group 0: /);
  });

  test('a pair whose two-sample test is undefined is named by the test across groups', () => {
    const e = metricErrorOf(() => compareNpsAcross([[0], [7], [9, 3]]));
    expect(e.code).toBe('EMPTY_INPUT');
    expect(e.details).toStrictEqual({ fn: 'compareNpsAcross' });
    expect(e.message).toBe(
      'compareNpsAcross: group 0 against group 1: neither sample varies (scores -100 and 0), so the standard error of their difference is 0 and the test is undefined; it needs spread in at least one sample',
    );
  });

  test('a group without answers is EMPTY_INPUT, naming the group', () => {
    const e = metricErrorOf(() => compareNpsAcross({ email: [10, 9], chat: [] }));
    expect(e.code).toBe('EMPTY_INPUT');
    expect(e.message).toBe('compareNpsAcross: group "chat": no answers');
    expect(metricErrorOf(() => compareCsatAcross([{ positive: 0, count: 0 }, { positive: 1, count: 2 }])).message).toBe('compareCsatAcross: group 0: no answers');
  });

  test('a bad answer is reported with its group and its index', () => {
    const e = metricErrorOf(() => compareNpsAcross({ email: [10, 9], chat: [10, 11] }));
    expect(e.code).toBe('OUT_OF_RANGE');
    expect(e.details).toStrictEqual({ fn: 'compareNpsAcross', index: 1 });
    expect(e.message).toMatch(/^compareNpsAcross: group "chat": /);
    expect(metricErrorOf(() => compareCsatAcross([{ positive: 1.5, count: 3 }, { positive: 1, count: 2 }])).code).toBe('NOT_INTEGER');
  });

  test('groups on different scales are SCALE_MISMATCH', () => {
    const e = metricErrorOf(() => compareCesAcross([tally([5, 6, 7], { min: 1, max: 7 }), tally([3, 4, 5], { min: 1, max: 5 })]));
    expect(e.code).toBe('SCALE_MISMATCH');
    expect(e.message).toBe('compareCesAcross: group 0 is on the scale 1–7, group 1 on 1–5; compare groups of one question');
  });

  test('groups that are neither an array nor an object are INVALID_TYPE', () => {
    expect(metricErrorOf(() => compareNpsAcross(null as never)).code).toBe('INVALID_TYPE');
    expect(metricErrorOf(() => compareNpsAcross(new Uint8Array([10, 9]) as never)).message).toMatch(/one group's answers/);
    expect(metricErrorOf(() => compareNpsAcross(new Map() as never)).message).toMatch(/Object\.fromEntries/);
  });

  test('unknown options, weights and a bad confidence are INVALID_OPTION', () => {
    const groups = [counts([1, 2, 3]), counts([3, 2, 1])];
    expect(metricErrorOf(() => compareNpsAcross(groups, { confidense: 0.9 } as never)).code).toBe('INVALID_OPTION');
    expect(metricErrorOf(() => compareCsatAcross([[5], [4]], { weights: [1] } as never)).code).toBe('INVALID_OPTION');
    expect(metricErrorOf(() => compareCesAcross([[5, 4], [4, 3]], { confidence: 95 })).code).toBe('INVALID_OPTION');
  });

  test('a CES group with one answer, or counts without sumOfSquares, cannot give a spread', () => {
    expect(metricErrorOf(() => compareCesAcross([[5], [4, 3]])).code).toBe('EMPTY_INPUT');
    expect(metricErrorOf(() => compareCesAcross([{ sum: 10, count: 2 }, [4, 3]])).code).toBe('INVALID_COUNTS');
  });

  test('two groups without spread sharing a mean, beside others, leave the weights undefined', () => {
    const e = metricErrorOf(() => compareCesAcross({ a: [6, 6], b: [6, 6, 6], c: [3, 5] }));
    expect(e.code).toBe('EMPTY_INPUT');
    expect(e.message).toMatch(/group "a" and group "b" have no spread and the same mean/);
  });
});
