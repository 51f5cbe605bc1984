import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { mergeTallies, tally } from '../../src/index.js';
import { answersOn, scaleArb } from './arbitraries.js';

const scaleAndTwoSets = scaleArb.chain((scale) =>
  fc.tuple(fc.constant(scale), fc.array(fc.integer({ min: scale.min, max: scale.max }), { maxLength: 100 }), answersOn(scale, 100)),
);

describe('tally', () => {
  test.prop([scaleAndTwoSets])('merging the tallies of two sets equals the tally of both together', ([scale, a, b]) => {
    expect(mergeTallies(tally(a, scale), tally(b, scale))).toStrictEqual(tally([...a, ...b], scale));
  });

  test.prop([scaleAndTwoSets])('merging is commutative', ([scale, a, b]) => {
    expect(mergeTallies(tally(a, scale), tally(b, scale))).toStrictEqual(mergeTallies(tally(b, scale), tally(a, scale)));
  });

  test.prop([scaleArb.chain((s) => fc.tuple(fc.constant(s), answersOn(s)))])(
    'counts add up to the number of responses, and each count is the number of equal responses',
    ([scale, answers]) => {
      const t = tally(answers, scale);
      expect(t.counts).toHaveLength(scale.max - scale.min + 1);
      expect(t.counts.reduce((a, b) => a + b, 0)).toBe(answers.length);
      t.counts.forEach((count, k) => {
        expect(count).toBe(answers.filter((v) => v === scale.min + k).length);
      });
    },
  );
});
