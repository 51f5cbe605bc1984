import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  internalQualityScore,
  MetricError,
  qualitySummary,
  reviewScore,
  type Criterion,
  type MetricErrorCode,
  type Review,
  type Scorecard,
} from '../../src/index.js';
import { caseArb, idArb, record } from './arbitraries.js';
import { metricErrorOf } from '../helpers.js';


type Corruption = (review: Review, card: Scorecard, pick: number) => readonly [unknown, MetricErrorCode];

/** A value of each wrong type that is not a number or boolean. */
const alien = fc.oneof(fc.string(), fc.object(), fc.array(fc.integer()), fc.bigInt(), fc.constant(Symbol('x')), fc.constant(() => 1));

/** Sets criterion `pick` (modulo the scorecard's size) to `value`. */
function withRating(review: Review, card: Scorecard, pick: number, value: (c: Criterion) => unknown): unknown {
  const c = card[pick % card.length]!;
  return { ...review, scores: record(Object.entries(review.scores).map(([k, v]) => [k, (k === c.id ? value(c) : v) as never])) };
}

const ratingScales = (card: Scorecard): Criterion[] => card.filter((c) => c.scale !== 'pass-fail');

/** One way to break a valid review, with the code it must be rejected with. */
const corruptionArb: fc.Arbitrary<Corruption> = fc.oneof(
  fc.integer({ min: 1, max: 1e6 }).map<Corruption>((d) => (r, card, pick) => {
    const rated = ratingScales(card);
    if (rated.length === 0) return [{ ...r, weight: -d }, 'INVALID_WEIGHTS'];
    const c = rated[pick % rated.length]!;
    const scale = c.scale as { min: number; max: number };
    return [withRating(r, card, card.indexOf(c), () => (pick % 2 === 0 ? scale.max + d : scale.min - d)), 'OUT_OF_RANGE'];
  }),
  fc.double({ min: -100, max: 100, noNaN: true }).filter((v) => !Number.isInteger(v)).map<Corruption>((v) => (r, card, pick) => {
    const rated = ratingScales(card);
    if (rated.length === 0) return [{ ...r, weight: 0 }, 'INVALID_WEIGHTS'];
    return [withRating(r, card, card.indexOf(rated[pick % rated.length]!), () => v), 'NOT_INTEGER'];
  }),
  fc.constantFrom(NaN, Infinity, -Infinity).map<Corruption>((v) => (r, card, pick) => {
    const rated = ratingScales(card);
    if (rated.length === 0) return [{ ...r, weight: v }, 'INVALID_WEIGHTS'];
    return [withRating(r, card, card.indexOf(rated[pick % rated.length]!), () => v), 'NOT_FINITE'];
  }),
  fc.boolean().map<Corruption>((b) => (r, card, pick) => [
    withRating(r, card, pick, (c) => (c.scale === 'pass-fail' ? (b ? 1 : 0) : b)),
    'INVALID_TYPE',
  ]),
  alien.map<Corruption>((v) => (r, card, pick) => [withRating(r, card, pick, () => v), 'INVALID_TYPE']),
  fc.constant<Corruption>((r, card, pick) => [withRating(r, card, pick, () => undefined), 'INVALID_TYPE']),
  fc.constant<Corruption>((r, card, pick) => {
    const gone = card[pick % card.length]!.id;
    return [{ ...r, scores: record(Object.entries(r.scores).filter(([k]) => k !== gone)) }, 'INVALID_TYPE'];
  }),
  idArb.map<Corruption>((extra) => (r, card) => {
    const key = card.some((c) => c.id === extra) ? `${extra}_` : extra;
    fc.pre(!card.some((c) => c.id === key));
    return [{ ...r, scores: record([...Object.entries(r.scores), [key, null]] as never) }, 'INVALID_TYPE'];
  }),
  fc
    .oneof(fc.constantFrom(0, -0, -1, NaN, Infinity, -Infinity), fc.string(), fc.constant(null), fc.boolean())
    .map<Corruption>((weight) => (r) => [{ ...r, weight }, 'INVALID_WEIGHTS']),
  fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer(), fc.string(), fc.boolean()).map<Corruption>((v) => () => [v, 'INVALID_TYPE']),
  fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer(), fc.string()).map<Corruption>((scores) => (r) => [{ ...r, scores }, 'INVALID_TYPE']),
);

const readers = [
  ['reviewScore', (reviews: unknown[], card: Scorecard, at: number) => reviewScore(reviews[at] as Review, card)],
  ['internalQualityScore', (reviews: unknown[], card: Scorecard) => internalQualityScore(reviews as Review[], card)],
  ['qualitySummary', (reviews: unknown[], card: Scorecard) => qualitySummary(reviews as Review[], card, { by: (_r, i) => i % 2 })],
] as const;

describe('every bad review throws MetricError naming the review', () => {
  test.prop([caseArb, corruptionArb, fc.nat(), fc.nat(), fc.constantFrom(...readers)])(
    'with the code of its problem and, for arrays, the index of the review',
    ({ card, reviews }, corrupt, at, pick, [fn, read]) => {
      const index = at % reviews.length;
      const [bad, code] = corrupt(reviews[index]!, card, pick);
      const input: unknown[] = [...reviews];
      input[index] = bad;
      const error = metricErrorOf(() => read(input, card, index));
      expect(error.code).toBe(code);
      if (fn === 'reviewScore') {
        expect(error.details).toStrictEqual({ fn });
        expect(error.message.startsWith(`${fn}: the review `)).toBe(true);
      } else {
        expect(error.details).toStrictEqual({ fn, index });
        expect(error.message.startsWith(`${fn}: review ${index} `)).toBe(true);
      }
    },
  );
});

describe('every bad scorecard throws MetricError', () => {
  type Breakage = (card: Criterion[], pick: number) => readonly [unknown, MetricErrorCode];
  const breakageArb: fc.Arbitrary<Breakage> = fc.oneof(
    fc
      .oneof(fc.double({ max: -Number.MIN_VALUE, noNaN: true }), fc.constantFrom(NaN, Infinity, -Infinity), fc.string(), fc.constant(null), fc.constant(undefined))
      .map<Breakage>((weight) => (card, pick) => [card.map((c, j) => (j === pick % card.length ? { ...c, weight } : c)), 'INVALID_WEIGHTS']),
    fc.constant<Breakage>((card) => [card.map((c) => ({ ...c, weight: 0 })), 'INVALID_WEIGHTS']),
    fc.constant<Breakage>(() => [[], 'INVALID_OPTION']),
    fc.constant<Breakage>((card, pick) => [[...card, { ...card[pick % card.length]!, weight: 1 }], 'INVALID_OPTION']),
    fc
      .oneof(fc.constant(''), fc.integer(), fc.constant(null), fc.constant(undefined))
      .map<Breakage>((id) => (card, pick) => [card.map((c, j) => (j === pick % card.length ? { ...c, id } : c)), 'INVALID_OPTION']),
    fc
      .oneof(
        fc.string().filter((s) => s !== 'pass-fail'),
        fc.constant(null),
        fc.integer(),
        fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 0, max: 50 })).map(([max, d]) => ({ min: max + d, max })),
        fc.record({ min: fc.double({ noNaN: true }), max: fc.double({ noNaN: true }) }).filter((s) => !Number.isInteger(s.min) || !Number.isInteger(s.max)),
        fc.constant({ min: 0, max: 5000 }),
      )
      .map<Breakage>((scale) => (card, pick) => [card.map((c, j) => (j === pick % card.length ? { ...c, scale } : c)), 'INVALID_OPTION']),
    fc
      .oneof(fc.string(), fc.integer(), fc.constant(null))
      .map<Breakage>((critical) => (card, pick) => [card.map((c, j) => (j === pick % card.length ? { ...c, critical } : c)), 'INVALID_OPTION']),
    fc
      .stringMatching(/^[a-z]{1,8}$/)
      .filter((k) => !['id', 'weight', 'scale', 'critical'].includes(k))
      .map<Breakage>((key) => (card, pick) => [card.map((c, j) => (j === pick % card.length ? { ...c, [key]: 1 } : c)), 'INVALID_OPTION']),
    fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.constant(undefined)).map<Breakage>((v) => (card, pick) => [
      card.map((c, j) => (j === pick % card.length ? v : c)),
      'INVALID_OPTION',
    ]),
    fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.object()).map<Breakage>((v) => () => [v, 'INVALID_OPTION']),
  );

  test.prop([caseArb, breakageArb, fc.nat(), fc.constantFrom(...readers)])('INVALID_OPTION for its shape, INVALID_WEIGHTS for its weights', ({ card, reviews }, breakage, pick, [, read]) => {
    const [bad, code] = breakage([...card], pick);
    expect(metricErrorOf(() => read(reviews, bad as Scorecard, 0)).code).toBe(code);
  });
});

describe('any input at all: a score in range or a MetricError, never NaN and never another error', () => {
  const anything = fc.oneof(
    fc.anything(),
    fc.array(fc.record({ scores: fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.anything()), weight: fc.anything() }, { requiredKeys: [] })),
  );
  const cardLike = fc.oneof(
    fc.anything(),
    fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'c'), weight: fc.anything(), scale: fc.anything(), critical: fc.anything() }, { requiredKeys: [] })),
    fc.constant([
      { id: 'a', weight: 1, scale: { min: 1, max: 5 } },
      { id: 'b', weight: 1, scale: 'pass-fail' },
    ]),
  );

  test.prop([anything, cardLike, fc.anything()])('reviewScore, internalQualityScore and qualitySummary', (reviews, card, options) => {
    const calls = [
      () => internalQualityScore(reviews as never, card as never),
      () => reviewScore(reviews as never, card as never),
      () => qualitySummary(reviews as never, card as never, options as never).score,
    ];
    for (const call of calls) {
      let result: number;
      try {
        result = call();
      } catch (error) {
        expect(error).toBeInstanceOf(MetricError);
        continue;
      }
      expect(Number.isFinite(result)).toBe(true);
      expect(result).toBeGreaterThanOrEqual(0);
      expect(result).toBeLessThanOrEqual(100);
    }
  });
});
