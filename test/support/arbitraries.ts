import { fc } from '@fast-check/vitest';
import type { Ticket, TicketMessage } from '../../src/index.js';

/** 2026-11-01T00:00:00Z */
export const BASE = Date.UTC(2026, 10, 1);
const DAY = 86_400_000;

/** Whole-millisecond durations up to three days, as exports give them. */
export const durationMs = fc.integer({ min: 0, max: 3 * DAY });

/** A non-empty array of durations. */
export const durationsArb = fc.array(durationMs, { minLength: 1, maxLength: 60 });

/** A conversation starting at `created`: gaps between messages, senders. */
function messagesFrom(created: number): fc.Arbitrary<TicketMessage[]> {
  return fc
    .array(fc.tuple(fc.integer({ min: 0, max: 6 * 3_600_000 }), fc.constantFrom('customer' as const, 'agent' as const)), { maxLength: 8 })
    .map((steps) => {
      let t = created;
      return steps.map(([gap, from]) => {
        t += gap;
        return { at: t, from };
      });
    });
}

/** Tickets with epoch-millisecond timestamps: some answered, some resolved, some with a conversation. */
export const ticketArb: fc.Arbitrary<Ticket> = fc
  .record({
    createdAt: fc.integer({ min: BASE, max: BASE + 30 * DAY }),
    reply: fc.option(durationMs, { nil: undefined }),
    resolve: fc.option(durationMs, { nil: undefined }),
    withMessages: fc.boolean(),
  })
  .chain(({ createdAt, reply, resolve, withMessages }) =>
    (withMessages ? messagesFrom(createdAt) : fc.constant(undefined)).map((messages) => {
      const t: { -readonly [K in keyof Ticket]: Ticket[K] } = { createdAt };
      if (reply !== undefined && !withMessages) t.firstResponseAt = createdAt + reply;
      if (resolve !== undefined) t.resolvedAt = createdAt + resolve;
      if (messages !== undefined) t.messages = messages;
      return t;
    }),
  );

export const ticketsArb = fc.array(ticketArb, { minLength: 1, maxLength: 40 });

/** Tickets where every ticket has a conversation (for response time and FCR). */
export const conversationsArb = fc.array(
  fc.integer({ min: BASE, max: BASE + 30 * DAY }).chain((createdAt) =>
    fc.tuple(messagesFrom(createdAt), fc.option(durationMs, { nil: undefined })).map(([messages, resolve]): Ticket => {
      const last = messages.length === 0 ? createdAt : (messages[messages.length - 1]!.at as number);
      return resolve === undefined ? { createdAt, messages } : { createdAt, messages, resolvedAt: last + resolve };
    }),
  ),
  { minLength: 1, maxLength: 30 },
);

/** The same values in another order. */
export function permutationOf<T>(values: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...values], { minLength: values.length, maxLength: values.length });
}

/** Every timestamp of a ticket moved by `by` milliseconds. */
export function shifted(t: Ticket, by: number): Ticket {
  const move = (v: unknown) => (typeof v === 'number' ? v + by : v);
  const out: { -readonly [K in keyof Ticket]: Ticket[K] } = { createdAt: move(t.createdAt) as number };
  if (t.firstResponseAt !== undefined) out.firstResponseAt = move(t.firstResponseAt) as number;
  if (t.resolvedAt !== undefined) out.resolvedAt = move(t.resolvedAt) as number;
  if (t.messages) out.messages = t.messages.map((m) => ({ at: move(m.at) as number, from: m.from }));
  return out;
}

/** A ticket's timestamps written as ISO strings with an offset of `minutes` east of UTC. */
export function asIsoWithOffset(t: Ticket, minutes: number): Ticket {
  const iso = (v: unknown) => {
    const ms = v as number;
    const local = new Date(ms + minutes * 60_000).toISOString().slice(0, 23);
    const sign = minutes < 0 ? '-' : '+';
    const abs = Math.abs(minutes);
    return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  };
  const out: { -readonly [K in keyof Ticket]: Ticket[K] } = { createdAt: iso(t.createdAt) };
  if (t.firstResponseAt !== undefined) out.firstResponseAt = iso(t.firstResponseAt);
  if (t.resolvedAt !== undefined) out.resolvedAt = iso(t.resolvedAt);
  if (t.messages) out.messages = t.messages.map((m) => ({ at: iso(m.at), from: m.from }));
  return out;
}
