/**
 * Spots a vital behavior written as an outcome ("scores rise"), a feeling ("teachers
 * embrace") or a policy ("teachers will be evaluated on"), in English and Spanish.
 *
 * Matching is on whole words (a hyphenated word is one word), ignoring case and accents.
 * A few guards keep ordinary observable actions from being flagged: purpose clauses ("use
 * exit tickets *to improve* groups"), checks on others ("*check* that students
 * *understand*") and noun uses ("check for *understanding*", "provide in-class
 * *support*", "record the *value*"). The keywords are in `phrasing-terms.ts`.
 */
import type { PhrasingKind } from './params.ts';
import { PHRASING_TERMS, type Term } from './phrasing-terms.ts';

/** Verbs after which an outcome or feeling is about someone else (`check that students understand`). */
const CHECK_VERBS = new Set([
  'check', 'checks', 'checking', 'verify', 'verifies', 'confirm', 'confirms', 'ask', 'asks', 'see', 'sees',
  'verifican', 'verifica', 'comprueban', 'comprueba', 'confirman', 'confirma', 'preguntan', 'pregunta',
]);

/** `to` or `para` right before the verb means purpose, unless a wish or need comes first. */
const PURPOSE_WORDS = new Set(['to', 'para']);
const WISH_WORDS = new Set([
  'need', 'needs', 'want', 'wants', 'have', 'has', 'learn', 'learns', 'come', 'comes', 'begin', 'begins',
  'start', 'starts', 'going', 'ought', 'expected', 'required', 'able', 'try', 'tries', 'hope',
]);

/** Lower case, accents removed: how text and keywords are compared. */
function fold(text: string): string {
  const lower = text.toLowerCase();
  // Most actions are plain ASCII; only text with accents pays for Unicode normalization.
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '');
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Letters and digits, in any script; ASCII is checked without a regular expression. */
function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return LETTER_OR_DIGIT.test(text[at] as string);
}

/**
 * Folded text split into words — letters and digits, with inner hyphens and apostrophes
 * (`in-class`, `teacher's`). Words are kept as positions and a hash, so the many words
 * that are no keyword are never copied.
 */
class Words {
  readonly text: string;
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly hashes: number[] = [];

  constructor(text: string) {
    this.text = fold(text);
    const folded = this.text;
    let start = -1;
    let hash = 0;
    for (let at = 0; at <= folded.length; at++) {
      if (at < folded.length && isWordChar(folded, at)) {
        if (start < 0) {
          start = at;
          hash = 0;
        }
        hash = (Math.imul(hash, 31) + folded.charCodeAt(at)) | 0;
        continue;
      }
      const joiner = folded.charCodeAt(at);
      if (start >= 0 && (joiner === 45 || joiner === 39) && at + 1 < folded.length && isWordChar(folded, at + 1)) {
        hash = (Math.imul(hash, 31) + joiner) | 0;
        continue;
      }
      if (start >= 0) {
        this.starts.push(start);
        this.ends.push(at);
        this.hashes.push(hash);
      }
      start = -1;
    }
  }

  get length(): number {
    return this.starts.length;
  }

  /** The word at `index`, or `''` past either end. */
  at(index: number): string {
    const start = this.starts[index];
    return start === undefined ? '' : this.text.slice(start, this.ends[index]);
  }

  /** Whether the word at `index` is `word`, compared in place. */
  is(index: number, word: string): boolean {
    const start = this.starts[index];
    return start !== undefined && this.ends[index] === start + word.length && this.text.startsWith(word, start);
  }
}

interface Keyword {
  term: Term;
  words: string[];
}

/** Keywords by the hash of their first word, longest first, so `will be evaluated on` wins over `will be evaluated`. */
const BY_FIRST_WORD = new Map<number, Keyword[]>();
for (const term of PHRASING_TERMS) {
  const split = new Words(term.text);
  const keyword = { term, words: Array.from({ length: split.length }, (_, index) => split.at(index)) };
  const hash = split.hashes[0] as number;
  const list = BY_FIRST_WORD.get(hash) ?? [];
  list.push(keyword);
  list.sort((a, b) => b.words.length - a.words.length);
  BY_FIRST_WORD.set(hash, list);
}

/** What the coach found wrong with a behavior's wording. */
export interface UnobservablePhrasing {
  kind: PhrasingKind;
  /** The keyword that gave it away, as written in the catalogue (`serán evaluados`). */
  term: string;
}

/**
 * The first outcome, feeling or policy keyword in `text`, or `undefined` when the text
 * reads as an observable action. Runs in time linear in the text.
 */
export function findUnobservablePhrasing(text: string): UnobservablePhrasing | undefined {
  const words = new Words(text);
  for (let at = 0; at < words.length; at++) {
    const candidates = BY_FIRST_WORD.get(words.hashes[at] as number);
    if (candidates === undefined) continue;
    for (const keyword of candidates) {
      if (!keyword.words.every((word, offset) => words.is(at + offset, word))) continue;
      if (!counts(keyword.term, words, at, at + keyword.words.length)) continue;
      return { kind: keyword.term.kind, term: keyword.term.text };
    }
  }
  return undefined;
}

/** Whether a keyword found at words `start..end` stands, given the words around it. */
function counts(term: Term, words: Words, start: number, end: number): boolean {
  const previous = words.at(start - 1);
  if (term.notAfter?.includes(previous)) return false;
  if (term.notBefore?.includes(words.at(end))) return false;
  if (term.verb) {
    if (PURPOSE_WORDS.has(previous) && !WISH_WORDS.has(words.at(start - 2))) return false;
    for (let i = Math.max(0, start - 4); i < start; i++) if (CHECK_VERBS.has(words.at(i))) return false;
  }
  return true;
}
