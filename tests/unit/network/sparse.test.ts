import { describe, expect, it } from 'vitest';
import { SparseLdlt } from '../../../src/engine/network/sparse';

/** Deterministic numbers in [0, 1) for test matrices. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

interface TestMatrix {
  readonly size: number;
  readonly pairs: Int32Array;
  readonly diagonal: Float64Array;
  readonly pairValues: Float64Array;
}

/** Builds a random sparse, diagonally dominant (so positive definite) symmetric matrix. */
function randomSpdMatrix(size: number, density: number, seed: number): TestMatrix {
  const random = sequence(seed);
  const pairs: number[] = [];
  const values: number[] = [];
  const diagonal = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    for (let j = i + 1; j < size; j++) {
      if (random() >= density) continue;
      const value = -(0.1 + random());
      pairs.push(i, j);
      values.push(value);
      diagonal[i]! -= value;
      diagonal[j]! -= value;
    }
  }
  for (let i = 0; i < size; i++) diagonal[i]! += 0.01 + random();
  return { size, pairs: Int32Array.from(pairs), diagonal, pairValues: Float64Array.from(values) };
}

function multiply(matrix: TestMatrix, x: Float64Array): Float64Array {
  const product = matrix.diagonal.map((value, i) => value * x[i]!);
  for (let pair = 0; pair < matrix.pairValues.length; pair++) {
    const i = matrix.pairs[2 * pair]!;
    const j = matrix.pairs[2 * pair + 1]!;
    product[i]! += matrix.pairValues[pair]! * x[j]!;
    product[j]! += matrix.pairValues[pair]! * x[i]!;
  }
  return product;
}

describe('SparseLdlt', () => {
  for (const [size, density, seed] of [[1, 0, 1], [12, 0.3, 2], [80, 0.05, 3], [300, 0.01, 4]] as const) {
    it(`solves a ${size} × ${size} SPD system`, () => {
      const matrix = randomSpdMatrix(size, density, seed);
      const random = sequence(seed + 100);
      const expected = Float64Array.from({ length: size }, () => random() * 200 - 100);
      const solver = new SparseLdlt({ size, pairs: matrix.pairs });
      expect(solver.factor(matrix.diagonal, matrix.pairValues)).toBe(true);

      const x = new Float64Array(size);
      solver.solve(multiply(matrix, expected), x);
      x.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 8));
    });
  }

  it('refactors new values on the same pattern', () => {
    const matrix = randomSpdMatrix(40, 0.1, 7);
    const solver = new SparseLdlt({ size: 40, pairs: matrix.pairs });
    const scaled = { ...matrix, diagonal: matrix.diagonal.map((v) => 3 * v), pairValues: matrix.pairValues.map((v) => 2 * v) };
    solver.factor(matrix.diagonal, matrix.pairValues);
    expect(solver.factor(scaled.diagonal, scaled.pairValues)).toBe(true);

    const expected = Float64Array.from({ length: 40 }, (_, i) => i - 20);
    const x = new Float64Array(40);
    solver.solve(multiply(scaled, expected), x);
    x.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 8));
  });

  it('star ordering without fill', () => {
    const leaves = 200;
    const pairs = Int32Array.from({ length: 2 * leaves }, (_, k) => (k % 2 === 0 ? 0 : k / 2 + 0.5));
    const solver = new SparseLdlt({ size: leaves + 1, pairs });
    expect(solver.factorEntries).toBe(leaves);
  });

  it('matrix not positive definite', () => {
    const solver = new SparseLdlt({ size: 2, pairs: Int32Array.from([0, 1]) });
    expect(solver.factor(Float64Array.from([1, 1]), Float64Array.from([2]))).toBe(false);
    expect(solver.factor(Float64Array.from([2, 2]), Float64Array.from([-1]))).toBe(true);
    const x = new Float64Array(2);
    solver.solve(Float64Array.from([1, 1]), x);
    expect(x[0]).toBeCloseTo(1, 12);
    expect(x[1]).toBeCloseTo(1, 12);
  });
});
