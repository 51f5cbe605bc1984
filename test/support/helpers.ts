/** The MetricError `f` throws, as the other families' tests name it. */
export { metricErrorOf as errorOf } from '../helpers.js';

/** 2026-11-03 (a Tuesday) at hh:mm UTC, as an ISO string. */
export function at(hhmm: string, day = 3): string {
  return `2026-11-${String(day).padStart(2, '0')}T${hhmm}:00Z`;
}

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
