/**
 * How the fuzz suite calls each runtime export of the package. Every export
 * needs an entry here — the suite fails for one without — so that a new
 * function is fuzzed from the day it is exported. The documented examples
 * are always among the valid inputs (test/fuzz/examples.ts); `valid` adds
 * generated ones.
 */
import fc from 'fast-check';

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
}

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
  tally: { valid: scaleArb(2).chain((scale) => answersArb(scale).map((answers) => [answers, scale])) },
  tallyRows: {},
  mergeTallies: { valid: scaleArb(2).chain((scale) => fc.array(tallyArb(scale), { minLength: 1, maxLength: 4 })) },
  nps: { valid: npsArgs(none) },
  npsSummary: { valid: npsArgs(none) },
  csat: { valid: csatArgs(none) },
  happinessScore: {},
  csatSummary: { valid: csatArgs(none), absent: ['mean'] },
  ces: { valid: cesArgs(none) },
  cesSummary: { valid: cesArgs(none), absent: ['easyShare', 'difficultShare'] },
  npsInterval: { valid: npsArgs(npsIntervalOptions) },
  csatInterval: { valid: csatArgs(csatIntervalOptions) },
  cesInterval: { valid: cesArgs(confidenceOnly, 2) },
  compareNps: { valid: pairOf(npsArgs(none)) },
  compareCsat: { valid: csatSettings.chain((s) => fc.tuple(answersArb(s.scale, 1), answersArb(s.scale, 1), confidence).map(([a, b, c]) => [a, b, optionsOf({ ...s, confidence: c })])) },
  compareCes: { valid: cesSettings.chain((s) => fc.tuple(answersArb(s.scale, 2), answersArb(s.scale, 2), confidence).map(([a, b, c]) => [a, b, optionsOf({ ...s, confidence: c })])) },
  npsSampleSize: {
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
    valid: fc
      .record({
        marginOfError: fc.double({ min: 0.01, max: 100, noNaN: true }),
        confidence,
        expectedScore: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
      })
      .map((o) => [optionsOf(o)]),
  },

  // lifetime: the documented examples for now
  fitBgNbd: { bound: 5000 },
  bgNbdExpectedPurchases: {},
  bgNbdPopulationExpectedPurchases: {},
  bgNbdProbabilityAlive: {},
  fitGammaGamma: { bound: 5000 },
  gammaGammaExpectedAverageValue: {},
  probabilisticLifetimeValue: {},
  summarizeTransactions: {},

  // customers
  customerRetentionRate: {},
  churnRate: {},
  customerMovement: {},
  retentionSeries: { absent: ['[].label'], echoed: ['[].label'] },
  customerLifetimeValue: {},
  historicCustomerLifetimeValue: {},
  predictiveCustomerLifetimeValue: {},
  discountedCustomerLifetimeValue: {},
  averageCustomerLifespan: {},
  participationRate: {},
  referralRate: {},
  feedbackResponseRate: {},
  engagementScore: {},
  channelShares: {},

  // quality
  reviewScore: {},
  internalQualityScore: {},
  qualitySummary: { absent: ['groups', 'groups[].score', 'groups[].criteria[].score', 'criteria[].score'], echoed: ['groups[].key'] },

  // statistics and segments
  percentile: {},
  quantile: {},
  durationSummary: { absent: ['median', 'p90', 'min', 'max'] },
  segment: { echoed: ['[].key', '[].value'] },

  // support
  averageFirstResponseTime: {},
  firstResponseTimeSummary: { absent: ['median', 'p90', 'min', 'max'] },
  averageResponseTime: {},
  responseTimeSummary: { absent: ['median', 'p90', 'min', 'max'] },
  averageResolutionTime: {},
  resolutionTimeSummary: { absent: ['median', 'p90', 'min', 'max'] },
  averageComplaintResolutionTime: {},
  complaintResolutionTimeSummary: { absent: ['median', 'p90', 'min', 'max'] },
  averageWaitTime: {},
  waitTimeSummary: { absent: ['median', 'p90', 'min', 'max'] },
  averageHandleTime: {},
  handleTimeSummary: { absent: ['median', 'p90', 'min', 'max'] },
  slaComplianceRate: {},
  slaComplianceSummary: {},
  firstContactResolutionRate: {},
  firstContactResolutionSummary: {},

  // ticket histories and readers of help-desk exports: the documented examples for now
  ticketMetrics: { absent: ['firstReplyTime', 'firstResolutionTime', 'fullResolutionTime'] },
  ticketMetricsSummary: {
    absent: ['firstReplyTime', 'firstResolutionTime', 'fullResolutionTime', 'nextReplyTime', 'reopenRate', 'oneTouchRate', 'repliesPerSolvedTicket'],
  },
  slaAchievement: { absent: ['firstReply.achievementRate', 'nextReply.achievementRate', 'periodicUpdate.achievementRate', 'pausableUpdate.achievementRate', 'requesterWait.achievementRate', 'agentWork.achievementRate', 'breaches[].ticketId'], echoed: ['breaches[].ticketId'] },
  fromZendesk: { absent: ['events[].assignee', 'events[].group'], echoed: ['id', 'priority', 'channel', 'events[].authorId', 'events[].assignee', 'events[].group'] },
  fromIntercom: { absent: ['events[].assignee', 'events[].group'], echoed: ['id', 'priority', 'channel', 'events[].authorId', 'events[].assignee', 'events[].group'] },

  // contact centre and workload: the documented examples for now
  erlangC: {},
  erlangA: {},
  requiredAgents: {},
  staffingPlan: {},
  queueSummary: { absent: ['serviceLevel', 'abandonmentRate', 'averageSpeedOfAnswer', 'wait'] },
  agentOccupancy: { absent: ['byAgent[].occupancy', 'byAgent[].utilization'] },
  ticketVolume: {},
  backlog: {},
  reopenRate: {},
  escalationRate: {},
  contactRate: {},

  // lifetime models and statistics across groups: the documented examples for now
  bdwRetentionRate: {},
  bdwSurvival: {},
  bgBbExpectedPurchases: {},
  bgBbPopulationExpectedPurchases: {},
  bgBbProbabilityAlive: {},
  bgBbProbabilityOfPurchases: {},
  bgNbdProbabilityOfPurchases: {},
  calibrationHoldout: {},
  compareCesAcross: {},
  compareCsatAcross: {},
  compareNpsAcross: {},
  csatProbabilityOfImprovement: {},
  fitBetaDiscreteWeibull: {},
  fitBgBb: {},
  fitMbgNbd: {},
  fitParetoNbd: {},
  fitShiftedBetaGeometric: {},
  mbgNbdExpectedPurchases: {},
  mbgNbdPopulationExpectedPurchases: {},
  mbgNbdProbabilityAlive: {},
  mbgNbdProbabilityOfPurchases: {},
  npsProbabilityOfImprovement: {},
  paretoNbdExpectedPurchases: {},
  paretoNbdPopulationExpectedPurchases: {},
  paretoNbdProbabilityAlive: {},
  paretoNbdProbabilityOfPurchases: {},
  sbgDiscountedResidualLifetime: {},
  sbgRetentionRate: {},
  sbgSurvival: {},
  trackingTable: {},

  // quantile sketches (an empty sketch has no min or max) and calendar periods: the documented examples for now
  quantileSketch: { absent: ['min', 'max'] },
  mergeQuantileSketches: { absent: ['min', 'max'] },
  quantileSketchFromJSON: { absent: ['min', 'max'] },
  sketchSummary: {},
  periodStart: {},
  // a key function for segment, fuzzed through segment's examples
  period: { echoed: ['*'] },

  // business hours
  businessCalendar: {},
  businessDuration: {},
  addBusinessTime: {},
  isWithinBusinessHours: {},
};
