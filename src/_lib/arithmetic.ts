/**
 * `part` as a percentage of `whole`: part × 100 / whole. Multiplying first
 * keeps whole-number counts exact until the one division, so 30 of 50 is
 * exactly 60 (30 / 50 × 100 would round twice). `whole` must be positive.
 */
export function share(part: number, whole: number): number {
  return (part * 100) / whole;
}
