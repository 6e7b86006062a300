/** Short quotes of a plan's own text, so a message names the part it is about. */
import type { VitalBehavior } from '../plan/schema.ts';

/** Longest quote, in characters; past this a message stops being readable. */
export const MAX_LABEL = 60;

const isSpace = (code: number) =>
  code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x2028 || code === 0x2029;
/** Closing punctuation: `.` `;` `:` `,` `!`. */
const isClosing = (code: number) => code === 46 || code === 59 || code === 58 || code === 44 || code === 33;

/**
 * Collapses runs of spaces, drops closing punctuation (the quote sits inside a sentence of
 * its own) and cuts long text with an ellipsis; `fallback` when the text is blank.
 * Reads at most about `MAX_LABEL` characters past any leading spaces, however long the text.
 */
export function shorten(text: string, fallback: string): string {
  let start = 0;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  // Common case: no run of spaces and no space other than " " within reach — one slice.
  const reach = Math.min(text.length, start + MAX_LABEL + 1);
  let plain = true;
  for (let i = start; i < reach && plain; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code) && (code !== 32 || isSpace(text.charCodeAt(i + 1)))) plain = false;
  }
  const flat = plain ? text.slice(start, reach) : collapse(text, start);
  if (flat.length > MAX_LABEL) return `${flat.slice(0, MAX_LABEL - 1).trimEnd()}…`;
  let end = flat.length;
  while (end > 0 && (isClosing(flat.charCodeAt(end - 1)) || isSpace(flat.charCodeAt(end - 1)))) end--;
  return end === 0 ? fallback : flat.slice(0, end);
}

/** Text from `start` with each run of spaces made one " ", up to `MAX_LABEL + 1` characters. */
function collapse(text: string, start: number): string {
  const parts: string[] = [];
  let length = 0;
  let pendingSpace = false;
  for (let i = start; i < text.length && length <= MAX_LABEL; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      parts.push(' ');
      length++;
      pendingSpace = false;
    }
    parts.push(text[i] as string);
    length++;
  }
  return parts.join('');
}

/**
 * `K-3 teachers run a data dig…`: who, then the action (lower-cased unless it starts with an
 * acronym); just the action when it already names who.
 */
export function behaviorLabel(behavior: VitalBehavior): string {
  const who = shorten(behavior.who, '');
  const action = shorten(behavior.action, '');
  if (who === '' || action.slice(0, who.length).toLowerCase() === who.toLowerCase()) {
    return action === '' ? behavior.id : action;
  }
  return shorten(`${who} ${startsWithWord(action) ? action.charAt(0).toLowerCase() + action.slice(1) : action}`, behavior.id);
}

/** True when `text` opens with a capitalized word (`Run`), not an acronym (`PLC`) or a name's initial. */
function startsWithWord(text: string): boolean {
  const first = text.charCodeAt(0);
  const second = text.charCodeAt(1);
  if (first < 128 && second < 128) return first >= 65 && first <= 90 && second >= 97 && second <= 122;
  return /^\p{Lu}\p{Ll}/u.test(text);
}
