// Support metrics in TypeScript, checked against the built type declarations.
import assert from 'node:assert/strict';
import {
  averageFirstResponseTime,
  firstResponseTimeSummary,
  isMetricError,
  segment,
  slaComplianceRate,
  type Segment,
  type Ticket,
  type TimeSummary,
} from 'cx-metrics';

interface MyTicket extends Ticket {
  readonly agent: string;
  readonly priority: 'high' | 'low';
}

const tickets: MyTicket[] = [
  { agent: 'ana', priority: 'high', createdAt: '2026-11-03T09:00:00Z', firstResponseAt: '2026-11-03T09:20:00Z' },
  { agent: 'ben', priority: 'low', createdAt: '2026-11-03T09:00:00Z', firstResponseAt: '2026-11-03T11:00:00Z' },
  { agent: 'ana', priority: 'low', createdAt: '2026-11-03T10:00:00Z' },
];

// From tickets the order statistics are numbers; from totals they are undefined.
const summary: TimeSummary = firstResponseTimeSummary(tickets, { unit: 'minutes' });
assert.equal(summary.median, 70);
assert.equal(summary.leftOut, 1);
const fromTotals: TimeSummary<undefined> = firstResponseTimeSummary({ sum: 140, count: 2 });
assert.equal(fromTotals.median, undefined);

// The target function sees the caller's own fields.
const rate: number = slaComplianceRate(tickets, { target: (t) => (t.priority === 'high' ? 30 : 240), unit: 'minutes' });
assert.equal(rate, 100);

const perAgent: Segment<string, number | undefined>[] = segment(tickets, 'agent', averageFirstResponseTime, { onEmpty: 'skip' });
assert.deepEqual(
  perAgent.map((s) => [s.key, s.value]),
  [
    ['ana', 20 * 60_000],
    ['ben', 120 * 60_000],
  ],
);

try {
  averageFirstResponseTime([{ createdAt: '2026-11-03 09:00', firstResponseAt: '2026-11-03T09:20:00Z' }]);
  assert.fail('expected a MetricError');
} catch (error) {
  assert.ok(isMetricError(error));
  assert.equal(error.code, 'INVALID_DATE');
}
console.log('support (TypeScript): ok');
