/**
 * `sixsources rollout …` lives in commands/rollout.ts, written separately. It is loaded on
 * demand so the rest of the command line works, and says so plainly, when it is absent.
 */
import type { CliIo } from './io.ts';
import { EXIT } from './exit-codes.ts';
import { writeLines } from './io.ts';

/** The signature commands/rollout.ts exports. */
type RunRolloutCommand = (args: string[], io: CliIo) => Promise<number>;

// A variable specifier keeps the type checker from requiring the file to exist.
const ROLLOUT_MODULE = './commands/rollout.ts';

/** Runs `sixsources rollout <args>`, or reports that rollout commands are not available. */
export async function dispatchRollout(args: readonly string[], io: CliIo): Promise<number> {
  const run = await loadRollout();
  if (run === null) {
    writeLines(io.stderr, ['sixsources: rollout commands are not available in this build']);
    return EXIT.usage;
  }
  return run([...args], io);
}

async function loadRollout(): Promise<RunRolloutCommand | null> {
  let loaded: unknown;
  try {
    loaded = await import(/* @vite-ignore */ ROLLOUT_MODULE);
  } catch (error) {
    if (isRolloutMissing(error)) return null;
    throw error;
  }
  const run = (loaded as { runRolloutCommand?: unknown }).runRolloutCommand;
  return typeof run === 'function' ? (run as RunRolloutCommand) : null;
}

/** True when the error says the rollout module itself is missing (not something it imports). */
function isRolloutMissing(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const notFound = code === 'ERR_MODULE_NOT_FOUND' || /cannot find module|failed to load url|does not exist/i.test(message);
  return notFound && /commands[\\/]rollout\.ts/.test(message);
}
