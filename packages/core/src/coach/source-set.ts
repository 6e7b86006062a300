/**
 * A set of the six sources as bits of a number: the coach keeps one per behavior, and
 * bits are cheaper than a `Set` for hundreds of behaviors.
 */
import { SOURCES, type Source } from '../plan/sources.ts';

/** Sources as bits: bit `i` is `SOURCES[i]`. */
export type SourceSet = number;

const BIT = Object.fromEntries(SOURCES.map((source, index) => [source, 1 << index])) as Record<Source, number>;

/** `set` with `source` added (unknown sources are ignored). */
export function withSource(set: SourceSet, source: Source): SourceSet {
  return set | (BIT[source] ?? 0);
}

export function hasSource(set: SourceSet, source: Source): boolean {
  return (set & BIT[source]) !== 0;
}

/** How many sources are in `set`. */
export function sourceCount(set: SourceSet): number {
  let count = 0;
  for (let bits = set; bits !== 0; bits &= bits - 1) count++;
  return count;
}

/** The sources not in `set`, in the model's order. */
export function sourcesMissingFrom(set: SourceSet): Source[] {
  return SOURCES.filter((source) => !hasSource(set, source));
}
