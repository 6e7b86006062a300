import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mdBlock, mdInline, mdTable } from '../../src/report/markdown.ts';
import { ALL_HOSTILE, hostileText } from '../diagrams/hostile-plan.ts';
import { htmlText, inlineHtml, tagNames, tokens, toHtml, visibleLine } from './markdown-check.ts';

// Random text that cannot form a URL or an e-mail address, which GFM links on purpose.
const text = fc.oneof(hostileText, fc.string({ unit: 'binary', maxLength: 60 })).filter((s) => !/www\.|:\/\/|@/i.test(s));

describe('mdInline', () => {
  test('renders as exactly the text it was given: no tags, no markup', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (input) => {
        const html = await inlineHtml(mdInline(input));
        expect(tagNames(html)).toEqual([]);
        expect(htmlText(html)).toBe(visibleLine(input));
      }),
      { numRuns: 300 },
    );
  });

  test('stays plain text at the start of a line, where Markdown opens blocks', async () => {
    for (const input of ['# x', '- x', '+ x', '* x', '> x', '1. x', '2) x', '---', '===', '    code', '<div>', '| a | b |', '```']) {
      const html = await toHtml(mdInline(input));
      expect(tagNames(html)).toEqual(['p', 'p']);
      expect(htmlText(html.replace(/<\/?p>/g, '').trim())).toBe(input.trim());
    }
  });

  test('writes HTML as entities', () => {
    expect(mdInline('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert\\(1\\)&gt;');
  });
});

describe('mdBlock', () => {
  test('keeps paragraphs and line breaks, and nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 4 }), async (lines) => {
        const html = await toHtml(mdBlock(lines.join('\n'), '_empty_'));
        expect(tagNames(html).every((tag) => tag === 'p' || tag === 'br' || tag === 'em')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test('writes the fallback for blank text', () => {
    expect(mdBlock(' \n\t\n', '_none_')).toBe('_none_');
  });

  test('splits paragraphs on blank lines', async () => {
    expect(await toHtml(mdBlock('one\ntwo\n\nthree', ''))).toBe('<p>one<br>two</p>\n<p>three</p>\n');
  });
});

describe('mdTable', () => {
  test('every row keeps its cells, whatever the cell text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(text, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 4 }), async (rows) => {
        const [table] = (await tokens(mdTable(['a', 'b', 'c'], rows.map((row) => row.map(mdInline))))).filter((t) => t.type === 'table');
        expect(table?.rows).toHaveLength(rows.length);
        table!.rows!.forEach((row, r) => {
          expect(row).toHaveLength(3);
          row.forEach((cell, c) => {
            const expected = visibleLine(rows[r]![c]!);
            expect(htmlText(cell.text.replace(/\\(.)/g, '$1'))).toBe(expected === '' ? '—' : expected);
          });
        });
      }),
      { numRuns: 100 },
    );
  });

  test('all hostile fragments in one cell keep the table whole', async () => {
    const html = await toHtml(mdTable(['a', 'b'], [[mdInline(ALL_HOSTILE), 'z']]));
    expect(tagNames(html).filter((tag) => tag === 'td')).toHaveLength(4); // two cells, open and close
  });
});
