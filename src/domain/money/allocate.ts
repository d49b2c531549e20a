import { money, sumMoney, type Money } from './money';

/**
 * Splits `total` across lines in proportion to `weights` (for a quote discount: each line's net
 * amount) so that the parts add up to `total` exactly (largest remainder method). Each line first
 * gets the floor of its exact share. The minor units left over go one each to the lines with the
 * largest fractional remainders; on equal remainders the earlier line gets it first.
 * Weights must be non-negative and in the total's currency. A zero total gives zeros; a non-zero
 * total with all weights zero throws, because there is nothing to spread it over.
 */
export function allocateProportionally(total: Money, weights: readonly Money[]): Money[] {
  const weightSum = BigInt(sumMoney(weights, total.currency).minor);
  const negativeIndex = weights.findIndex((weight) => weight.minor < 0);
  if (negativeIndex >= 0) throw new RangeError(`Allocation weight ${negativeIndex + 1} is ${weights[negativeIndex]!.minor} minor units: expected zero or more`);
  if (total.minor === 0) return weights.map(() => money(0, total.currency));
  if (weightSum === 0n) throw new RangeError(`Cannot allocate ${total.minor} minor units of ${total.currency}: every weight is zero`);

  const sign = total.minor < 0 ? -1n : 1n;
  const magnitude = sign * BigInt(total.minor);
  const floors = weights.map((weight) => (magnitude * BigInt(weight.minor)) / weightSum);
  const remainders = weights.map((weight, index) => ({ index, remainder: (magnitude * BigInt(weight.minor)) % weightSum }));

  let leftover = magnitude - floors.reduce((sum, part) => sum + part, 0n);
  remainders.sort(byLargerRemainderThenIndex);
  for (const { index } of remainders) {
    if (leftover === 0n) break;
    floors[index]! += 1n;
    leftover -= 1n;
  }
  return floors.map((part) => money(sign * part, total.currency));
}

function byLargerRemainderThenIndex(p: { index: number; remainder: bigint }, q: { index: number; remainder: bigint }): number {
  if (p.remainder === q.remainder) return p.index - q.index;
  return p.remainder > q.remainder ? -1 : 1;
}
