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

export { percentile } from './stats/percentile.js';
export { durationSummary, type DurationSummary } from './stats/duration-summary.js';
export { segment, type Segment, type SegmentOptions } from './segments/segment.js';
export type { Grouping, GroupKey } from './_lib/group.js';
export type { Timestamp } from './_lib/timestamp.js';
export type { TimeUnit, TimeOptions } from './_lib/clock.js';
export type { Ticket, TicketMessage } from './support/ticket.js';
export type { DurationTotals, TimeSummary } from './support/time-summary.js';
export {
  averageFirstResponseTime,
  firstResponseTimeSummary,
  type TicketTimeInput,
} from './support/first-response.js';
export { averageResponseTime, responseTimeSummary } from './support/response.js';
export { averageResolutionTime, resolutionTimeSummary } from './support/resolution.js';
export {
  complaintResolutionTime,
  complaintResolutionTimeSummary,
  type Complaint,
  type ComplaintInput,
} from './support/complaint.js';
export {
  averageWaitTime,
  waitTimeSummary,
  type QueuedCall,
  type WaitTimeInput,
  type WaitTotals,
} from './support/wait.js';
export {
  averageHandleTime,
  type HandledCall,
  type HandleTimeInput,
  type HandleTimeTotals,
} from './support/handle.js';
export {
  slaComplianceRate,
  slaComplianceSummary,
  type SlaCounts,
  type SlaDurationOptions,
  type SlaMeasure,
  type SlaOptions,
  type SlaRecord,
  type SlaSummary,
} from './support/sla.js';
export {
  firstContactResolutionRate,
  firstContactResolutionSummary,
  type FcrCounts,
  type FcrInput,
  type FcrSummary,
} from './support/fcr.js';
