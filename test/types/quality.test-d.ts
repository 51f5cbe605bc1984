import { describe, expectTypeOf, test } from 'vitest';
import {
  type Criterion,
  type CriterionSummary,
  internalQualityScore,
  type PassFailCriterion,
  qualitySummary,
  type QualityFigures,
  type QualityGroup,
  type QualitySummary,
  type QualitySummaryOptions,
  type RatingCriterion,
  type Review,
  reviewScore,
  type Scale,
  type Scorecard,
} from '../../src/index.js';

const scorecard = [
  { id: 'tone', weight: 1, scale: { min: 1, max: 5 } },
  { id: 'policy', weight: 1, scale: 'pass-fail', critical: true },
] satisfies Scorecard;

interface AgentReview extends Review {
  readonly agent: string;
  readonly team?: 'a' | 'b';
}
declare const reviews: readonly AgentReview[];

describe('scorecards', () => {
  test('a criterion is a rating scale or pass-fail, told apart by scale', () => {
    expectTypeOf<Criterion>().toEqualTypeOf<RatingCriterion | PassFailCriterion>();
    expectTypeOf<RatingCriterion>().toEqualTypeOf<{
      readonly id: string;
      readonly weight: number;
      readonly scale: Scale;
      readonly critical?: boolean;
    }>();
    expectTypeOf<PassFailCriterion['scale']>().toEqualTypeOf<'pass-fail'>();
    expectTypeOf<Scorecard>().toEqualTypeOf<readonly Criterion[]>();
    const c = {} as Criterion;
    if (c.scale !== 'pass-fail') expectTypeOf(c.scale).toEqualTypeOf<Scale>();
  });

  test('other scales and shapes are refused', () => {
    // @ts-expect-error a scale is 'pass-fail' or { min, max }
    expectTypeOf<{ id: 'x'; weight: 1; scale: 'yes-no' }>().toExtend<Criterion>();
    // @ts-expect-error the weight is required
    expectTypeOf<{ id: 'x'; scale: 'pass-fail' }>().toExtend<Criterion>();
    // @ts-expect-error critical is a boolean
    expectTypeOf<{ id: 'x'; weight: 1; scale: 'pass-fail'; critical: 'yes' }>().toExtend<Criterion>();
  });
});

describe('reviews', () => {
  test('scores are numbers, booleans or null; the weight is optional', () => {
    expectTypeOf<Review>().toEqualTypeOf<{
      readonly scores: Readonly<Record<string, number | boolean | null>>;
      readonly weight?: number | undefined;
    }>();
    // @ts-expect-error a rating is not a string
    expectTypeOf<{ scores: { tone: '5' } }>().toExtend<Review>();
    // @ts-expect-error not applicable is null, not undefined
    expectTypeOf<{ scores: { tone: undefined } }>().toExtend<Review>();
  });
});

describe('scores', () => {
  test('reviewScore and internalQualityScore return numbers', () => {
    expectTypeOf(reviewScore({ scores: { tone: 5, policy: true } }, scorecard)).toEqualTypeOf<number>();
    expectTypeOf(internalQualityScore(reviews, scorecard)).toEqualTypeOf<number>();
  });

  test('reviews may carry other fields, also in literals', () => {
    expectTypeOf(reviewScore).toBeCallableWith({ agent: 'ana', scores: { tone: 5, policy: null } }, scorecard);
    expectTypeOf(internalQualityScore).toBeCallableWith([{ agent: 'ana', scores: { tone: 5, policy: null }, weight: 2 }], scorecard);
  });

  test('reviews may come from any iterable, and grouping keeps their type', () => {
    expectTypeOf(internalQualityScore(new Set(reviews), scorecard)).toEqualTypeOf<number>();
    const byAgent = qualitySummary(new Set([{ agent: 'ana', scores: { tone: 5, policy: true } }]), scorecard, { by: 'agent' });
    expectTypeOf(byAgent.groups[0]!.key).toEqualTypeOf<string>();
  });
});

describe('qualitySummary', () => {
  test('without by, groups is undefined', () => {
    const s = qualitySummary(reviews, scorecard);
    expectTypeOf(s).toEqualTypeOf<QualitySummary>();
    expectTypeOf(s.groups).toEqualTypeOf<undefined>();
    expectTypeOf(s.score).toEqualTypeOf<number>();
    expectTypeOf(s.criteria).toEqualTypeOf<readonly CriterionSummary[]>();
  });

  test('by a field: groups keyed by that field’s type', () => {
    const s = qualitySummary(reviews, scorecard, { by: 'agent' });
    expectTypeOf(s.groups).toEqualTypeOf<readonly QualityGroup<string>[]>();
    expectTypeOf(s.groups[0]!.key).toEqualTypeOf<string>();
    expectTypeOf(s.groups[0]!.score).toEqualTypeOf<number | undefined>();
    expectTypeOf(qualitySummary(reviews, scorecard, { by: 'team' }).groups[0]!.key).toEqualTypeOf<'a' | 'b' | undefined>();
  });

  test('by an accessor: groups keyed by its return type', () => {
    const s = qualitySummary(reviews, scorecard, { by: (r, i) => (i > 10 ? r.agent.length : null) });
    expectTypeOf(s.groups[0]!.key).toEqualTypeOf<number | null>();
  });

  test('by must name a field of the review', () => {
    // @ts-expect-error 'channel' is not a field of AgentReview
    qualitySummary(reviews, scorecard, { by: 'channel' });
    // @ts-expect-error unknown option
    qualitySummary(reviews, scorecard, { groupBy: 'agent' });
  });

  test('with options of unknown content, groups may be either', () => {
    const options = {} as QualitySummaryOptions<AgentReview>;
    expectTypeOf(qualitySummary(reviews, scorecard, options).groups).toEqualTypeOf<readonly QualityGroup[] | undefined>();
  });

  test('result types are readonly plain data', () => {
    expectTypeOf<CriterionSummary>().toEqualTypeOf<{
      readonly id: string;
      readonly score: number | undefined;
      readonly rated: number;
      readonly notApplicable: number;
      readonly notApplicableShare: number;
      readonly autoFails: number;
    }>();
    expectTypeOf<QualityFigures>().toEqualTypeOf<{
      readonly score: number;
      readonly reviews: number;
      readonly leftOut: number;
      readonly autoFails: number;
      readonly criteria: readonly CriterionSummary[];
    }>();
    expectTypeOf<QualityGroup<string>>().toEqualTypeOf<{
      readonly key: string;
      readonly score: number | undefined;
      readonly reviews: number;
      readonly leftOut: number;
      readonly autoFails: number;
      readonly criteria: readonly CriterionSummary[];
    }>();
  });
});
