import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { ces, cesSummary, csat, csatSummary, nps, npsSummary, tally } from '../../src/index.js';
import {
  answersOn,
  arrayKindArb,
  asKind,
  countWhere,
  npsAnswers,
  permutationOf,
  plainSum,
  scaleAndAnswers,
  scaleArb,
} from './arbitraries.js';

const NPS_SCALE = { min: 0, max: 10 };

/** A scale, a valid positiveFrom on it, and answers on it. */
const csatCase = scaleAndAnswers.chain(({ scale, answers }) =>
  fc.integer({ min: scale.min + 1, max: scale.max }).map((positiveFrom) => ({ scale, answers, positiveFrom })),
);

describe('bounds', () => {
  test.prop([npsAnswers])('NPS lies within −100…100', (answers) => {
    const score = nps(answers);
    expect(score).toBeGreaterThanOrEqual(-100);
    expect(score).toBeLessThanOrEqual(100);
  });

  test.prop([csatCase])('CSAT lies within 0…100', ({ scale, answers, positiveFrom }) => {
    const score = csat(answers, { scale, positiveFrom });
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
  });

  test.prop([scaleAndAnswers])('CES lies within its scale, and its ease index within 0…100', ({ scale, answers }) => {
    const mean = ces(answers, { scale });
    expect(mean).toBeGreaterThanOrEqual(scale.min);
    expect(mean).toBeLessThanOrEqual(scale.max);
    const { easeIndex, easyShare, difficultShare } = cesSummary(answers, { scale });
    for (const value of [easeIndex, easyShare, difficultShare]) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(100);
    }
  });
});

describe('definitions, against counts made by the test', () => {
  test.prop([npsAnswers])('NPS = (promoters − detractors) / count × 100', (answers) => {
    const promoters = countWhere(answers, (v) => v >= 9);
    const detractors = countWhere(answers, (v) => v <= 6);
    expect(nps(answers)).toBeCloseTo(((promoters - detractors) / answers.length) * 100, 9);
  });

  test.prop([csatCase])('CSAT = positive / count × 100', ({ scale, answers, positiveFrom }) => {
    const positive = countWhere(answers, (v) => v >= positiveFrom);
    expect(csat(answers, { scale, positiveFrom })).toBeCloseTo((positive / answers.length) * 100, 9);
  });

  test.prop([scaleAndAnswers])('CES = sum / count', ({ scale, answers }) => {
    expect(ces(answers, { scale })).toBeCloseTo(plainSum(answers) / answers.length, 9);
  });
});

describe('invariance under permutation', () => {
  test.prop([npsAnswers.chain((a) => fc.tuple(fc.constant(a), permutationOf(a)))])('NPS', ([a, b]) => {
    expect(npsSummary(b)).toStrictEqual(npsSummary(a));
  });

  test.prop([csatCase.chain((c) => fc.tuple(fc.constant(c), permutationOf(c.answers)))])('CSAT', ([c, shuffled]) => {
    const options = { scale: c.scale, positiveFrom: c.positiveFrom };
    expect(csatSummary(shuffled, options)).toStrictEqual(csatSummary(c.answers, options));
  });

  test.prop([scaleAndAnswers.chain((c) => fc.tuple(fc.constant(c), permutationOf(c.answers)))])('CES', ([c, shuffled]) => {
    expect(cesSummary(shuffled, { scale: c.scale })).toStrictEqual(cesSummary(c.answers, { scale: c.scale }));
  });
});

describe('raw responses, a tally and counts give the same score', () => {
  test.prop([npsAnswers])('NPS', (answers) => {
    const counts = {
      promoters: countWhere(answers, (v) => v >= 9),
      passives: countWhere(answers, (v) => v === 7 || v === 8),
      detractors: countWhere(answers, (v) => v <= 6),
    };
    const fromRaw = npsSummary(answers);
    expect(npsSummary(tally(answers, NPS_SCALE))).toStrictEqual(fromRaw);
    expect(npsSummary(counts)).toStrictEqual(fromRaw);
    expect(nps(answers)).toBe(fromRaw.score);
    expect(nps(counts)).toBe(fromRaw.score);
  });

  test.prop([csatCase])('CSAT', ({ scale, answers, positiveFrom }) => {
    const options = { scale, positiveFrom };
    const counts = { positive: countWhere(answers, (v) => v >= positiveFrom), count: answers.length, sum: plainSum(answers) };
    const fromRaw = csatSummary(answers, options);
    expect(csatSummary(tally(answers, scale), options)).toStrictEqual(fromRaw);
    expect(csatSummary(counts, options)).toStrictEqual(fromRaw);
    expect(csat(answers, options)).toBe(fromRaw.score);
    expect(csat(counts, options)).toBe(fromRaw.score);
  });

  test.prop([scaleAndAnswers, fc.constantFrom('easier' as const, 'harder' as const)])(
    'CES',
    ({ scale, answers }, higherIs) => {
      const options = { scale, higherIs };
      const counts = { sum: plainSum(answers), count: answers.length };
      const fromRaw = cesSummary(answers, options);
      expect(cesSummary(tally(answers, scale), options)).toStrictEqual(fromRaw);
      const fromCounts = cesSummary(counts, options);
      expect(fromCounts.mean).toBe(fromRaw.mean);
      expect(fromCounts.easeIndex).toBe(fromRaw.easeIndex);
      expect(ces(answers, options)).toBe(fromRaw.mean);
      expect(ces(counts, options)).toBe(fromRaw.mean);
    },
  );
});

describe('every array kind reads alike', () => {
  test.prop([npsAnswers, arrayKindArb])('NPS', (answers, kind) => {
    expect(npsSummary(asKind(answers, kind))).toStrictEqual(npsSummary(answers));
  });

  test.prop([csatCase, arrayKindArb])('CSAT', ({ scale, answers, positiveFrom }, kind) => {
    const options = { scale, positiveFrom };
    expect(csat(asKind(answers, kind), options)).toBe(csat(answers, options));
    expect(csatSummary(asKind(answers, kind), options)).toStrictEqual(csatSummary(answers, options));
  });

  test.prop([scaleAndAnswers, arrayKindArb])('CES and tally', ({ scale, answers }, kind) => {
    expect(ces(asKind(answers, kind), { scale })).toBe(ces(answers, { scale }));
    expect(tally(asKind(answers, kind), scale)).toStrictEqual(tally(answers, scale));
  });

  test.prop([answersOn({ min: 0, max: 10 })])('Uint8Array, for answers that fit', (answers) => {
    expect(npsSummary(Uint8Array.from(answers))).toStrictEqual(npsSummary(answers));
  });
});

describe('direction of the CES question', () => {
  test.prop([scaleAndAnswers])(
    "the 'harder' reading of answers equals the 'easier' reading of the mirrored answers",
    ({ scale, answers }) => {
      const mirrored = answers.map((v) => scale.min + scale.max - v);
      const harder = cesSummary(answers, { scale, higherIs: 'harder' });
      const easier = cesSummary(mirrored, { scale, higherIs: 'easier' });
      expect(harder.easeIndex).toBe(easier.easeIndex);
      expect(harder.easyShare).toBe(easier.easyShare);
      expect(harder.difficultShare).toBe(easier.difficultShare);
    },
  );

  test.prop([scaleAndAnswers])('the two readings of one set of answers have ease indices that add up to 100', ({ scale, answers }) => {
    const a = cesSummary(answers, { scale, higherIs: 'easier' }).easeIndex;
    const b = cesSummary(answers, { scale, higherIs: 'harder' }).easeIndex;
    expect(a + b).toBeCloseTo(100, 9);
  });
});

describe('scales in general', () => {
  test.prop([scaleArb])('the top point of any scale is positive by default, the bottom point is not', (scale) => {
    expect(csat([scale.max], { scale })).toBe(100);
    expect(csat([scale.min], { scale })).toBe(0);
  });
});
