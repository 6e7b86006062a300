/** Renders Markdown with marked (a GFM renderer), to check reports the way readers see them. */
import { marked } from 'marked';

/** The parts of marked's tokens the tests read. */
export interface Token {
  type: string;
  depth?: number;
  text?: string;
  header?: { text: string }[];
  rows?: { text: string }[][];
  items?: Token[];
  tokens?: Token[];
}

/** Markdown to HTML, GFM on. */
export async function toHtml(markdown: string): Promise<string> {
  return marked.parse(markdown, { async: false, gfm: true });
}

/** Inline Markdown to HTML, GFM on. */
export async function inlineHtml(markdown: string): Promise<string> {
  return marked.parseInline(markdown, { async: false, gfm: true });
}

/** Block-level tokens of a document. */
export async function tokens(markdown: string): Promise<Token[]> {
  return marked.lexer(markdown, { gfm: true });
}

/** The tag names an HTML string contains. */
export function tagNames(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase());
}

/** HTML text back to characters (marked writes `&lt;`, `&amp;`, `&quot;`, `&#39;`). */
export function htmlText(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

/** What a reader should see of one line of user text: controls as single spaces, bidi controls gone. */
export function visibleLine(text: string): string {
  return text
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .trim();
}
