import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { csatInterval, npsInterval, npsSummary, slaComplianceSummary, tally } from '../../src/index.js';
import { cli, json } from './helpers.js';

const answers = [
  'team,score,answeredAt',
  'a,10,2026-03-02T10:00:00Z',
  'a,9,2026-03-08T23:30:00Z', // Sunday in UTC, 00:30 on Monday 9 March in Berlin (UTC+1)
  'b,3,2026-03-10T10:00:00Z',
  'b,8,2026-03-11T10:00:00Z',
  'a,6,2026-03-12T10:00:00Z',
].join('\r\n');

describe('survey scores per group', () => {
  test('NPS per team: (promoters − detractors) / answers × 100, with the interval the library gives the same counts', async () => {
    const rows = await json(['nps', 'answers.csv', '--by', 'team'], { 'answers.csv': answers });
    // a: 10, 9, 6 → 2 promoters, 1 detractor of 3; b: 3, 8 → 1 detractor, 1 passive of 2
    expect(rows.map((r) => [r['team'], r['score'], r['count'], r['promoters'], r['passives'], r['detractors']])).toStrictEqual([
      ['a', 100 / 3, 3, 2, 0, 1],
      ['b', -50, 2, 0, 1, 1],
    ]);
    const a = npsInterval({ promoters: 2, passives: 0, detractors: 1 });
    expect([rows[0]!['lower'], rows[0]!['upper'], rows[0]!['marginOfError']]).toStrictEqual([a.lower, a.upper, a.marginOfError]);
  });

  test('without --by, one result for the whole file', async () => {
    const rows = await json(['nps', 'answers.csv'], { 'answers.csv': answers });
    expect(rows).toHaveLength(1);
    expect(rows[0]!['score']).toBe(0); // 2 promoters, 2 detractors of 5
  });

  test('CSAT on a 1–7 scale with a threshold, and CES with its t interval', async () => {
    const file = 'score\n7\n6\n5\n1\n';
    const csat = await json(['csat', 'f.csv', '--scale', '1-7', '--positive-from', '6'], { 'f.csv': file });
    expect([csat[0]!['score'], csat[0]!['positive'], csat[0]!['mean']]).toStrictEqual([50, 2, 4.75]);
    const ces = await json(['ces', 'f.csv'], { 'f.csv': file });
    expect([ces[0]!['score'], ces[0]!['count']]).toStrictEqual([4.75, 4]);
    expect(ces[0]!['lower']).toBeLessThan(4.75);
  });

  test('groups by several columns, in the order they first appear', async () => {
    const file = 'team,channel,score\na,chat,10\nb,chat,0\na,mail,9\na,chat,0\n';
    const rows = await json(['nps', 'f.csv', '--by', 'team', '--by', 'channel'], { 'f.csv': file });
    expect(rows.map((r) => [r['team'], r['channel'], r['score']])).toStrictEqual([
      ['a', 'chat', 0],
      ['b', 'chat', -100],
      ['a', 'mail', 100],
    ]);
  });
});

describe('periods', () => {
  test('ISO weeks in a time zone, named by their Monday, in time order', async () => {
    const rows = await json(['nps', 'answers.csv', '--every', 'week', '--time-column', 'answeredAt', '--time-zone', 'Europe/Berlin'], { 'answers.csv': answers });
    // week of 2 March: 10; week of 9 March (the Sunday 23:30 UTC answer is Monday in Berlin): 9, 3, 8, 6
    expect(rows.map((r) => [r['week'], r['count'], r['score']])).toStrictEqual([
      ['2026-03-02', 1, 100],
      ['2026-03-09', 4, -25],
    ]);
  });

  test('in UTC the Sunday answer stays in the first week', async () => {
    const rows = await json(['nps', 'answers.csv', '--every', 'week', '--time-column', 'answeredAt'], { 'answers.csv': answers });
    expect(rows.map((r) => [r['week'], r['count']])).toStrictEqual([
      ['2026-03-02', 2],
      ['2026-03-09', 3],
    ]);
  });

  test('groups and periods together', async () => {
    const rows = await json(['nps', 'answers.csv', '--by', 'team', '--every', 'month', '--time-column', 'answeredAt'], { 'answers.csv': answers });
    expect(rows.map((r) => [r['team'], r['month'], r['count']])).toStrictEqual([
      ['a', '2026-03-01', 3],
      ['b', '2026-03-01', 2],
    ]);
  });
});

describe('the formats read', () => {
  const expected = [['a', 100 / 3, 3], ['b', -50, 2]];
  const pick = (rows: Record<string, unknown>[]) => rows.map((r) => [r['team'], r['score'], r['count']]);

  test('NDJSON, with numbers or numeric strings, and blank lines', async () => {
    const file = ['{"team":"a","score":10}', '{"team":"a","score":"9"}', '', '{"team":"b","score":3}', '{"team":"b","score":8}', '{"team":"a","score":6}'].join('\n');
    expect(pick(await json(['nps', 'f.ndjson', '--by', 'team'], { 'f.ndjson': file }))).toStrictEqual(expected);
  });

  test('a JSON array, however it is cut into chunks', async () => {
    const text = JSON.stringify([{ team: 'a', score: 10 }, { team: 'a', score: 9, note: 'a "quoted", [bracketed] {note}' }, { team: 'b', score: 3 }, { team: 'b', score: 8 }, { team: 'a', score: 6 }], null, 1);
    const chunks = text.match(/[\s\S]{1,7}/g)!;
    expect(pick(await json(['nps', 'f.json', '--by', 'team'], { 'f.json': chunks }))).toStrictEqual(expected);
  });

  test('standard input, given as -', async () => {
    const outcome = await cli(['nps', '-', '--by', 'team', '--format', 'json'], {}, { stdin: answers });
    expect(pick(JSON.parse(outcome.stdout) as Record<string, unknown>[])).toStrictEqual(expected);
  });
});

describe('support times and SLA', () => {
  const tickets = [
    'priority,createdAt,firstResponseAt,resolvedAt',
    'high,2026-11-03T09:00:00Z,2026-11-03T09:10:00Z,2026-11-03T12:00:00Z',
    'high,2026-11-03T09:30:00Z,2026-11-03T10:00:00Z,',
    'low,2026-11-03T11:00:00Z,,',
    'low,2026-11-03T11:00:00+01:00,2026-11-03T11:45:00Z,2026-11-04T10:00:00Z',
  ].join('\n');

  test('first response time per priority in minutes; a ticket without a reply is left out', async () => {
    const rows = await json(['first-response', 't.csv', '--by', 'priority'], { 't.csv': tickets });
    // high: 10 and 30 minutes; low: 11:00+01:00 is 10:00Z, so 105 minutes, and one without a reply
    expect(rows.map((r) => [r['priority'], r['mean'], r['median'], r['count'], r['leftOut']])).toStrictEqual([
      ['high', 20, 20, 2, 0],
      ['low', 105, 105, 1, 1],
    ]);
  });

  test('resolution time in hours', async () => {
    const rows = await json(['resolution', 't.csv', '--unit', 'hours'], { 't.csv': tickets });
    // 3 hours and 24 hours; two tickets unresolved
    expect([rows[0]!['mean'], rows[0]!['count'], rows[0]!['leftOut']]).toStrictEqual([13.5, 2, 2]);
  });

  test('durations from a column, in their own unit', async () => {
    const rows = await json(['wait', 'c.csv', '--column', 'seconds'], { 'c.csv': 'seconds\n30\n90\n60\n' });
    expect([rows[0]!['mean'], rows[0]!['median'], rows[0]!['min'], rows[0]!['max'], rows[0]!['sum']]).toStrictEqual([60, 60, 30, 90, 180]);
  });

  test('SLA compliance: within target / measured × 100, with the Wilson interval of that proportion', async () => {
    const rows = await json(['sla', 't.csv', '--target', '30'], { 't.csv': tickets });
    // 10 and 30 minutes meet 30 (equal meets it), 105 does not; one open ticket is left out
    const summary = slaComplianceSummary([10, 30, 105], { target: 30 });
    const interval = csatInterval({ positive: 2, count: 3 });
    expect(rows[0]).toStrictEqual({ score: summary.rate, lower: interval.lower, upper: interval.upper, met: 2, measured: 3, leftOut: 1 });
  });

  test('a reply before the ticket was created is an error at that cell', async () => {
    const outcome = await cli(['first-response', 't.csv'], { 't.csv': 'createdAt,firstResponseAt\n2026-11-03T09:00:00Z,2026-11-03T08:00:00Z\n' });
    expect(outcome.status).toBe(1);
    expect(outcome.stderr).toMatch(/^cx-metrics: t\.csv:2:22: column "firstResponseAt": /);
  });
});

describe('bad data: the place of the first bad value, or a report of the rows skipped', () => {
  const noStack = (text: string) => {
    expect(text).not.toMatch(/^\s+at /m);
  };

  test('a blank cell is an error, never a zero', async () => {
    const outcome = await cli(['nps', 'f.csv'], { 'f.csv': 'team,score\na,10\nb,\n' });
    expect(outcome.status).toBe(1);
    expect(outcome.stderr).toBe('cx-metrics: f.csv:3:3: column "score": blank cell; a blank is not a zero: fill it in, or pass --skip-invalid to skip the row\n');
    expect(outcome.stdout).toBe('');
  });

  test.each([
    ['a word', 'team,score\na,ten\n', 'f.csv:2:3: column "score": "ten" is not a number'],
    ['an answer off the scale', 'team,score\na,10\na,11\n', 'f.csv:3:3: column "score": response 11 is outside the scale 0–10'],
    ['a fraction', 'score\n7.5\n', 'f.csv:2:1: column "score": response 7.5 is not a whole number (the scale 0–10 has whole points)'],
    ['a missing column', 'team,rating\na,10\n', 'f.csv:1:1: the header has no column "score"; its columns are "team", "rating"'],
    ['a short row', 'team,score\na\n', 'f.csv:2:1: the row has 1 fields, the header 2'],
    ['an unclosed quote', 'team,score\n"a,10\n', 'f.csv:2:1: a quoted field is never closed'],
  ])('%s', async (_, text, message) => {
    const outcome = await cli(['nps', 'f.csv'], { 'f.csv': text });
    expect(outcome.status).toBe(1);
    expect(outcome.stderr).toBe(`cx-metrics: ${message}\n`);
    noStack(outcome.stderr);
  });

  test('a bad JSON line names its line', async () => {
    const outcome = await cli(['nps', 'f.ndjson'], { 'f.ndjson': '{"score":10}\n{"score":\n' });
    expect(outcome.status).toBe(1);
    expect(outcome.stderr).toMatch(/^cx-metrics: f\.ndjson:2:1: not JSON: /);
  });

  test('a missing field of a JSON row is blank', async () => {
    const outcome = await cli(['nps', 'f.ndjson'], { 'f.ndjson': '{"score":10}\n{"team":"a"}\n' });
    expect(outcome.stderr).toMatch(/^cx-metrics: f\.ndjson:2:1: column "score": no value/);
  });

  test('--skip-invalid computes from the good rows and reports the others on stderr, by reason', async () => {
    const file = 'team,score\na,10\nb,\na,x\na,11\nb,0\nb,\n';
    const outcome = await cli(['nps', 'f.csv', '--skip-invalid', '--format', 'json'], { 'f.csv': file });
    expect(outcome.status).toBe(0);
    expect((JSON.parse(outcome.stdout) as Record<string, unknown>[])[0]!['count']).toBe(2);
    expect(outcome.stderr).toBe(
      [
        'cx-metrics: skipped 4 of 6 rows of f.csv:',
        '  2 × blank "score" (lines 3, 7)',
        '  1 × not a number in column "score" (line 4)',
        '  1 × a value outside its range in column "score" (line 5)',
        '',
      ].join('\n'),
    );
  });

  test('a file that does not exist', async () => {
    const outcome = await cli(['nps', 'nope.csv']);
    expect([outcome.status, outcome.stderr]).toStrictEqual([1, 'cx-metrics: cannot read nope.csv: no such file\n']);
  });

  test('a file without rows', async () => {
    const outcome = await cli(['nps', 'f.csv'], { 'f.csv': 'score\n' });
    expect([outcome.status, outcome.stderr]).toStrictEqual([1, 'cx-metrics: f.csv:1:1: no rows to compute from\n']);
  });
});

describe('bad arguments: exit 2 with a hint, before any data is read', () => {
  test.each([
    [[], 'give a metric: nps, csat, ces, first-response, resolution, wait, sla'],
    [['npx', 'f.csv'], 'unknown metric "npx"; give nps, csat, ces, first-response, resolution, wait, sla'],
    [['nps'], 'give a file to read, or - for standard input'],
    [['nps', 'f.csv', '--bogus'], "Unknown option '--bogus'"],
    [['nps', 'f.csv', '--scale', '1-5'], '--scale is for csat and ces (nps is always 0-10), not nps'],
    [['nps', 'f.csv', '--every', 'week'], '--every needs --time-column, the column of the timestamps'],
    [['nps', 'f.csv', '--every', 'fortnight', '--time-column', 't'], 'unknown every "fortnight"; give day, week, month, quarter'],
    [['nps', 'f.csv', '--confidence', '95'], '--confidence must be strictly between 0 and 1, got 95 (for 95% write 0.95)'],
    [['nps', 'f.csv', '--format', 'pdf'], 'unknown format "pdf"; give table, json, csv, markdown, html'],
    [['sla', 'f.csv'], 'sla needs --target, the target time in --unit (default minutes)'],
    [['csat', 'f.csv', '--positive-from', '9'], 'option positiveFrom 9 must lie above the lowest point and within the scale 1–5 (2 to 5)'],
    [['nps', 'f.csv', '--every', 'day', '--time-column', 't', '--time-zone', 'Mars/Olympus'], '--time-zone: unknown time zone "Mars/Olympus"; give an IANA time zone the platform\'s Intl knows, such as \'Europe/Copenhagen\''],
    [['wait', 'f.csv', '--column', 'd', '--unit', 'hours'], '--unit is for timestamps; durations in --column are already in their unit'],
  ])('%j', async (argv, message) => {
    const outcome = await cli(argv, { 'f.csv': 'score\n5\n' });
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toBe(`cx-metrics: ${message}\nRun cx-metrics --help for the options.\n`);
  });

  test('--help lists every metric and exits 0', async () => {
    const outcome = await cli(['--help']);
    expect(outcome.status).toBe(0);
    for (const metric of ['nps', 'csat', 'ces', 'first-response', 'resolution', 'wait', 'sla']) expect(outcome.stdout).toContain(`  ${metric} `);
  });

  test('--version prints the version', async () => {
    expect((await cli(['--version'])).stdout).toBe('0.0.0-test\n');
  });
});

describe('output formats', () => {
  test('CSV output: a header, then one record per group, numbers unrounded', async () => {
    const outcome = await cli(['nps', 'a.csv', '--by', 'team', '--format', 'csv'], { 'a.csv': answers });
    const lines = outcome.stdout.split('\r\n');
    expect(lines[0]).toBe('team,score,lower,upper,count,promoters,passives,detractors,marginOfError');
    expect(lines[1]!.startsWith(`a,${100 / 3},`)).toBe(true);
    expect(lines).toHaveLength(4);
  });

  test('a table and a Markdown table, rounded to two decimals for reading', async () => {
    const table = await cli(['nps', 'a.csv', '--by', 'team'], { 'a.csv': answers });
    expect(table.stdout.split('\n')[0]).toMatch(/^team\s+score\s+lower\s+upper\s+count/);
    expect(table.stdout.split('\n')[1]).toMatch(/^a\s+33\.33\s/);
    const markdown = await cli(['nps', 'a.csv', '--by', 'team', '--format', 'markdown'], { 'a.csv': answers });
    expect(markdown.stdout.split('\n').slice(0, 3)).toStrictEqual([
      '| team | score | lower | upper | count | promoters | passives | detractors | marginOfError |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      expect.stringMatching(/^\| a \| 33\.33 \| /),
    ]);
  });

  test('HTML: one self-contained page with a table row and a chart mark per group, and no script', async () => {
    const outcome = await cli(['nps', 'a.csv', '--by', 'team', '--every', 'week', '--time-column', 'answeredAt', '--format', 'html'], { 'a.csv': answers });
    const page = outcome.stdout;
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).not.toMatch(/<script|<link|@import|src=|href=/i);
    expect(page.match(/https?:\/\/[^"]+/g)).toStrictEqual(['http://www.w3.org/2000/svg']);
    expect(page.match(/<circle class="mark"/g)).toHaveLength(3);
    expect(page.match(/<rect class="band"/g)).toHaveLength(3);
    expect(page.match(/<tr><th scope="row">/g)).toHaveLength(3);
  });

  test('progress goes to stderr only when it is a terminal, and is cleared at the end', async () => {
    const many = ['score', ...Array.from({ length: 40_000 }, (_, i) => String(i % 11))].join('\n');
    const quiet = await cli(['nps', 'f.csv'], { 'f.csv': many });
    expect(quiet.stderr).toBe('');
    const shown = await cli(['nps', 'f.csv'], { 'f.csv': many }, { tty: true });
    expect(shown.stderr).toMatch(/^\rcx-metrics: [\d,]+ rows read…/);
    expect(shown.stderr.endsWith('\r\x1b[K')).toBe(true);
  });
});

describe('the command agrees with the library on raw answers', () => {
  prop.prop([fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 200 }), fc.integer({ min: 1, max: 97 })], { numRuns: 40 })(
    'NPS and its interval, whatever the chunks the file arrives in',
    async (scores, size) => {
      const text = ['score', ...scores.map(String)].join('\n');
      const chunks = text.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g'))!;
      const [row] = await json(['nps', 'f.csv'], { 'f.csv': chunks });
      const t = tally(scores, { min: 0, max: 10 });
      const interval = npsInterval(t);
      expect([row!['score'], row!['count'], row!['lower'], row!['upper']]).toStrictEqual([npsSummary(t).score, scores.length, interval.lower, interval.upper]);
    },
  );
});
