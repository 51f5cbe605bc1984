/**
 * How the fuzz suite calls each runtime export of the package. Every export
 * needs an entry here — the suite fails for one without — so that a new
 * function is fuzzed from the day it is exported. The documented examples
 * are always among the valid inputs (test/fuzz/examples.ts); `valid` adds
 * generated ones. `ranges` gives the documented range of each number of a
 * result: a percentage, a probability, a count…
 */
import fc from 'fast-check';
import type { Range, Ranges } from './harness.js';

/** How one export is fuzzed. */
export interface Description {
  /** `'class'` for a constructor (called with `new`), `'constant'` for a value; a function by default. */
  readonly kind?: 'function' | 'class' | 'constant';
  /** Valid argument lists beside the documented examples. */
  readonly valid?: fc.Arbitrary<readonly unknown[]>;
  /** Result paths where `undefined` or `null` is documented: `mean`, `groups[].mean`, `*` for anywhere. */
  readonly absent?: readonly string[];
  /** Result paths that hold the caller's own values (labels, group keys, what a callback returned): not checked. */
  readonly echoed?: readonly string[];
  /** The time one call may take, in ms, when longer than the suite's default. */
  readonly bound?: number;
  /**
   * The documented range of each numeric result field, by path (as in
   * `absent`; `''` for the result itself, `*` for any one key), or one
   * range for a result that is a number. Fields named in
   * {@link RANGES_BY_NAME} have theirs unless given here. Taken from the
   * function's TSDoc and docs/conventions.md, not from what it returns.
   */
  readonly ranges?: Range | Ranges;
}

// ---------------------------------------------------------------------------
// Ranges

/**
 * Ranges by field name: names that mean one thing across the package (STYLE.md,
 * "one meaning per name"), so that a field of that name has its range
 * wherever it appears unless an entry says otherwise.
 */
export const RANGES_BY_NAME: Ranges = {
  // probabilities, 0–1
  pValue: 'probability',
  adjustedPValue: 'probability',
  confidence: 'probability',
  probabilityOfWaiting: 'probability',
  probabilityOfAbandoning: 'probability',
  relativeAccuracy: 'probability',
  // rates and shares, 0–100
  rate: 'percentage',
  share: 'percentage',
  promoterShare: 'percentage',
  passiveShare: 'percentage',
  detractorShare: 'percentage',
  easyShare: 'percentage',
  difficultShare: 'percentage',
  notApplicableShare: 'percentage',
  serviceLevel: 'percentage',
  occupancy: 'percentage',
  utilization: 'percentage',
  retentionRate: 'percentage',
  churnRate: 'percentage',
  reopenRate: 'percentage',
  oneTouchRate: 'percentage',
  abandonmentRate: 'percentage',
  achievementRate: 'percentage',
  // spreads, times and counts
  standardError: 'nonNegative',
  marginOfError: 'nonNegative',
  trafficIntensity: 'nonNegative',
  averageSpeedOfAnswer: 'nonNegative',
  leftOut: 'count',
  iterations: 'count',
  logLikelihood: 'real',
};

/** `ranges` with every path put under `prefix`. */
function under(prefix: string, ranges: Ranges): Ranges {
  return Object.fromEntries(Object.entries(ranges).map(([path, range]) => [path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`, range]));
}

/** A quantile sketch's fields, its private ones included: values added are > 0, a summary's zeros are in `zeroCount`. */
const SKETCH: Ranges = {
  count: 'count',
  sum: 'nonNegative',
  zeroCount: 'count',
  min: 'nonNegative',
  max: 'nonNegative',
  // ln((1 + α) / (1 − α)) and its inverse, for 0 < α < 1
  logGamma: 'positive',
  inverseLogGamma: 'positive',
  'counts[]': 'count',
  offset: 'integer',
};

/** A summary of durations (refused when negative). */
const DURATION_FIGURES: Ranges = {
  count: 'count',
  sum: 'nonNegative',
  mean: 'nonNegative',
  median: 'nonNegative',
  p90: 'nonNegative',
  min: 'nonNegative',
  max: 'nonNegative',
};

/** A summary of durations with its sketch, when the options ask for one. */
const DURATIONS: Ranges = { ...DURATION_FIGURES, ...under('sketch', SKETCH) };

/** A fit by maximum likelihood: positive parameters (shapes and rates), their standard errors, iterations and log-likelihood by name. */
function fit(...parameters: readonly string[]): Ranges {
  return { ...Object.fromEntries(parameters.map((name) => [name, 'positive'])), 'standardErrors.*': 'nonNegative' };
}

/** Reads an own data property, without calling a getter; `undefined` for anything else. */
function dataOf(o: unknown, key: string): unknown {
  if (o === null || typeof o !== 'object') return undefined;
  const d = Object.getOwnPropertyDescriptor(o, key);
  return d !== undefined && 'value' in d ? d.value : undefined;
}

/** The `scale` of an options object or a tally, when it holds one. */
function scaleIn(o: unknown): Scale | undefined {
  const scale = dataOf(o, 'scale');
  const min = dataOf(scale, 'min');
  const max = dataOf(scale, 'max');
  return typeof min === 'number' && typeof max === 'number' ? { min, max } : undefined;
}

/**
 * The scale a survey call was made on: the options' `scale` (argument
 * `options`), else that of a tally among the inputs (arguments `inputs`, or,
 * with `grouped`, the groups inside argument 0), else the metric's default.
 */
function callScale(args: readonly unknown[], fallback: Scale, options: number, inputs: readonly number[], grouped: boolean): Scale {
  const given = scaleIn(args[options]);
  if (given !== undefined) return given;
  const candidates = grouped ? Object.keys(args[0] ?? {}).slice(0, 100).map((k) => dataOf(args[0], k)) : inputs.map((i) => args[i]);
  for (const c of candidates) {
    const s = scaleIn(c);
    if (s !== undefined) return s;
  }
  return fallback;
}

/** On the survey's scale: a mean rating (CSAT's mean, CES), its interval's bounds. */
function onScale(fallback: Scale, options: number, inputs: readonly number[] = [0], grouped = false): Range {
  return (args) => {
    const { min, max } = callScale(args, fallback, options, inputs, grouped);
    return [min, max];
  };
}

/** A difference of two means on the survey's scale: ±(max − min). */
function acrossScale(fallback: Scale, options: number, inputs: readonly number[] = [0, 1], grouped = false): Range {
  return (args) => {
    const { min, max } = callScale(args, fallback, options, inputs, grouped);
    return [-(max - min), max - min];
  };
}

const CSAT_DEFAULT: Scale = { min: 1, max: 5 };
const CES_DEFAULT: Scale = { min: 1, max: 7 };

/** What a two-sample comparison returns, its difference and bounds in `difference`; p-value, confidence and standard error by name. */
function comparison(difference: Range): Ranges {
  return { difference, lower: difference, upper: difference, statistic: 'real' };
}

/** A test across groups: X² or F ≥ 0, and each pair's comparison. */
function acrossGroups(difference: Range): Ranges {
  return {
    statistic: 'nonNegative',
    degreesOfFreedom: 'count',
    'groups[]': 'count',
    ...under('pairwise[]', comparison(difference)),
    'pairwise[].a': 'count',
    'pairwise[].b': 'count',
  };
}

/** The interval of a score: its estimate, centre and bounds in `score`; `count` the responses, `effectiveSize` Kish's n. */
function interval(score: Range): Ranges {
  return { score, center: score, lower: score, upper: score, count: 'count', effectiveSize: 'nonNegative' };
}

/** A customer's counts and rates between two lists or snapshots. */
const MOVEMENT: Ranges = { start: 'count', end: 'count', retained: 'count', lost: 'count', acquired: 'count' };

/** The occupancy figures of a team or an agent: times in the options' unit, the percentages by name. */
const OCCUPANCY: Ranges = { handling: 'nonNegative', available: 'nonNegative', loggedIn: 'nonNegative' };

/** A ticket history as the readers of help-desk exports return it. */
const HISTORY: Ranges = { createdAt: 'instant', 'events[].at': 'instant' };

/** The histories of {@link summarizeTransactions} and {@link calibrationHoldout}: amounts may be negative (refunds). */
const CUSTOMER_HISTORY: Ranges = { '[].frequency': 'count', '[].recency': 'nonNegative', '[].T': 'nonNegative', '[].monetaryValue': 'real' };

/** The IQS figures of all reviews or of one group, and of each criterion. */
const QUALITY: Ranges = {
  score: 'percentage',
  reviews: 'count',
  autoFails: 'count',
  'criteria[].score': 'percentage',
  'criteria[].rated': 'count',
  'criteria[].notApplicable': 'count',
  'criteria[].autoFails': 'count',
};

/** A staffing result: agents on the phones and to schedule, the model's figures by name. */
const STAFFING: Ranges = { agents: 'count', scheduled: 'count' };

// ---------------------------------------------------------------------------
// Survey inputs

interface Scale {
  readonly min: number;
  readonly max: number;
}

const NPS_SCALE: Scale = { min: 0, max: 10 };

/** Scales of `points` or more points, some below zero, some wide. */
function scaleArb(points: number): fc.Arbitrary<Scale> {
  return fc
    .tuple(fc.oneof(fc.integer({ min: -20, max: 20 }), fc.constantFrom(0, 1, -1000)), fc.oneof(fc.integer({ min: points - 1, max: 12 }), fc.constant(1000)))
    .map(([min, span]) => ({ min, max: min + span }));
}

/** Answers on `scale` as an array or a typed array. */
function answersArb(scale: Scale, minLength = 0): fc.Arbitrary<ArrayLike<number>> {
  return fc
    .tuple(fc.array(fc.integer({ min: scale.min, max: scale.max }), { minLength, maxLength: 60 }), fc.constantFrom('array', 'float64', 'int32', 'iterable'))
    .map(([answers, kind]) => {
      switch (kind) {
        case 'float64':
          return Float64Array.from(answers);
        case 'int32':
          return Int32Array.from(answers);
        case 'iterable':
          // an iterable without a length, read as a list
          return { [Symbol.iterator]: () => answers[Symbol.iterator]() } as unknown as ArrayLike<number>;
        default:
          return answers;
      }
    });
}

/** A tally of `scale`. */
function tallyArb(scale: Scale): fc.Arbitrary<{ scale: Scale; counts: number[] }> {
  return fc
    .array(fc.oneof(fc.nat(50), fc.nat()), { minLength: scale.max - scale.min + 1, maxLength: scale.max - scale.min + 1 })
    .map((counts) => ({ scale, counts }));
}

/** Weights for `n` answers. */
function weightsArb(n: number): fc.Arbitrary<number[]> {
  return fc.array(fc.oneof(fc.double({ min: 0, max: 10, noNaN: true }), fc.constantFrom(0, 1, 2)), { minLength: n, maxLength: n });
}

/** Raw answers on `scale`, with weights or without; `options` adds the metric's own options. */
function rawWithOptions(scale: Scale, options: fc.Arbitrary<Record<string, unknown>>, minLength = 0): fc.Arbitrary<unknown[]> {
  return fc.tuple(answersArb(scale, minLength), options, fc.boolean()).chain(([answers, o, weighted]): fc.Arbitrary<unknown[]> => {
    // an iterable has no length to weigh by: it goes without weights
    if (!weighted || !('length' in answers)) return fc.constant([answers, o]);
    return weightsArb(answers.length).map((weights) => [answers, { ...o, weights }]);
  });
}

const npsCounts = fc.record({ promoters: fc.nat(1000), passives: fc.nat(1000), detractors: fc.nat(1000) });
const confidence = fc.oneof(fc.constant(undefined), fc.double({ min: 0.01, max: 0.999, noNaN: true }), fc.constantFrom(0.9, 0.95, 0.99));

/** Options without undefined fields (undefined stands for "not given" anyway). */
function optionsOf(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

function npsArgs(extra: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<readonly unknown[]> {
  return fc.oneof(
    rawWithOptions(NPS_SCALE, extra),
    fc.tuple(npsCounts, extra),
    fc.tuple(tallyArb(NPS_SCALE), extra),
  );
}

const csatSettings = scaleArb(3).chain((scale) =>
  fc.record({ scale: fc.constant(scale), positiveFrom: fc.option(fc.integer({ min: scale.min + 1, max: scale.max }), { nil: undefined }) }),
);

function csatArgs(extra: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<readonly unknown[]> {
  return fc.tuple(csatSettings, extra).chain(([settings, more]) => {
    const o = optionsOf({ ...settings, ...more });
    return fc.oneof(
      rawWithOptions(settings.scale, fc.constant(o)),
      fc.nat(1000).chain((count) =>
        fc.record({ positive: fc.nat(count), count: fc.constant(count) }).map((c) => [c, optionsOf({ positiveFrom: settings.positiveFrom, ...more })]),
      ),
      tallyArb(settings.scale).map((t) => [t, o]),
    );
  });
}

const cesSettings = fc.record({ scale: scaleArb(4), higherIs: fc.constantFrom(undefined, 'easier', 'harder') });

function cesArgs(extra: fc.Arbitrary<Record<string, unknown>>, minLength = 0): fc.Arbitrary<readonly unknown[]> {
  return fc.tuple(cesSettings, extra).chain(([settings, more]) => {
    const o = optionsOf({ ...settings, ...more });
    return fc.oneof(
      rawWithOptions(settings.scale, fc.constant(o), minLength),
      fc
        .array(fc.integer({ min: settings.scale.min, max: settings.scale.max }), { minLength, maxLength: 40 })
        .map((xs) => [{ sum: xs.reduce((a, b) => a + b, 0), count: xs.length, sumOfSquares: xs.reduce((a, b) => a + b * b, 0) }, o]),
      tallyArb(settings.scale).map((t) => [t, o]),
    );
  });
}

const none = fc.constant({});
const npsIntervalOptions = fc.record({ confidence, method: fc.constantFrom(undefined, 'wald', 'adjusted-wald') }).map(optionsOf);
const csatIntervalOptions = fc.record({ confidence, method: fc.constantFrom(undefined, 'wald', 'wilson') }).map(optionsOf);
const confidenceOnly = fc.record({ confidence }).map(optionsOf);

/** Two samples of one metric and the comparison's options. */
function pairOf(one: fc.Arbitrary<readonly unknown[]>): fc.Arbitrary<readonly unknown[]> {
  return fc.tuple(one, one, confidence).map(([[a], [b], c]) => [a, b, optionsOf({ confidence: c })]);
}

// ---------------------------------------------------------------------------
// Every export

export const DESCRIPTIONS: Readonly<Record<string, Description>> = {
  // errors
  // an error holds the code, details and message it is given
  MetricError: { kind: 'class', echoed: ['*'] },
  isMetricError: {},

  // survey
  MAX_SCALE_POINTS: { kind: 'constant' },
  NPS_SCALE: { kind: 'constant' },
  tally: { ranges: { 'scale.min': 'integer', 'scale.max': 'integer', 'counts[]': 'count' }, valid: scaleArb(2).chain((scale) => answersArb(scale).map((answers) => [answers, scale])) },
  tallyRows: { ranges: { 'scale.min': 'integer', 'scale.max': 'integer', 'counts[]': 'count' } },
  mergeTallies: { ranges: { 'scale.min': 'integer', 'scale.max': 'integer', 'counts[]': 'count' }, valid: scaleArb(2).chain((scale) => fc.array(tallyArb(scale), { minLength: 1, maxLength: 4 })) },
  nps: { ranges: 'signedPercentage', valid: npsArgs(none) },
  // with weights, the counts are sums of weights
  npsSummary: { ranges: { score: 'signedPercentage', count: 'nonNegative', promoters: 'nonNegative', passives: 'nonNegative', detractors: 'nonNegative' }, valid: npsArgs(none) },
  csat: { ranges: 'percentage', valid: csatArgs(none) },
  happinessScore: { ranges: 'signedPercentage' },
  csatSummary: { ranges: { score: 'percentage', count: 'nonNegative', positive: 'nonNegative', mean: onScale(CSAT_DEFAULT, 1) }, valid: csatArgs(none), absent: ['mean'] },
  ces: { ranges: onScale(CES_DEFAULT, 1), valid: cesArgs(none) },
  cesSummary: { ranges: { mean: onScale(CES_DEFAULT, 1), count: 'nonNegative', easeIndex: 'percentage' }, valid: cesArgs(none), absent: ['easyShare', 'difficultShare'] },
  npsInterval: { ranges: interval('signedPercentage'), valid: npsArgs(npsIntervalOptions) },
  csatInterval: { ranges: interval('percentage'), valid: csatArgs(csatIntervalOptions) },
  cesInterval: { ranges: interval(onScale(CES_DEFAULT, 1)), valid: cesArgs(confidenceOnly, 2) },
  // NPS points: the interval is clipped to −200…200
  compareNps: { ranges: comparison([-200, 200]), valid: pairOf(npsArgs(none)) },
  compareCsat: { ranges: comparison('signedPercentage'), valid: csatSettings.chain((s) => fc.tuple(answersArb(s.scale, 1), answersArb(s.scale, 1), confidence).map(([a, b, c]) => [a, b, optionsOf({ ...s, confidence: c })])) },
  compareCes: { ranges: { ...comparison(acrossScale(CES_DEFAULT, 2)), degreesOfFreedom: 'positive' }, valid: cesSettings.chain((s) => fc.tuple(answersArb(s.scale, 2), answersArb(s.scale, 2), confidence).map(([a, b, c]) => [a, b, optionsOf({ ...s, confidence: c })])) },
  npsSampleSize: {
    ranges: 'count',
    valid: fc
      .record({
        marginOfError: fc.double({ min: 0.01, max: 200, noNaN: true }),
        confidence,
        promoterShare: fc.option(fc.double({ min: 0, max: 50, noNaN: true }), { nil: undefined }),
        detractorShare: fc.option(fc.double({ min: 0, max: 50, noNaN: true }), { nil: undefined }),
      })
      .map((o) => [optionsOf(o)]),
  },
  csatSampleSize: {
    ranges: 'count',
    valid: fc
      .record({
        marginOfError: fc.double({ min: 0.01, max: 100, noNaN: true }),
        confidence,
        expectedScore: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
      })
      .map((o) => [optionsOf(o)]),
  },

  // lifetime: the documented examples for now
  fitBgNbd: { ranges: fit('r', 'alpha', 'a', 'b'), bound: 5000 },
  bgNbdExpectedPurchases: { ranges: 'nonNegative' },
  bgNbdPopulationExpectedPurchases: { ranges: 'nonNegative' },
  bgNbdProbabilityAlive: { ranges: 'probability' },
  fitGammaGamma: { ranges: fit('p', 'q', 'v'), bound: 5000 },
  // a weighted mean of the population mean pv/(q − 1) and the customer's mean spend, both > 0 (0 where it underflows)
  gammaGammaExpectedAverageValue: { ranges: 'nonNegative' },
  probabilisticLifetimeValue: { ranges: 'nonNegative' },
  summarizeTransactions: { ranges: CUSTOMER_HISTORY, echoed: ['[].customerId'] },

  // customers
  customerRetentionRate: { ranges: 'percentage' },
  churnRate: { ranges: 'percentage' },
  customerMovement: { ranges: MOVEMENT },
  retentionSeries: { ranges: under('[]', MOVEMENT), absent: ['[].label'], echoed: ['[].label'] },
  customerLifetimeValue: { ranges: 'nonNegative' },
  // purchases may be negative (refunds), and so may the value
  historicCustomerLifetimeValue: { ranges: 'real' },
  predictiveCustomerLifetimeValue: { ranges: 'nonNegative' },
  // negative for a customer who costs money
  discountedCustomerLifetimeValue: { ranges: 'real' },
  // 100 / churnRate, with 0 < churnRate ≤ 100
  averageCustomerLifespan: { ranges: [1, Number.MAX_VALUE] },
  participationRate: { ranges: 'percentage' },
  referralRate: { ranges: 'percentage' },
  feedbackResponseRate: { ranges: 'percentage' },
  engagementScore: { ranges: 'percentage' },
  channelShares: { ranges: { count: 'count', 'channels.*.count': 'count' } },

  // quality
  reviewScore: { ranges: 'percentage' },
  internalQualityScore: { ranges: 'percentage' },
  qualitySummary: { ranges: { ...QUALITY, ...under('groups[]', QUALITY) }, absent: ['groups', 'groups[].score', 'groups[].criteria[].score', 'criteria[].score'], echoed: ['groups[].key'] },

  // statistics and segments
  // in the unit of the values
  percentile: { ranges: 'real' },
  quantile: { ranges: 'real' },
  durationSummary: { ranges: DURATIONS, absent: ['median', 'p90', 'min', 'max'] },
  segment: { ranges: { '[].count': 'count' }, echoed: ['[].key', '[].value'] },

  // support
  averageFirstResponseTime: { ranges: 'nonNegative' },
  firstResponseTimeSummary: { ranges: DURATIONS, absent: ['median', 'p90', 'min', 'max'] },
  averageResponseTime: { ranges: 'nonNegative' },
  responseTimeSummary: { ranges: DURATIONS, absent: ['median', 'p90', 'min', 'max'] },
  averageResolutionTime: { ranges: 'nonNegative' },
  resolutionTimeSummary: { ranges: DURATIONS, absent: ['median', 'p90', 'min', 'max'] },
  averageComplaintResolutionTime: { ranges: 'nonNegative' },
  complaintResolutionTimeSummary: { ranges: DURATIONS, absent: ['median', 'p90', 'min', 'max'] },
  averageWaitTime: { ranges: 'nonNegative' },
  waitTimeSummary: { ranges: DURATIONS, absent: ['median', 'p90', 'min', 'max'] },
  averageHandleTime: { ranges: 'nonNegative' },
  handleTimeSummary: { ranges: DURATIONS, absent: ['median', 'p90', 'min', 'max'] },
  slaComplianceRate: { ranges: 'percentage' },
  slaComplianceSummary: { ranges: { met: 'count', breached: 'count', measured: 'count' } },
  firstContactResolutionRate: { ranges: 'percentage' },
  firstContactResolutionSummary: { ranges: { resolvedOnFirstContact: 'count', resolved: 'count' } },

  // ticket histories and readers of help-desk exports: the documented examples for now
  ticketMetrics: {
    ranges: {
      firstReplyTime: 'nonNegative',
      firstResolutionTime: 'nonNegative',
      fullResolutionTime: 'nonNegative',
      requesterWaitTime: 'nonNegative',
      agentWorkTime: 'nonNegative',
      agentWaitTime: 'nonNegative',
      onHoldTime: 'nonNegative',
      'nextReplyTimes[]': 'nonNegative',
      replies: 'count',
      reopens: 'count',
      assigneeStations: 'count',
      groupStations: 'count',
    },
    absent: ['firstReplyTime', 'firstResolutionTime', 'fullResolutionTime'] },
  ticketMetricsSummary: {
    ranges: {
      count: 'count',
      solved: 'count',
      reopened: 'count',
      oneTouch: 'count',
      ...['firstReplyTime', 'firstResolutionTime', 'fullResolutionTime', 'requesterWaitTime', 'agentWorkTime', 'agentWaitTime', 'onHoldTime', 'nextReplyTime', 'repliesPerSolvedTicket']
        .map((field) => under(field, DURATION_FIGURES))
        .reduce((a, b) => ({ ...a, ...b })),
    },
    absent: ['firstReplyTime', 'firstResolutionTime', 'fullResolutionTime', 'nextReplyTime', 'reopenRate', 'oneTouchRate', 'repliesPerSolvedTicket'],
  },
  slaAchievement: { ranges: { '*.achieved': 'count', '*.breached': 'count', '*.active': 'count', 'breaches[].index': 'count', 'breaches[].target': 'nonNegative', 'breaches[].time': 'nonNegative' }, absent: ['firstReply.achievementRate', 'nextReply.achievementRate', 'periodicUpdate.achievementRate', 'pausableUpdate.achievementRate', 'requesterWait.achievementRate', 'agentWork.achievementRate', 'breaches[].ticketId'], echoed: ['breaches[].ticketId'] },
  fromZendesk: { ranges: HISTORY, absent: ['events[].assignee', 'events[].group'], echoed: ['id', 'priority', 'channel', 'events[].authorId', 'events[].assignee', 'events[].group'] },
  fromIntercom: { ranges: HISTORY, absent: ['events[].assignee', 'events[].group'], echoed: ['id', 'priority', 'channel', 'events[].authorId', 'events[].assignee', 'events[].group'] },

  // contact centre and workload: the documented examples for now
  // every field by name: traffic intensity, P(wait), P(abandon), service level, ASA, occupancy
  erlangC: {},
  erlangA: {},
  requiredAgents: { ranges: STAFFING },
  staffingPlan: { ranges: { ...under('[]', STAFFING), '[].contacts': 'nonNegative', '[].handleTime': 'nonNegative' } },
  queueSummary: { ranges: { offered: 'count', answered: 'count', answeredWithin: 'count', abandoned: 'count', shortAbandoned: 'count', waiting: 'count', 'wait.median': 'nonNegative', 'wait.p90': 'nonNegative', 'wait.longest': 'nonNegative' }, absent: ['serviceLevel', 'abandonmentRate', 'averageSpeedOfAnswer', 'wait'] },
  agentOccupancy: { ranges: { ...OCCUPANCY, ...under('byAgent[]', OCCUPANCY) }, absent: ['byAgent[].occupancy', 'byAgent[].utilization'], echoed: ['byAgent[].agent'] },
  ticketVolume: { ranges: { '[].count': 'count' } },
  backlog: { ranges: { '[].open': 'count' } },
  reopenRate: { ranges: 'percentage' },
  escalationRate: { ranges: 'percentage' },
  contactRate: { ranges: 'nonNegative' },

  // lifetime models and statistics across groups: the documented examples for now
  bdwRetentionRate: { ranges: 'percentage' },
  bdwSurvival: { ranges: 'probability' },
  bgBbExpectedPurchases: { ranges: 'nonNegative' },
  bgBbPopulationExpectedPurchases: { ranges: 'nonNegative' },
  bgBbProbabilityAlive: { ranges: 'probability' },
  bgBbProbabilityOfPurchases: { ranges: 'probability' },
  bgNbdProbabilityOfPurchases: { ranges: 'probability' },
  calibrationHoldout: {
    ranges: { ...CUSTOMER_HISTORY, '[].holdoutFrequency': 'count', '[].holdoutMonetaryValue': 'real', '[].holdoutDuration': 'nonNegative', '[].repeatTimes[]': 'nonNegative' },
    echoed: ['[].customerId'],
  },
  compareCesAcross: { ranges: { ...acrossGroups(acrossScale(CES_DEFAULT, 1, [], true)), 'pairwise[].degreesOfFreedom': 'positive', denominatorDegreesOfFreedom: 'positive' } },
  compareCsatAcross: { ranges: acrossGroups('signedPercentage') },
  compareNpsAcross: { ranges: acrossGroups([-200, 200]) },
  csatProbabilityOfImprovement: { ranges: 'probability' },
  fitBetaDiscreteWeibull: { ranges: fit('alpha', 'beta', 'c') },
  fitBgBb: { ranges: fit('alpha', 'beta', 'gamma', 'delta') },
  fitMbgNbd: { ranges: fit('r', 'alpha', 'a', 'b') },
  fitParetoNbd: { ranges: fit('r', 'alpha', 's', 'beta') },
  fitShiftedBetaGeometric: { ranges: fit('alpha', 'beta') },
  mbgNbdExpectedPurchases: { ranges: 'nonNegative' },
  mbgNbdPopulationExpectedPurchases: { ranges: 'nonNegative' },
  mbgNbdProbabilityAlive: { ranges: 'probability' },
  mbgNbdProbabilityOfPurchases: { ranges: 'probability' },
  npsProbabilityOfImprovement: { ranges: 'probability' },
  paretoNbdExpectedPurchases: { ranges: 'nonNegative' },
  paretoNbdPopulationExpectedPurchases: { ranges: 'nonNegative' },
  paretoNbdProbabilityAlive: { ranges: 'probability' },
  paretoNbdProbabilityOfPurchases: { ranges: 'probability' },
  sbgDiscountedResidualLifetime: { ranges: 'positive' },
  sbgRetentionRate: { ranges: 'percentage' },
  sbgSurvival: { ranges: 'probability' },
  trackingTable: { ranges: { '[].period': 'count', '[].actual': 'count', '[].expected': 'nonNegative' } },

  // quantile sketches (an empty sketch has no min or max) and calendar periods: the documented examples for now
  quantileSketch: { ranges: SKETCH, absent: ['min', 'max'] },
  mergeQuantileSketches: { ranges: SKETCH, absent: ['min', 'max'] },
  quantileSketchFromJSON: { ranges: SKETCH, absent: ['min', 'max'] },
  sketchSummary: { ranges: DURATIONS },
  periodStart: {},
  // a key function for segment, fuzzed through segment's examples
  period: { echoed: ['*'] },

  // business hours
  businessCalendar: {},
  businessDuration: { ranges: 'nonNegative' },
  addBusinessTime: {},
  isWithinBusinessHours: {},
};
