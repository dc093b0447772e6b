/** A seeded source of numbers in [0, 1): the same seed always gives the same corpus. */
export type Random = () => number

/**
 * mulberry32: tiny, fast and good enough for synthetic text. Math.random cannot be seeded,
 * and every engine must see byte-identical pages at a given size.
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** An integer in [min, max], both included. */
export const intBetween = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1))

/** One element of a non-empty list, uniformly. */
export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]

/** True with probability `p`. */
export const chance = (random: Random, p: number): boolean => random() < p
