/**
 * cx-metrics: customer-service and customer-experience metrics as pure,
 * typed, validated functions.
 *
 * @packageDocumentation
 */
export { MetricError, isMetricError, type MetricErrorCode, type MetricErrorDetails } from './error.js';

export { NPS_SCALE, MAX_SCALE_POINTS, type Scale } from './survey/scale.js';
export { tally, mergeTallies, type Tally } from './survey/tally.js';
export { nps, npsSummary, type NpsCounts, type NpsInput, type NpsOptions, type NpsSummary } from './survey/nps.js';
export {
  csat,
  csatSummary,
  type CsatCounts,
  type CsatInput,
  type CsatOptions,
  type CsatSummary,
} from './survey/csat.js';
export { ces, cesSummary, type CesCounts, type CesInput, type CesOptions, type CesSummary } from './survey/ces.js';
export {
  npsInterval,
  csatInterval,
  cesInterval,
  type Interval,
  type IntervalMethod,
  type NpsIntervalOptions,
  type CsatIntervalOptions,
  type CesIntervalOptions,
} from './survey/interval.js';
export {
  compareNps,
  compareCsat,
  compareCes,
  type Comparison,
  type CesComparison,
  type ComparisonMethod,
  type CompareNpsOptions,
  type CompareCsatOptions,
  type CompareCesOptions,
} from './survey/compare.js';
export {
  npsSampleSize,
  csatSampleSize,
  type NpsSampleSizeOptions,
  type CsatSampleSizeOptions,
} from './survey/sample-size.js';
export {
  type CustomerHistory,
  type Recency,
  type Spend,
} from './lifetime/history.js';
export { type FitOptions, type FitDiagnostics } from './lifetime/fit.js';
export {
  fitBgNbd,
  bgNbdExpectedPurchases,
  bgNbdPopulationExpectedPurchases,
  bgNbdProbabilityAlive,
  type BgNbdParameters,
  type BgNbdFit,
} from './lifetime/bg-nbd.js';
export {
  fitGammaGamma,
  gammaGammaExpectedAverageValue,
  type GammaGammaParameters,
  type GammaGammaFit,
} from './lifetime/gamma-gamma.js';
export { probabilisticLifetimeValue, type ProbabilisticLifetimeValueOptions } from './lifetime/value.js';
