/**
 * fromIntercom field by field: what each field of a conversation and of its
 * parts becomes in the history, and the code, details and message of each
 * refusal (messages written from the function's documented shape).
 */
import { describe, expect, test } from 'vitest';
import { fromIntercom } from '../../src/index.js';
import { expectRefusal, untyped } from '../helpers.js';

const fn = 'fromIntercom';
const T = 1793696400; // 2026-11-03T09:00:00Z in unix seconds
const MS = T * 1000;
const user = { type: 'user', id: 'c1' };
const admin = { type: 'admin', id: 'a1' };
const base = { id: '19', created_at: T, source: { type: 'email', body: '<p>hi</p>', author: user } };
const withParts = (...parts: unknown[]) => untyped({ ...base, conversation_parts: { conversation_parts: parts } });
const part = (fields: Record<string, unknown>) => ({ part_type: 'comment', created_at: T + 60, body: '<p>x</p>', author: admin, ...fields });

describe('fromIntercom reads each field', () => {
  test('the opening message: its author is the creator, its type the channel, and it is a public comment at creation', () => {
    const h = fromIntercom(untyped({ ...base, priority: 'priority' }));
    expect(h).toStrictEqual({
      id: '19',
      createdAt: MS,
      createdBy: 'customer',
      status: 'open',
      channel: 'email',
      priority: 'priority',
      events: [{ type: 'comment', at: MS, author: 'customer', public: true, authorId: 'c1' }],
    });
  });

  test('a numeric id, no source, no priority and no parts give a bare open history', () => {
    expect(fromIntercom(untyped({ id: 7, created_at: T }))).toStrictEqual({ id: 7, createdAt: MS, status: 'open', events: [] });
    expect(fromIntercom(untyped({ id: 7, created_at: T, source: null, priority: null, conversation_parts: null }))).toStrictEqual({
      id: 7,
      createdAt: MS,
      status: 'open',
      events: [],
    });
    // a source without a type has no channel
    expect(fromIntercom(untyped({ id: 7, created_at: T, source: { author: user, type: null } })).channel).toBeUndefined();
  });

  test('each author type', () => {
    const authors = ['user', 'lead', 'contact', 'admin', 'bot', 'team'].map((type) => fromIntercom(untyped({ ...base, source: { author: { type } } })).createdBy);
    expect(authors).toStrictEqual(['customer', 'customer', 'customer', 'agent', 'bot', 'system']);
  });

  test('each part type, and a body that makes a part a public comment', () => {
    const h = fromIntercom(
      withParts(
        part({ part_type: 'note', body: '<p>internal</p>' }),
        part({ part_type: 'comment', body: null }),
        part({ part_type: 'assignment', body: null, assigned_to: { type: 'team', id: 't1' } }),
        part({ part_type: 'assignment', body: '', assigned_to: { type: 'admin', id: 'a2' } }),
        part({ part_type: 'assignment', body: '   ', assigned_to: null }),
        part({ part_type: 'snoozed', body: undefined }),
        part({ part_type: 'unsnoozed', body: null }),
        part({ part_type: 'close', body: '<p>done</p>' }),
        part({ part_type: 'open', body: null }),
        part({ part_type: 'away_mode_assignment', body: null }),
      ),
    );
    const at = MS + 60_000;
    const by = { author: 'agent', authorId: 'a1' };
    expect(h.events.slice(1)).toStrictEqual([
      { type: 'comment', at, author: 'agent', public: false, authorId: 'a1' },
      { type: 'comment', at, ...by, public: true },
      { type: 'assignment', at, group: 't1' },
      { type: 'assignment', at, assignee: 'a2' },
      { type: 'assignment', at, assignee: null },
      { type: 'status', at, status: 'pending' },
      { type: 'status', at, status: 'open' },
      { type: 'comment', at, ...by, public: true },
      { type: 'status', at, status: 'solved' },
      { type: 'status', at, status: 'open' },
    ]);
  });
});

describe('fromIntercom refusals', () => {
  test('an id that is not a non-empty string or a finite number', () => {
    for (const [id, text] of [
      ['', '""'],
      [undefined, 'undefined'],
      [NaN, 'NaN'],
      [true, 'true'],
      [[], 'an array'],
    ] as const) {
      expectRefusal(() => fromIntercom(untyped({ ...base, id })), 'INVALID_TYPE', { fn }, `conversation.id is ${text}; an Intercom id is a string or a number`);
    }
  });

  test('created_at missing, not a number, or beyond the date range', () => {
    expectRefusal(() => fromIntercom(untyped({ ...base, created_at: undefined })), 'INVALID_TYPE', { fn }, 'conversation.created_at is missing');
    expectRefusal(() => fromIntercom(untyped({ ...base, created_at: '2026-11-03' })), 'INVALID_DATE', { fn }, 'conversation.created_at is "2026-11-03"; Intercom times are unix seconds');
    expectRefusal(() => fromIntercom(untyped({ ...base, created_at: 8.64e12 + 1 })), 'INVALID_DATE', { fn }, 'conversation.created_at is 8640000000001; Intercom times are unix seconds');
    expect(fromIntercom(untyped({ ...base, created_at: -8.64e12 })).createdAt).toBe(-8.64e15);
  });

  test('a source, its author, its type and the priority of the wrong kind', () => {
    expectRefusal(() => fromIntercom(untyped({ ...base, source: 'email' })), 'INVALID_TYPE', { fn }, 'conversation.source is a string, not the opening message { type, body, author }');
    expectRefusal(() => fromIntercom(untyped({ ...base, source: { type: 'email' } })), 'INVALID_TYPE', { fn }, 'conversation.source.author is undefined, not an author { type, id }');
    expectRefusal(
      () => fromIntercom(untyped({ ...base, source: { author: { type: 'customer' } } })),
      'INVALID_TYPE',
      { fn },
      "conversation.source.author.type is \"customer\"; it must be 'user', 'lead', 'contact', 'admin', 'bot' or 'team'",
    );
    expectRefusal(() => fromIntercom(untyped({ ...base, source: { author: user, type: 5 } })), 'INVALID_TYPE', { fn }, 'conversation.source.type is 5, not a string');
    expectRefusal(() => fromIntercom(untyped({ ...base, priority: true })), 'INVALID_TYPE', { fn }, 'conversation.priority is true, not a string');
  });

  test('conversation_parts that is not the API list object', () => {
    for (const [list, kind] of [
      [[], 'undefined'],
      [{ conversation_parts: null }, 'null'],
      [{ conversation_parts: 'x' }, 'a string'],
      [{ conversation_parts: {} }, 'an object'],
      ['x', 'undefined'],
    ] as const) {
      expectRefusal(
        () => fromIntercom(untyped({ ...base, conversation_parts: list })),
        'INVALID_TYPE',
        { fn },
        `conversation.conversation_parts.conversation_parts is ${kind}, not an array of parts`,
      );
    }
  });

  test('a part and its fields, each naming the part by index', () => {
    const ok = part({});
    expectRefusal(() => fromIntercom(withParts(ok, null)), 'INVALID_TYPE', { fn, index: 1 }, 'conversation_parts[1] is null, not a part { part_type, created_at, author, … }');
    expectRefusal(() => fromIntercom(withParts(ok, 'comment')), 'INVALID_TYPE', { fn, index: 1 }, 'conversation_parts[1] is a string, not a part { part_type, created_at, author, … }');
    expectRefusal(() => fromIntercom(withParts(part({ part_type: 3 }))), 'INVALID_TYPE', { fn, index: 0 }, 'conversation_parts[0].part_type is 3, not a string');
    expectRefusal(() => fromIntercom(withParts(ok, part({ created_at: null }))), 'INVALID_TYPE', { fn, index: 1 }, 'conversation_parts[1].created_at is missing');
    expectRefusal(() => fromIntercom(withParts(part({ created_at: Infinity }))), 'INVALID_DATE', { fn, index: 0 }, 'conversation_parts[0].created_at is Infinity; Intercom times are unix seconds');
    expectRefusal(() => fromIntercom(withParts(part({ author: 'admin' }))), 'INVALID_TYPE', { fn, index: 0 }, 'conversation_parts[0].author is a string, not an author { type, id }');
    expectRefusal(
      () => fromIntercom(withParts(part({ author: { type: 'agent' } }))),
      'INVALID_TYPE',
      { fn, index: 0 },
      "conversation_parts[0].author.type is \"agent\"; it must be 'user', 'lead', 'contact', 'admin', 'bot' or 'team'",
    );
    expectRefusal(() => fromIntercom(withParts(ok, ok, part({ body: 5 }))), 'INVALID_TYPE', { fn, index: 2 }, 'conversation_parts[2].body is a number, not a string');
    expectRefusal(
      () => fromIntercom(withParts(part({ part_type: 'assignment', assigned_to: 't1' }))),
      'INVALID_TYPE',
      { fn, index: 0 },
      'conversation_parts[0].assigned_to is a string, not { type, id } or null',
    );
    expectRefusal(
      () => fromIntercom(withParts(part({ part_type: 'assignment', assigned_to: { type: 'team', id: null } }))),
      'INVALID_TYPE',
      { fn, index: 0 },
      'conversation_parts[0].assigned_to.id is null, not an id',
    );
  });

  test('the options', () => {
    expectRefusal(() => fromIntercom(untyped(base), untyped({ begin: 'customer' })), 'INVALID_OPTION', { fn }, 'unknown option "begin"; known options: start');
    expectRefusal(() => fromIntercom(untyped(base), untyped({ start: 'first' })), 'INVALID_OPTION', { fn }, "option start must be 'creation', 'customer', 'after-bot'; got \"first\"");
  });
});

describe('fromIntercom reads each author and assignee id', () => {
  test('an author id that is a number is kept, one of another kind or none gives no authorId', () => {
    const opening = (author: unknown) => fromIntercom(untyped({ ...base, source: { author } })).events[0];
    expect(opening({ type: 'user', id: 42 })).toStrictEqual({ type: 'comment', at: MS, author: 'customer', public: true, authorId: 42 });
    expect(opening({ type: 'user', id: null })).toStrictEqual({ type: 'comment', at: MS, author: 'customer', public: true });
    expect(opening({ type: 'admin' })).toStrictEqual({ type: 'comment', at: MS, author: 'agent', public: true });
  });

  test('an assignee or team id that is a number, and an assignment without assigned_to unassigns', () => {
    const h = fromIntercom(
      withParts(
        part({ part_type: 'assignment', body: null, assigned_to: { type: 'admin', id: 7 } }),
        part({ part_type: 'assignment', body: null, assigned_to: { type: 'team', id: 8 } }),
        part({ part_type: 'assignment', body: null }),
      ),
    );
    const at = MS + 60_000;
    expect(h.events.slice(1)).toStrictEqual([
      { type: 'assignment', at, assignee: 7 },
      { type: 'assignment', at, group: 8 },
      { type: 'assignment', at, assignee: null },
    ]);
  });
});

describe('fromIntercom option start', () => {
  const bot = { type: 'bot', id: 'b1' };
  const at = (seconds: number) => MS + seconds * 1000;
  const comment = (seconds: number, author: unknown, fields: Record<string, unknown> = {}) => ({ part_type: 'comment', created_at: T + seconds, body: '<p>x</p>', author, ...fields });
  const conversation = (source: unknown, ...parts: unknown[]) => untyped({ id: '19', created_at: T, source, conversation_parts: { conversation_parts: parts } });
  const startOf = (c: unknown, start: 'customer' | 'after-bot') => fromIntercom(untyped(c), { start }).createdAt;

  test("'customer': the earliest customer message, whatever the order of the parts", () => {
    const h = fromIntercom(conversation(null, comment(480, user), comment(300, user)), { start: 'customer' });
    expect(h.createdAt).toBe(at(300));
    expect(h.events.map((e) => e.at)).toStrictEqual([at(480), at(300)]);
  });

  test("'customer' without any customer message: the start stays at the creation", () => {
    expect(startOf(conversation({ author: admin }, comment(300, admin)), 'customer')).toBe(MS);
  });

  test("'after-bot': an internal note is no reply, and the bot part after it but before the reply is the handover", () => {
    const notes = conversation({ author: user }, comment(60, bot), comment(120, admin, { part_type: 'note' }), comment(180, bot), comment(300, admin));
    expect(startOf(notes, 'after-bot')).toBe(at(180));
  });

  test("'after-bot' on a conversation an admin started: its opening message is no reply", () => {
    // 09:00 admin's outbound message, 09:01 the customer, 09:02 a bot, 09:05 the admin's reply
    const h = fromIntercom(conversation({ author: admin }, comment(60, user), comment(120, bot), comment(300, admin)), { start: 'after-bot' });
    expect(h.createdAt).toBe(at(120));
    // the events before the start move to it, in their order
    expect(h.events.map((e) => e.at)).toStrictEqual([at(120), at(120), at(120), at(300)]);
  });

  test("'after-bot' without an opening message: an agent's first comment is the first reply", () => {
    expect(startOf(conversation(null, comment(120, admin), comment(180, bot), comment(300, admin)), 'after-bot')).toBe(MS);
  });

  test("'after-bot' without any agent reply: the last bot part", () => {
    expect(startOf(conversation({ author: user }, comment(60, bot), comment(120, bot)), 'after-bot')).toBe(at(120));
  });

  test("'after-bot': a bot part before the customer's message, or at the instant of the reply, is no handover", () => {
    expect(startOf(conversation({ author: bot }, comment(30, bot), comment(60, user), comment(300, bot), comment(300, admin)), 'after-bot')).toBe(at(60));
  });
});

describe('fromIntercom refusals of the conversation, an author and a time', () => {
  test('a conversation that is not an object', () => {
    expectRefusal(() => fromIntercom(untyped(null)), 'INVALID_TYPE', { fn }, 'conversation is null; pass an object { id, created_at, source, conversation_parts } as the Conversations API returns it');
  });

  test('conversation_parts given as a function is not the list object, whatever its properties', () => {
    const list = Object.assign(() => undefined, { conversation_parts: [] });
    expectRefusal(() => fromIntercom(untyped({ ...base, conversation_parts: list })), 'INVALID_TYPE', { fn }, 'conversation.conversation_parts.conversation_parts is undefined, not an array of parts');
  });

  test('an author that is null', () => {
    expectRefusal(() => fromIntercom(withParts(part({ author: null }))), 'INVALID_TYPE', { fn, index: 0 }, 'conversation_parts[0].author is null, not an author { type, id }');
  });

  test('a created_at of NaN', () => {
    expectRefusal(() => fromIntercom(untyped({ ...base, created_at: NaN })), 'INVALID_DATE', { fn }, 'conversation.created_at is NaN; Intercom times are unix seconds');
  });
});
