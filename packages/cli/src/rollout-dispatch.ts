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

/**
 * Runs `sixsources rollout <args>`, or reports that rollout commands are not available.
 * `modulePath` (relative to this file) is for tests; the command line always uses the default.
 */
export async function dispatchRollout(
  args: readonly string[],
  io: CliIo,
  modulePath: string = ROLLOUT_MODULE,
): Promise<number> {
  const run = await loadRollout(modulePath);
  if (run === null) {
    writeLines(io.stderr, ['sixsources: rollout commands are not available in this build']);
    return EXIT.usage;
  }
  return run([...args], io);
}

async function loadRollout(modulePath: string): Promise<RunRolloutCommand | null> {
  let loaded: unknown;
  try {
    loaded = await import(/* @vite-ignore */ modulePath);
  } catch (error) {
    if (isMissing(error, modulePath)) return null;
    throw error;
  }
  const run = (loaded as { runRolloutCommand?: unknown }).runRolloutCommand;
  return typeof run === 'function' ? (run as RunRolloutCommand) : null;
}

/** True when the error says the module itself is missing (not something it imports). */
function isMissing(error: unknown, modulePath: string): boolean {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const notFound = code === 'ERR_MODULE_NOT_FOUND' || /cannot find module|failed to load url|does not exist/i.test(message);
  // Node: "Cannot find module 'X' imported from Y"; Vite: "Failed to load url X (…) in Y".
  // Only X, the module that is missing, counts; Y is the one that asked for it.
  const missing = message.replaceAll('\\', '/').split(/ imported from | \(resolved id| in \//)[0] ?? '';
  return notFound && missing.includes(modulePath.split('/').slice(-2).join('/'));
}
