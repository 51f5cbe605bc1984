/**
 * cx-metrics: customer-service and customer-experience metrics as pure,
 * typed, validated functions.
 *
 * @packageDocumentation
 */
export { MetricError, isMetricError, type MetricErrorCode, type MetricErrorDetails } from './error.js';

export { NPS_SCALE, MAX_SCALE_POINTS, type Scale } from './survey/scale.js';
export { tally, mergeTallies, type Tally } from './survey/tally.js';
export { nps, npsSummary, type NpsCounts, type NpsInput, type NpsSummary } from './survey/nps.js';
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
  type Criterion,
  type PassFailCriterion,
  type RatingCriterion,
  type Scorecard,
} from './quality/scorecard.js';
export { reviewScore, type Review } from './quality/review-score.js';
export { internalQualityScore } from './quality/internal-quality-score.js';
export { type Grouping, type GroupKey } from './_lib/group.js';
export {
  qualitySummary,
  type CriterionSummary,
  type QualityFigures,
  type QualityGroup,
  type QualitySummary,
  type QualitySummaryOptions,
} from './quality/quality-summary.js';
