/** Short quotes of a plan's own text, so a message names the part it is about. */
import type { VitalBehavior } from '../plan/schema.ts';

/** Longest quote, in characters; past this a message stops being readable. */
export const MAX_LABEL = 60;

const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x2028 || code === 0x2029;
const CLOSING = new Set(['.', ';', ':', ',', '!']);

/**
 * Collapses runs of spaces, drops closing punctuation (the quote sits inside a sentence of
 * its own) and cuts long text with an ellipsis; `fallback` when the text is blank.
 * Reads at most about `MAX_LABEL` characters past any leading spaces, however long the text.
 */
export function shorten(text: string, fallback: string): string {
  let out = '';
  let pendingSpace = false;
  let cut = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      pendingSpace = out !== '';
      continue;
    }
    if (out.length + (pendingSpace ? 1 : 0) >= MAX_LABEL) {
      cut = true;
      break;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += text[i];
  }
  if (cut) return `${out.slice(0, MAX_LABEL - 1).trimEnd()}…`;
  let end = out.length;
  while (end > 0 && CLOSING.has(out[end - 1] as string)) end--;
  return end === 0 ? fallback : out.slice(0, end);
}

/**
 * `K-3 teachers run a data dig…`: who, then the action (lower-cased unless it starts with an
 * acronym); just the action when it already names who.
 */
export function behaviorLabel(behavior: VitalBehavior): string {
  const who = shorten(behavior.who, '');
  const action = shorten(behavior.action, '');
  if (who === '' || action.toLowerCase().startsWith(who.toLowerCase())) return shorten(action, behavior.id);
  const lowered = /^\p{Lu}\p{Ll}/u.test(action) ? action.charAt(0).toLowerCase() + action.slice(1) : action;
  return shorten(`${who} ${lowered}`, behavior.id);
}
