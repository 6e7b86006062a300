/**
 * Says where a text stops being JSON, in words and with a line and column, the same way
 * in every JavaScript engine (their own `JSON.parse` messages differ and often omit the place).
 * Only called after `JSON.parse` has failed, so it favors clarity over speed; it is still
 * one linear, iterative pass.
 */

/** Where and why a text is not JSON. */
export interface JsonSyntaxError {
  /** Index into the text (UTF-16 units). */
  offset: number;
  /** 1-based line and column of `offset`. */
  line: number;
  column: number;
  reason: string;
}

type Expecting = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** The first syntax error in `text`, or `null` when the text is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const stack: ('{' | '[')[] = [];
  let expecting = 'value' as Expecting;
  let i = 0;
  const fail = (offset: number, reason: string): JsonSyntaxError => ({ offset, reason, ...lineAndColumn(text, offset) });

  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
    if (i >= text.length) {
      if (expecting === 'end') return null;
      const open = stack.at(-1);
      if (open === undefined) return fail(i, text.trim() === '' ? 'the file is empty' : 'the text ends too early');
      return fail(i, `the text ends before ${open === '{' ? 'an object' : 'a list'} is closed`);
    }
    const c = text[i] as string;
    const closer = stack.at(-1) === '{' ? '}' : ']';

    if (expecting === 'end') return fail(i, `unexpected ${show(c)} after the end of the JSON value`);
    if (expecting === 'colon') {
      if (c !== ':') return fail(i, `expected ":" after a property name, found ${show(c)}`);
      expecting = 'value';
      i++;
      continue;
    }
    if (expecting === 'comma-or-close') {
      if (c === ',') expecting = stack.at(-1) === '{' ? 'key' : 'value';
      else if (c === closer) {
        stack.pop();
        expecting = afterValue(stack);
      } else return fail(i, `expected "," or "${closer}", found ${show(c)}`);
      i++;
      continue;
    }
    if (expecting === 'key' || expecting === 'key-or-close') {
      if (c === '}' && expecting === 'key-or-close') {
        stack.pop();
        expecting = afterValue(stack);
        i++;
        continue;
      }
      if (c !== '"') return fail(i, `expected a property name in double quotes, found ${show(c)}`);
      const end = scanString(text, i);
      if (typeof end !== 'number') return fail(end.offset, end.reason);
      i = end;
      expecting = 'colon';
      continue;
    }
    // expecting a value
    if (c === ']' && expecting === 'value-or-close') {
      stack.pop();
      expecting = afterValue(stack);
      i++;
      continue;
    }
    if (c === '{' || c === '[') {
      stack.push(c);
      expecting = c === '{' ? 'key-or-close' : 'value-or-close';
      i++;
      continue;
    }
    if (c === '"') {
      const end = scanString(text, i);
      if (typeof end !== 'number') return fail(end.offset, end.reason);
      i = end;
      expecting = afterValue(stack);
      continue;
    }
    const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
    if (literal !== undefined) {
      i += literal.length;
      expecting = afterValue(stack);
      continue;
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number !== null) {
      i += number[0].length;
      expecting = afterValue(stack);
      continue;
    }
    return fail(i, `expected a value, found ${show(c)}`);
  }
}

function afterValue(stack: readonly unknown[]): Expecting {
  return stack.length > 0 ? 'comma-or-close' : 'end';
}

/** Index just past the string that opens at `start`, or why it is not a valid string. */
function scanString(text: string, start: number): number | { offset: number; reason: string } {
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"') return i + 1;
    if (c === '\\') {
      const next = text[i + 1] ?? '';
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 5;
      else if (ESCAPES.has(next)) i += 1;
      else return { offset: i, reason: 'a string holds an invalid escape sequence' };
    } else if (c.charCodeAt(0) < 0x20) {
      return { offset: i, reason: 'a string holds a line break or control character; write it as an escape like \\n' };
    }
  }
  return { offset: start, reason: 'a string is never closed' };
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function show(character: string): string {
  const code = character.charCodeAt(0);
  return code < 0x20 || code === 0x7f ? `character code ${code}` : `"${character}"`;
}
