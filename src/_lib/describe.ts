/**
 * Renders a value for an error message: numbers as written (`-0`, `NaN`,
 * `Infinity`), strings quoted, everything else by its kind.
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'string':
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'bigint':
      return `${value}n`;
    case 'undefined':
    case 'boolean':
      return String(value);
    case 'symbol':
      return value.toString();
    default:
      return describeKind(value);
  }
}

/** The kind of a non-number, for "is a string, not a number": `null`, `undefined`, `an array`, `an object`, `a <typeof>`. */
export function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  if (type === 'undefined') return type;
  return type === 'object' ? 'an object' : `a ${type}`;
}

/** `1 ticket`, `3 tickets`: a count with its noun, for messages. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
