/**
 * fromZendesk field by field: what the ticket, each audit and each event
 * become in the history (written from the function's documentation and
 * the shapes of the Tickets, Ticket Audits and Users APIs), and the code,
 * details and message of each refusal, in the order the reader checks.
 */
import { describe, expect, test } from 'vitest';
import { fromZendesk } from '../../src/index.js';
import { expectRefusal, refusalOf, untyped } from '../helpers.js';

const fn = 'fromZendesk';
const T0 = '2026-11-03T09:00:00Z';
const T1 = '2026-11-03T09:10:00Z';
const T2 = '2026-11-03T09:20:00Z';
const MS0 = Date.UTC(2026, 10, 3, 9, 0);
const MS1 = Date.UTC(2026, 10, 3, 9, 10);
const MS2 = Date.UTC(2026, 10, 3, 9, 20);
const ticket = { id: 35436, created_at: T0 };
const users = [
  { id: 7, role: 'end-user' },
  { id: 1, role: 'agent' },
  { id: 2, role: 'admin' },
];
const read = (input: unknown) => fromZendesk(untyped(input));
/** An export of `ticket` and `users` with these audits. */
const withAudits = (...audits: unknown[]) => ({ ticket, audits, users });
/** One audit at T0 by user 1 (an agent) with these events. */
const oneAudit = (...events: unknown[]) => withAudits({ created_at: T0, author_id: 1, events });

describe('fromZendesk reads each field', () => {
  test('a ticket without audits: its id and creation; no creator, status, priority or channel', () => {
    expect(read({ ticket, audits: [], users: [] })).toStrictEqual({ id: 35436, createdAt: MS0, events: [] });
    // null priority, submitter and via are none
    expect(read({ ticket: { ...ticket, id: '35436', priority: null, submitter_id: null, via: null }, audits: [], users: [] })).toStrictEqual({
      id: '35436',
      createdAt: MS0,
      events: [],
    });
  });

  test('each role: end-user is the customer, agent and admin are agents, −1 (number or string) the system', () => {
    const comment = { type: 'Comment', public: true };
    const h = read(
      withAudits(
        { created_at: T0, author_id: 7, events: [comment] },
        { created_at: T1, author_id: 1, events: [comment] },
        { created_at: T1, author_id: 2, events: [comment] },
        { created_at: T2, author_id: -1, events: [comment] },
        { created_at: T2, author_id: '-1', events: [comment] },
      ),
    );
    expect(h.events.map((e) => (e.type === 'comment' ? e.author : e.type))).toStrictEqual(['customer', 'agent', 'agent', 'system', 'system']);
  });

  test('an id written as a string in the audits finds the user of that number', () => {
    const h = read(withAudits({ created_at: T0, author_id: '7', events: [{ type: 'Comment', public: false }] }));
    expect(h.events).toStrictEqual([{ type: 'comment', at: MS0, author: 'customer', public: false, authorId: '7' }]);
    expect(h.createdBy).toBe('customer');
  });

  test('a comment by its own author_id, else the audit author; every event of an audit at its created_at', () => {
    const h = read(
      withAudits({
        created_at: T1,
        author_id: 1,
        events: [
          { type: 'Comment', public: true, author_id: 7 },
          { type: 'Comment', public: false },
          // null is no author: the audit author wrote it
          { type: 'Comment', public: true, author_id: null },
        ],
      }),
    );
    expect(h.events).toStrictEqual([
      { type: 'comment', at: MS1, author: 'customer', public: true, authorId: 7 },
      { type: 'comment', at: MS1, author: 'agent', public: false, authorId: 1 },
      { type: 'comment', at: MS1, author: 'agent', public: true, authorId: 1 },
    ]);
  });

  test('status: a Create sets the status at creation (the last one listed), a Change is an event; hold is on-hold', () => {
    const h = read(
      oneAudit(
        { type: 'Create', field_name: 'status', value: 'new' },
        { type: 'Create', field_name: 'status', value: 'hold' },
        { type: 'Change', field_name: 'status', value: 'new' },
        { type: 'Change', field_name: 'status', value: 'open' },
        { type: 'Change', field_name: 'status', value: 'pending' },
        { type: 'Change', field_name: 'status', value: 'hold' },
        { type: 'Change', field_name: 'status', value: 'solved' },
        { type: 'Change', field_name: 'status', value: 'closed' },
      ),
    );
    expect(h.status).toBe('on-hold');
    expect(h.events).toStrictEqual(['new', 'open', 'pending', 'on-hold', 'solved', 'closed'].map((status) => ({ type: 'status', at: MS0, status })));
  });

  test('assignee_id and group_id, by Create or Change, are assignments; null unassigns; 0 and a string are ids', () => {
    const h = read(
      oneAudit(
        { type: 'Create', field_name: 'assignee_id', value: 1 },
        { type: 'Create', field_name: 'group_id', value: '360001' },
        { type: 'Change', field_name: 'assignee_id', value: null },
        { type: 'Change', field_name: 'group_id', value: 0 },
      ),
    );
    expect(h.events).toStrictEqual([
      { type: 'assignment', at: MS0, assignee: 1 },
      { type: 'assignment', at: MS0, group: '360001' },
      { type: 'assignment', at: MS0, assignee: null },
      { type: 'assignment', at: MS0, group: 0 },
    ]);
  });

  test('other events and other fields are ignored, whatever else they carry', () => {
    const h = read(
      oneAudit(
        { type: 'Notification', public: 'yes', value: {} },
        { type: 'Create', field_name: 'requester_id', value: {} },
        { type: 'Change', field_name: 'tags', value: ['a'] },
        { type: 'comment', public: true },
        {},
      ),
    );
    expect(h.events).toStrictEqual([]);
  });

  test('the creator: the submitter when given, else the author of the earliest audit (the first listed of two at one instant)', () => {
    const audits = [
      { created_at: T2, author_id: 2, events: [] },
      { created_at: T1, author_id: 7, events: [] },
      { created_at: T1, author_id: 1, events: [] },
    ];
    // T1 is the earliest; user 7 is listed first there
    expect(read({ ticket, audits, users }).createdBy).toBe('customer');
    expect(read({ ticket, audits: [audits[0], audits[2], audits[1]], users }).createdBy).toBe('agent');
    expect(read({ ticket: { ...ticket, submitter_id: 1 }, audits, users }).createdBy).toBe('agent');
    expect(read({ ticket: { ...ticket, submitter_id: '-1' }, audits, users }).createdBy).toBe('system');
    // an audit 1 ms earlier than the others is the earliest
    expect(read({ ticket, audits: [...audits, { created_at: Date.UTC(2026, 10, 3, 9, 10) - 1, author_id: -1, events: [] }], users }).createdBy).toBe('system');
  });

  test('priority: the ticket one, else the last one the audits list; null is none', () => {
    const priority = (value: unknown) => ({ type: 'Change', field_name: 'priority', value });
    expect(read({ ...oneAudit(priority('low')), ticket: { ...ticket, priority: 'urgent' } }).priority).toBe('urgent');
    expect(read({ ...oneAudit(priority('low')), ticket: { ...ticket, priority: null } }).priority).toBe('low');
    expect(read(withAudits({ created_at: T2, author_id: 1, events: [priority('high')] }, { created_at: T0, author_id: 1, events: [priority('normal')] })).priority).toBe('normal');
    expect(read(oneAudit(priority('high'), priority(null)))).not.toHaveProperty('priority');
  });

  test('channel: via.channel; a via or channel that is null or absent gives none', () => {
    expect(read({ ticket: { ...ticket, via: { channel: 'email' } }, audits: [], users: [] }).channel).toBe('email');
    for (const via of [undefined, null, {}, { channel: null }]) {
      expect(read({ ticket: { ...ticket, via }, audits: [], users: [] })).not.toHaveProperty('channel');
    }
  });

  test('created_at as epoch milliseconds or a Date is read as every timestamp', () => {
    expect(read({ ticket: { ...ticket, created_at: MS1 }, audits: [{ created_at: new Date(MS2), author_id: 1, events: [{ type: 'Comment', public: true }] }], users }).events).toStrictEqual([
      { type: 'comment', at: MS2, author: 'agent', public: true, authorId: 1 },
    ]);
  });
});

describe('fromZendesk refusals', () => {
  test('the input and the ticket that are not objects', () => {
    for (const [input, kind] of [
      [null, 'null'],
      [[], 'an array'],
      ['x', 'a string'],
      [undefined, 'undefined'],
    ] as const) {
      expectRefusal(() => read(input), 'INVALID_TYPE', { fn }, `input is ${kind}; pass an object { ticket, audits, users }`);
      expectRefusal(() => read({ ticket: input, audits: [], users: [] }), 'INVALID_TYPE', { fn }, `ticket is ${kind}; pass an object { id, created_at, … } as the Tickets API returns it`);
    }
  });

  test('the ticket created_at, missing or unreadable', () => {
    expectRefusal(() => read({ ticket: { id: 1 }, audits: [], users: [] }), 'INVALID_TYPE', { fn }, 'ticket.created_at is missing');
    expectRefusal(
      () => read({ ticket: { id: 1, created_at: 'Tuesday' }, audits: [], users: [] }),
      'INVALID_DATE',
      { fn },
      'ticket.created_at "Tuesday" is not an ISO-8601 date-time; write e.g. "2026-11-03T10:00:00Z" or "2026-11-03T11:00:00+01:00"',
    );
    // read before the id
    expectRefusal(() => read({ ticket: { created_at: null }, audits: [], users: [] }), 'INVALID_TYPE', { fn }, 'ticket.created_at is missing');
  });

  test('a ticket id that is not a finite number or a non-empty string', () => {
    for (const [id, text] of [
      [undefined, 'undefined'],
      [null, 'null'],
      ['', '""'],
      [NaN, 'NaN'],
      [Infinity, 'Infinity'],
      [true, 'true'],
      [{}, 'an object'],
    ] as const) {
      expectRefusal(() => read({ ticket: { id, created_at: T0 }, audits: [], users: [] }), 'INVALID_TYPE', { fn }, `ticket.id is ${text}; a Zendesk id is a number or a string`);
    }
    // 0, a negative number and a blank string are ids
    for (const id of [0, -5, ' ']) expect(read({ ticket: { id, created_at: T0 }, audits: [], users: [] }).id).toBe(id);
  });

  test('users and audits that are not lists; users are read before audits', () => {
    for (const [list, kind] of [
      [undefined, 'undefined'],
      [null, 'null'],
      ['x', 'a string'],
      [{}, 'an object'],
      [5, 'a number'],
    ] as const) {
      expectRefusal(() => read({ ticket, audits: [], users: list }), 'INVALID_TYPE', { fn }, `users is ${kind}, not an array`);
      expectRefusal(() => read({ ticket, audits: list, users: [] }), 'INVALID_TYPE', { fn }, `audits is ${kind}, not an array`);
    }
    expectRefusal(() => read({ ticket, audits: null, users: null }), 'INVALID_TYPE', { fn }, 'users is null, not an array');
    // the ticket id is checked before the users
    expectRefusal(() => read({ ticket: { created_at: T0 }, audits: null, users: null }), 'INVALID_TYPE', { fn }, 'ticket.id is undefined; a Zendesk id is a number or a string');
    // a list-like object with a length is read as a list
    expect(read({ ticket, audits: { length: 0 }, users: { length: 1, 0: users[0] } }).events).toStrictEqual([]);
  });

  test('a user, its id and its role, by index', () => {
    expectRefusal(() => read({ ticket, audits: [], users: [users[0], null] }), 'INVALID_TYPE', { fn, index: 1 }, 'users[1] is null, not a user { id, role }');
    expectRefusal(() => read({ ticket, audits: [], users: ['agent'] }), 'INVALID_TYPE', { fn, index: 0 }, 'users[0] is a string, not a user { id, role }');
    expectRefusal(() => read({ ticket, audits: [], users: [users[0], users[1], { id: '', role: 'agent' }] }), 'INVALID_TYPE', { fn, index: 2 }, 'users[2].id is ""; a Zendesk id is a number or a string');
    expectRefusal(() => read({ ticket, audits: [], users: [{ id: NaN, role: 'agent' }] }), 'INVALID_TYPE', { fn, index: 0 }, 'users[0].id is NaN; a Zendesk id is a number or a string');
    for (const [role, text] of [
      ['owner', '"owner"'],
      ['customer', '"customer"'],
      [undefined, 'undefined'],
      ['Agent', '"Agent"'],
    ] as const) {
      expectRefusal(() => read({ ticket, audits: [], users: [users[0], { id: 3, role }] }), 'INVALID_TYPE', { fn, index: 1 }, `users[1].role is ${text}; it must be 'end-user', 'agent' or 'admin'`);
    }
  });

  test('an audit, its created_at and its events, by index', () => {
    const ok = { created_at: T0, author_id: 1, events: [] };
    expectRefusal(() => read(withAudits(ok, null)), 'INVALID_TYPE', { fn, index: 1 }, 'audits[1] is null, not an audit { created_at, author_id, events }');
    expectRefusal(() => read(withAudits(ok, ok, 7)), 'INVALID_TYPE', { fn, index: 2 }, 'audits[2] is a number, not an audit { created_at, author_id, events }');
    expectRefusal(() => read(withAudits(ok, { author_id: 1, events: [] })), 'INVALID_TYPE', { fn, index: 1 }, 'audits[1].created_at is missing');
    expectRefusal(
      () => read(withAudits({ ...ok, created_at: '2026-11-03T09:00' })),
      'INVALID_DATE',
      { fn, index: 0 },
      'audits[0].created_at "2026-11-03T09:00" has no offset from UTC, so the instant it names depends on a time zone; add Z for UTC or the offset, e.g. "2026-11-03T09:00Z" or "2026-11-03T09:00+01:00"',
    );
    for (const [events, kind] of [
      [undefined, 'undefined'],
      [null, 'null'],
      ['Comment', 'a string'],
      [{}, 'an object'],
    ] as const) {
      expectRefusal(() => read(withAudits(ok, { ...ok, events })), 'INVALID_TYPE', { fn, index: 1 }, `audits[1].events is ${kind}, not an array of events`);
    }
  });

  test('the author of the earliest audit: an id, among users; its events are checked first', () => {
    expectRefusal(() => read(withAudits({ created_at: T0, events: [] })), 'INVALID_TYPE', { fn, index: 0 }, 'audits[0].author_id is undefined; a Zendesk id is a number or a string');
    expectRefusal(() => read(withAudits({ created_at: T0, author_id: 1, events: [] }, { created_at: '2026-11-03T08:59:00Z', author_id: 77, events: [] })), 'INVALID_TYPE', { fn, index: 1 }, "audits[1].author_id 77 is not among users; give every author's role");
    expectRefusal(() => read(withAudits({ created_at: T0, author_id: '', events: [] })), 'INVALID_TYPE', { fn, index: 0 }, 'audits[0].author_id is ""; a Zendesk id is a number or a string');
    expectRefusal(() => read(withAudits({ created_at: T0, author_id: 77 })), 'INVALID_TYPE', { fn, index: 0 }, 'audits[0].events is undefined, not an array of events');
  });

  test('an event that is not an object names the event and gives the index of its audit', () => {
    const ok = { created_at: T0, author_id: 1, events: [] };
    expectRefusal(
      () => read(withAudits(ok, { ...ok, events: [{ type: 'Comment', public: true }, null] })),
      'INVALID_TYPE',
      { fn, index: 1 },
      'audits[1].events[1] is null, not an event { type, … }',
    );
    expectRefusal(() => read(oneAudit('Comment')), 'INVALID_TYPE', { fn, index: 0 }, 'audits[0].events[0] is a string, not an event { type, … }');
  });

  test('a Comment: public a boolean, its author an id among users', () => {
    for (const [visible, text] of [
      [undefined, 'undefined'],
      ['true', '"true"'],
      [1, '1'],
      [null, 'null'],
    ] as const) {
      expectRefusal(
        () => read(oneAudit({ type: 'Comment', public: true }, { type: 'Comment', public: visible })),
        'INVALID_TYPE',
        { fn, index: 0 },
        `audits[0].events[1].public is ${text}; a Comment is public (true) or private (false)`,
      );
    }
    expectRefusal(
      () => read(oneAudit({ type: 'Comment', public: true, author_id: 77 })),
      'INVALID_TYPE',
      { fn, index: 0 },
      "audits[0].events[0].author_id 77 is not among users; give every author's role",
    );
    expectRefusal(
      () => read(oneAudit({ type: 'Comment', public: true, author_id: true })),
      'INVALID_TYPE',
      { fn, index: 0 },
      'audits[0].events[0].author_id is true; a Zendesk id is a number or a string',
    );
    // a later audit by someone unknown is refused at its comment, naming the audit author
    expectRefusal(
      () => read(withAudits({ created_at: T0, author_id: 1, events: [] }, { created_at: T1, author_id: 77, events: [{ type: 'Comment', public: false }] })),
      'INVALID_TYPE',
      { fn, index: 1 },
      "audits[1].author_id 77 is not among users; give every author's role",
    );
  });

  test('a Create or Change: the field named by a string, a known status, an id or null for an assignment', () => {
    expectRefusal(() => read(oneAudit({ type: 'Create' })), 'INVALID_TYPE', { fn, index: 0 }, 'audits[0].events[0].field_name is undefined; a Create event names the field it sets');
    expectRefusal(() => read(oneAudit({ type: 'Change', field_name: 5 })), 'INVALID_TYPE', { fn, index: 0 }, 'audits[0].events[0].field_name is 5; a Change event names the field it sets');
    const statuses = "a Zendesk status is 'new', 'open', 'pending', 'hold', 'solved' or 'closed'";
    for (const [value, text] of [
      ['waiting', '"waiting"'],
      ['on-hold', '"on-hold"'],
      ['Open', '"Open"'],
      [null, 'null'],
      [1, '1'],
      // an array would name the key 'open' if used as one
      [['open'], 'an array'],
    ] as const) {
      expectRefusal(() => read(oneAudit({ type: 'Change', field_name: 'status', value })), 'INVALID_TYPE', { fn, index: 0 }, `audits[0].events[0].value is ${text}; ${statuses}`);
      expectRefusal(() => read(oneAudit({ type: 'Create', field_name: 'status', value })), 'INVALID_TYPE', { fn, index: 0 }, `audits[0].events[0].value is ${text}; ${statuses}`);
    }
    for (const [value, text] of [
      [true, 'true'],
      ['', '""'],
      [undefined, 'undefined'],
      [NaN, 'NaN'],
      [{}, 'an object'],
    ] as const) {
      expectRefusal(() => read(oneAudit({ type: 'Change', field_name: 'assignee_id', value })), 'INVALID_TYPE', { fn, index: 0 }, `audits[0].events[0].value is ${text}; an assignee_id is an id or null`);
      expectRefusal(() => read(oneAudit({ type: 'Create', field_name: 'group_id', value })), 'INVALID_TYPE', { fn, index: 0 }, `audits[0].events[0].value is ${text}; a group_id is an id or null`);
    }
  });

  test('a status is an own key of the status table: the names of Object.prototype are not statuses', () => {
    const statuses = "a Zendesk status is 'new', 'open', 'pending', 'hold', 'solved' or 'closed'";
    for (const value of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      for (const type of ['Create', 'Change']) {
        expectRefusal(() => read(oneAudit({ type, field_name: 'status', value })), 'INVALID_TYPE', { fn, index: 0 }, `audits[0].events[0].value is ${JSON.stringify(value)}; ${statuses}`);
      }
    }
  });

  test('a Comment whose author_id is null is the audit author, and a refusal names the audit author', () => {
    const audits = [{ created_at: T0, author_id: 1, events: [] }, { created_at: T1, author_id: 77, events: [{ type: 'Comment', public: true, author_id: null }] }];
    expectRefusal(() => read(withAudits(...audits)), 'INVALID_TYPE', { fn, index: 1 }, "audits[1].author_id 77 is not among users; give every author's role");
    const known = [{ created_at: T0, author_id: 1, events: [{ type: 'Comment', public: true, author_id: null }] }];
    expect(read(withAudits(...known)).events).toStrictEqual([{ type: 'comment', at: Date.parse(T0), author: 'agent', public: true, authorId: 1 }]);
  });

  test('which audit authors are checked does not depend on the order of the audits: the earliest is, a later one without comments is not', () => {
    const earliestUnknown = { created_at: T0, author_id: 77, events: [] };
    const laterKnown = { created_at: T1, author_id: 1, events: [] };
    const text = (i: number) => `audits[${i}].author_id 77 is not among users; give every author's role`;
    expectRefusal(() => read(withAudits(earliestUnknown, laterKnown)), 'INVALID_TYPE', { fn, index: 0 }, text(0));
    expectRefusal(() => read(withAudits(laterKnown, earliestUnknown)), 'INVALID_TYPE', { fn, index: 1 }, text(1));
    const earliestKnown = { created_at: T0, author_id: 1, events: [] };
    const laterUnknown = { created_at: T1, author_id: 77, events: [] };
    expect(read(withAudits(earliestKnown, laterUnknown)).createdBy).toBe('agent');
    expect(read(withAudits(laterUnknown, earliestKnown)).createdBy).toBe('agent');
  });

  test('the submitter: an id among users, or −1', () => {
    // the ticket is no element of a list: no index
    const details = { fn };
    expect(refusalOf(() => read({ ticket: { ...ticket, submitter_id: 99 }, audits: [], users }))).toStrictEqual({
      code: 'INVALID_TYPE',
      details,
      message: "fromZendesk: ticket.submitter_id 99 is not among users; give every author's role",
    });
    expect(refusalOf(() => read({ ticket: { ...ticket, submitter_id: false }, audits: [], users }))).toStrictEqual({
      code: 'INVALID_TYPE',
      details,
      message: 'fromZendesk: ticket.submitter_id is false; a Zendesk id is a number or a string',
    });
  });

  test('a priority or a channel that is not a string', () => {
    expectRefusal(() => read({ ticket: { ...ticket, priority: 3 }, audits: [], users }), 'INVALID_TYPE', { fn }, 'ticket.priority is 3, not a string');
    // a priority from an audit names the event it came from, and the audit
    expectRefusal(() => read(oneAudit({ type: 'Change', field_name: 'priority', value: ['high'] })), 'INVALID_TYPE', { fn, index: 0 }, 'audits[0].events[0].value is an array, not a string');
    expectRefusal(() => read({ ticket: { ...ticket, via: { channel: 5 } }, audits: [], users }), 'INVALID_TYPE', { fn }, 'ticket.via.channel is 5, not a string');
    expectRefusal(() => read({ ticket: { ...ticket, via: { channel: {} } }, audits: [], users }), 'INVALID_TYPE', { fn }, 'ticket.via.channel is an object, not a string');
  });

  test('a via that is not an object is refused, naming its value: the API gives via as an object { channel, source }', () => {
    // the ticket is no element of a list: no index
    for (const [via, text] of [
      ['email', '"email"'],
      [4, '4'],
      [true, 'true'],
      [['email'], 'an array'],
    ] as const) {
      expectRefusal(() => read({ ticket: { ...ticket, via }, audits: [], users }), 'INVALID_TYPE', { fn }, `ticket.via is ${text}, not a Via object { channel, … }`);
    }
  });
});
