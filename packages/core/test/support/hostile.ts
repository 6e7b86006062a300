/**
 * Hostile plan files for reliability tests: valid plans broken the ways real files break
 * (hand edits, other tools, truncated downloads, attacks), each with what the import should
 * say about it. Every mutation changes one place, so the expectation can be precise.
 *
 * Mutations work on the parsed document; text JSON cannot hold (NaN, escaped keys, lone
 * surrogates written raw, 100,000-deep nesting) goes in through "holes": placeholder
 * strings replaced with raw text after `JSON.stringify`.
 */
import fc from 'fast-check';
import { FORBIDDEN_KEYS, LIMITS, PLAN_SCHEMA_VERSION, toPlanDocument, type Plan, type PlanIssueCode } from '../../src/plan/index.ts';
import { utf8ByteLength } from '../../src/plan/text-size.ts';
import { createPlanFromTemplate } from '../../src/templates/index.ts';
import { planArbitrary } from './arbitraries.ts';
import { largePlan } from './large-plan.ts';
import { minimalPlan } from './minimal-plan.ts';

/** A JSON value as read from a file. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** Keys from the document's root to a value. */
export type JsonPath = readonly (string | number)[];

/** What importing a hostile file must give, as precisely as the mutation allows. */
export type Expectation =
  /** Refused, with at least one error at `path` or inside it (`''` is the whole file). */
  | { kind: 'refused-at'; path: string; code?: PlanIssueCode }
  /** Refused with exactly these errors (paths and codes), in this order. */
  | { kind: 'refused-with'; errors: readonly { path: string; code: PlanIssueCode }[] }
  /** Refused as not JSON, with the line and column where the text stops being JSON. */
  | { kind: 'not-json'; line?: number; column?: number }
  /** Read as a plan, without complaint. */
  | { kind: 'accepted' }
  /** Either read, or refused only at `path` (or inside it). */
  | { kind: 'accepted-or-refused-at'; path: string }
  /** Anything, as long as it is well formed (random bytes, several mutations at once). */
  | { kind: 'any' };

/** A plan file broken on purpose. */
export interface HostileFile {
  /** The mutation that made it, e.g. `forbidden-key`; used in failure messages and file names. */
  kind: string;
  /** The file's text, as a UTF-8 reader (the CLI, a browser's file input) sees it. */
  text: string;
  /** The file's bytes, when they are not simply `text` in UTF-8 (binary garbage). */
  bytes?: Uint8Array;
  expect: Expectation;
}

/** The mutations `hostileFile` picks from. */
export const MUTATIONS = [
  'wrong-type',
  'missing-field',
  'removed-item',
  'dangling-link',
  'duplicate-id',
  'unknown-key',
  'huge-string',
  'huge-array',
  'deep-nesting',
  'forbidden-key',
  'lone-surrogate',
  'non-finite-number',
  'impossible-date',
  'newer-version',
  'truncated',
  'binary',
] as const;
export type MutationKind = (typeof MUTATIONS)[number];

// ---------------------------------------------------------------------------------------------
// Valid starting points

const FIXED_TIME = new Date('2025-08-20T09:00:00.000Z');

/** Valid plans of different shapes and sizes: hand-written, large, and every template. */
export function basePlans(): Plan[] {
  return [
    minimalPlan(),
    minimalPlan({ strategies: [], crucialMoments: [], influencers: [] }),
    largePlan({ behaviors: 24, strategies: 60 }),
    createPlanFromTemplate('socorro-literacy', { id: 'plan-socorro', now: FIXED_TIME }),
    createPlanFromTemplate('socorro-literacy', { id: 'plan-socorro-es', now: FIXED_TIME, language: 'es' }),
    createPlanFromTemplate('district-blended-learning', { id: 'plan-district', now: FIXED_TIME }),
    createPlanFromTemplate('blank', { id: 'plan-blank', now: FIXED_TIME }),
  ];
}

/** A plan file's parsed content, as `JSON.parse` gives it. */
export function documentOf(plan: Plan): { [key: string]: Json } {
  return JSON.parse(JSON.stringify(toPlanDocument(plan))) as { [key: string]: Json };
}

// ---------------------------------------------------------------------------------------------
// The generator

/** Random choices behind one hostile file; every mutation reads what it needs. */
interface Dice {
  kind: MutationKind;
  at: number;
  pick: number;
  pretty: boolean;
  replacement: Json;
  bytes: Uint8Array;
}

/** Where hostile files start: fixed plans of known shape, or random valid plans. */
export function validDocument(): fc.Arbitrary<Json> {
  const fixed = basePlans().map(documentOf);
  return fc.oneof(fc.constantFrom(...fixed), planArbitrary().map(documentOf));
}

/** A hostile file: a valid plan file broken by one of `kinds` (default: any mutation). */
export function hostileFile(kinds: readonly MutationKind[] = MUTATIONS): fc.Arbitrary<HostileFile> {
  return fc
    .record({
      document: validDocument(),
      kind: fc.constantFrom(...kinds),
      at: fc.nat(),
      pick: fc.nat(),
      pretty: fc.boolean(),
      replacement: plainJson(3),
      bytes: fc.uint8Array({ maxLength: 64 }),
    })
    .map(({ document, ...dice }) => mutate(document, dice));
}

/** A valid plan file broken in several places at once, perhaps cut short; only general properties hold. */
export function chaoticFile(): fc.Arbitrary<HostileFile> {
  const step = fc.record({
    // Megabyte mutations have tests of their own; here they would only slow every step.
    kind: fc.constantFrom(...MUTATIONS.filter((kind) => !['truncated', 'binary', 'huge-string', 'huge-array'].includes(kind))),
    at: fc.nat(),
    pick: fc.nat(),
    replacement: plainJson(2),
  });
  return fc
    .record({
      document: validDocument(),
      steps: fc.array(step, { minLength: 2, maxLength: 5 }),
      pretty: fc.boolean(),
      cut: fc.option(fc.nat(), { freq: 4 }),
    })
    .map(({ document, steps, pretty, cut }) => {
      const draft = new Draft(document);
      for (const s of steps) applyMutation(draft, { ...s, pretty, bytes: new Uint8Array() });
      let text = draft.render(pretty);
      if (cut !== null) text = text.slice(0, cut % (text.length + 1));
      return { kind: `chaos(${steps.map((s) => s.kind).join(',')})`, text, expect: { kind: 'any' } };
    });
}

function mutate(document: Json, dice: Dice): HostileFile {
  const draft = new Draft(document);
  if (dice.kind === 'truncated') return truncated(draft.render(dice.pretty), dice.at);
  if (dice.kind === 'binary') return binary(draft.render(dice.pretty), dice);
  const expect = applyMutation(draft, dice);
  const text = draft.render(dice.pretty);
  if (utf8ByteLength(text, LIMITS.maxDocumentBytes) > LIMITS.maxDocumentBytes) {
    return { kind: dice.kind, text, expect: { kind: 'refused-with', errors: [{ path: '', code: 'too-large' }] } };
  }
  if (expect.kind === 'not-json' && draft.lastHoleAt !== null) {
    return { kind: dice.kind, text, expect: { kind: 'not-json', ...lineAndColumn(text, draft.lastHoleAt) } };
  }
  return { kind: dice.kind, text, expect };
}

/** 1-based line and column of `offset`, as an editor shows them. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** Random JSON without forbidden keys (fast-check does generate `__proto__`), for places that must not hold any. */
function plainJson(maxDepth: number): fc.Arbitrary<Json> {
  return (fc.jsonValue({ maxDepth }) as fc.Arbitrary<Json>).map(withoutForbiddenKeys);
}

function withoutForbiddenKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(withoutForbiddenKeys);
  if (!isObject(value)) return value;
  const clean: { [key: string]: Json } = {};
  for (const [key, child] of Object.entries(value)) if (!FORBIDDEN_KEYS.has(key)) clean[key] = withoutForbiddenKeys(child);
  return clean;
}

/**
 * The text of `document` with raw JSON text (or not-quite-JSON, such as `NaN`) at `path`,
 * and where that raw text starts. `path` may end in a new key, written raw as `rawKey`.
 */
export function textWithRaw(
  document: Json,
  path: JsonPath,
  raw: string,
  options: { pretty?: boolean; rawKey?: string } = {},
): { text: string; offset: number } {
  const draft = new Draft(document);
  if (options.rawKey === undefined) draft.set(path, draft.hole(raw));
  else {
    const key = draft.hole(options.rawKey);
    draft.set([...path, key], draft.hole(raw));
  }
  const text = draft.render(options.pretty ?? false);
  return { text, offset: draft.lastHoleAt ?? -1 };
}

/**
 * The document being mutated: a deep copy of the parsed file, plus the raw text of its
 * holes, written into the JSON text by `render`.
 */
class Draft {
  root: Json;
  private readonly holes = new Map<string, string>();

  constructor(document: Json) {
    this.root = structuredClone(document);
  }

  /** A placeholder string that `render` replaces with `raw`, written as is. */
  hole(raw: string): string {
    const token = `\u0000hole${this.holes.size}\u0000`;
    this.holes.set(token, raw);
    return token;
  }

  /** Where the last hole filled by `render` starts in the text, or `null`. */
  lastHoleAt: number | null = null;

  render(pretty: boolean): string {
    let text = JSON.stringify(this.root, null, pretty ? 2 : undefined);
    for (const [token, raw] of this.holes) {
      const at = text.indexOf(JSON.stringify(token));
      if (at === -1) continue; // a later mutation replaced or removed it
      text = text.slice(0, at) + raw + text.slice(at + JSON.stringify(token).length);
      this.lastHoleAt = at;
    }
    return text;
  }

  get(path: JsonPath): Json | undefined {
    let at: Json | undefined = this.root;
    for (const key of path) {
      if (at === null || typeof at !== 'object') return undefined;
      at = (at as Record<string, Json>)[key];
    }
    return at;
  }

  set(path: JsonPath, value: Json): void {
    if (path.length === 0) {
      this.root = value;
      return;
    }
    const parent = this.get(path.slice(0, -1));
    // An earlier mutation may have replaced the parent with a scalar: nothing to set then.
    if (typeof parent === 'object' && parent !== null) (parent as Record<string | number, Json>)[path.at(-1) as string | number] = value;
  }

  remove(path: JsonPath): void {
    const parent = this.get(path.slice(0, -1));
    const key = path.at(-1) as string | number;
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else if (typeof parent === 'object' && parent !== null) delete parent[key];
  }
}

/** Applies one mutation chosen by `dice` and says what the import must make of it. */
function applyMutation(draft: Draft, dice: Omit<Dice, 'kind'> & { kind: MutationKind }): Expectation {
  const nodes = listNodes(draft.root);
  const choose = <T>(items: readonly T[], n: number = dice.at): T | undefined => (items.length === 0 ? undefined : items[n % items.length]);
  const node = choose(nodes) as Node;
  switch (dice.kind) {
    case 'wrong-type': {
      const replacement = ofAnotherKind(dice.replacement, node.value, dice.pick);
      draft.set(node.path, replacement);
      return { kind: 'refused-at', path: dotted(node.path) };
    }
    case 'missing-field': {
      const field = choose(nodes.filter((n) => typeof n.path.at(-1) === 'string'));
      if (field === undefined) return { kind: 'any' };
      draft.remove(field.path);
      return isOptionalField(field.path) ? { kind: 'accepted' } : { kind: 'refused-at', path: dotted(field.path) };
    }
    case 'removed-item':
      return removeItem(draft, nodes, dice);
    case 'dangling-link':
      return danglingLink(draft, nodes, dice);
    case 'duplicate-id':
      return duplicateId(draft, nodes, dice);
    case 'unknown-key': {
      const object = choose(nodes.filter((n) => isObject(n.value)));
      if (object === undefined) return { kind: 'any' };
      const key = `x-${'k'.repeat(dice.pick % 5_000)}`;
      (object.value as Record<string, Json>)[key] = dice.replacement;
      return { kind: 'accepted' };
    }
    case 'huge-string': {
      const strings = nodes.filter((n) => typeof n.value === 'string');
      const field = choose(strings);
      if (field === undefined) return { kind: 'any' };
      const length = choose([LIMITS.maxLongText + 1, 65_536, 1_000_000, LIMITS.maxDocumentBytes + 1], dice.pick) as number;
      const unit = choose(['x', 'é', '\u{1F4DA}', '"', '\\'], dice.pick >> 2) as string;
      // Limits count characters (code points), so `length` of any unit is over the limit.
      draft.set(field.path, unit.repeat(length));
      return { kind: 'refused-at', path: dotted(field.path) };
    }
    case 'huge-array': {
      const count = choose([LIMITS.maxItems + 1, LIMITS.maxStrategies + 1, 100_000], dice.pick) as number;
      const candidate = choose<Json>([node.value, 0, {}, 'x', null, dice.replacement], dice.pick >> 2) as Json;
      // Big enough to pass the size limit, small enough to build: ~12 MB at most.
      const item = JSON.stringify(candidate).length * count > 12_000_000 ? 0 : candidate;
      draft.set(node.path, Array.from({ length: count }, () => item));
      return { kind: 'refused-at', path: dotted(node.path) };
    }
    case 'deep-nesting': {
      const depth = choose([LIMITS.maxDepth + 1, 1_000, 100_000], dice.pick) as number;
      const objects = dice.pick % 2 === 0;
      const raw = objects ? `${'{"a":'.repeat(depth)}0${'}'.repeat(depth)}` : `${'['.repeat(depth)}0${']'.repeat(depth)}`;
      draft.set(node.path, draft.hole(raw));
      return { kind: 'refused-at', path: dotted(node.path), code: 'too-deep' };
    }
    case 'forbidden-key': {
      const object = choose(nodes.filter((n) => isObject(n.value)));
      if (object === undefined) return { kind: 'any' };
      const spelling = choose(FORBIDDEN_SPELLINGS, dice.pick) as { key: string; raw: string };
      const value = choose(POLLUTING_VALUES, dice.pick >> 4) as string;
      (object.value as Record<string, Json>)[draft.hole(spelling.raw)] = draft.hole(value);
      return { kind: 'refused-with', errors: [{ path: dotted([...object.path, spelling.key]), code: 'forbidden-key' }] };
    }
    case 'lone-surrogate': {
      const field = choose(nodes.filter((n) => typeof n.value === 'string'));
      if (field === undefined) return { kind: 'any' };
      const original = field.value as string;
      const at = dice.pick % (original.length + 1);
      const unit = choose(['\uD800', '\uDBFF', '\uDC00', '\uDFFF'], dice.pick >> 3) as string;
      // Raw in the file (as the engine reads broken UTF-16) or as a JSON escape.
      const written = dice.pick % 2 === 0 ? unit : `\\u${unit.charCodeAt(0).toString(16)}`;
      const raw = `"${escapeForJson(original.slice(0, at))}${written}${escapeForJson(original.slice(at))}"`;
      draft.set(field.path, draft.hole(raw));
      return { kind: 'accepted-or-refused-at', path: dotted(field.path) };
    }
    case 'non-finite-number': {
      const numbers = nodes.filter((n) => typeof n.value === 'number');
      const field = choose(numbers.length > 0 ? numbers : nodes) as Node;
      const token = choose(NUMBER_TOKENS, dice.pick) as { raw: string; json: boolean };
      draft.set(field.path, draft.hole(token.raw));
      // Tokens JSON lacks are found where they start; 1e400 is JSON, read as Infinity.
      return token.json ? { kind: 'refused-at', path: dotted(field.path) } : { kind: 'not-json' };
    }
    case 'impossible-date': {
      const dates = nodes.filter((n) => typeof n.value === 'string' && DATE_KEYS.has(String(n.path.at(-1))));
      const field = choose(dates);
      if (field === undefined) return { kind: 'any' };
      const isDateTime = field.path.at(-1) === 'createdAt' || field.path.at(-1) === 'updatedAt';
      draft.set(field.path, choose(isDateTime ? IMPOSSIBLE_DATE_TIMES : IMPOSSIBLE_DATES, dice.pick) as string);
      return { kind: 'refused-with', errors: [{ path: dotted(field.path), code: 'invalid' }] };
    }
    case 'newer-version': {
      const version = choose(NEWER_VERSIONS, dice.pick) as number;
      draft.set(['schemaVersion'], version);
      // A newer file is refused whole, whatever its plan holds.
      if (dice.pick % 3 === 0) draft.set(['plan'], dice.replacement);
      return { kind: 'refused-with', errors: [{ path: 'schemaVersion', code: 'too-new' }] };
    }
    case 'truncated':
    case 'binary':
      return { kind: 'any' };
  }
}

// ---------------------------------------------------------------------------------------------
// Mutations that need more than a line

/** Removes one item from a list; only removing a linked behavior breaks anything. */
function removeItem(draft: Draft, nodes: readonly Node[], dice: Dice): Expectation {
  // Half the time a vital behavior, the one removal that can break links.
  const behaviors = nodes.filter((n) => n.path.length === 3 && n.path[1] === 'behaviors');
  const items = dice.pick % 2 === 0 && behaviors.length > 0 ? behaviors : nodes.filter((n) => typeof n.path.at(-1) === 'number');
  const item = items.length === 0 ? undefined : items[dice.at % items.length];
  if (item === undefined) return { kind: 'any' };
  draft.remove(item.path);
  const isBehavior = item.path.length === 3 && item.path[0] === 'plan' && item.path[1] === 'behaviors';
  if (!isBehavior) return { kind: 'accepted' };
  const id = (item.value as { id: string }).id;
  const links = listNodes(draft.root).filter((n) => n.value === id && n.path.at(-2) === 'behaviorIds');
  if (links.length === 0) return { kind: 'accepted' };
  return { kind: 'refused-with', errors: links.map((n) => ({ path: dotted(n.path), code: 'broken-reference' })) };
}

/** Points one link at a part that does not exist, or at a part that is not a behavior. */
function danglingLink(draft: Draft, nodes: readonly Node[], dice: Dice): Expectation {
  const links = nodes.filter((n) => n.path.at(-2) === 'behaviorIds');
  const link = links.length === 0 ? undefined : links[dice.at % links.length];
  if (link === undefined) return { kind: 'any' };
  const others = nodes.filter((n) => n.path.at(-1) === 'id' && n.path[1] !== 'behaviors' && n.path.length > 2);
  const useOther = dice.pick % 2 === 1 && others.length > 0;
  const target = useOther ? (others[dice.pick % others.length] as Node).value : `ghost-${dice.pick % 1000}`;
  draft.set(link.path, target);
  return { kind: 'refused-with', errors: [{ path: dotted(link.path), code: 'broken-reference' }] };
}

/** Gives a part the id of a part the import reads before it (ids share one namespace). */
function duplicateId(draft: Draft, nodes: readonly Node[], dice: Dice): Expectation {
  const ids = nodes.filter((n) => n.path.at(-1) === 'id' && n.path.length > 2).sort((a, b) => readingOrder(a.path, b.path));
  // Renaming a behavior would also break its links: keep the expectation exact.
  const targets = ids.map((n, index) => ({ n, index })).filter(({ n, index }) => index > 0 && n.path[1] !== 'behaviors');
  const chosen = targets.length === 0 ? undefined : targets[dice.at % targets.length];
  if (chosen === undefined) return { kind: 'any' };
  const target = chosen.n;
  const source = ids[dice.pick % chosen.index] as Node;
  draft.set(target.path, source.value);
  return { kind: 'refused-with', errors: [{ path: dotted(target.path), code: 'duplicate-id' }] };
}

/** The lists in the order the import claims their ids; a second claim is the duplicate. */
const READING_ORDER = ['measures', 'observations', 'behaviors', 'obvious', 'crucialMoments', 'positiveDeviants', 'cultureBusters', 'strategies', 'influencers'];

function readingOrder(a: JsonPath, b: JsonPath): number {
  const rank = (path: JsonPath) => READING_ORDER.indexOf(String(path.at(-3)));
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  // Same list: by position, measure first for observations.
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return Number(a[i]) - Number(b[i]);
  }
  return 0;
}

function truncated(text: string, at: number): HostileFile {
  const end = text.trimEnd().length;
  const cut = at % end; // always shorter than the JSON itself
  return { kind: 'truncated', text: text.slice(0, cut), expect: { kind: 'not-json' } };
}

/** Bytes that are not a UTF-8 plan file: noise, a UTF-16 file, a valid file with noise inside. */
function binary(text: string, dice: Dice): HostileFile {
  const noise = dice.bytes.length > 0 ? dice.bytes : Uint8Array.of(0xff, 0xfe, 0x00);
  const utf8 = new TextEncoder().encode(text);
  let bytes: Uint8Array;
  switch (dice.pick % 3) {
    case 0:
      bytes = noise;
      break;
    case 1: {
      // What Windows tools call "Unicode": UTF-16 with a byte order mark.
      bytes = new Uint8Array(2 + text.length * 2);
      bytes.set([0xff, 0xfe]);
      for (let i = 0; i < text.length; i++) bytes.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
      break;
    }
    default: {
      const at = dice.at % (utf8.length + 1);
      bytes = new Uint8Array(utf8.length + noise.length);
      bytes.set(utf8.subarray(0, at));
      bytes.set(noise, at);
      bytes.set(utf8.subarray(at), at + noise.length);
    }
  }
  return { kind: 'binary', text: new TextDecoder().decode(bytes), bytes, expect: { kind: 'any' } };
}

// ---------------------------------------------------------------------------------------------
// Values

/** `__proto__`, `constructor` and `prototype`, plain and spelled with JSON escapes. */
const FORBIDDEN_SPELLINGS: readonly { key: string; raw: string }[] = [...FORBIDDEN_KEYS].flatMap((key) => [
  { key, raw: JSON.stringify(key) },
  { key, raw: `"${[...key].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"` },
  { key, raw: `"\\u${key.charCodeAt(0).toString(16).padStart(4, '0')}${key.slice(1)}"` },
]);

/** Values an attacker puts under a forbidden key. */
const POLLUTING_VALUES = [
  '{"polluted":"yes"}',
  '{"prototype":{"polluted":"yes"}}',
  '{"__proto__":{"polluted":"yes"}}',
  '"yes"',
  'null',
  '[{"polluted":"yes"}]',
];

/** Number tokens JSON lacks (found where they start), and huge numbers JSON reads as ±Infinity. */
const NUMBER_TOKENS: readonly { raw: string; json: boolean }[] = [
  { raw: 'NaN', json: false },
  { raw: 'Infinity', json: false },
  { raw: '-Infinity', json: false },
  { raw: '+1', json: false },
  { raw: '.5', json: false },
  { raw: 'undefined', json: false },
  { raw: '1e400', json: true },
  { raw: '-1e400', json: true },
];

const DATE_KEYS: ReadonlySet<string> = new Set(['date', 'start', 'due', 'createdAt', 'updatedAt']);

/** Calendar dates that look right and are not: no 30 February, no 13th month. */
export const IMPOSSIBLE_DATES = [
  '2023-02-29',
  '2023-02-30',
  '2100-02-29',
  '2023-04-31',
  '2023-13-01',
  '2023-00-10',
  '2023-01-00',
  '2023-1-05',
  '0000-00-00',
  '2023-06-15T10:00:00Z',
  ' 2023-06-15',
  '2023-06-15\n',
] as const;

/** Moments in time that look right and are not. */
export const IMPOSSIBLE_DATE_TIMES = [
  '2023-02-30T10:00:00Z',
  '2023-06-15T24:00:00Z',
  '2023-06-15T10:60:00Z',
  '2023-06-15T10:00:60Z',
  '2023-06-15T10:00:00+25:00',
  '2023-06-15T10:00:00',
  '2023-06-15',
] as const;

/** Schema versions from the future, small and absurd. */
export const NEWER_VERSIONS = [PLAN_SCHEMA_VERSION + 1, PLAN_SCHEMA_VERSION + 97, 2 ** 31, 2 ** 53, 1e21] as const;

/** Fields a plan may leave out (the schema's `.optional()`), by the path's last keys. */
function isOptionalField(path: JsonPath): boolean {
  const [first, second] = [String(path.at(-2)), String(path.at(-1))];
  if (first === 'organization') return ['students', 'campuses', 'teachers', 'location'].includes(second);
  if (first === 'baseline' || first === 'target') return second === 'value' || second === 'date';
  if (path.at(-3) === 'observations') return second === 'note';
  if (path.at(-3) === 'strategies') return ['owner', 'start', 'due'].includes(second);
  return false;
}

/** `replacement`, or a stand-in, of a different JSON kind from `original`. */
function ofAnotherKind(replacement: Json, original: Json, pick: number): Json {
  if (kindOf(replacement) !== kindOf(original)) return replacement;
  const standIns: Json[] = [null, true, 0, -1.5, '', 'text', [], [null], {}, { id: 'x' }];
  const others = standIns.filter((value) => kindOf(value) !== kindOf(original));
  return others[pick % others.length] as Json;
}

function kindOf(value: Json): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** A value in a document and where it is. */
export interface Node {
  path: JsonPath;
  value: Json;
}

/** Every value in a document, the root first (iterative: documents can be deep). */
export function listNodes(root: Json): Node[] {
  const nodes: Node[] = [];
  const stack: Node[] = [{ path: [], value: root }];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    nodes.push(node);
    if (Array.isArray(node.value)) node.value.forEach((value, i) => stack.push({ path: [...node.path, i], value }));
    else if (isObject(node.value)) for (const [key, value] of Object.entries(node.value)) stack.push({ path: [...node.path, key], value });
  }
  return nodes;
}

/** `['plan', 'behaviors', 2]` → `plan.behaviors.2`, as import errors write paths. */
export function dotted(path: JsonPath): string {
  return path.join('.');
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The inside of a JSON string literal for `text`, lone surrogates left raw. */
function escapeForJson(text: string): string {
  return text.replace(/["\\\u0000-\u001f]/g, (c) => (c === '"' || c === '\\' ? `\\${c}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

