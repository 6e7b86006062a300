/** Runs `main` in-process with captured output, in a scratch directory holding plan files. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPlanFromTemplate, serializePlan, type Language, type TemplateName } from '@sixsources/core';
import { main } from '../../src/main.ts';

/** What one run printed and returned. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `sixsources <argv>` with `cwd` as the working directory. */
export async function run(argv: readonly string[], cwd: string): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
  });
  return { code, stdout, stderr };
}

/** A scratch directory for one test file, removed by `cleanup`. */
export function scratchDir(): { dir: string; write(name: string, text: string): string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'sixsources-cli-'));
  return {
    dir,
    write(name, text) {
      writeFileSync(join(dir, name), text);
      return name;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The text of a plan file made from a template, fixed in time so outputs can be compared. */
export function templateFile(name: TemplateName, language: Language = 'en'): string {
  return serializePlan(
    createPlanFromTemplate(name, { language, now: new Date('2026-01-05T12:00:00.000Z'), id: `plan-${name}` }),
  );
}

/** True when the text looks like a JavaScript stack trace. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+[(:]\d+/m.test(text) || /\.ts:\d+:\d+/.test(text);
}
