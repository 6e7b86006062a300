/**
 * A set of the six sources as bits of a number: the coach keeps one per behavior, and
 * bits are cheaper than a `Set` for hundreds of behaviors.
 */
import { SOURCES, type Source } from '../plan/sources.ts';

/** Sources as bits: bit `i` is `SOURCES[i]`. */
export type SourceSet = number;

/**
 * Position of `source` in `SOURCES`, or -1 for a value that is not a source. Read from the
 * level's first letters and the kind's last letter, then confirmed: a source read from
 * JSON is a fresh string, and looking it up as a key costs far more on a 3,000-strategy plan.
 */
export function sourceIndex(source: string): number {
  const level = source.charCodeAt(1) === 101 ? 0 : source.charCodeAt(1) === 111 ? 1 : 2; // pe / so / st
  const index = level * 2 + (source.charCodeAt(source.length - 1) === 121 ? 1 : 0); // …ability / …motivation
  return SOURCES[index] === source ? index : -1;
}

/** `set` with `source` added (unknown sources are ignored). */
export function withSource(set: SourceSet, source: Source): SourceSet {
  const index = sourceIndex(source);
  return index < 0 ? set : set | (1 << index);
}

/** Whether `source` is in `set`. */
export function hasSource(set: SourceSet, source: Source): boolean {
  const index = sourceIndex(source);
  return index >= 0 && (set & (1 << index)) !== 0;
}

/** How many sources are in `set`. */
export function sourceCount(set: SourceSet): number {
  let count = 0;
  for (let bits = set; bits !== 0; bits &= bits - 1) count++;
  return count;
}

/** The sources not in `set`, in the model's order. */
export function sourcesMissingFrom(set: SourceSet): Source[] {
  return SOURCES.filter((_, index) => (set & (1 << index)) === 0);
}

/** Six lists, one per source in `SOURCES` order, as a record keyed by source. */
export function bySource<T>(lists: readonly T[]): Record<Source, T> {
  return {
    'personal-motivation': lists[0] as T,
    'personal-ability': lists[1] as T,
    'social-motivation': lists[2] as T,
    'social-ability': lists[3] as T,
    'structural-motivation': lists[4] as T,
    'structural-ability': lists[5] as T,
  };
}
