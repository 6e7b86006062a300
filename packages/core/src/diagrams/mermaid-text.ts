/**
 * The one place user text enters mermaid source.
 *
 * Nearly every mermaid advisory came in through text that mermaid read as syntax: a quote that
 * closed a label, a newline that started a `click` or `classDef` line, a `%%{init}%%` directive.
 * So every character outside a small safe set is written as a mermaid entity code
 * (`#<decimal code point>;`), which mermaid turns back into the character only when it draws
 * the SVG, as text. Code points rather than UTF-16 units, so emoji survive.
 */

/** Longest label, in characters, before it is cut with an ellipsis. Keeps a plan under `maxTextSize`. */
export const MERMAID_LABEL_MAX = 120;

/** How user text is cut and placed. */
export interface MermaidTextOptions {
  /** Longest text in characters (code points), ellipsis included. Defaults to `MERMAID_LABEL_MAX`. */
  max?: number;
  /**
   * The text starts a line of source (a gantt task name): its first character is encoded too,
   * so no user word is read as a keyword such as `click`, `section` or `title`.
   */
  atLineStart?: boolean;
}

const ELLIPSIS = 0x2026;

// Letters, digits, space and punctuation that no mermaid grammar we emit treats as syntax.
const SAFE = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,-_/()?!') {
  SAFE[ch.charCodeAt(0)] = 1;
}

/** Line breaks, control characters and Unicode spaces: all collapse to one space. */
function isSpaceLike(cp: number): boolean {
  return (
    cp <= 0x20 ||
    (cp >= 0x7f && cp <= 0xa0) ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000 ||
    cp === 0xfeff
  );
}

/** Bidirectional controls reorder what a reader sees ("Trojan Source"); they are dropped. */
function isBidiControl(cp: number): boolean {
  return cp === 0x061c || cp === 0x200e || cp === 0x200f || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

/** The visible code points of `text`, whitespace collapsed, at most `max` (last one `…` when cut). */
function visibleCodePoints(text: string, max: number): number[] {
  const out: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (isSpaceLike(cp)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (isBidiControl(cp)) continue;
    if (pendingSpace) {
      out.push(0x20);
      pendingSpace = false;
    }
    out.push(cp);
    // One past the limit is enough to know the text was cut.
    if (out.length > max) break;
  }
  if (out.length > max) {
    out.length = Math.max(0, max - 1);
    while (out.length > 0 && out[out.length - 1] === 0x20) out.pop();
    out.push(ELLIPSIS);
  }
  return out;
}

/**
 * User text as it is shown in a diagram label, as plain text: whitespace and control characters
 * collapsed to single spaces, bidirectional controls dropped, cut at `options.max` characters
 * with an ellipsis. Returns `''` for blank text. `mermaidText` encodes exactly this text.
 */
export function labelText(text: string, options: MermaidTextOptions = {}): string {
  const max = Math.max(1, Math.floor(options.max ?? MERMAID_LABEL_MAX));
  return String.fromCodePoint(...visibleCodePoints(text, max));
}

/**
 * User text as mermaid source, unquoted: safe characters as they are, every other character as
 * `#<code point>;`, whitespace and control characters collapsed to single spaces, cut at
 * `options.max` characters. Returns `''` for blank text.
 */
export function mermaidText(text: string, options: MermaidTextOptions = {}): string {
  const max = Math.max(1, Math.floor(options.max ?? MERMAID_LABEL_MAX));
  const points = visibleCodePoints(text, max);
  let out = '';
  for (let i = 0; i < points.length; i++) {
    const cp = points[i] as number;
    const encode = cp >= 128 || SAFE[cp] !== 1 || (i === 0 && options.atLineStart === true);
    out += encode ? `#${cp};` : String.fromCharCode(cp);
  }
  return out;
}

/**
 * User text as a quoted mermaid label (`"…"`), encoded by `mermaidText`. Blank text gives `" "`,
 * because mermaid rejects an empty label.
 */
export function mermaidLabel(text: string, options: MermaidTextOptions = {}): string {
  const body = mermaidText(text, options);
  return `"${body === '' ? ' ' : body}"`;
}

/**
 * Several lines of text as one quoted flowchart label, joined with `<br>` (written here, never
 * taken from user text). Blank lines are left out; each line is encoded and cut on its own.
 */
export function mermaidLines(lines: readonly string[], options: MermaidTextOptions = {}): string {
  const parts: string[] = [];
  for (const line of lines) {
    const body = mermaidText(line, options);
    if (body !== '') parts.push(body);
  }
  return `"${parts.length === 0 ? ' ' : parts.join('<br>')}"`;
}

/**
 * A number as mermaid source: plain decimal digits (no exponent, which the xychart grammar
 * rejects), at most six decimals. Non-finite numbers become `0`.
 */
export function mermaidNumber(value: number): string {
  if (!Number.isFinite(value)) return '0';
  if (Math.abs(value) >= 1e15) return BigInt(Math.trunc(value)).toString();
  const fixed = value.toFixed(6).replace(/\.?0+$/, '');
  return fixed === '-0' ? '0' : fixed;
}
