/** The Hessian from an exact gradient, and the inverse of a positive-definite matrix, against closed forms. */
import { describe, expect, test } from 'vitest';
import { hessianFromGradient, invertPositiveDefinite } from '../../src/_lib/information.js';

describe('hessianFromGradient', () => {
  test('differences the gradient of f(x, y) = x² y + e^x y³ into its exact Hessian', () => {
    // ∂f/∂x = 2xy + eˣ y³, ∂f/∂y = x² + 3eˣ y²; H = [[2y + eˣy³, 2x + 3eˣy²], [2x + 3eˣy², 6eˣy]]
    const gradient = (p: Float64Array, g: Float64Array) => {
      const [x, y] = [p[0]!, p[1]!];
      g[0] = 2 * x * y + Math.exp(x) * y ** 3;
      g[1] = x * x + 3 * Math.exp(x) * y * y;
    };
    const [x, y] = [0.7, 1.3];
    const h = hessianFromGradient(gradient, Float64Array.of(x, y));
    const exact = [2 * y + Math.exp(x) * y ** 3, 2 * x + 3 * Math.exp(x) * y * y, 2 * x + 3 * Math.exp(x) * y * y, 6 * Math.exp(x) * y];
    exact.forEach((value, i) => { expect(Math.abs(h[i]! - value)).toBeLessThan(1e-8 * Math.abs(value)); });
    expect(h[1]).toBe(h[2]);
  });
});

describe('invertPositiveDefinite', () => {
  test('inverts [[4, 2], [2, 3]] into [[3, −2], [−2, 4]]/8', () => {
    const inverse = invertPositiveDefinite(Float64Array.of(4, 2, 2, 3))!;
    [3 / 8, -2 / 8, -2 / 8, 4 / 8].forEach((value, i) => { expect(inverse[i]).toBeCloseTo(value, 15); });
  });

  test('M M⁻¹ = I for a 4 × 4 information-like matrix', () => {
    const m = Float64Array.of(10, 2, 1, 0.5, 2, 8, 0.3, 1, 1, 0.3, 5, 0.2, 0.5, 1, 0.2, 3);
    const inverse = invertPositiveDefinite(m)!;
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 4; j++) {
        let sum = 0;
        for (let k = 0; k < 4; k++) sum += m[i * 4 + k]! * inverse[k * 4 + j]!;
        expect(sum).toBeCloseTo(i === j ? 1 : 0, 14);
      }
    }
  });

  test('refuses a matrix that is not positive definite (a saddle, a flat direction)', () => {
    expect(invertPositiveDefinite(Float64Array.of(1, 2, 2, 1))).toBeUndefined();
    expect(invertPositiveDefinite(Float64Array.of(1, 1, 1, 1))).toBeUndefined();
    expect(invertPositiveDefinite(Float64Array.of(NaN, 0, 0, 1))).toBeUndefined();
  });
});
