import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MERMAID_LABEL_MAX, mermaidLabel, mermaidLines, mermaidNumber, mermaidText } from '../../src/diagrams/mermaid-text.ts';
import { decodeLabel } from './mermaid-check.ts';
import { ALL_HOSTILE, hostileText } from './hostile-plan.ts';

const anyText = fc.oneof(hostileText, fc.string({ unit: 'binary', maxLength: 200 }));
const ENCODED = /^(?:[A-Za-z0-9 .,\-_/()?!]|#\d{1,7};)*$/;

/** What a reader should see: line breaks and controls as single spaces, bidi controls gone. */
function visible(text: string): string {
  return text
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/g, ' ')
    .trim();
}

describe('mermaidText', () => {
  test('writes only safe characters and entity codes, whatever the input', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, atLineStart) => {
        expect(mermaidText(text, { atLineStart })).toMatch(ENCODED);
      }),
    );
  });

  test('decodes back to the visible text when it fits', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(decodeLabel(mermaidText(text, { max: 10_000 }))).toBe(visible(text));
      }),
    );
  });

  test('cuts long text to the limit with an ellipsis, keeping its beginning', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 40 }), (text, max) => {
        const shown = [...decodeLabel(mermaidText(text, { max }))];
        const full = [...visible(text)];
        expect(shown.length).toBeLessThanOrEqual(max);
        if (full.length <= max) expect(shown.join('')).toBe(full.join(''));
        else {
          expect(shown.at(-1)).toBe('…');
          expect(full.join('').startsWith(shown.slice(0, -1).join(''))).toBe(true);
        }
      }),
    );
  });

  test('keeps emoji whole, as one code point each', () => {
    expect(mermaidText('Go 😀')).toBe('Go #128512;');
    expect(decodeLabel(mermaidText('👩‍👩‍👧 team'))).toBe('👩‍👩‍👧 team');
  });

  test('collapses line breaks so user text cannot start a new statement', () => {
    const encoded = mermaidText('a\r\nclick n0 call alert(1)\nstyle n0 fill:red');
    expect(encoded).not.toMatch(/[\r\n]/);
    expect(decodeLabel(encoded)).toBe('a click n0 call alert(1) style n0 fill:red');
  });

  test('encodes every character mermaid could read as syntax', () => {
    const encoded = mermaidText(ALL_HOSTILE, { max: 10_000 });
    for (const fragment of ['"', '%%', '{', ':', ';', '<', '>', '`', '[', ']', '|', '\\', "'"]) {
      expect(encoded.replace(/#\d+;/g, '')).not.toContain(fragment);
    }
  });

  test('at the start of a line, encodes the first character so no keyword can begin there', () => {
    expect(mermaidText('click x', { atLineStart: true })).toBe('#99;lick x');
    expect(mermaidText('section', { atLineStart: true })).toBe('#115;ection');
  });

  test('default limit is MERMAID_LABEL_MAX characters', () => {
    expect([...decodeLabel(mermaidText('x'.repeat(1_000)))]).toHaveLength(MERMAID_LABEL_MAX);
  });
});

describe('mermaidLabel and mermaidLines', () => {
  test('quote the text, and never give the empty label mermaid rejects', () => {
    expect(mermaidLabel('A "quote"')).toBe('"A #34;quote#34;"');
    expect(mermaidLabel('')).toBe('" "');
    expect(mermaidLabel('\n\t')).toBe('" "');
    expect(mermaidLines(['', ' '])).toBe('" "');
  });

  test('join lines with <br> written by us, while a <br> in user text stays encoded', () => {
    expect(mermaidLines(['Who', 'does <br> this'])).toBe('"Who<br>does #60;br#62; this"');
  });
});

describe('mermaidNumber', () => {
  test('writes plain decimals the xychart grammar accepts, close to the value', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const written = mermaidNumber(value);
        expect(written).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Math.abs(Number(written) - value)).toBeLessThanOrEqual(Math.max(1e-6, Math.abs(value) * 1e-12));
      }),
    );
  });

  test('never writes an exponent or a negative zero', () => {
    expect(mermaidNumber(1e21)).toBe('1000000000000000000000');
    expect(mermaidNumber(-1e-9)).toBe('0');
    expect(mermaidNumber(12.5)).toBe('12.5');
    expect(mermaidNumber(Number.NaN)).toBe('0');
  });
});
