/**
 * Counts as a database returns them: tallyRows from (value, count) rows,
 * pairs and Maps, BigInt counts wherever counts are taken, and frequencies
 * (counts per raw response) apart from survey weights.
 */
import { describe, expect, test } from 'vitest';
import {
  averageFirstResponseTime,
  cesInterval,
  cesSummary,
  channelShares,
  churnRate,
  csat,
  csatInterval,
  customerRetentionRate,
  nps,
  npsInterval,
  npsSummary,
  slaComplianceRate,
  tally,
  tallyRows,
} from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

const NPS = { min: 0, max: 10 };
const FIVE = { min: 1, max: 5 };

describe('tallyRows: a tally from counted values', () => {
  test('row objects with named value and count columns, a point without a row counting 0', () => {
    const rows = [{ score: 10, n: 3 }, { score: 7, n: 1 }, { score: 2, n: 1 }];
    expect(tallyRows(rows, { scale: NPS, value: 'score', count: 'n' })).toStrictEqual({ scale: NPS, counts: [0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 3] });
  });

  test('the columns are value and count unless named', () => {
    expect(tallyRows([{ value: 5, count: 2 }, { value: 1, count: 4 }], { scale: FIVE })).toStrictEqual({ scale: FIVE, counts: [4, 0, 0, 0, 2] });
  });

  test('[value, count] pairs, and a Map of value → count', () => {
    expect(tallyRows([[5, 2], [4, 1]], { scale: FIVE }).counts).toStrictEqual([0, 0, 0, 1, 2]);
    expect(tallyRows(new Map([[1, 4], [3, 1]]), { scale: { min: 1, max: 3 } }).counts).toStrictEqual([4, 0, 1]);
  });

  test('a value that comes in two rows adds up; an iterable of rows is read once', () => {
    function* rows() {
      yield [3, 2] as const;
      yield [3, 5] as const;
      yield [1, 1] as const;
    }
    expect(tallyRows(rows(), { scale: FIVE }).counts).toStrictEqual([1, 0, 7, 0, 0]);
  });

  test('no rows give a tally of zeros', () => {
    expect(tallyRows([], { scale: { min: 1, max: 3 } }).counts).toStrictEqual([0, 0, 0]);
  });

  test('BigInt counts (DuckDB count(*)) are read exactly, up to 2^53 − 1', () => {
    expect(tallyRows([{ value: 2, count: 9007199254740991n }], { scale: { min: 1, max: 2 } }).counts).toStrictEqual([0, 9007199254740991]);
    expect(tallyRows([[1, 3n], [2, 4n]], { scale: { min: 1, max: 2 } }).counts).toStrictEqual([3, 4]);
    // a BIGINT value column is a point of the scale like a number
    expect(tallyRows([[2n, 1n]], { scale: { min: 1, max: 2 } }).counts).toStrictEqual([0, 1]);
  });

  test('the same answers as tally of the answers written out', () => {
    const answers = [10, 10, 9, 7, 3, 3, 3, 0];
    expect(tallyRows([[10, 2], [9, 1], [7, 1], [3, 3], [0, 1]], { scale: NPS })).toStrictEqual(tally(answers, NPS));
  });
});

describe('tallyRows: bad rows throw a MetricError naming the function, the value and the row', () => {
  test.each([
    ['a row without its value column', [{ value: 1, count: 2 }, { score: 3, count: 1 }], {}, 'INVALID_TYPE', 1, 'tallyRows: rows[1] has no value column "value"; its columns: score, count'],
    ['a row without its count column', [{ score: 3 }], { value: 'score' }, 'INVALID_COUNTS', 0, 'tallyRows: rows[0] has no count column "count"; its columns: score'],
    ['a negative count', [{ value: 1, count: 1 }, { value: 2, count: -2 }], {}, 'INVALID_COUNTS', 1, 'tallyRows: rows[1].count -2 is negative'],
    ['a negative BigInt count', [[1, -2n]], {}, 'INVALID_COUNTS', 0, 'tallyRows: rows[0][1] -2 is negative'],
    ['a fractional count', [[1, 2.5]], {}, 'NOT_INTEGER', 0, 'tallyRows: rows[0][1] 2.5 is not a whole number'],
    ['a BigInt count of 2^53', [[1, 1n], [2, 9007199254740992n]], {}, 'OUT_OF_RANGE', 1, 'tallyRows: rows[1][1] 9007199254740992n is beyond 2^53 − 1, the largest exact count'],
    ['a value off the scale', [{ value: 6, count: 1 }], {}, 'OUT_OF_RANGE', 0, 'tallyRows: rows[0].value 6 is not a point of the scale 1–5'],
    ['a fractional value', [[2.5, 1]], {}, 'NOT_INTEGER', 0, 'tallyRows: rows[0][0] 2.5 is not a point of the scale 1–5'],
    ['a value that is text', [{ value: '5', count: 1 }], {}, 'INVALID_TYPE', 0, 'tallyRows: rows[0].value "5" is not a point of the scale 1–5'],
    ['a row that is a number', [[1, 1], 7], {}, 'INVALID_TYPE', 1, 'tallyRows: rows[1] is a number; pass objects { value, count }, [value, count] pairs or a Map'],
    ['a pair of three', [[1, 1, 1]], {}, 'INVALID_TYPE', 0, 'tallyRows: rows[0] is a list of 3; a pair is [value, count]'],
  ] as const)('%s', (_name, rows, columns, code, index, message) => {
    const e = metricErrorOf(() => tallyRows(rows as never, { scale: FIVE, ...columns }));
    expect([e.code, e.details, e.message]).toStrictEqual([code, { fn: 'tallyRows', index }, message]);
  });

  test('a Map entry names its position', () => {
    const e = metricErrorOf(() => tallyRows(new Map([[1, 2], [9, 1]]), { scale: FIVE }));
    expect([e.code, e.details.index, e.message]).toStrictEqual(['OUT_OF_RANGE', 1, 'tallyRows: the value of Map entry 1 9 is not a point of the scale 1–5']);
  });

  test('counts adding up to more than 2^53 − 1 are OUT_OF_RANGE', () => {
    expect(metricErrorOf(() => tallyRows([[1, 2 ** 52], [2, 2 ** 52]], { scale: FIVE })).code).toBe('OUT_OF_RANGE');
  });

  test('options: the scale is required, columns are names, unknown options and columns for a Map or pairs are refused', () => {
    const refused = (rows: unknown, options: unknown) => {
      const e = metricErrorOf(() => tallyRows(rows as never, options as never));
      return [e.code, e.message];
    };
    expect(refused([], undefined)).toStrictEqual(['INVALID_OPTION', 'tallyRows: option scale is missing; give the scale of the values, e.g. { min: 0, max: 10 }']);
    expect(refused([], { scale: FIVE, value: '' })).toStrictEqual(['INVALID_OPTION', 'tallyRows: option value must be the name of a column, got ""']);
    expect(refused([], { scale: FIVE, count: 5 })).toStrictEqual(['INVALID_OPTION', 'tallyRows: option count must be the name of a column, got 5']);
    expect(refused([], { scale: FIVE, colum: 'n' })).toStrictEqual(['INVALID_OPTION', 'tallyRows: unknown option "colum"; known options: scale, value, count']);
    expect(refused(new Map([[1, 1]]), { scale: FIVE, count: 'n' })).toStrictEqual([
      'INVALID_OPTION',
      'tallyRows: options value and count name the columns of row objects; a Map has none',
    ]);
    expect(refused([[1, 1]], { scale: FIVE, count: 'n' })).toStrictEqual([
      'INVALID_OPTION',
      'tallyRows: options value and count name the columns of row objects; rows[0] is a pair [value, count]',
    ]);
    expect(refused([], { scale: { min: 5, max: 1 } })).toStrictEqual(['INVALID_OPTION', 'tallyRows: option scale 5–1 is empty or has one point; max must be greater than min']);
  });

  test('an object that is not a list or a Map is refused', () => {
    expect(metricErrorOf(() => tallyRows({ 1: 3 } as never, { scale: FIVE })).code).toBe('INVALID_TYPE');
  });
});

describe('BigInt counts wherever counts are taken', () => {
  test('NPS, CSAT and CES counts, SLA counts, time totals, retention counts, channel counts', () => {
    expect(nps({ promoters: 70n, passives: 20n, detractors: 10n })).toBe(60);
    expect(npsSummary({ scale: NPS, counts: [1n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 3n] }).count).toBe(4);
    expect(csat({ positive: 8n, count: 10n })).toBe(80);
    // a SUM of integers comes back as a BigInt too
    expect(cesSummary({ sum: 52n, count: 10n }, { scale: { min: 1, max: 7 } }).mean).toBe(5.2);
    expect(slaComplianceRate({ met: 9n, measured: 10n })).toBe(90);
    expect(averageFirstResponseTime({ sum: 600n, count: 2n })).toBe(300);
    expect(customerRetentionRate({ start: 200n, end: 200n, acquired: 20n })).toBe(90);
    expect(churnRate({ start: 250n, lost: 20n })).toBe(8);
    expect(channelShares(new Map([['chat', 1n], ['email', 3n]])).channels).toStrictEqual({ chat: { count: 1, share: 25 }, email: { count: 3, share: 75 } });
  });

  test('2^53 − 1 is read exactly; 2^53 is OUT_OF_RANGE, never a rounded count', () => {
    expect(npsSummary({ promoters: 9007199254740991n, passives: 0n, detractors: 0n }).promoters).toBe(9007199254740991);
    const e = metricErrorOf(() => nps({ promoters: 9007199254740992n, passives: 0n, detractors: 0n }));
    expect([e.code, e.message]).toStrictEqual([
      'OUT_OF_RANGE',
      'nps: counts.promoters 9007199254740992n is beyond 2^53 − 1, the largest exact count',
    ]);
    expect(metricErrorOf(() => csat({ positive: 1n, count: 2n ** 64n })).code).toBe('OUT_OF_RANGE');
  });

  test('a negative BigInt count is INVALID_COUNTS', () => {
    expect(metricErrorOf(() => slaComplianceRate({ met: -1n, measured: 10n })).code).toBe('INVALID_COUNTS');
  });
});

describe('frequencies: counts per raw response, not weights', () => {
  // 500 promoters (9), 250 passives (7), 250 detractors (3): n = 1,000 and NPS = (500 − 250) / 1000 × 100 = 25
  const scores = [9, 7, 3];
  const counts = [500, 250, 250];

  test('the score and the number of answers are those of the answers written out', () => {
    expect(nps(scores, { frequencies: counts })).toBe(25);
    expect(npsSummary(scores, { frequencies: counts })).toStrictEqual({
      score: 25,
      count: 1000,
      promoters: 500,
      passives: 250,
      detractors: 250,
      promoterShare: 50,
      passiveShare: 25,
      detractorShare: 25,
    });
  });

  test('the interval uses n = Σ counts: Wald ±1.959964 × √((0.5 + 0.25 − 0.25²) / 1000) × 100 = ±5.139069', () => {
    const i = npsInterval(scores, { frequencies: counts, method: 'wald' });
    expect(i.count).toBe(1000);
    expect(i.lower).toBeCloseTo(19.860931, 5);
    expect(i.upper).toBeCloseTo(30.139069, 5);
  });

  test('weights are not frequencies: the same numbers as weights give an effective n of (Σw)² / Σw² = 2.67, and a far wider interval', () => {
    const weighted = npsInterval(scores, { weights: counts, method: 'wald' });
    // Kish: 1000² / (500² + 250² + 250²) = 1e6 / 375000
    expect(weighted.effectiveSize).toBeCloseTo(8 / 3, 12);
    expect(weighted.upper - weighted.lower).toBeGreaterThan(50);
  });

  test('BigInt frequencies give the same results as numbers, and the same as the expanded answers', () => {
    const expanded = [...Array<number>(500).fill(9), ...Array<number>(250).fill(7), ...Array<number>(250).fill(3)];
    expect(npsInterval(scores, { frequencies: [500n, 250n, 250n] })).toStrictEqual(npsInterval(scores, { frequencies: counts }));
    expect(npsInterval(scores, { frequencies: counts })).toStrictEqual(npsInterval(expanded));
    const ratings = [5, 4, 2];
    const many = [...Array<number>(30).fill(5), ...Array<number>(12).fill(4), ...Array<number>(8).fill(2)];
    expect(csatInterval(ratings, { frequencies: [30, 12, 8] })).toStrictEqual(csatInterval(many));
    expect(cesInterval(ratings, { scale: FIVE, frequencies: [30n, 12n, 8n] })).toStrictEqual(cesInterval(many, { scale: FIVE }));
  });

  test('a frequency of 0 leaves its response out; a response may come twice', () => {
    expect(nps([10, 0, 10], { frequencies: [1, 0, 2] })).toBe(100);
  });

  test.each([
    ['a negative frequency', [9, 3], { frequencies: [1, -1] }, 'INVALID_COUNTS', 1, 'nps: frequencies[1] -1 is negative'],
    ['a fractional frequency', [9, 3], { frequencies: [1.5, 1] }, 'NOT_INTEGER', 0, 'nps: frequencies[0] 1.5 is not a whole number'],
    ['a response off the scale', [9, 11], { frequencies: [1, 1] }, 'OUT_OF_RANGE', 1, 'nps: responses[1] 11 is not a point of the scale 0–10'],
  ] as const)('%s names the index', (_name, responses, options, code, index, message) => {
    const e = metricErrorOf(() => nps(responses, options));
    expect([e.code, e.details, e.message]).toStrictEqual([code, { fn: 'nps', index }, message]);
  });

  test('one count per response, a list, not with weights, not with a tally or counts', () => {
    expect(metricErrorOf(() => nps([9, 3], { frequencies: [1] })).code).toBe('INVALID_COUNTS');
    expect(metricErrorOf(() => nps([9, 3], { frequencies: 2 as never })).code).toBe('INVALID_OPTION');
    expect(metricErrorOf(() => nps([9, 3], { frequencies: [1, 1], weights: [1, 1] })).code).toBe('INVALID_OPTION');
    expect(metricErrorOf(() => nps({ promoters: 1, passives: 0, detractors: 0 }, { frequencies: [1] })).code).toBe('INVALID_OPTION');
    expect(metricErrorOf(() => csat(tally([5], FIVE), { frequencies: [1] })).code).toBe('INVALID_OPTION');
  });
});
