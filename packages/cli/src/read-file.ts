/** Reading a file named on the command line, with errors that name the file and say why. */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EXIT } from './exit-codes.ts';
import { CliFailure } from './failure.ts';

/**
 * The text of `file` (relative to `cwd`). A file larger than `maxBytes` is not read: the
 * returned `tooLarge` lets the caller report it in its own terms. A missing, unreadable or
 * non-regular file is a `CliFailure` with exit status 2.
 */
export async function readTextFile(
  file: string,
  cwd: string,
  maxBytes: number,
): Promise<{ text: string; tooLarge: false } | { tooLarge: true }> {
  const path = resolve(cwd, file);
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw cannotRead(file, 'it is a directory, not a file');
    if (info.size > maxBytes) return { tooLarge: true };
    return { text: await readFile(path, 'utf8'), tooLarge: false };
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    throw cannotRead(file, describeFsError(error));
  }
}

function cannotRead(file: string, why: string): CliFailure {
  return new CliFailure(EXIT.usage, [`sixsources: cannot read ${file}: ${why}`]);
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
