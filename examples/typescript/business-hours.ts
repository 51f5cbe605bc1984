// Business hours in TypeScript, checked against the built type declarations.
import assert from 'node:assert/strict';
import {
  addBusinessTime,
  averageFirstResponseTime,
  businessCalendar,
  businessDuration,
  isMetricError,
  isWithinBusinessHours,
  slaComplianceRate,
  type BusinessCalendar,
  type Ticket,
} from 'cx-metrics';

const HOUR = 3_600_000;

// Hours shared between days, as a config file would give them.
const office = [['09:00', '17:00']];
const calendar: BusinessCalendar = businessCalendar({
  timeZone: 'America/New_York',
  week: { monday: office, tuesday: office, wednesday: office, thursday: office, friday: office },
  holidays: ['2026-11-26'], // Thanksgiving
});

// Wednesday 16:00 to Monday 10:00 over Thanksgiving: 1 hour on Wednesday,
// Thursday off, 8 hours on Friday, 1 hour on Monday.
assert.equal(businessDuration(calendar, '2026-11-25T16:00:00-05:00', '2026-11-30T10:00:00-05:00'), 10 * HOUR);
assert.equal(businessDuration(calendar, '2026-11-25T16:00:00-05:00', '2026-11-30T10:00:00-05:00', { unit: 'hours' }), 10);
// Friday 16:00 plus 2 working hours, across the night the clocks went back (1 November): Monday 10:00 −05:00.
assert.equal(addBusinessTime(calendar, '2026-10-30T16:00:00-04:00', 2 * HOUR).toISOString(), '2026-11-02T15:00:00.000Z');
assert.equal(addBusinessTime(calendar, '2026-10-30T16:00:00-04:00', 2, { unit: 'hours' }).toISOString(), '2026-11-02T15:00:00.000Z');
assert.equal(isWithinBusinessHours(calendar, '2026-11-26T12:00:00-05:00'), false);
assert.equal(businessDuration(businessCalendar.always(), 0, HOUR), HOUR);

// Every time metric takes the calendar: the SLA target is 4 business hours.
const tickets: Ticket[] = [{ createdAt: '2026-11-25T16:00:00-05:00', firstResponseAt: '2026-11-27T11:00:00-05:00' }];
assert.equal(averageFirstResponseTime(tickets, { unit: 'hours', calendar }), 3);
assert.equal(slaComplianceRate(tickets, { target: 4, unit: 'hours', calendar }), 100);

try {
  businessCalendar({ timeZone: 'America/New_Yrok', week: {} });
  assert.fail('expected a MetricError');
} catch (error) {
  assert.ok(isMetricError(error));
  assert.equal(error.code, 'INVALID_OPTION');
}
console.log('business hours (TypeScript): ok');
