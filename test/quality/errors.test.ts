import { describe, expect, test } from 'vitest';
import { internalQualityScore, MetricError, qualitySummary, reviewScore, type Scorecard } from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

const scorecard: Scorecard = [
  { id: 'tone', weight: 1, scale: { min: 1, max: 5 } },
  { id: 'accuracy', weight: 3, scale: { min: 1, max: 5 } },
  { id: 'policy', weight: 1, scale: 'pass-fail', critical: true },
];
const good = { scores: { tone: 5, accuracy: 3, policy: true } };


/** The error internalQualityScore throws for `bad` as review 1 (after a good review). */
function reviewError(bad: unknown): MetricError {
  return metricErrorOf(() => internalQualityScore([good, bad] as never, scorecard));
}

describe('a bad review names the review index and the criterion', () => {
  test.each([
    [
      'a rating above the scale: OUT_OF_RANGE',
      { scores: { tone: 6, accuracy: 3, policy: true } },
      'OUT_OF_RANGE',
      'review 1 scores criterion "tone" 6, outside its scale 1–5',
    ],
    [
      'a rating below the scale: OUT_OF_RANGE',
      { scores: { tone: 5, accuracy: 0, policy: true } },
      'OUT_OF_RANGE',
      'review 1 scores criterion "accuracy" 0, outside its scale 1–5',
    ],
    [
      'a rating above the scale after one at its lowest point (which is in it): OUT_OF_RANGE',
      { scores: { tone: 1, accuracy: 6, policy: true } },
      'OUT_OF_RANGE',
      'review 1 scores criterion "accuracy" 6, outside its scale 1–5',
    ],
    [
      'a fraction on a scale of whole points: NOT_INTEGER',
      { scores: { tone: 3.5, accuracy: 3, policy: true } },
      'NOT_INTEGER',
      'review 1 scores criterion "tone" 3.5, not a whole point of its scale 1–5',
    ],
    [
      'NaN: NOT_FINITE',
      { scores: { tone: NaN, accuracy: 3, policy: true } },
      'NOT_FINITE',
      'review 1 scores criterion "tone" NaN, not a finite number',
    ],
    [
      'Infinity: NOT_FINITE',
      { scores: { tone: 5, accuracy: Infinity, policy: true } },
      'NOT_FINITE',
      'review 1 scores criterion "accuracy" Infinity, not a finite number',
    ],
    [
      'a boolean on a rating scale: INVALID_TYPE',
      { scores: { tone: true, accuracy: 3, policy: true } },
      'INVALID_TYPE',
      'review 1 scores criterion "tone" true, not a number on its scale 1–5',
    ],
    [
      'a string on a rating scale: INVALID_TYPE, never coerced',
      { scores: { tone: '5', accuracy: 3, policy: true } },
      'INVALID_TYPE',
      'review 1 scores criterion "tone" "5" (a string), not a number on its scale 1–5',
    ],
    [
      'a number on pass-fail: INVALID_TYPE',
      { scores: { tone: 5, accuracy: 3, policy: 1 } },
      'INVALID_TYPE',
      'review 1 scores criterion "policy" 1, but "policy" is pass-fail: give true (pass), false (fail) or null (not applicable)',
    ],
    [
      'a missing rating that is not null: INVALID_TYPE',
      { scores: { tone: 5, policy: true } },
      'INVALID_TYPE',
      'review 1 has no score for criterion "accuracy"; give null when it does not apply',
    ],
    [
      'a rating given as undefined: INVALID_TYPE',
      { scores: { tone: 5, accuracy: undefined, policy: true } },
      'INVALID_TYPE',
      'review 1 has no score for criterion "accuracy"; give null when it does not apply',
    ],
    [
      'a rating for a criterion the scorecard does not have: INVALID_TYPE',
      { scores: { tone: 5, accuracy: 3, policy: true, empathy: 4 } },
      'INVALID_TYPE',
      'review 1 scores criterion "empathy", which the scorecard does not have (it has tone, accuracy, policy)',
    ],
    [
      'a misspelt criterion is reported as unknown before the criterion it misses',
      { scores: { tonne: 5, accuracy: 3, policy: true } },
      'INVALID_TYPE',
      'review 1 scores criterion "tonne", which the scorecard does not have (it has tone, accuracy, policy)',
    ],
    ['a review that is not an object: INVALID_TYPE', null, 'INVALID_TYPE', 'review 1 is null, not an object { scores }'],
    [
      'a review without scores: INVALID_TYPE',
      { agent: 'ana' },
      'INVALID_TYPE',
      'review 1 has scores undefined; give an object with a rating per criterion id',
    ],
    [
      'a review weight of 0: INVALID_WEIGHTS',
      { ...good, weight: 0 },
      'INVALID_WEIGHTS',
      "review 1 has weight 0; a review's weight must be a finite number > 0 (leave a review out rather than weigh it 0)",
    ],
    [
      'a negative review weight: INVALID_WEIGHTS',
      { ...good, weight: -1 },
      'INVALID_WEIGHTS',
      "review 1 has weight -1; a review's weight must be a finite number > 0 (leave a review out rather than weigh it 0)",
    ],
    [
      'an infinite review weight: INVALID_WEIGHTS',
      { ...good, weight: Infinity },
      'INVALID_WEIGHTS',
      "review 1 has weight Infinity; a review's weight must be a finite number > 0 (leave a review out rather than weigh it 0)",
    ],
    [
      'a review weight that is a string: INVALID_WEIGHTS',
      { ...good, weight: '2' },
      'INVALID_WEIGHTS',
      'review 1 has weight "2"; a review\'s weight must be a finite number > 0 (leave a review out rather than weigh it 0)',
    ],
  ])('%s', (_name, bad, code, message) => {
    const error = reviewError(bad);
    expect(error.code).toBe(code);
    expect(error.details).toStrictEqual({ fn: 'internalQualityScore', index: 1 });
    expect(error.message).toBe(`internalQualityScore: ${message}`);
  });

  test('a fraction that rounds to a whole index on a scale below zero is still NOT_INTEGER (−5e−324 on −5…5)', () => {
    const card: Scorecard = [{ id: 'c', weight: 1, scale: { min: -5, max: 5 } }];
    const error = metricErrorOf(() => reviewScore({ scores: { c: -5e-324 } }, card));
    expect(error.code).toBe('NOT_INTEGER');
    expect(error.message).toBe('reviewScore: the review scores criterion "c" -5e-324, not a whole point of its scale -5–5');
  });

  test('reviewScore, for a single review, says "the review" and gives no index', () => {
    const error = metricErrorOf(() => reviewScore({ scores: { tone: 6, accuracy: 3, policy: true } }, scorecard));
    expect(error.code).toBe('OUT_OF_RANGE');
    expect(error.details).toStrictEqual({ fn: 'reviewScore' });
    expect(error.message).toBe('reviewScore: the review scores criterion "tone" 6, outside its scale 1–5');
  });

  test('qualitySummary reports as itself', () => {
    const error = metricErrorOf(() => qualitySummary([good, good, { scores: {} }], scorecard));
    expect(error.details).toStrictEqual({ fn: 'qualitySummary', index: 2 });
    expect(error.message).toBe('qualitySummary: review 2 has no score for criterion "tone"; give null when it does not apply');
  });

  test('the first bad review is the one reported', () => {
    const error = metricErrorOf(() =>
      internalQualityScore([good, { scores: { tone: 9, accuracy: 3, policy: true } }, { scores: { tone: 0, accuracy: 3, policy: true } }], scorecard),
    );
    expect(error.details.index).toBe(1);
  });

  test('a bad rating is reported even in a review that a critical criterion has already failed', () => {
    expect(reviewError({ scores: { tone: 5, accuracy: 7, policy: false } }).code).toBe('OUT_OF_RANGE');
  });

  test('reviews that are not a list: INVALID_TYPE, with the one message of every input that has no accepted form', () => {
    const error = metricErrorOf(() => internalQualityScore(good as never, scorecard));
    expect(error.code).toBe('INVALID_TYPE');
    expect(error.message).toBe('internalQualityScore: input is an object that is not a list; pass reviews (an array or iterable of objects)');
    expect(metricErrorOf(() => qualitySummary(5 as never, scorecard)).code).toBe('INVALID_TYPE');
    expect(metricErrorOf(() => internalQualityScore(new Float64Array(2) as never, scorecard)).code).toBe('INVALID_TYPE');
  });

  test('the first bad review of a generator is named by its position', () => {
    function* reviews(): Generator {
      yield good;
      yield good;
      yield { scores: { tone: 9, accuracy: 3, policy: true } };
    }
    const error = metricErrorOf(() => internalQualityScore(reviews() as never, scorecard));
    expect(error.code).toBe('OUT_OF_RANGE');
    expect(error.details).toStrictEqual({ fn: 'internalQualityScore', index: 2 });
  });
});

describe('a bad scorecard: INVALID_OPTION for its shape, INVALID_WEIGHTS for its weights', () => {
  const tone = { id: 'tone', weight: 1, scale: { min: 1, max: 5 } };

  test.each([
    ['not an array', 'tone', 'INVALID_OPTION', 'the scorecard must be an array of criteria, got "tone"'],
    ['empty', [], 'INVALID_OPTION', 'the scorecard is empty; it needs at least one criterion'],
    ['a criterion that is not an object', [tone, 'accuracy'], 'INVALID_OPTION', 'scorecard[1] must be a criterion { id, weight, scale }, got "accuracy"'],
    ['a criterion without an id', [{ weight: 1, scale: 'pass-fail' }], 'INVALID_OPTION', 'scorecard[0].id must be a non-empty string, got undefined'],
    ['an empty id', [{ ...tone, id: '' }], 'INVALID_OPTION', 'scorecard[0].id must be a non-empty string, got ""'],
    ['an id that is not a string', [{ ...tone, id: 3 }], 'INVALID_OPTION', 'scorecard[0].id must be a non-empty string, got 3'],
    [
      'a duplicate id',
      [tone, { id: 'policy', weight: 1, scale: 'pass-fail' }, { ...tone, weight: 2 }],
      'INVALID_OPTION',
      'scorecard[2] ("tone") repeats the id of scorecard[0]; criterion ids must be unique',
    ],
    [
      'an unknown key, such as a misspelt critical',
      [{ ...tone, critcal: true }],
      'INVALID_OPTION',
      'scorecard[0] ("tone") has an unknown key "critcal"; a criterion has id, weight, scale, critical',
    ],
    ['critical that is not a boolean', [{ ...tone, critical: 'yes' }], 'INVALID_OPTION', 'scorecard[0] ("tone").critical must be true or false, got "yes"'],
    [
      'a scale that is another string',
      [{ ...tone, scale: 'pass/fail' }],
      'INVALID_OPTION',
      `scorecard[0] ("tone").scale must be 'pass-fail' or a scale { min, max }, got "pass/fail"`,
    ],
    [
      'a scale whose max is not above its min',
      [{ ...tone, scale: { min: 5, max: 1 } }],
      'INVALID_OPTION',
      'scorecard[0] ("tone").scale 5–1 is empty or has one point; max must be greater than min',
    ],
    [
      'a scale of one point',
      [{ ...tone, scale: { min: 3, max: 3 } }],
      'INVALID_OPTION',
      'scorecard[0] ("tone").scale 3–3 is empty or has one point; max must be greater than min',
    ],
    [
      'a scale with a fractional bound',
      [{ ...tone, scale: { min: 0, max: 2.5 } }],
      'INVALID_OPTION',
      'scorecard[0] ("tone").scale.max must be a whole number within ±2^31, got 2.5',
    ],
    [
      'a negative weight',
      [{ ...tone, weight: -1 }],
      'INVALID_WEIGHTS',
      'the weight of criterion "tone" is -1; a weight must be a finite number ≥ 0',
    ],
    ['a NaN weight', [{ ...tone, weight: NaN }], 'INVALID_WEIGHTS', 'the weight of criterion "tone" is NaN; a weight must be a finite number ≥ 0'],
    [
      'an infinite weight',
      [{ ...tone, weight: Infinity }],
      'INVALID_WEIGHTS',
      'the weight of criterion "tone" is Infinity; a weight must be a finite number ≥ 0',
    ],
    ['a missing weight', [{ id: 'tone', scale: 'pass-fail' }], 'INVALID_WEIGHTS', 'the weight of criterion "tone" is undefined; a weight must be a finite number ≥ 0'],
    [
      'weights that are all zero',
      [{ ...tone, weight: 0 }, { id: 'policy', weight: 0, scale: 'pass-fail', critical: true }],
      'INVALID_WEIGHTS',
      'all criteria have weight 0; at least one weight must be positive',
    ],
    [
      'weights so large that weight × 100 overflows',
      [{ ...tone, weight: 1e307 }],
      'INVALID_WEIGHTS',
      "the criteria's weights add up to 1e+307, too large to score with; scale them down",
    ],
  ])('%s', (_name, card, code, message) => {
    for (const [fn, call] of [
      ['reviewScore', () => reviewScore(good, card as never)],
      ['internalQualityScore', () => internalQualityScore([good], card as never)],
      ['qualitySummary', () => qualitySummary([good], card as never)],
    ] as const) {
      const error = metricErrorOf(call);
      expect(error.code).toBe(code);
      expect(error.details).toStrictEqual({ fn });
      expect(error.message).toBe(`${fn}: ${message}`);
    }
  });

  test('the scorecard is checked before the reviews', () => {
    expect(metricErrorOf(() => internalQualityScore([], [])).code).toBe('INVALID_OPTION');
  });

  test("review weights whose sum overflows: INVALID_WEIGHTS", () => {
    const error = metricErrorOf(() => internalQualityScore([{ ...good, weight: 1e308 }, { ...good, weight: 1e308 }], scorecard));
    expect(error.code).toBe('INVALID_WEIGHTS');
  });
});
