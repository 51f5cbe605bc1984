/**
 * The HTML report: one self-contained page (its style inline, no script, no
 * request to the network) with a chart of each group's score and its
 * interval band, drawn as inline SVG, and the table of every figure.
 */
import type { Command } from './args.js';
import type { Result } from './output.js';
import { columnsOf, shown, valuesOf } from './output.js';

const NAMES: Readonly<Record<Command['metric'], string>> = {
  nps: 'NPS',
  csat: 'CSAT',
  ces: 'CES',
  'first-response': 'First response time',
  resolution: 'Resolution time',
  wait: 'Wait time',
  sla: 'SLA compliance',
};

const WIDTH = 760;
const HEIGHT = 340;
const LEFT = 56;
const RIGHT = 16;
const TOP = 16;
const BOTTOM = 104;

/** The whole page. */
export function htmlReport(command: Command, results: readonly Result[]): string {
  const { keys, fields } = columnsOf(command);
  const name = NAMES[command.metric];
  const unit = command.metric === 'first-response' || command.metric === 'resolution' || command.metric === 'wait' ? (command.column === undefined ? ` (${command.unit})` : '') : '';
  const grouping = keys.length === 0 ? '' : ` by ${keys.join(' and ')}`;
  const title = command.title ?? `${name}${grouping}`;
  const band = fields.band ? `, with its ${shown(command.confidence * 100)}% confidence interval` : '';
  const header = [...keys, ...fields.fields.map((f) => f.name)];
  const rows = results
    .map((r) => {
      const cells = [...valuesOf(r).map((v) => `<th scope="row">${escape(v === '' ? '(blank)' : v)}</th>`), ...fields.fields.map((f) => `<td>${escape(shown(r.fields[f.name], f.count))}</td>`)];
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
p.about { color: #57606a; margin: 0 0 1.25rem; }
figure { margin: 0 0 1.5rem; }
figcaption { color: #57606a; font-size: .85rem; }
svg { width: 100%; height: auto; max-width: ${WIDTH}px; }
svg text { font: 11px system-ui, sans-serif; fill: #57606a; }
.axis line, .axis path { stroke: #d0d7de; }
.band { fill: #0969da; fill-opacity: .18; }
.mark { fill: #0969da; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
th, td { padding: .3rem .7rem; border-bottom: 1px solid #d0d7de; text-align: right; }
thead th { border-bottom: 2px solid #8c959f; }
th[scope="row"], thead th.key { text-align: left; }
</style>
</head>
<body>
<h1>${escape(title)}</h1>
<p class="about">${escape(`${name}${unit}${band}, from ${command.file === '-' ? 'standard input' : command.file}.`)}</p>
<figure>
${chart(command, results, fields.headline, fields.band)}
<figcaption>${escape(`${name}${unit} per ${keys.length === 0 ? 'group' : keys.join(' and ')}${fields.band ? '; the band is the confidence interval' : ''}.`)}</figcaption>
</figure>
<table>
<thead><tr>${header.map((h, k) => `<th scope="col"${k < keys.length ? ' class="key"' : ''}>${escape(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}

function chart(command: Command, results: readonly Result[], headline: string, band: boolean): string {
  const points = results.map((r) => ({
    label: valuesOf(r).map((v) => (v === '' ? '(blank)' : v)).join(' · ') || 'all',
    value: r.fields[headline],
    lower: band ? r.fields['lower'] : undefined,
    upper: band ? r.fields['upper'] : undefined,
    count: r.fields['count'] ?? r.fields['measured'],
  }));
  const numbers = points.flatMap((p) => [p.value, p.lower, p.upper]).filter((x): x is number => x !== undefined);
  let lo = Math.min(...numbers);
  let hi = Math.max(...numbers);
  // percentages and times read from zero; NPS and CES from where their values are
  if (command.metric !== 'nps' && command.metric !== 'ces') lo = Math.min(lo, 0);
  if (command.metric === 'csat' || command.metric === 'sla') hi = 100;
  if (lo === hi) {
    lo -= 1;
    hi += 1;
  }
  const ticks = niceTicks(lo, hi);
  lo = Math.min(lo, ticks[0]!);
  hi = Math.max(hi, ticks[ticks.length - 1]!);
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const y = (v: number) => TOP + plotHeight - ((v - lo) / (hi - lo)) * plotHeight;
  const step = plotWidth / points.length;
  const x = (k: number) => LEFT + step * (k + 0.5);
  const labelEvery = Math.max(1, Math.ceil(points.length / 24));
  const parts: string[] = [];
  parts.push(`<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escape(`${NAMES[command.metric]} per group`)}" xmlns="http://www.w3.org/2000/svg">`);
  parts.push('<g class="axis">');
  for (const t of ticks) {
    parts.push(`<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${round(y(t))}" y2="${round(y(t))}"/><text x="${LEFT - 6}" y="${round(y(t) + 4)}" text-anchor="end">${escape(shown(t))}</text>`);
  }
  parts.push('</g>');
  points.forEach((p, k) => {
    const title = `${p.label}: ${shown(p.value)}${p.lower !== undefined && p.upper !== undefined ? ` (${shown(p.lower)} to ${shown(p.upper)})` : ''}${p.count === undefined ? '' : `, n = ${shown(p.count, true)}`}`;
    parts.push(`<g class="group" data-label="${escape(p.label)}"><title>${escape(title)}</title>`);
    if (p.lower !== undefined && p.upper !== undefined) {
      const w = Math.min(24, step * 0.6);
      parts.push(`<rect class="band" x="${round(x(k) - w / 2)}" y="${round(y(p.upper))}" width="${round(w)}" height="${round(Math.max(1, y(p.lower) - y(p.upper)))}" data-lower="${p.lower}" data-upper="${p.upper}"/>`);
    }
    if (p.value !== undefined) parts.push(`<circle class="mark" cx="${round(x(k))}" cy="${round(y(p.value))}" r="4.5" data-value="${p.value}"/>`);
    if (k % labelEvery === 0) {
      parts.push(`<text x="${round(x(k))}" y="${HEIGHT - BOTTOM + 14}" text-anchor="end" transform="rotate(-35 ${round(x(k))} ${HEIGHT - BOTTOM + 14})">${escape(p.label.length > 24 ? `${p.label.slice(0, 23)}…` : p.label)}</text>`);
    }
    parts.push('</g>');
  });
  parts.push('</svg>');
  return parts.join('\n');
}

/** About five round tick values that cover lo…hi. */
function niceTicks(lo: number, hi: number): number[] {
  const raw = (hi - lo) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const ticks: number[] = [];
  for (let t = Math.floor(lo / step) * step; t <= hi + step * 1e-9; t += step) ticks.push(Math.round(t / step) * step);
  if (ticks[ticks.length - 1]! < hi) ticks.push(ticks[ticks.length - 1]! + step);
  return ticks;
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
