/**
 * The survey family at the edges of the double range: each repro of the
 * reliability issue, with the behaviour the package promises — a finite
 * answer or a MetricError naming the function, the value and its index, in
 * bounded time.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  ces,
  cesInterval,
  compareCes,
  compareCsat,
  compareNps,
  csat,
  csatInterval,
  csatSampleSize,
  csatSummary,
  mergeTallies,
  nps,
  npsInterval,
  npsSampleSize,
  npsSummary,
  tally,
} from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';
import { boundedOutcome, expectFinite } from './bounded.js';

/** The MetricError of `f`, which must end within the bound. */
function boundedError(f: () => unknown) {
  return metricErrorOf(() => {
    const outcome = boundedOutcome(f);
    if ('error' in outcome) throw outcome.error;
    return outcome.result;
  });
}

describe('weights near the top of the double range', () => {
  test('nps([10, 0], { weights: [1e308, 1] }) is 100 to the last bits, not Infinity', () => {
    expect(Math.abs(nps([10, 0], { weights: [1e308, 1] }) - 100)).toBeLessThanOrEqual(1e-12);
  });

  test('weights of 2^1020 weigh as weights of 1 do: NPS 50, CSAT 50, CES 3', () => {
    expect(nps([10, 0], { weights: [3 * 2 ** 1020, 2 ** 1020] })).toBe(50);
    expect(csat([5, 1], { weights: [2 ** 1020, 2 ** 1020] })).toBe(50);
    expect(ces([5, 1], { weights: [2 ** 1020, 2 ** 1020] })).toBe(3);
  });

  test('summaries report the sums of such weights exactly', () => {
    expect(npsSummary([10, 0], { weights: [3 * 2 ** 1020, 2 ** 1020] })).toStrictEqual({
      score: 50,
      count: 2 ** 1022,
      promoters: 3 * 2 ** 1020,
      passives: 0,
      detractors: 2 ** 1020,
      promoterShare: 75,
      passiveShare: 0,
      detractorShare: 25,
    });
    expect(csatSummary([5, 1], { weights: [2 ** 1020, 2 ** 1020] })).toStrictEqual({ score: 50, count: 2 ** 1021, positive: 2 ** 1020, mean: 3 });
  });

  test('weights adding up to more than the largest double are refused (NOT_FINITE), not a NaN score', () => {
    for (const [f, fn] of [
      [() => nps([10, 0], { weights: [1e308, 1e308] }), 'nps'],
      [() => csat([5, 1], { weights: [1e308, 1e308] }), 'csat'],
      [() => ces([5, 1], { weights: [1e308, 1e308] }), 'ces'],
    ] as const) {
      const error = metricErrorOf(f);
      expect(error.code).toBe('NOT_FINITE');
      expect(error.message).toBe(`${fn}: the weights add up to more than 1.7976931348623157e+308, the largest number; scale them down`);
    }
  });

  test('intervals with a weight of 1e200 have finite bounds, and an effective size of 1', () => {
    const n = npsInterval([10, 0, 5], { weights: [1e200, 1, 1] });
    expectFinite(n);
    expect(n.effectiveSize).toBe(1);
    expectFinite(csatInterval([5, 1, 3], { weights: [1e200, 1, 1] }));
  });

  test('a t interval whose weights leave an effective size of 1 says so (EMPTY_INPUT)', () => {
    const error = metricErrorOf(() => cesInterval([5, 1, 3], { weights: [1e200, 1, 1] }));
    expect(error.code).toBe('EMPTY_INPUT');
    expect(error.message).toBe('cesInterval: the weights of the 3 responses leave an effective sample size of 1, and the spread of the ratings needs more than 1');
  });

  test('weights of tiny magnitude weigh as others do', () => {
    expect(nps([10, 0], { weights: [3 * 5e-324, 5e-324] })).toBe(50);
    expect(npsInterval([10, 0], { weights: [5e-324, 5e-324] })).toStrictEqual(npsInterval([10, 0]));
  });

  test.prop([
    fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 2, maxLength: 40 }).chain((answers) =>
      fc.tuple(
        fc.constant(answers),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: answers.length, maxLength: answers.length }),
        fc.integer({ min: -900, max: 900 }),
      ),
    ),
  ])('scaling every weight by a power of two changes no score or interval, and scales the counts', ([answers, weights, k]) => {
    const scaled = weights.map((w) => w * 2 ** k);
    expect(nps(answers, { weights: scaled })).toBe(nps(answers, { weights }));
    expect(npsInterval(answers, { weights: scaled })).toStrictEqual(npsInterval(answers, { weights }));
    const a = npsSummary(answers, { weights });
    const b = npsSummary(answers, { weights: scaled });
    expect(b.count).toBe(a.count * 2 ** k);
    expect(b.promoters).toBe(a.promoters * 2 ** k);
    expect(b.score).toBe(a.score);
  });
});

describe('counts are safe integers', () => {
  test('npsInterval({ promoters: 1e300, … }) is refused (OUT_OF_RANGE), not NaN bounds', () => {
    const error = metricErrorOf(() => npsInterval({ promoters: 1e300, passives: 1, detractors: 1 }));
    expect(error.code).toBe('OUT_OF_RANGE');
    expect(error.message).toBe('npsInterval: counts.promoters 1e+300 is above 2^53 − 1 (9007199254740991), the largest count that is exact');
  });

  test('a tally count of 1.79e308 is refused, naming its point, not an infinite CSAT', () => {
    const error = metricErrorOf(() => csat({ scale: { min: 1, max: 5 }, counts: [0, 0, 0, 0, 1.79e308] }));
    expect(error.code).toBe('OUT_OF_RANGE');
    expect(error.message).toBe('csat: tally.counts[4] 1.79e+308 is above 2^53 − 1 (9007199254740991), the largest count that is exact');
  });

  test('2^53 − 1 is the largest count', () => {
    expect(nps({ promoters: 2 ** 53 - 1, passives: 0, detractors: 0 })).toBe(100);
    expect(metricErrorOf(() => nps({ promoters: 2 ** 53, passives: 0, detractors: 0 })).code).toBe('OUT_OF_RANGE');
  });

  test('counts that add up to more than 2^53 − 1 responses are refused, naming the sum', () => {
    const error = metricErrorOf(() => nps({ promoters: 2 ** 52, passives: 2 ** 52, detractors: 2 ** 52 }));
    expect(error.code).toBe('OUT_OF_RANGE');
    expect(error.message).toBe(
      'nps: counts.promoters + counts.passives + counts.detractors 13510798882111488 is above 2^53 − 1 (9007199254740991), the largest count that is exact',
    );
    const big = { scale: { min: 1, max: 3 }, counts: [2 ** 52, 2 ** 52, 0] };
    expect(metricErrorOf(() => csat(big)).message).toBe(
      'csat: the responses of tally, the sum of its counts, 9007199254740992 is above 2^53 − 1 (9007199254740991), the largest count that is exact',
    );
  });

  test('tallies whose merge would hold more than 2^53 − 1 responses are not merged', () => {
    const half = { scale: { min: 1, max: 3 }, counts: [2 ** 52, 0, 0] };
    const error = metricErrorOf(() => mergeTallies(half, half));
    expect(error.code).toBe('OUT_OF_RANGE');
    expect(error.message).toBe('mergeTallies: the responses of the merged tally 9007199254740992 is above 2^53 − 1 (9007199254740991), the largest count that is exact');
  });
});

describe('confidence levels next to 1', () => {
  const counts = { promoters: 3, passives: 1, detractors: 1 };

  test('1 − 1e-16 (the double next to 1) is refused, naming the largest level, not NaN bounds', () => {
    const error = metricErrorOf(() => npsInterval(counts, { confidence: 1 - 1e-16 }));
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.message).toBe('npsInterval: option confidence 0.9999999999999999 is too close to 1 for a finite interval; the largest is 0.9999999999999998 (1 − 2^-52)');
    for (const f of [
      () => csatInterval([1, 2, 5], { confidence: 1 - 1e-16 }),
      () => cesInterval([1, 2, 3], { confidence: 1 - 1e-16 }),
      () => compareNps(counts, counts, { confidence: 1 - 1e-16 }),
      () => csatSampleSize({ marginOfError: 5, confidence: 1 - 1e-16 }),
    ]) {
      expect(metricErrorOf(f).code).toBe('INVALID_OPTION');
    }
  });

  test('at the largest level, 1 − 2^-52, every interval and comparison is finite', () => {
    const confidence = 1 - 2 ** -52;
    expectFinite(npsInterval(counts, { confidence }));
    expectFinite(npsInterval(counts, { confidence, method: 'wald' }));
    expectFinite(csatInterval([1, 2, 5], { confidence }));
    expectFinite(csatInterval([1, 2, 5], { confidence, method: 'wald' }));
    expectFinite(cesInterval([1, 2, 3], { confidence }));
    expectFinite(compareNps(counts, { promoters: 1, passives: 1, detractors: 3 }, { confidence }));
    expectFinite(compareCsat([5, 1], [1, 1, 5], { confidence }));
    expectFinite(compareCes([1, 2, 3], [4, 5, 7], { confidence }));
    expect(Number.isSafeInteger(npsSampleSize({ marginOfError: 5, confidence }))).toBe(true);
  });
});

describe('comparisons of samples without spread', () => {
  test('all promoters against all detractors: EMPTY_INPUT naming both scores, not a statistic of Infinity', () => {
    const error = metricErrorOf(() => compareNps({ promoters: 3, passives: 0, detractors: 0 }, { promoters: 0, passives: 0, detractors: 3 }));
    expect(error.code).toBe('EMPTY_INPUT');
    expect(error.message).toBe(
      'compareNps: neither sample varies (scores 100 and -100), so the standard error of their difference is 0 and the test is undefined; it needs spread in at least one sample',
    );
  });

  test('CES ratings without spread and different means: EMPTY_INPUT; equal means: t = 0, p = 1', () => {
    expect(metricErrorOf(() => compareCes([5, 5], [3, 3])).message).toBe(
      'compareCes: neither sample varies (scores 5 and 3), so the standard error of their difference is 0 and the test is undefined; it needs spread in at least one sample',
    );
    expect(compareCes([4, 4], [4, 4])).toMatchObject({ difference: 0, statistic: 0, pValue: 1, significant: false });
  });

  test('CSAT of all-positive against all-negative samples has a pooled spread, so it is tested', () => {
    const r = compareCsat([5, 5], [1, 1]);
    expectFinite(r);
    expect(r.difference).toBe(100);
  });
});

describe('sample sizes in bounded time', () => {
  test('npsSampleSize({ marginOfError: 1e-6 }) ends with INVALID_OPTION naming the narrowest margin, instead of never returning', () => {
    const error = boundedError(() => npsSampleSize({ marginOfError: 1e-6 }));
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.message).toBe(
      'npsSampleSize: option marginOfError 0.000001 needs about 3.84e+16 responses, more than 2^53 − 1; the narrowest margin at this confidence and these shares is 0.00000207',
    );
  });

  test('csatSampleSize with a tiny margin ends too, and a margin of 5e-324 needs infinitely many', () => {
    expect(boundedError(() => csatSampleSize({ marginOfError: 1e-6 })).message).toMatch(/^csatSampleSize: option marginOfError 0\.000001 needs about 9\.60e\+15 responses/);
    expect(boundedError(() => csatSampleSize({ marginOfError: 5e-324 })).message).toMatch(/needs infinitely many responses/);
  });

  test('a margin that needs some 10^13 responses is answered at once, and is the smallest that fits', () => {
    const outcome = boundedOutcome(() => csatSampleSize({ marginOfError: 2e-5 }));
    expect('result' in outcome).toBe(true);
    const n = (outcome as { result: number }).result;
    // the definition: the smallest n with z·√(p(1 − p)/n)·100 ≤ margin, z = Φ⁻¹(0.975)
    const z = 1.959963984540054;
    const half = (m: number) => z * Math.sqrt(0.25 / m) * 100;
    expect(half(n)).toBeLessThanOrEqual(2e-5);
    expect(half(n - 1)).toBeGreaterThan(2e-5);
  });
});

describe('array-likes longer than any array, and holes', () => {
  test('a length above 2^32 − 1 is refused before anything is read or allocated', () => {
    const error = metricErrorOf(() => nps({ length: 2 ** 32 } as never));
    expect(error.code).toBe('INVALID_TYPE');
    expect(error.message).toBe('nps: responses has a length of 4294967296; pass an array or a typed array');
  });

  test('the longest array-like, all holes, is refused at its first hole at once, also with weights and in a tally', () => {
    const holes = { length: 2 ** 32 - 1 } as never;
    for (const [f, fn] of [
      [() => nps(holes), 'nps'],
      [() => csat(holes, { weights: holes }), 'csat'],
      [() => tally(holes, { min: 1, max: 5 }), 'tally'],
    ] as const) {
      const error = boundedError(f);
      expect(error.code).toBe('INVALID_TYPE');
      expect(error.details).toStrictEqual({ fn, index: 0 });
      expect(error.message).toBe(`${fn}: response at index 0 is undefined, not a number`);
    }
  });

  test('a hole among the weights is refused, naming its index', () => {
    // eslint-disable-next-line no-sparse-arrays
    const error = metricErrorOf(() => csat([5, 4], { weights: [1, , ] as number[] }));
    expect(error.code).toBe('INVALID_WEIGHTS');
    expect(error.details).toStrictEqual({ fn: 'csat', index: 1 });
    expect(error.message).toBe('csat: weights[1] is undefined; a weight must be a finite number ≥ 0');
  });

  test('a tally reads its input as every metric does: an object whose iterator is not a function is not a list', () => {
    const error = metricErrorOf(() => tally({ [Symbol.iterator]: 1 } as never, { min: 1, max: 5 }));
    expect(error.code).toBe('INVALID_TYPE');
    expect(error.message).toBe('tally: input is an object that is not a list; pass responses (an array or iterable of numbers)');
  });
});

describe('an iterable whose iterator is not one is INVALID_TYPE, not the engine TypeError', () => {
  const notAnIterator = { [Symbol.iterator]: () => 42 } as unknown as Iterable<number>;
  const badStep = { [Symbol.iterator]: () => ({ next: () => null }) } as unknown as Iterable<number>;

  test('nps: an iterator that is not an object', () => {
    const error = metricErrorOf(() => nps(notAnIterator));
    expect(error.code).toBe('INVALID_TYPE');
    expect(error.message).toBe('nps: responses is not iterable: its iterator gave 42, not an object');
  });

  test('csat and compareCsat: a step that is not an object', () => {
    expect(metricErrorOf(() => csat(badStep, { scale: { min: 1, max: 5 } })).message).toBe(
      'csat: responses is not iterable: its iterator gave null, not an object',
    );
    expect(metricErrorOf(() => compareCsat([4, 5], badStep, { scale: { min: 1, max: 5 } })).code).toBe('INVALID_TYPE');
  });

  test('an iterator that ends at once is an empty list, as for … of reads it', () => {
    const empty = { [Symbol.iterator]: () => ({ next: () => ({ done: 1 }) }) } as unknown as Iterable<number>;
    expect(metricErrorOf(() => nps(empty)).code).toBe('EMPTY_INPUT');
  });
});
