/**
 * cx-metrics: customer-service and customer-experience metrics as pure,
 * typed, validated functions.
 *
 * @packageDocumentation
 */
export { MetricError, isMetricError, type MetricErrorCode, type MetricErrorDetails } from './error.js';

export { MAX_SCALE_POINTS, type Scale } from './_lib/scale.js';
export { type Count } from './_lib/validate.js';
export { tally, tallyRows, mergeTallies, type CountPair, type CountRows, type Tally, type TallyRowsOptions } from './survey/tally.js';
export { NPS_SCALE, nps, npsSummary, type NpsCounts, type NpsInput, type NpsOptions, type NpsSummary } from './survey/nps.js';
export {
  csat,
  csatSummary,
  type CsatCounts,
  type CsatInput,
  type CsatOptions,
  type CsatSummary,
} from './survey/csat.js';
export { happinessScore, type HappinessCounts, type HappinessInput, type HappinessRating } from './survey/happiness.js';
export { ces, cesSummary, type CesCounts, type CesInput, type CesOptions, type CesSummary } from './survey/ces.js';
export {
  npsInterval,
  csatInterval,
  cesInterval,
  type ConfidenceInterval,
  type IntervalMethod,
  type NpsIntervalOptions,
  type CsatIntervalOptions,
  type CesIntervalOptions,
} from './survey/interval.js';
export type { ProportionMethod } from './_lib/proportion-interval.js';
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
export {
  probabilisticLifetimeValue,
  type ProbabilisticLifetimeValueOptions,
} from './lifetime/probabilistic-lifetime-value.js';
export {
  summarizeTransactions,
  type Transaction,
  type SummarizeTransactionsOptions,
} from './lifetime/summarize.js';
export { customerLifetimeValue, type CustomerLifetimeValueInput } from './lifetime/customer-lifetime-value.js';
export {
  historicCustomerLifetimeValue,
  type HistoricCustomerLifetimeValueInput,
} from './lifetime/historic-lifetime-value.js';
export {
  predictiveCustomerLifetimeValue,
  type PredictiveCustomerLifetimeValueInput,
} from './lifetime/predictive-lifetime-value.js';
export {
  discountedCustomerLifetimeValue,
  type DiscountedCustomerLifetimeValueInput,
} from './lifetime/discounted-lifetime-value.js';
export { averageCustomerLifespan, type AverageCustomerLifespanInput } from './lifetime/lifespan.js';

export {
  customerRetentionRate,
  churnRate,
  type RetentionCounts,
  type ChurnCounts,
} from './customers/retention.js';
export { customerMovement, type CustomerId, type CustomerMovement } from './customers/movement.js';
export {
  retentionSeries,
  type RetentionRow,
  type RetentionSnapshot,
  type RetentionPeriod,
  type RetentionSeriesInput,
} from './customers/retention-series.js';
export { participationRate, type ParticipationCounts, type ParticipationInput } from './customers/participation.js';
export { referralRate, type ReferralCounts, type ReferralInput } from './customers/referral.js';
export {
  feedbackResponseRate,
  type FeedbackCounts,
  type FeedbackRecord,
  type FeedbackInput,
} from './customers/feedback.js';
export { engagementScore, type EngagementComponent, type EngagementRange } from './customers/engagement.js';
export {
  channelShares,
  type ChannelShare,
  type ChannelShares,
  type ChannelCounts,
  type ChannelOf,
  type ChannelRecord,
} from './customers/channels.js';

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

export { percentile, quantile, type PercentileOptions } from './stats/percentile.js';
export type { QuantileMethod } from './_lib/quantile-methods.js';
export {
  durationSummary,
  type DurationSummary,
  type DurationSummaryOptions,
  type SketchRequest,
  type WithSketch,
} from './stats/duration-summary.js';
export { segment, type Segment, type SegmentOptions } from './segments/segment.js';
export type { GroupKeys } from './_lib/group.js';
export type { Timestamp } from './_lib/timestamp.js';
export type { TimeUnit, TimeOptions } from './business-hours/clock.js';
export type { Ticket, TicketMessage } from './support/ticket.js';
export type { DurationTotals, TimeSummary, TimeSummaryOptions } from './support/time-metric.js';
export type {
  Author,
  AssignmentEvent,
  CommentEvent,
  StatusEvent,
  TicketEvent,
  TicketHistory,
  TicketStatus,
} from './support/history.js';
export {
  ticketMetrics,
  ticketMetricsSummary,
  type TicketMetricsSummaryOptions,
  type HistoryCalendar,
  type TicketMetrics,
  type TicketMetricsOptions,
  type TicketMetricsSummary,
} from './support/ticket-metrics.js';
export {
  slaAchievement,
  type SlaAchievement,
  type SlaAchievementOptions,
  type SlaBreach,
  type SlaMetricAchievement,
  type SlaPolicyMetric,
  type SlaPolicyTarget,
  type SlaPolicyTargets,
} from './support/sla-policy.js';
export {
  fromZendesk,
  type ZendeskAudit,
  type ZendeskAuditEvent,
  type ZendeskExport,
  type ZendeskId,
  type ZendeskTicket,
  type ZendeskUser,
  type ZendeskVia,
} from './support/zendesk.js';
export {
  fromIntercom,
  type FromIntercomOptions,
  type IntercomAssignee,
  type IntercomAuthor,
  type IntercomConversation,
  type IntercomPart,
  type IntercomPartList,
  type IntercomSource,
} from './support/intercom.js';
export {
  averageFirstResponseTime,
  firstResponseTimeSummary,
  type TicketTimeInput,
  type TicketTimeList,
} from './support/first-response.js';
export { averageResponseTime, responseTimeSummary } from './support/response.js';
export { averageResolutionTime, resolutionTimeSummary } from './support/resolution.js';
export {
  averageComplaintResolutionTime,
  complaintResolutionTimeSummary,
  type Complaint,
  type ComplaintInput,
  type ComplaintList,
} from './support/complaint.js';
export {
  averageWaitTime,
  waitTimeSummary,
  type QueuedCall,
  type WaitTimeInput,
  type WaitTimeList,
  type WaitTotals,
} from './support/wait.js';
export {
  averageHandleTime,
  handleTimeSummary,
  type HandledCall,
  type HandleTimeInput,
  type HandleTimeList,
  type HandleTimeTotals,
  type TimedCall,
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

export {
  businessCalendar,
  type BusinessCalendar,
  type BusinessCalendarSpec,
  type CalendarWeek,
  type Weekday,
  type WorkingInterval,
  type WorkingWeek,
} from './business-hours/calendar.js';
export type { BusinessTimeOptions } from './business-hours/clock.js';
export { businessDuration } from './business-hours/business-duration.js';
export { addBusinessTime } from './business-hours/add-business-time.js';
export { isWithinBusinessHours } from './business-hours/within-business-hours.js';

export { erlangC, type ErlangC, type ErlangCInput, type QueueForecast } from './contact-centre/erlang-c.js';
export { erlangA, type ErlangA, type ErlangAInput } from './contact-centre/erlang-a.js';
export type { Traffic } from './contact-centre/traffic.js';
export {
  requiredAgents,
  staffingPlan,
  type ForecastInterval,
  type PlannedInterval,
  type Staffing,
  type StaffingPlanOptions,
  type StaffingPlanOptionsWithPatience,
  type StaffingTarget,
  type StaffingTargetWithPatience,
} from './contact-centre/staffing.js';
export {
  queueSummary,
  type AbandonedRule,
  type Contact,
  type QueueCounts,
  type QueueCountsOptions,
  type QueueSummary,
  type QueueSummaryOptions,
  type WaitDistribution,
} from './contact-centre/queue-summary.js';
export {
  agentOccupancy,
  type AgentFigures,
  type AgentOccupancy,
  type AgentOccupancyOptions,
  type AgentState,
  type AgentStateInterval,
  type OccupancyFigures,
} from './contact-centre/occupancy.js';
export type { Period, PeriodOptions } from './business-hours/periods.js';
export type { EscalationOptions, WorkloadHistory, WorkloadTicket } from './workload/lifecycle.js';
export { ticketVolume, type LifecycleField, type RecordsWith, type TicketVolumeOptions, type VolumePeriod } from './workload/volume.js';
export { backlog, type BacklogAtOptions, type BacklogEveryOptions, type BacklogPoint, type BacklogTicket } from './workload/backlog.js';
export { reopenRate, type ReopenCounts } from './workload/reopen-rate.js';
export { escalationRate, type EscalationCounts, type EscalationRateOptions } from './workload/escalation-rate.js';
export { contactRate, type ContactRateCounts, type ContactRateOptions, type ContactsPerCustomer, type ContactsPerOrder } from './workload/contact-rate.js';

export { type FitStatistics, type StandardErrors } from './lifetime/maximum-likelihood.js';
export {
  fitParetoNbd,
  paretoNbdExpectedPurchases,
  paretoNbdPopulationExpectedPurchases,
  paretoNbdProbabilityAlive,
  paretoNbdProbabilityOfPurchases,
  type ParetoNbdFit,
  type ParetoNbdParameters,
} from './lifetime/pareto-nbd.js';
export {
  fitMbgNbd,
  mbgNbdExpectedPurchases,
  mbgNbdPopulationExpectedPurchases,
  mbgNbdProbabilityAlive,
  mbgNbdProbabilityOfPurchases,
  type MbgNbdFit,
  type MbgNbdParameters,
} from './lifetime/mbg-nbd.js';
export { bgNbdProbabilityOfPurchases } from './lifetime/bg-nbd-probability.js';
export {
  bgBbExpectedPurchases,
  bgBbPopulationExpectedPurchases,
  bgBbProbabilityAlive,
  bgBbProbabilityOfPurchases,
  fitBgBb,
  type BgBbCustomer,
  type BgBbFit,
  type BgBbHistory,
  type BgBbParameters,
} from './lifetime/bg-bb.js';
export { type CohortInput, type Survivors } from './lifetime/cohorts.js';
export {
  fitShiftedBetaGeometric,
  sbgDiscountedResidualLifetime,
  sbgRetentionRate,
  sbgSurvival,
  type DiscountedResidualLifetimeOptions,
  type ShiftedBetaGeometricFit,
  type ShiftedBetaGeometricParameters,
} from './lifetime/shifted-beta-geometric.js';
export {
  bdwRetentionRate,
  bdwSurvival,
  fitBetaDiscreteWeibull,
  type BetaDiscreteWeibullFit,
  type BetaDiscreteWeibullParameters,
} from './lifetime/beta-discrete-weibull.js';
export {
  calibrationHoldout,
  type CalibrationHoldoutHistory,
  type CalibrationHoldoutOptions,
} from './lifetime/holdout.js';
export {
  trackingTable,
  type TrackedCustomer,
  type TrackedModel,
  type TrackingRow,
  type TrackingTableOptions,
} from './lifetime/tracking.js';
export { type CalendarPeriod, type DaySummaryOptions, type PeriodSummaryOptions } from './lifetime/calendar-periods.js';

export {
  compareNpsAcross,
  compareCsatAcross,
  compareCesAcross,
  type AcrossGroups,
  type NpsAcrossGroups,
  type CsatAcrossGroups,
  type CesAcrossGroups,
  type PairwiseComparison,
  type CompareNpsAcrossOptions,
  type CompareCsatAcrossOptions,
  type CompareCesAcrossOptions,
} from './survey/compare-across.js';
export {
  csatProbabilityOfImprovement,
  npsProbabilityOfImprovement,
  type BetaPrior,
  type DirichletPrior,
  type CsatImprovementOptions,
  type NpsImprovementOptions,
} from './survey/improvement.js';

export {
  quantileSketch,
  quantileSketchFromJSON,
  mergeQuantileSketches,
  type QuantileSketch,
  type QuantileSketchJSON,
  type QuantileSketchOptions,
} from './stats/quantile-sketch.js';
export { sketchSummary, type SketchSummary } from './stats/sketch-summary.js';
export { period, periodStart } from './segments/period.js';
