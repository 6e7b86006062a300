import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findJsonSyntaxError } from '../../src/plan/index.ts';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('findJsonSyntaxError', () => {
  it('finds no error in any JSON that JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2), (value, indent) => {
        expect(findJsonSyntaxError(JSON.stringify(value, null, indent))).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with JSON.parse on arbitrary and damaged text', () => {
    const damaged = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', '\n', 'x', '\\', '0'))
      .map(([json, at, insert]) => {
        const index = at % (json.length + 1);
        return json.slice(0, index) + insert + json.slice(index + (at % 2));
      });
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 30 }), damaged), (text) => {
        expect(findJsonSyntaxError(text) === null).toBe(parses(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses every raw control character inside a string, as JSON.parse does', () => {
    for (let code = 0; code < 0x20; code++) {
      const text = `"a${String.fromCharCode(code)}b"`;
      expect(findJsonSyntaxError(text)?.offset).toBe(2);
      expect(parses(text)).toBe(false);
    }
    expect(findJsonSyntaxError('"a\\u001fb"')).toBeNull();
  });

  it('gives the line, column and reason of the first error', () => {
    expect(findJsonSyntaxError('{\n  "a": 1\n  "b": 2\n}')).toEqual({
      offset: 13,
      line: 3,
      column: 3,
      reason: 'expected "," or "}", found """',
    });
    expect(findJsonSyntaxError('[1, 2')?.reason).toBe('the text ends before a list is closed');
    expect(findJsonSyntaxError('{"a": "line\nbreak"}')?.reason).toContain('line break');
    expect(findJsonSyntaxError('{"a": tru}')).toMatchObject({ column: 7, reason: 'expected a value, found "t"' });
  });
});
