/**
 * Import fuzzing: valid plan files broken one way at a time, and several ways at once.
 * The import never throws, refuses with errors that say where, never touches a prototype,
 * and reads every file it accepts back the same way after saving.
 */
import { afterAll, describe, it } from 'vitest';
import fc from 'fast-check';
import { MUTATIONS, chaoticFile, hostileFile, type MutationKind } from '../support/hostile.ts';
import { FUZZ_RUNS, reportTried, runsFor, timeLimit } from './fuzz-settings.ts';
import { checkHostileImport } from './import-checks.ts';

afterAll(() => reportTried('import fuzzing'));

/** Mutations whose files run to megabytes: fewer cases, same properties. */
const HEAVY: readonly MutationKind[] = ['huge-string', 'huge-array', 'deep-nesting'];

describe('importing a plan file broken in one place', () => {
  for (const kind of MUTATIONS) {
    const runs = HEAVY.includes(kind) ? runsFor(0.2) : FUZZ_RUNS;
    it(`${kind}: refused where it is broken, or read unchanged`, { timeout: timeLimit(20_000) }, () => {
      fc.assert(
        fc.property(hostileFile([kind]), (file) => {
          checkHostileImport(file);
        }),
        { numRuns: runs },
      );
    });
  }
});

describe('importing a plan file broken in several places', () => {
  it('never throws, and every error has a path inside the file', { timeout: timeLimit(20_000) }, () => {
    fc.assert(
      fc.property(chaoticFile(), (file) => {
        checkHostileImport(file);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
