/**
 * User text as inert Markdown. HTML is written as entities, so `<img onerror>` is shown, not
 * run; Markdown punctuation is backslash-escaped, so no user text becomes a link, an image, a
 * heading, a list or a table cell border. (GFM renderers still link a bare `https://` or `www.`
 * address on their own; such links only ever point to web addresses.)
 */

// Line breaks, control characters and bidirectional controls: the first two collapse to a
// space, the last are dropped (they reorder what a reader sees).
const SPACE_LIKE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Punctuation with an inline meaning somewhere in CommonMark or GFM (`$` for math, `~` for
// strikethrough, `|` for tables). Escaping any ASCII punctuation is always allowed.
const INLINE_PUNCTUATION = /[\\`*_[\]{}()#|~$!]/g;
const HTML = /[&<>]/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * One line of user text, safe anywhere inline, at the start of a line, and inside a table cell.
 * Line breaks become spaces.
 */
export function mdInline(text: string): string {
  const flat = text.replace(BIDI, '').replace(SPACE_LIKE, ' ').trim();
  let out = flat.replace(HTML, (ch) => ENTITIES[ch] as string).replace(INLINE_PUNCTUATION, '\\$&');
  // At the start of a line these open a list, a heading underline or a numbered list.
  if (/^[-+=]/.test(out)) out = `\\${out}`;
  out = out.replace(/^(\d+)([.)])/, '$1\\$2');
  return out;
}

/**
 * Multi-line user text as paragraphs: blank lines separate paragraphs, other line breaks are
 * kept as hard breaks. `empty` is written (as given, already Markdown) when the text is blank.
 */
export function mdBlock(text: string, empty: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map(mdInline)
        .filter((line) => line !== '')
        .join('\\\n'),
    )
    .filter((paragraph) => paragraph !== '');
  return paragraphs.length === 0 ? empty : paragraphs.join('\n\n');
}

/**
 * A GFM table. Cells must already be inline Markdown (from `mdInline` or fixed words): they hold
 * no line breaks and no unescaped `|`. Empty cells are written as `—`.
 */
export function mdTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) =>
    `| ${headers.map((_, i) => (cells[i] === undefined || cells[i] === '' ? '—' : cells[i])).join(' | ')} |`;
  return [line(headers), `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}
