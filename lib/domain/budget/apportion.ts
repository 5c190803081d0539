/**
 * Largest-remainder apportionment of a total in cents over weighted items
 * (schools by pupil count), so the parts always add up exactly to the total.
 *
 * 1. Each item's exact share = total × weight / Σ weights (a fraction of cents).
 * 2. Every item first gets floor(exact share).
 * 3. The cents left over (always fewer than the number of items) go one each
 *    to the items with the largest remainders. Ties in remainder: more pupils
 *    first, then name, then id — names and ids compared by UTF-16 code units,
 *    which is stable and independent of locale and input order.
 *
 * Consequences (checked by property tests): Σ parts = total; every part is
 * within one cent of its exact share (strictly); a heavier item never gets
 * less than a lighter one; the result per id does not depend on input order.
 */
import { compare, floor, fraction, fromInteger, sub, type Fraction } from "./decimal";

export interface ApportionItem {
  /** Unique key (school id); the last tie-break. */
  id: string;
  /** Shown in the breakdown and the second tie-break. */
  name: string;
  /** Non-negative integer weight (pupil count). */
  weight: number;
}

export interface ApportionedPart {
  id: string;
  name: string;
  weight: number;
  /** total × weight / Σ weights, in cents, exact. */
  exactCents: Fraction;
  /** floor(exactCents). */
  floorCents: bigint;
  /** exactCents − floorCents, in [0, 1) cent: what the ranking uses. */
  remainderCents: Fraction;
  /** 1-based position in the largest-remainder ranking (1 = first in line for a cent). */
  remainderRank: number;
  /** Whether this part received one of the left-over cents. */
  extraCent: boolean;
  /** The apportioned amount: floorCents, plus one if extraCent. */
  cents: bigint;
}

/** Code-unit order: deterministic and locale-independent (unlike localeCompare). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Apportions totalCents (≥ 0) over the items by weight. Returns the parts in
 * the order of the input. Throws RangeError on a negative total, a negative or
 * non-integer weight, a zero total weight, or a duplicate id.
 */
export function apportionLargestRemainder(totalCents: bigint, items: readonly ApportionItem[]): ApportionedPart[] {
  if (totalCents < 0n) throw new RangeError("apportion: negative total");
  const ids = new Set<string>();
  let totalWeight = 0n;
  for (const item of items) {
    if (!Number.isSafeInteger(item.weight) || item.weight < 0) {
      throw new RangeError(`apportion: weight of "${item.id}" must be a non-negative integer`);
    }
    if (ids.has(item.id)) throw new RangeError(`apportion: duplicate id "${item.id}"`);
    ids.add(item.id);
    totalWeight += BigInt(item.weight);
  }
  if (totalWeight === 0n) throw new RangeError("apportion: total weight is zero");

  const parts = items.map((item) => {
    const exactCents = fraction(totalCents * BigInt(item.weight), totalWeight);
    const floorCents = floor(exactCents);
    return { item, exactCents, floorCents, remainderCents: sub(exactCents, fromInteger(floorCents)) };
  });

  const ranking = [...parts].sort(
    (a, b) =>
      compare(b.remainderCents, a.remainderCents) ||
      b.item.weight - a.item.weight ||
      compareText(a.item.name, b.item.name) ||
      compareText(a.item.id, b.item.id),
  );
  const leftOver = totalCents - parts.reduce((acc, p) => acc + p.floorCents, 0n);
  const rankOf = new Map(ranking.map((p, index) => [p.item.id, index + 1]));

  return parts.map((p) => {
    const remainderRank = rankOf.get(p.item.id) ?? 0;
    const extraCent = BigInt(remainderRank) <= leftOver;
    return {
      id: p.item.id,
      name: p.item.name,
      weight: p.item.weight,
      exactCents: p.exactCents,
      floorCents: p.floorCents,
      remainderCents: p.remainderCents,
      remainderRank,
      extraCent,
      cents: p.floorCents + (extraCent ? 1n : 0n),
    };
  });
}
