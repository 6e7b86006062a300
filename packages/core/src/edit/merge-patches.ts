/**
 * Merging two consecutive edits into one undo step.
 *
 * In general the merged step replays the first edit's patches then the second's, and undoes
 * in the opposite order: the second edit's inverse, then the first's. When both edits only
 * replace values at paths that do not nest (typing into one field), the step is compacted:
 * the last value per path forward, the first edit's original value per path backward, so a
 * paragraph typed key by key stays two small patches instead of growing with every key.
 */
import type { Patch } from 'immer';

/** Patches that replay and undo one step. */
export interface PatchPair {
  patches: Patch[];
  inversePatches: Patch[];
}

// Beyond this many patches, compaction's pairwise path check costs more than it saves.
const COMPACT_LIMIT = 64;

const pathKey = (patch: Patch): string => JSON.stringify(patch.path.map(String));

function isPrefix(shorter: readonly string[], longer: readonly string[]): boolean {
  return shorter.length < longer.length && shorter.every((key, i) => key === longer[i]);
}

/** True when every patch is a replace and no patch's path lies inside another's. */
function replacesOnlyFlatPaths(patches: readonly Patch[]): boolean {
  if (patches.length > COMPACT_LIMIT) return false;
  if (!patches.every((patch) => patch.op === 'replace' && patch.path.length > 0)) return false;
  const paths = patches.map((patch) => patch.path.map(String));
  return paths.every((a) => paths.every((b) => !isPrefix(a, b)));
}

/** One step that has the effect of `first` followed by `second`. */
export function mergePatchPairs(first: PatchPair, second: PatchPair): PatchPair {
  const all = [...first.patches, ...second.patches, ...first.inversePatches, ...second.inversePatches];
  if (!replacesOnlyFlatPaths(all)) {
    return {
      patches: [...first.patches, ...second.patches],
      inversePatches: [...second.inversePatches, ...first.inversePatches],
    };
  }
  // Replaces at separate paths commute: keep one per path.
  const secondPaths = new Set(second.patches.map(pathKey));
  const firstInversePaths = new Set(first.inversePatches.map(pathKey));
  return {
    patches: [...first.patches.filter((patch) => !secondPaths.has(pathKey(patch))), ...second.patches],
    inversePatches: [
      ...first.inversePatches,
      ...second.inversePatches.filter((patch) => !firstInversePaths.has(pathKey(patch))),
    ],
  };
}
