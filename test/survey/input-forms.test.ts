import { describe, expect, test } from 'vitest';
import {
  ces,
  cesInterval,
  cesSummary,
  compareCsat,
  csat,
  csatInterval,
  csatSummary,
  nps,
  npsInterval,
  npsSampleSize,
  npsSummary,
  tally,
} from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

/** The one input pipeline, seen from the survey scores. */
describe('survey scores read every accepted form the same way', () => {
  const answers = [10, 9, 9, 8, 7, 6, 3, 10];

  test('a Set, a generator and an iterator give the same NPS as the array (2 of 8 promoters net: 25)', () => {
    function* generate(): Generator<number> {
      yield* answers;
    }
    expect(nps(answers)).toBe(25);
    expect(nps(generate())).toBe(25);
    expect(nps(answers.values())).toBe(25);
    // a Set keeps one of each answer: 10, 9, 8, 7, 6, 3 → 2 promoters, 2 detractors of 6
    expect(nps(new Set(answers))).toBe(0);
  });

  test('iterables work for CSAT, CES, their summaries, intervals and tallies', () => {
    const ratings = [5, 4, 3, 5, 2];
    const again = () => ratings.values();
    expect(csat(again())).toBe(60);
    expect(csatSummary(again())).toStrictEqual(csatSummary(ratings));
    expect(ces(again(), { scale: { min: 1, max: 5 } })).toBe(19 / 5);
    expect(cesSummary(again(), { scale: { min: 1, max: 5 } })).toStrictEqual(cesSummary(ratings, { scale: { min: 1, max: 5 } }));
    expect(csatInterval(again())).toStrictEqual(csatInterval(ratings));
    expect(cesInterval(again(), { scale: { min: 1, max: 5 } })).toStrictEqual(cesInterval(ratings, { scale: { min: 1, max: 5 } }));
    expect(tally(again(), { min: 1, max: 5 })).toStrictEqual({ scale: { min: 1, max: 5 }, counts: [0, 1, 1, 1, 2] });
  });

  test('a bad answer in an iterable is reported with its index in iteration order', () => {
    const e = metricErrorOf(() => nps(new Set([10, 11])));
    expect(e.code).toBe('OUT_OF_RANGE');
    expect(e.details).toStrictEqual({ fn: 'nps', index: 1 });
    expect(e.message).toBe('nps: response 11 at index 1 is outside the scale 0–10');
  });

  test('a Map is refused with the list of accepted forms', () => {
    const e = metricErrorOf(() => nps(new Map([[10, 3]]) as never));
    expect(e.code).toBe('INVALID_TYPE');
    expect(e.message).toBe(
      'nps: input is a Map; pass responses (an array or iterable of numbers), or a tally or counts { promoters, passives, detractors }',
    );
  });

  test('a primitive is refused with the same sentence', () => {
    expect(() => csat(42 as never)).toThrow(
      'csat: input is a number; pass responses (an array or iterable of numbers), or a tally or counts { positive, count }',
    );
  });

  test('raw answers, their tally and the counts of the definition give one result', () => {
    const t = tally(answers, { min: 0, max: 10 });
    const counts = { promoters: 4, passives: 2, detractors: 2 };
    expect(npsSummary(t)).toStrictEqual(npsSummary(answers));
    expect(npsSummary(counts)).toStrictEqual(npsSummary(answers));
    expect(npsInterval(t)).toStrictEqual(npsInterval(answers));
    expect(npsInterval(counts)).toStrictEqual(npsInterval(answers));
  });

  test('CSAT counts are { positive, count } (count, not total, is how many)', () => {
    expect(csat({ positive: 30, count: 50 })).toBe(60);
    const e = metricErrorOf(() => csat({ positive: 30, total: 50 } as never));
    expect(e.code).toBe('INVALID_COUNTS');
    expect(e.message).toBe('csat: counts.count is missing');
  });
});

describe('unknown options are refused everywhere in the family', () => {
  const cases: [string, () => unknown][] = [
    ['nps', () => nps([10], { weight: [1] } as never)],
    ['npsSummary', () => npsSummary([10], { scale: { min: 0, max: 10 } } as never)],
    ['csat', () => csat([5], { positivefrom: 4 } as never)],
    ['csatSummary', () => csatSummary([5], { method: 'wilson' } as never)],
    ['ces', () => ces([5], { higherIS: 'easier' } as never)],
    ['cesSummary', () => cesSummary([5], { confidence: 0.9 } as never)],
    ['npsInterval', () => npsInterval([10], { confidenceLevel: 0.9 } as never)],
    ['csatInterval', () => csatInterval([5], { methods: 'wald' } as never)],
    ['cesInterval', () => cesInterval([5, 6], { method: 't' } as never)],
    ['compareCsat', () => compareCsat([5], [4], { weights: [1] } as never)],
    ['npsSampleSize', () => npsSampleSize({ marginOfError: 5, margin: 5 } as never)],
  ];
  test.each(cases)('%s', (fn, call) => {
    const e = metricErrorOf(call);
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.details.fn).toBe(fn);
    expect(e.message).toMatch(new RegExp(`^${fn}: unknown option "\\w+"; known options: `));
  });
});

describe('confidence intervals carry their center', () => {
  test('adjusted Wald is centred on (P + ¾ − D − ¾) / (n + 3), not on the score: 60/20/20 → 39.8058…', () => {
    const r = npsInterval({ promoters: 60, passives: 20, detractors: 20 });
    expect(r.score).toBe(40);
    expect(r.center).toBe(((60.75 - 20.75) * 100) / 103);
    expect(r.lower).toBe(r.center - r.marginOfError);
    expect(r.upper).toBe(r.center + r.marginOfError);
    expect(r.clipped).toBe(false);
  });

  test('Wilson is centred on (p̂ + z²/2n) / (1 + z²/n): 0 of 10 at 95% keeps lower at 0 without clipping', () => {
    const r = csatInterval({ positive: 0, count: 10 });
    expect(r.score).toBe(0);
    expect(r.center).toBeCloseTo(r.marginOfError, 12);
    expect(r.lower).toBeCloseTo(0, 12);
    expect(r.center).toBeGreaterThan(0);
  });

  test('a Wald interval at 100% CSAT is clipped at 100 and says so', () => {
    const r = csatInterval({ positive: 9, count: 10 }, { method: 'wald' });
    // p̂ = 0.9, SE = √(0.09 / 10) × 100 = 9.4868…, 90 + 1.96 × 9.49 > 100
    expect(r.center).toBe(90);
    expect(r.upper).toBe(100);
    expect(r.clipped).toBe(true);
    expect(r.lower).toBe(90 - r.marginOfError);
  });

  test('a t interval of CES is clipped to the scale: 5, 6, 7 on 1–7 reaches above 7', () => {
    const r = cesInterval([5, 6, 7]);
    expect(r.center).toBe(6);
    expect(r.upper).toBe(7);
    expect(r.clipped).toBe(true);
  });
});
