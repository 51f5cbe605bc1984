import { describeKind, describeValue } from '../_lib/describe.js';
import { readInput } from '../_lib/input.js';
import { fail, readFinite } from '../_lib/validate.js';
import { weightedMean } from '../_lib/weighted-mean.js';

/**
 * A raw range mapped linearly onto 0–100: `min` maps to 0 and `max` to 100,
 * values beyond either end are clamped. Give `min > max` when less is better
 * (days since the last visit: `{ min: 30, max: 0 }`).
 */
export interface EngagementRange {
  /** The raw value that maps to 0. */
  readonly min: number;
  /** The raw value that maps to 100; not equal to `min`. */
  readonly max: number;
}

/** How one input of {@link engagementScore} counts: its weight and how its raw value maps onto 0–100. */
export interface EngagementComponent {
  /** The component's weight, finite and ≥ 0; weights are relative (they need not add up to 1 or 100). */
  readonly weight: number;
  /**
   * `'percentage'`: the value is already a percentage 0–100 (a participation
   * rate), used as it is; a value outside 0–100 is an error. An
   * {@link EngagementRange}: the value is scaled linearly from `min` (0) to
   * `max` (100) and clamped.
   */
  readonly map: 'percentage' | EngagementRange;
}

/**
 * Customer engagement score: a weighted composite of engagement inputs
 * (usage frequency, actions taken, loyalty-programme and training
 * participation, …), each mapped onto 0–100.
 *
 * @summary Engagement score, 0–100, as the weighted mean of mapped inputs.
 *
 * @remarks
 * score = Σ wᵢ · sᵢ / Σ wᵢ, where sᵢ is input i on 0–100: a percentage as it
 * is, or a raw value v in a range as (v − min) / (max − min) × 100, clamped to
 * 0–100. The weighted mean is the library's one implementation, with
 * compensated sums. Every component needs an input and every input a
 * component, so that a misspelt name cannot silently drop out.
 *
 * @param inputs - The raw values, by component name.
 * @param components - For each name, its {@link EngagementComponent}.
 * @returns The score, 0–100.
 * @throws {@link MetricError} `EMPTY_INPUT` for no components;
 *   `INVALID_WEIGHTS` for a weight that is negative or not finite, or all
 *   weights zero; `INVALID_OPTION` for a component whose `map` is neither
 *   `'percentage'` nor a range with finite, different ends, or that has
 *   unknown fields; `INVALID_TYPE` for a missing input, an input without a
 *   component, inputs that are not an object, or a value that is not a number; `NOT_FINITE`; `OUT_OF_RANGE`
 *   for a percentage outside 0–100.
 *
 * @example
 * ```ts
 * // 12 logins on 0–20 map to 60; (1 × 40 + 1 × 20 + 2 × 60) / 4 = 45
 * engagementScore({ loyalty: 40, training: 20, loginsPerMonth: 12 }, { loyalty: { weight: 1, map: 'percentage' }, training: { weight: 1, map: 'percentage' }, loginsPerMonth: { weight: 2, map: { min: 0, max: 20 } } }); // => 45
 * engagementScore({ daysSinceVisit: 45 }, { daysSinceVisit: { weight: 1, map: { min: 30, max: 0 } } }); // => 0
 * ```
 */
export function engagementScore<Name extends string>(
  inputs: Readonly<Record<Name, number>>,
  components: Readonly<Record<Name, EngagementComponent>>,
): number {
  const fn = 'engagementScore';
  // JavaScript callers pass anything, so the components are checked as an unknown value
  const spec: unknown = components;
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
    fail('INVALID_OPTION', fn, `components is ${describeKind(spec)}; pass an object { name: { weight, map } }`);
  }
  // the inputs are one object of named figures, the counts form: readInput returns it or throws
  const values = readInput(fn, inputs, { counts: 'inputs { name: value }' }).counts;
  const names = Object.keys(spec);
  if (names.length === 0) fail('EMPTY_INPUT', fn, 'no components: the score needs at least one');
  for (const name of Object.keys(values)) {
    if (!Object.prototype.hasOwnProperty.call(spec, name)) {
      fail('INVALID_TYPE', fn, `inputs.${name} has no component; components: ${names.join(', ')}`);
    }
  }
  const scores = new Float64Array(names.length);
  const weights = new Array<number>(names.length);
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const component = readComponent(fn, name, (spec as Record<string, unknown>)[name]);
    weights[i] = component.weight as number;
    const raw = (values as Record<string, unknown>)[name];
    if (raw === undefined) fail('INVALID_TYPE', fn, `inputs.${name} is missing; every component needs an input`);
    scores[i] = mapped(fn, `inputs.${name}`, readFinite(fn, `inputs.${name}`, raw), component.map);
  }
  scaleHugeWeights(weights);
  // the mean stays within the mapped values, so within 0–100
  return weightedMean(fn, scores, weights, (i) => `the weight of component ${JSON.stringify(names[i])}`);
}

/**
 * Weights near the top of the double range would overflow Σ wᵢ · xᵢ (each
 * xᵢ up to 100) and Σ wᵢ: when the largest passes 1e300 every weight is
 * scaled by one power of two, which is exact and leaves the mean as it is.
 * Weights that are not finite numbers ≥ 0 are left for the mean to refuse.
 */
function scaleHugeWeights(weights: number[]): void {
  let largest = 0;
  for (const w of weights) if (typeof w === 'number' && w > largest && w < Infinity) largest = w;
  if (largest <= 1e300) return;
  const scale = 2 ** -Math.ceil(Math.log2(largest));
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    if (typeof w === 'number' && w >= 0 && w < Infinity) weights[i] = w * scale;
  }
}

const COMPONENT_FIELDS: readonly string[] = ['weight', 'map'] as const satisfies readonly (keyof EngagementComponent)[];

/** Checks a component's shape and map; its weight is checked by the weighted mean. */
function readComponent(fn: string, name: string, value: unknown): { weight: unknown; map: 'percentage' | EngagementRange } {
  const where = `components.${name}`;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail('INVALID_OPTION', fn, `${where} is ${describeKind(value)}; pass { weight, map }`);
  }
  for (const key in value) {
    if (Object.prototype.hasOwnProperty.call(value, key) && !COMPONENT_FIELDS.includes(key)) {
      fail('INVALID_OPTION', fn, `${where} has an unknown field ${JSON.stringify(key)}; known fields: ${COMPONENT_FIELDS.join(', ')}`);
    }
  }
  const { weight, map } = value as { weight?: unknown; map?: unknown };
  if (map === 'percentage') return { weight, map };
  if (map === null || typeof map !== 'object') {
    fail('INVALID_OPTION', fn, `${where}.map is ${describeValue(map)}; use 'percentage' or a range { min, max }`);
  }
  const { min, max } = map as { min?: unknown; max?: unknown };
  if (typeof min !== 'number' || !Number.isFinite(min) || typeof max !== 'number' || !Number.isFinite(max)) {
    fail('INVALID_OPTION', fn, `${where}.map needs finite numbers min and max, got ${describeValue(min)} and ${describeValue(max)}`);
  }
  if (min === max) fail('INVALID_OPTION', fn, `${where}.map has min = max = ${describeValue(min)}; the range must not be empty`);
  if (!Number.isFinite(max - min)) fail('INVALID_OPTION', fn, `${where}.map from ${min} to ${max} is too wide to scale`);
  return { weight, map: { min, max } };
}

/** A raw value on 0–100: a percentage as it is (checked), a range scaled and clamped. */
function mapped(fn: string, name: string, v: number, map: 'percentage' | EngagementRange): number {
  if (map === 'percentage') {
    if (v < 0 || v > 100) fail('OUT_OF_RANGE', fn, `${name} ${describeValue(v)} is outside 0–100, but its component maps it as a percentage`);
    return v;
  }
  const above = v - map.min;
  const width = map.max - map.min;
  // × 100 first, as the definition reads (70, not 70.00000000000001, for 7 on 0–10); divided first where that overflows
  let s = (above * 100) / width;
  if (!Number.isFinite(s)) s = (above / width) * 100;
  return s < 0 ? 0 : s > 100 ? 100 : s;
}
