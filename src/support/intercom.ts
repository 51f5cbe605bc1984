/**
 * A reader of Intercom exports: a conversation as the Conversations API
 * returns it, read into a {@link TicketHistory}. A pure function: no
 * network.
 */
import { describeKind, describeValue } from '../_lib/describe.js';
import { fail, hasLength, readEnumOption, readObject, readOptions } from '../_lib/validate.js';
import type { Author, TicketEvent, TicketHistory, TicketStatus } from './history.js';

/** The author of a part: its `type` (`user`, `lead`, `contact`, `admin`, `bot`, `team`) and id. */
export interface IntercomAuthor {
  /** `user`, `lead` or `contact` (the customer), `admin` (an agent), `bot`, `team`. */
  readonly type: string;
  /** The author's id. */
  readonly id?: string | number;
}

/** Who a conversation was assigned to: an admin, or a team. */
export interface IntercomAssignee {
  /** `admin` or `team`. */
  readonly type?: string;
  /** The admin's or team's id. */
  readonly id?: string | number;
}

/** The message that started a conversation. */
export interface IntercomSource {
  /** Its channel: `conversation`, `email`, `push`, … */
  readonly type?: string;
  /** The message, HTML. */
  readonly body?: string | null;
  /** Who wrote it. */
  readonly author: IntercomAuthor;
}

/** The list of a conversation's parts. */
export interface IntercomPartList {
  /** The parts, in the order Intercom lists them. */
  readonly conversation_parts: ReadonlyArray<IntercomPart>;
}

/** One part of a conversation (`conversation_parts.conversation_parts[]`). */
export interface IntercomPart {
  /** `comment`, `note`, `assignment`, `close`, `open`, `snoozed`, `unsnoozed`, or one of Intercom's other part types. */
  readonly part_type: string;
  /** Unix seconds. */
  readonly created_at: number;
  /** The message, HTML; `null` or empty for a part without one. */
  readonly body?: string | null;
  /** Who wrote or did it. */
  readonly author: IntercomAuthor;
  /** For an assignment: the admin or team assigned, `null` for nobody. */
  readonly assigned_to?: IntercomAssignee | null;
}

/** The fields of a conversation (Conversations API) the reader uses; others are ignored. */
export interface IntercomConversation {
  /** The conversation's id. */
  readonly id: string | number;
  /** Unix seconds. */
  readonly created_at: number;
  /** The message that started the conversation: `type` is its channel (`conversation`, `email`, …). */
  readonly source?: IntercomSource | null;
  /** `'priority'` or `'not_priority'`. */
  readonly priority?: string | null;
  /** Its parts: `{ conversation_parts: [...] }`. */
  readonly conversation_parts?: IntercomPartList | null;
}

/** Options of {@link fromIntercom}. */
export interface FromIntercomOptions {
  /**
   * Where the history starts (its `createdAt`, where first reply time is
   * measured from): `'creation'` (default) the conversation's creation, as
   * Zendesk measures; `'customer'` its first customer message, as
   * Intercom's "time to first response" does; `'after-bot'` the later of
   * that message and the last bot part before the first agent comment, as
   * Intercom's reports do when bot time is excluded. Events before the
   * start are moved to it, in their order.
   */
  readonly start?: 'creation' | 'customer' | 'after-bot';
}

const FROM_INTERCOM_OPTION_KEYS = ['start'] as const satisfies readonly (keyof FromIntercomOptions)[];

/** The author of each Intercom author type. */
function authorOf(type: unknown): Author | undefined {
  switch (type) {
    case 'user':
    case 'lead':
    case 'contact':
      return 'customer';
    case 'admin':
      return 'agent';
    case 'bot':
      return 'bot';
    case 'team':
      // parts "by a team" are sent by automation on the team's behalf
      return 'system';
    default:
      return undefined;
  }
}

/** The status each part type sets. */
const STATUS: Readonly<Record<string, TicketStatus>> = { close: 'solved', open: 'open', snoozed: 'pending', unsnoozed: 'open' };

/**
 * A conversation's history from an Intercom export: its opening message,
 * its parts' comments, notes, assignments, closes, opens and snoozes, with
 * its id, priority and channel.
 *
 * @summary Reads an Intercom conversation into a TicketHistory.
 *
 * @remarks
 * Follows the Conversations API's conversation and conversation part
 * objects. Times are unix seconds, read as epoch milliseconds. The
 * `source` is the opening message: a public comment by its author at the
 * conversation's creation, and that author is the history's `createdBy`.
 * Author types `user`, `lead` and `contact` are the customer, `admin` an
 * agent, `bot` a bot, `team` the system (automation on a team's behalf).
 * Part types:
 *
 * - `comment` → a public comment by its author; `note` → an internal comment;
 * - `assignment` → an assignment of `assigned_to` (a `team` as the group,
 *   an admin as the assignee; `null` unassigns);
 * - `close` → solved, `open` → open, `snoozed` → pending, `unsnoozed` → open;
 * - any part but a note whose `body` is not empty is also a public comment
 *   by its author (Intercom sends it to the customer: a close with a
 *   message, a bot's reply); other part types are otherwise ignored.
 *
 * A conversation starts `open`. `priority` is Intercom's `'priority'` or
 * `'not_priority'`, and `channel` the source's `type`.
 *
 * First reply time from the history is measured from `createdAt`, which
 * by default is the conversation's creation. Intercom's own "time to first
 * response" starts at the customer's first message (for a conversation an
 * admin started, when the customer first answers), and can leave out the
 * time a bot handled the conversation: option `start` gives both
 * (`'customer'`, `'after-bot'`); see docs/support-metrics.md.
 *
 * @param conversation - An {@link IntercomConversation}.
 * @param options - {@link FromIntercomOptions}: `start`.
 * @returns A {@link TicketHistory}.
 * @throws {@link MetricError} `INVALID_TYPE` for a conversation or part not
 *   of the shape above (naming the part's index), an unknown author type;
 *   `INVALID_DATE` for a `created_at` that is not unix seconds;
 *   `INVALID_OPTION` for an unknown option or `start`.
 *
 * @example
 * ```ts
 * const conversation = {
 *   id: '1911149811',
 *   created_at: 1793696400, // 2026-11-03T09:00:00Z
 *   source: { type: 'conversation', body: '<p>My invoice is wrong</p>', author: { type: 'user', id: 'c1' } },
 *   conversation_parts: {
 *     conversation_parts: [
 *       { part_type: 'comment', created_at: 1793696460, body: '<p>Let me find someone</p>', author: { type: 'bot', id: 'b1' } },
 *       { part_type: 'assignment', created_at: 1793696520, body: null, author: { type: 'bot', id: 'b1' }, assigned_to: { type: 'team', id: 't1' } },
 *       { part_type: 'note', created_at: 1793697000, body: '<p>refund?</p>', author: { type: 'admin', id: 'a1' } },
 *       { part_type: 'comment', created_at: 1793698200, body: '<p>Fixed it</p>', author: { type: 'admin', id: 'a1' } },
 *       { part_type: 'close', created_at: 1793698260, body: null, author: { type: 'admin', id: 'a1' } },
 *     ],
 *   },
 * };
 * ticketMetrics(fromIntercom(conversation), { unit: 'minutes' }).firstReplyTime; // => 30
 * ticketMetrics(fromIntercom(conversation, { start: 'after-bot' }), { unit: 'minutes' }).firstReplyTime; // => 28
 * ```
 */
export function fromIntercom(conversation: IntercomConversation, options?: FromIntercomOptions): TicketHistory {
  const fn = 'fromIntercom';
  const o = readOptions(fn, options, FROM_INTERCOM_OPTION_KEYS);
  const start = readEnumOption(fn, 'start', o.start, ['creation', 'customer', 'after-bot']);
  const c = readObject(fn, 'conversation', conversation, '{ id, created_at, source, conversation_parts } as the Conversations API returns it');
  const id = c['id'];
  if (!((typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id)))) {
    fail('INVALID_TYPE', fn, `conversation.id is ${describeValue(id)}; an Intercom id is a string or a number`);
  }
  const createdAt = readSeconds(fn, 'conversation.created_at', c['created_at']);
  const events: TicketEvent[] = [];
  const history: { id: string | number; createdAt: number; createdBy?: Author; status: TicketStatus; priority?: string; channel?: string; events: TicketEvent[] } = {
    id,
    createdAt,
    status: 'open',
    events,
  };
  const source = c['source'];
  if (source !== undefined && source !== null) {
    if (typeof source !== 'object') fail('INVALID_TYPE', fn, `conversation.source is ${describeKind(source)}, not the opening message { type, body, author }`);
    const s = source as Readonly<Record<string, unknown>>;
    const author = readAuthor(fn, 'conversation.source.author', s['author'], undefined);
    history.createdBy = author.author;
    events.push(comment(createdAt, author, true));
    const channel = s['type'];
    if (channel !== undefined && channel !== null) {
      if (typeof channel !== 'string') fail('INVALID_TYPE', fn, `conversation.source.type is ${describeValue(channel)}, not a string`);
      history.channel = channel;
    }
  }
  const priority = c['priority'];
  if (priority !== undefined && priority !== null) {
    if (typeof priority !== 'string') fail('INVALID_TYPE', fn, `conversation.priority is ${describeValue(priority)}, not a string`);
    history.priority = priority;
  }
  const list = c['conversation_parts'];
  let parts: ArrayLike<unknown> = [];
  if (list !== undefined && list !== null) {
    const inner = typeof list === 'object' ? (list as Readonly<Record<string, unknown>>)['conversation_parts'] : undefined;
    if (inner === null || typeof inner !== 'object' || !hasLength(inner)) {
      fail('INVALID_TYPE', fn, `conversation.conversation_parts.conversation_parts is ${describeKind(inner)}, not an array of parts`);
    }
    parts = inner;
  }
  const bots: number[] = [];
  for (let k = 0; k < parts.length; k++) {
    const part: unknown = parts[k];
    const where = `conversation_parts[${k}]`;
    if (part === null || typeof part !== 'object') fail('INVALID_TYPE', fn, `${where} is ${describeKind(part)}, not a part { part_type, created_at, author, … }`, k);
    const p = part as Readonly<Record<string, unknown>>;
    const type = p['part_type'];
    if (typeof type !== 'string') fail('INVALID_TYPE', fn, `${where}.part_type is ${describeValue(type)}, not a string`, k);
    const at = readSeconds(fn, `${where}.created_at`, p['created_at'], k);
    const author = readAuthor(fn, `${where}.author`, p['author'], k);
    if (author.author === 'bot') bots.push(at);
    const body = p['body'];
    if (body !== undefined && body !== null && typeof body !== 'string') fail('INVALID_TYPE', fn, `${where}.body is ${describeKind(body)}, not a string`, k);
    const said = typeof body === 'string' && body.trim() !== '';
    if (type === 'note') {
      events.push(comment(at, author, false));
      continue;
    }
    if (type === 'comment' || said) events.push(comment(at, author, true));
    if (type === 'assignment') events.push(assignment(fn, where, at, p['assigned_to'], k));
    const status = STATUS[type];
    if (status !== undefined) events.push({ type: 'status', at, status });
  }
  if (start !== 'creation') return startAt(history, begin(history, bots, start));
  return history;
}

/**
 * The instant `start` names: the first public customer comment; with
 * `'after-bot'`, the last part by a bot before the first agent reply, when
 * that is later.
 */
function begin(history: { readonly createdAt: number; readonly createdBy?: Author; readonly events: readonly TicketEvent[] }, bots: readonly number[], start: 'customer' | 'after-bot'): number {
  const comments = history.events
    .filter((e): e is Extract<TicketEvent, { type: 'comment' }> => e.type === 'comment' && e.public)
    .sort((a, b) => (a.at as number) - (b.at as number));
  const customer = comments.find((e) => e.author === 'customer');
  const from = customer === undefined ? history.createdAt : (customer.at as number);
  if (start === 'customer') return from;
  // an admin's opening message (a conversation the team started) is no reply
  const replies = history.createdBy === 'agent' ? comments.slice(1) : comments;
  const reply = replies.find((e) => e.author === 'agent');
  const until = reply === undefined ? Infinity : (reply.at as number);
  let handover = from;
  for (const t of bots) if (t < until && t > handover) handover = t;
  return handover;
}

/** The history started at `at`: its creation there, and every event before it moved to it. */
function startAt<H extends { createdAt: number; events: TicketEvent[] }>(history: H, at: number): H {
  history.createdAt = at;
  history.events = history.events.map((e) => ((e.at as number) < at ? { ...e, at } : e));
  return history;
}

interface ReadAuthor {
  readonly author: Author;
  readonly id: string | number | undefined;
}

function readAuthor(fn: string, where: string, value: unknown, index: number | undefined): ReadAuthor {
  if (value === null || typeof value !== 'object') fail('INVALID_TYPE', fn, `${where} is ${describeKind(value)}, not an author { type, id }`, index);
  const { type, id } = value as Readonly<Record<string, unknown>>;
  const author = authorOf(type);
  if (author === undefined) fail('INVALID_TYPE', fn, `${where}.type is ${describeValue(type)}; it must be 'user', 'lead', 'contact', 'admin', 'bot' or 'team'`, index);
  return { author, id: typeof id === 'string' || typeof id === 'number' ? id : undefined };
}

function comment(at: number, who: ReadAuthor, visible: boolean): TicketEvent {
  return who.id === undefined ? { type: 'comment', at, author: who.author, public: visible } : { type: 'comment', at, author: who.author, public: visible, authorId: who.id };
}

function assignment(fn: string, where: string, at: number, to: unknown, index: number): TicketEvent {
  if (to === undefined || to === null) return { type: 'assignment', at, assignee: null };
  if (typeof to !== 'object') fail('INVALID_TYPE', fn, `${where}.assigned_to is ${describeKind(to)}, not { type, id } or null`, index);
  const { type, id } = to as Readonly<Record<string, unknown>>;
  if (!(typeof id === 'string' || typeof id === 'number')) fail('INVALID_TYPE', fn, `${where}.assigned_to.id is ${describeValue(id)}, not an id`, index);
  return type === 'team' ? { type: 'assignment', at, group: id } : { type: 'assignment', at, assignee: id };
}

/** Reads unix seconds as epoch milliseconds. */
function readSeconds(fn: string, where: string, value: unknown, index?: number): number {
  if (value === undefined || value === null) fail('INVALID_TYPE', fn, `${where} is missing`, index);
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > 8.64e12) {
    fail('INVALID_DATE', fn, `${where} is ${describeValue(value)}; Intercom times are unix seconds`, index);
  }
  return value * 1000;
}
