/**
 * Sparse LDLᵀ factorisation of a symmetric positive definite matrix with a fixed pattern. The
 * pattern is analysed once (minimum-degree ordering and symbolic factorisation). Each Newton
 * iteration then refactors new values in time proportional to the work on the filled pattern.
 */

/** Pattern of an n × n symmetric matrix: the off-diagonal pairs (i < j), each listed once. */
export interface SymmetricPattern {
  readonly size: number;
  /** Row and column of each off-diagonal pair, as [i0, j0, i1, j1, …]. */
  readonly pairs: Int32Array;
}

function adjacencyLists(pattern: SymmetricPattern): number[][] {
  const adjacency = Array.from({ length: pattern.size }, (): number[] => []);
  for (let pair = 0; pair < pattern.pairs.length; pair += 2) {
    const i = pattern.pairs[pair]!;
    const j = pattern.pairs[pair + 1]!;
    adjacency[i]!.push(j);
    adjacency[j]!.push(i);
  }
  return adjacency;
}

/** Nodes bucketed by current degree in doubly linked lists, for O(1) degree updates. */
class DegreeBuckets {
  private readonly head: Int32Array;
  private readonly next: Int32Array;
  private readonly previous: Int32Array;
  private readonly degree: Int32Array;
  private minDegree = 0;

  constructor(size: number) {
    this.head = new Int32Array(size + 1).fill(-1);
    this.next = new Int32Array(size).fill(-1);
    this.previous = new Int32Array(size).fill(-1);
    this.degree = new Int32Array(size);
  }

  insert(node: number, degree: number): void {
    const first = this.head[degree]!;
    this.degree[node] = degree;
    this.next[node] = first;
    this.previous[node] = -1;
    if (first >= 0) this.previous[first] = node;
    this.head[degree] = node;
    this.minDegree = Math.min(this.minDegree, degree);
  }

  remove(node: number): void {
    const before = this.previous[node]!;
    const after = this.next[node]!;
    if (before >= 0) this.next[before] = after;
    else this.head[this.degree[node]!] = after;
    if (after >= 0) this.previous[after] = before;
  }

  /** Removes and returns a node of minimum degree. The caller must not call it on empty buckets. */
  popMinimum(): number {
    while (this.head[this.minDegree] === -1) this.minDegree++;
    const node = this.head[this.minDegree]!;
    this.remove(node);
    return node;
  }
}

/**
 * Orders the unknowns by minimum degree on the elimination graph and records, for each eliminated
 * node, its neighbours at elimination: the below-diagonal pattern of its column of L. Eliminating
 * a node joins its neighbours into a clique, so each neighbour's list is rebuilt as the union of
 * its old list (without the node) and the other neighbours.
 */
function minimumDegreeElimination(pattern: SymmetricPattern): { order: Int32Array; columns: number[][] } {
  const size = pattern.size;
  const adjacency = adjacencyLists(pattern);
  const order = new Int32Array(size);
  const columns: number[][] = [];
  const mark = new Int32Array(size).fill(-1);
  let stamp = -1;
  const buckets = new DegreeBuckets(size);
  adjacency.forEach((neighbours, node) => buckets.insert(node, neighbours.length));

  for (let position = 0; position < size; position++) {
    const node = buckets.popMinimum();
    order[position] = node;
    const neighbours = adjacency[node]!;
    columns.push(neighbours);
    adjacency[node] = [];

    for (const neighbour of neighbours) {
      stamp++;
      const merged: number[] = [];
      for (const other of adjacency[neighbour]!) {
        if (other === node) continue;
        mark[other] = stamp;
        merged.push(other);
      }
      for (const other of neighbours) {
        if (other === neighbour || mark[other] === stamp) continue;
        mark[other] = stamp;
        merged.push(other);
      }
      adjacency[neighbour] = merged;
      buckets.remove(neighbour);
      buckets.insert(neighbour, merged.length);
    }
  }
  return { order, columns };
}

/** Symbolic factorisation: the ordering and the compressed-column pattern of L. */
class SymbolicFactor {
  /** `permutation[k]` is the original index of the k-th eliminated unknown. */
  readonly permutation: Int32Array;
  /** Inverse of `permutation`. */
  readonly position: Int32Array;
  /** Rows of column k of L: `rowIndex[columnStart[k] … columnStart[k+1])`, ascending, all > k. */
  readonly columnStart: Int32Array;
  readonly rowIndex: Int32Array;
  /** Columns j < k with L[k][j] ≠ 0: `rowColumns[rowStart[k] … rowStart[k+1])`. */
  readonly rowStart: Int32Array;
  readonly rowColumns: Int32Array;

  constructor(pattern: SymmetricPattern) {
    const size = pattern.size;
    const { order, columns } = minimumDegreeElimination(pattern);
    this.permutation = order;
    this.position = new Int32Array(size);
    order.forEach((original, k) => (this.position[original] = k));

    this.columnStart = new Int32Array(size + 1);
    columns.forEach((rows, k) => (this.columnStart[k + 1] = this.columnStart[k]! + rows.length));
    this.rowIndex = new Int32Array(this.columnStart[size]!);
    const rowCounts = new Int32Array(size);
    columns.forEach((rows, k) => {
      const sorted = rows.map((original) => this.position[original]!).sort((a, b) => a - b);
      this.rowIndex.set(sorted, this.columnStart[k]!);
      for (const row of sorted) rowCounts[row]!++;
    });

    this.rowStart = new Int32Array(size + 1);
    for (let k = 0; k < size; k++) this.rowStart[k + 1] = this.rowStart[k]! + rowCounts[k]!;
    this.rowColumns = new Int32Array(this.rowStart[size]!);
    const fill = this.rowStart.slice(0, size);
    for (let column = 0; column < size; column++) {
      for (let entry = this.columnStart[column]!; entry < this.columnStart[column + 1]!; entry++) {
        const row = this.rowIndex[entry]!;
        this.rowColumns[fill[row]!++] = column;
      }
    }
  }
}

/**
 * LDLᵀ solver for matrices of one symmetric pattern. Call `factor` with new values, then `solve`
 * as often as needed.
 */
export class SparseLdlt {
  private readonly symbolic: SymbolicFactor;
  private readonly pattern: SymmetricPattern;
  /** For each original unknown, its neighbours and the pair index of each. */
  private readonly neighbourStart: Int32Array;
  private readonly neighbours: Int32Array;
  private readonly neighbourPairs: Int32Array;
  private readonly lower: Float64Array;
  private readonly diagonal: Float64Array;
  private readonly work: Float64Array;
  private readonly next: Int32Array;

  constructor(pattern: SymmetricPattern) {
    this.pattern = pattern;
    this.symbolic = new SymbolicFactor(pattern);
    const size = pattern.size;
    const pairCount = pattern.pairs.length / 2;

    this.neighbourStart = new Int32Array(size + 1);
    for (let entry = 0; entry < pattern.pairs.length; entry++) this.neighbourStart[pattern.pairs[entry]! + 1]!++;
    for (let node = 0; node < size; node++) this.neighbourStart[node + 1]! += this.neighbourStart[node]!;
    this.neighbours = new Int32Array(2 * pairCount);
    this.neighbourPairs = new Int32Array(2 * pairCount);
    const fill = this.neighbourStart.slice(0, size);
    for (let pair = 0; pair < pairCount; pair++) {
      const i = pattern.pairs[2 * pair]!;
      const j = pattern.pairs[2 * pair + 1]!;
      this.neighbours[fill[i]!] = j;
      this.neighbourPairs[fill[i]!++] = pair;
      this.neighbours[fill[j]!] = i;
      this.neighbourPairs[fill[j]!++] = pair;
    }

    this.lower = new Float64Array(this.symbolic.rowIndex.length);
    this.diagonal = new Float64Array(size);
    this.work = new Float64Array(size);
    this.next = new Int32Array(size);
  }

  /** Number of stored below-diagonal entries of L, a measure of the fill. */
  get factorEntries(): number {
    return this.lower.length;
  }

  /**
   * Factors the matrix with diagonal `diagonal` (by original index) and off-diagonal `pairValues`
   * (by pair). Left-looking: column k gathers the updates of every earlier column with a
   * non-zero in row k. Returns false when a pivot is not positive (the matrix is not positive
   * definite), leaving the factor unusable.
   */
  factor(diagonal: Float64Array, pairValues: Float64Array): boolean {
    const { permutation, position, columnStart, rowIndex, rowStart, rowColumns } = this.symbolic;
    const { work, lower, next, neighbourStart, neighbours, neighbourPairs } = this;
    const pivots = this.diagonal;
    const size = this.pattern.size;
    next.set(columnStart.subarray(0, size));

    for (let k = 0; k < size; k++) {
      const original = permutation[k]!;
      work[k] = diagonal[original]!;
      for (let entry = neighbourStart[original]!; entry < neighbourStart[original + 1]!; entry++) {
        const row = position[neighbours[entry]!]!;
        if (row > k) work[row] = pairValues[neighbourPairs[entry]!]!;
      }

      for (let entry = rowStart[k]!; entry < rowStart[k + 1]!; entry++) {
        const column = rowColumns[entry]!;
        const at = next[column]!++;
        const lkj = lower[at]!;
        const scaled = lkj * pivots[column]!;
        work[k]! -= lkj * scaled;
        const end = columnStart[column + 1]!;
        for (let below = at + 1; below < end; below++) work[rowIndex[below]!]! -= lower[below]! * scaled;
      }

      const pivot = work[k]!;
      work[k] = 0;
      if (!(pivot > 0) || !Number.isFinite(pivot)) {
        work.fill(0);
        return false;
      }
      pivots[k] = pivot;
      for (let entry = columnStart[k]!; entry < columnStart[k + 1]!; entry++) {
        const row = rowIndex[entry]!;
        lower[entry] = work[row]! / pivot;
        work[row] = 0;
      }
    }
    return true;
  }

  /** Solves A x = b with the last successful factorisation. `b` and `x` use original indices. */
  solve(b: Float64Array, x: Float64Array): void {
    const { permutation, columnStart, rowIndex } = this.symbolic;
    const size = this.pattern.size;
    const y = this.work;
    for (let k = 0; k < size; k++) y[k] = b[permutation[k]!]!;

    for (let k = 0; k < size; k++) {
      const yk = y[k]!;
      for (let entry = columnStart[k]!; entry < columnStart[k + 1]!; entry++) y[rowIndex[entry]!]! -= this.lower[entry]! * yk;
    }
    for (let k = 0; k < size; k++) y[k]! /= this.diagonal[k]!;
    for (let k = size - 1; k >= 0; k--) {
      let sum = y[k]!;
      for (let entry = columnStart[k]!; entry < columnStart[k + 1]!; entry++) sum -= this.lower[entry]! * y[rowIndex[entry]!]!;
      y[k] = sum;
    }

    for (let k = 0; k < size; k++) {
      x[permutation[k]!] = y[k]!;
      y[k] = 0;
    }
  }
}
