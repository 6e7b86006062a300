/** Short quotes of a plan's own text, so a message names the part it is about. */
import type { VitalBehavior } from '../plan/schema.ts';

/** Longest quote, in characters; past this a message stops being readable. */
export const MAX_LABEL = 60;

/** Collapses spaces and cuts long text with an ellipsis; falls back to `fallback` when blank. */
export function shorten(text: string, fallback: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat === '') return fallback;
  return flat.length <= MAX_LABEL ? flat : `${flat.slice(0, MAX_LABEL - 1).trimEnd()}…`;
}

/** `K-3 teachers run a data dig…`: who, then the action, lower-cased unless it starts with an acronym. */
export function behaviorLabel(behavior: VitalBehavior): string {
  const who = behavior.who.trim();
  let action = behavior.action.trim();
  if (who !== '' && /^\p{Lu}\p{Ll}/u.test(action)) action = action[0]!.toLowerCase() + action.slice(1);
  return shorten(who === '' ? action : `${who} ${action}`, behavior.id);
}
