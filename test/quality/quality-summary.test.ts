import { describe, expect, test } from 'vitest';
import { qualitySummary, type Review, type Scorecard } from '../../src/index.js';

const scorecard: Scorecard = [
  { id: 'tone', weight: 1, scale: { min: 1, max: 5 } },
  { id: 'accuracy', weight: 3, scale: { min: 1, max: 5 } },
  { id: 'policy', weight: 1, scale: 'pass-fail', critical: true },
];
/** The worked example's reviews (70, 62.5, 0), two by ana and one by ben. */
const reviews = [
  { agent: 'ana', scores: { tone: 5, accuracy: 3, policy: true } },
  { agent: 'ana', scores: { tone: null, accuracy: 3, policy: true } },
  { agent: 'ben', scores: { tone: 5, accuracy: 3, policy: false } },
];

describe('qualitySummary: the worked example', () => {
  test('overall: IQS 44.1666…, 3 reviews, 1 auto-fail, and per criterion its average, N/A count and auto-fails', () => {
    expect(qualitySummary(reviews, scorecard)).toStrictEqual({
      score: 132.5 / 3,
      reviews: 3,
      leftOut: 0,
      autoFails: 1,
      criteria: [
        { id: 'tone', score: 100, rated: 2, notApplicable: 1, notApplicableShare: 100 / 3, autoFails: 0 },
        { id: 'accuracy', score: 50, rated: 3, notApplicable: 0, notApplicableShare: 0, autoFails: 0 },
        { id: 'policy', score: 200 / 3, rated: 3, notApplicable: 0, notApplicableShare: 0, autoFails: 1 },
      ],
      groups: undefined,
    });
  });

  test("by 'agent': ana (70 + 62.5) / 2 = 66.25, ben 0 with one auto-fail", () => {
    const { groups } = qualitySummary(reviews, scorecard, { by: 'agent' });
    expect(groups).toStrictEqual([
      {
        key: 'ana',
        score: 66.25,
        reviews: 2,
        leftOut: 0,
        autoFails: 0,
        criteria: [
          { id: 'tone', score: 100, rated: 1, notApplicable: 1, notApplicableShare: 50, autoFails: 0 },
          { id: 'accuracy', score: 50, rated: 2, notApplicable: 0, notApplicableShare: 0, autoFails: 0 },
          { id: 'policy', score: 100, rated: 2, notApplicable: 0, notApplicableShare: 0, autoFails: 0 },
        ],
      },
      {
        key: 'ben',
        score: 0,
        reviews: 1,
        leftOut: 0,
        autoFails: 1,
        criteria: [
          { id: 'tone', score: 100, rated: 1, notApplicable: 0, notApplicableShare: 0, autoFails: 0 },
          { id: 'accuracy', score: 50, rated: 1, notApplicable: 0, notApplicableShare: 0, autoFails: 0 },
          { id: 'policy', score: 0, rated: 1, notApplicable: 0, notApplicableShare: 0, autoFails: 1 },
        ],
      },
    ]);
  });
});

describe('qualitySummary: criteria', () => {
  test("a criterion's score is taken before any auto-fail: accuracy averages 50 though ben's review scores 0", () => {
    const only = qualitySummary([reviews[2]!], scorecard);
    expect(only.score).toBe(0);
    expect(only.criteria.map((c) => c.score)).toStrictEqual([100, 50, 0]);
  });

  test("a pass-fail criterion's score is its pass rate: 3 passes of 4 give 75", () => {
    const card: Scorecard = [{ id: 'greeting', weight: 1, scale: 'pass-fail' }];
    const rs = [true, true, false, true].map((greeting) => ({ scores: { greeting } }));
    expect(qualitySummary(rs, card).criteria[0]!.score).toBe(75);
  });

  test("criterion averages are weighted by the reviews' weights: 100·3 + 0·1 over 4 is 75", () => {
    const card: Scorecard = [{ id: 'greeting', weight: 1, scale: 'pass-fail' }];
    const s = qualitySummary([{ scores: { greeting: true }, weight: 3 }, { scores: { greeting: false } }], card);
    expect(s.criteria[0]!.score).toBe(75);
    expect(s.score).toBe(75);
  });

  test('a criterion no review rated has the score undefined and a not-applicable share of 100', () => {
    const s = qualitySummary([reviews[1]!], scorecard);
    expect(s.criteria[0]).toStrictEqual({ id: 'tone', score: undefined, rated: 0, notApplicable: 1, notApplicableShare: 100, autoFails: 0 });
  });

  test('criteria keep the order of the scorecard, whatever the order of the keys in the reviews', () => {
    const s = qualitySummary([{ scores: { policy: true, accuracy: 5, tone: 1 } }], scorecard);
    expect(s.criteria.map((c) => [c.id, c.score])).toStrictEqual([
      ['tone', 0],
      ['accuracy', 100],
      ['policy', 100],
    ]);
  });
});

describe('qualitySummary: reviews left out', () => {
  const card: Scorecard = [
    { id: 'tone', weight: 1, scale: { min: 1, max: 5 } },
    { id: 'note', weight: 0, scale: 'pass-fail' },
  ];

  test('are counted, and their ratings still count per criterion', () => {
    const s = qualitySummary(
      [
        { scores: { tone: 5, note: true } },
        { scores: { tone: null, note: false } },
        { scores: { tone: null, note: null } },
      ],
      card,
    );
    expect([s.score, s.reviews, s.leftOut]).toStrictEqual([100, 1, 2]);
    expect(s.criteria[1]).toStrictEqual({ id: 'note', score: 50, rated: 2, notApplicable: 1, notApplicableShare: 100 / 3, autoFails: 0 });
  });

  test('a group whose reviews are all left out has the score undefined; the others are scored', () => {
    const s = qualitySummary(
      [
        { agent: 'ana', scores: { tone: 3, note: null } },
        { agent: 'ben', scores: { tone: null, note: true } },
      ],
      card,
      { by: 'agent' },
    );
    expect(s.score).toBe(50);
    expect(s.groups.map((g) => [g.key, g.score, g.reviews, g.leftOut])).toStrictEqual([
      ['ana', 50, 1, 0],
      ['ben', undefined, 0, 1],
    ]);
  });

  test('when every review is left out there is no overall score: EMPTY_INPUT', () => {
    expect(() => qualitySummary([{ scores: { tone: null, note: true } }], card)).toThrow(
      expect.objectContaining({ code: 'EMPTY_INPUT', details: { fn: 'qualitySummary' } }),
    );
  });
});

describe('qualitySummary: groups', () => {
  test('come in the order their keys first appear among the reviews', () => {
    const rs = ['cy', 'ana', 'cy', 'ben', 'ana'].map((agent) => ({ agent, scores: { tone: 5, accuracy: 5, policy: true } }));
    expect(qualitySummary(rs, scorecard, { by: 'agent' }).groups.map((g) => [g.key, g.reviews])).toStrictEqual([
      ['cy', 2],
      ['ana', 2],
      ['ben', 1],
    ]);
  });

  test('by may be a function of the review and its index', () => {
    const s = qualitySummary(reviews, scorecard, { by: (_review, i) => (i < 2 ? 'first two' : 'rest') });
    expect(s.groups.map((g) => [g.key, g.score])).toStrictEqual([
      ['first two', 66.25],
      ['rest', 0],
    ]);
  });

  test('a review without the field falls in the group undefined', () => {
    const rs: Array<Review & { agent?: string }> = [reviews[0]!, { scores: { tone: 1, accuracy: 1, policy: true } }];
    expect(qualitySummary(rs, scorecard, { by: 'agent' }).groups.map((g) => [g.key, g.score])).toStrictEqual([
      ['ana', 70],
      [undefined, 20],
    ]);
  });

  test("each group's figures equal the summary of its reviews alone", () => {
    const s = qualitySummary(reviews, scorecard, { by: 'agent' });
    const ana = qualitySummary([reviews[0]!, reviews[1]!], scorecard);
    expect(s.groups[0]).toStrictEqual({ key: 'ana', score: ana.score, reviews: ana.reviews, leftOut: ana.leftOut, autoFails: ana.autoFails, criteria: ana.criteria });
  });

  test('an error in a review names its index among all the reviews, not within its group', () => {
    const rs = [...reviews, { agent: 'ana', scores: { tone: 6, accuracy: 3, policy: true } }];
    expect(() => qualitySummary(rs, scorecard, { by: 'agent' })).toThrow(
      expect.objectContaining({
        code: 'OUT_OF_RANGE',
        details: { fn: 'qualitySummary', index: 3 },
        message: 'qualitySummary: review 3 scores criterion "tone" 6, outside its scale 1–5',
      }),
    );
  });
});

describe('qualitySummary: options', () => {
  test('an unknown option is rejected: INVALID_OPTION', () => {
    expect(() => qualitySummary(reviews, scorecard, { groupBy: 'agent' } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', message: 'qualitySummary: unknown option "groupBy"; known options: by' }),
    );
  });

  test('by must be a field name or a function: INVALID_OPTION', () => {
    expect(() => qualitySummary(reviews, scorecard, { by: 3 } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });

  test('by: undefined is the same as no by', () => {
    expect(qualitySummary(reviews, scorecard, { by: undefined } as never)).toStrictEqual(qualitySummary(reviews, scorecard));
  });
});
