/**
 * The extreme files from the fuzzing brief, each written out on purpose: 100,000 items,
 * 100,000 levels, files at and over the size limit, prototype keys in every spelling,
 * lone surrogates, NaN and Infinity, impossible dates, future versions, every truncation
 * of a real file, and binary garbage.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  LIMITS,
  PLAN_SCHEMA_VERSION,
  parsePlanDocument,
  parsePlanValue,
  serializePlan,
  validatePlan,
} from '../../src/plan/index.ts';
import {
  IMPOSSIBLE_DATES,
  IMPOSSIBLE_DATE_TIMES,
  NEWER_VERSIONS,
  documentOf,
  textWithRaw,
  type Json,
  type JsonPath,
} from '../support/hostile.ts';
import { minimalPlan } from '../support/minimal-plan.ts';
import { checkHostileImport } from './import-checks.ts';
import { reportTried } from './fuzz-settings.ts';
import { expectPrototypesUntouched } from './prototype-guard.ts';

// Megabyte files and 100,000-level walks: slow on a busy machine, however correct.
vi.setConfig({ testTimeout: 30_000 });

const HUNDRED_THOUSAND = 100_000;
const document = (): { [key: string]: Json } => documentOf(minimalPlan());
const compact = (value: unknown): string => JSON.stringify(value);

afterAll(() => {
  expectPrototypesUntouched();
  reportTried('extreme files');
});

describe('lists of 100,000 items', () => {
  const lists: { path: JsonPath; item: Json; max: number }[] = [
    { path: ['plan', 'behaviors'], item: {}, max: LIMITS.maxItems },
    { path: ['plan', 'influencers'], item: 0, max: LIMITS.maxItems },
    { path: ['plan', 'strategies'], item: null, max: LIMITS.maxStrategies },
    { path: ['plan', 'strategies', 0, 'behaviorIds'], item: 'beh-data-dig', max: LIMITS.maxLinks },
    {
      path: ['plan', 'result', 'measures', 0, 'observations'],
      item: { id: 'obs-1', date: '2025-10-06', value: 50 },
      max: LIMITS.maxObservations,
    },
  ];

  for (const { path, item, max } of lists) {
    const where = path.join('.');
    it(`in ${where}: refused there, saying how many it may hold`, () => {
      const items = compact(Array.from({ length: HUNDRED_THOUSAND }, () => item));
      const { text } = textWithRaw(document(), path, items);
      const result = checkHostileImport({ kind: 'huge-array', text, expect: { kind: 'refused-at', path: where } });
      expect(!result.ok && result.errors[0]?.message).toBe(`has too many items: at most ${max} (it has ${HUNDRED_THOUSAND})`);
    });
  }

  it('as the whole file: refused as not a plan file', () => {
    const text = compact(Array.from({ length: HUNDRED_THOUSAND }, (_, i) => i));
    checkHostileImport({ kind: 'huge-array', text, expect: { kind: 'refused-with', errors: [{ path: '', code: 'not-a-plan-file' }] } });
  });

  it('of full-size strategies, over the size limit: refused unread', () => {
    const strategy = minimalPlan().strategies[0] as Json;
    const text = textWithRaw(document(), ['plan', 'strategies'], compact(Array.from({ length: HUNDRED_THOUSAND }, () => strategy))).text;
    expect(text.length).toBeGreaterThan(LIMITS.maxDocumentBytes);
    checkHostileImport({ kind: 'huge-array', text, expect: { kind: 'refused-with', errors: [{ path: '', code: 'too-large' }] } });
  });
});

describe('nesting 100,000 levels deep', () => {
  const arrays = `${'['.repeat(HUNDRED_THOUSAND)}${']'.repeat(HUNDRED_THOUSAND)}`;
  const objects = `${'{"a":'.repeat(HUNDRED_THOUSAND)}0${'}'.repeat(HUNDRED_THOUSAND)}`;

  it('as the whole file: refused as too deep, once, where the depth limit is passed', () => {
    const result = checkHostileImport({ kind: 'deep-nesting', text: arrays, expect: { kind: 'refused-at', path: '', code: 'too-deep' } });
    expect(!result.ok && result.errors.map((issue) => issue.path)).toEqual([Array(LIMITS.maxDepth).fill('0').join('.')]);
  });

  for (const [name, raw] of [['lists', arrays], ['objects', objects]] as const) {
    it(`of ${name} in a plan's title: refused as too deep inside the title`, () => {
      const { text } = textWithRaw(document(), ['plan', 'title'], raw);
      checkHostileImport({ kind: 'deep-nesting', text, expect: { kind: 'refused-at', path: 'plan.title', code: 'too-deep' } });
    });
  }

  it('never closed: refused as not JSON, pointing at the end of the file', () => {
    const text = '['.repeat(HUNDRED_THOUSAND);
    const result = checkHostileImport({ kind: 'deep-nesting', text, expect: { kind: 'not-json', line: 1, column: HUNDRED_THOUSAND + 1 } });
    expect(!result.ok && result.errors[0]?.message).toContain('ends before a list is closed');
  });

  it('in memory, and circular: refused as too deep, by parsePlanValue and validatePlan alike', () => {
    const deep: Record<string, unknown> = {};
    let at = deep;
    for (let i = 0; i < HUNDRED_THOUSAND; i++) at = (at['a'] = {}) as Record<string, unknown>;
    const circular: Record<string, unknown> = { name: 'loop' };
    circular['self'] = circular;
    for (const organization of [deep, circular]) {
      const plan = { ...minimalPlan(), organization };
      const fromFile = parsePlanValue({ ...document(), plan });
      const inMemory = validatePlan(plan);
      expect(!fromFile.ok && fromFile.errors.map((issue) => issue.code)).toEqual(['too-deep']);
      expect(!inMemory.ok && inMemory.errors.map((issue) => issue.code)).toEqual(['too-deep']);
    }
  });
});

describe('huge files and strings', () => {
  /** A valid file padded to exactly `bytes` bytes of UTF-8 with an unknown key of `unit`s. */
  function paddedFile(bytes: number, unit: string): string {
    const base = serializePlan(minimalPlan()).trimEnd();
    const head = `${base.slice(0, -1)},"padding":"`;
    const tail = '"}';
    const room = bytes - Buffer.byteLength(head + tail);
    const unitBytes = Buffer.byteLength(unit);
    return head + unit.repeat(Math.floor(room / unitBytes)) + 'x'.repeat(room % unitBytes) + tail;
  }

  for (const unit of ['x', 'é', '\u{1F4DA}']) {
    it(`a file of exactly ${LIMITS.maxDocumentBytes} bytes of ${JSON.stringify(unit)} is read; one byte more is refused unread`, () => {
      const atLimit = paddedFile(LIMITS.maxDocumentBytes, unit);
      expect(Buffer.byteLength(atLimit)).toBe(LIMITS.maxDocumentBytes);
      checkHostileImport({ kind: 'huge-string', text: atLimit, expect: { kind: 'accepted' } });
      const overLimit = paddedFile(LIMITS.maxDocumentBytes + 1, unit);
      checkHostileImport({ kind: 'huge-string', text: overLimit, expect: { kind: 'refused-with', errors: [{ path: '', code: 'too-large' }] } });
    });
  }

  it('a million-character title is refused there, with its length', () => {
    const { text } = textWithRaw(document(), ['plan', 'title'], compact('t'.repeat(1_000_000)));
    const result = checkHostileImport({ kind: 'huge-string', text, expect: { kind: 'refused-at', path: 'plan.title' } });
    expect(!result.ok && result.errors[0]?.message).toBe(`is too long: at most ${LIMITS.maxShortText} characters (it has 1000000)`);
  });

  it('a title of 301 emoji is refused, counting characters the way the limit does', () => {
    const { text } = textWithRaw(document(), ['plan', 'title'], compact('\u{1F4DA}'.repeat(LIMITS.maxShortText + 1)));
    const result = checkHostileImport({ kind: 'huge-string', text, expect: { kind: 'refused-at', path: 'plan.title' } });
    expect(!result.ok && result.errors[0]?.message).toBe(`is too long: at most ${LIMITS.maxShortText} characters (it has ${LIMITS.maxShortText + 1})`);
  });

  it('an error names its place in a few words, however long the keys on the way', () => {
    // A key of 100,000 characters above a forbidden key: the path must not repeat it whole.
    const key = 'k'.repeat(HUNDRED_THOUSAND);
    const { text } = textWithRaw(document(), ['plan', 'extra'], `{${compact(key)}:{"__proto__":{}}}`);
    const result = parsePlanDocument(text);
    expect(result.ok).toBe(false);
    for (const issue of result.ok ? [] : result.errors) expect(issue.path.length + issue.message.length).toBeLessThan(4_096);
  });
});

describe('__proto__, constructor and prototype keys', () => {
  const escapeAll = (key: string) => `"${[...key].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"`;
  const spellings = ['__proto__', 'constructor', 'prototype'].flatMap((key) => [
    { key, raw: compact(key) },
    { key, raw: escapeAll(key) },
    { key, raw: `"\\u${key.charCodeAt(0).toString(16).padStart(4, '0')}${key.slice(1)}"` },
  ]);
  const places: JsonPath[] = [[], ['plan'], ['plan', 'organization'], ['plan', 'behaviors', 0], ['plan', 'result', 'measures', 0, 'baseline']];
  const payloads = ['{"polluted":"yes"}', '{"prototype":{"polluted":"yes"}}', '"yes"'];

  for (const { key, raw } of spellings) {
    it(`${raw} is refused wherever it appears, and no prototype changes`, () => {
      for (const place of places) {
        for (const payload of payloads) {
          const { text } = textWithRaw(document(), place, payload, { rawKey: raw });
          const path = [...place, key].join('.');
          checkHostileImport({ kind: 'forbidden-key', text, expect: { kind: 'refused-with', errors: [{ path, code: 'forbidden-key' }] } });
          // The same object handed over in memory (from storage or a message) is refused too.
          const plan = (JSON.parse(text) as { plan: unknown }).plan;
          if (place.length > 0) expect(validatePlan(plan).ok).toBe(false);
        }
      }
      expectPrototypesUntouched();
    });
  }

  it('an own __proto__ property made in memory is refused', () => {
    const organization = { ...minimalPlan().organization };
    Object.defineProperty(organization, '__proto__', { value: { polluted: 'yes' }, enumerable: true });
    const result = validatePlan({ ...minimalPlan(), organization });
    expect(!result.ok && result.errors.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'organization.__proto__', code: 'forbidden-key' },
    ]);
    expectPrototypesUntouched();
  });
});

describe('lone surrogates', () => {
  const UNPAIRED = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

  for (const [name, written] of [['raw', '\uD83D'], ['escaped', '\\ud83d'], ['raw low', '\uDCA9'], ['escaped low', '\\udca9']] as const) {
    it(`${name} in a title: read, and saved as well-formed text that reads back the same`, () => {
      const { text } = textWithRaw(document(), ['plan', 'title'], `"Reading ${written} plan"`);
      const result = checkHostileImport({ kind: 'lone-surrogate', text, expect: { kind: 'accepted' } });
      expect(result.ok && UNPAIRED.test(result.plan.title)).toBe(true);
      expect(result.ok && UNPAIRED.test(serializePlan(result.plan))).toBe(false);
    });

    it(`${name} in an id: refused there`, () => {
      const { text } = textWithRaw(document(), ['plan', 'behaviors', 0, 'id'], `"beh-${written}"`);
      checkHostileImport({ kind: 'lone-surrogate', text, expect: { kind: 'refused-at', path: 'plan.behaviors.0.id' } });
    });
  }
});

describe('NaN and Infinity', () => {
  const numbers: JsonPath[] = [
    ['schemaVersion'],
    ['plan', 'organization', 'students'],
    ['plan', 'organization', 'campuses'],
    ['plan', 'result', 'measures', 0, 'baseline', 'value'],
    ['plan', 'result', 'measures', 0, 'target', 'value'],
    ['plan', 'result', 'measures', 0, 'observations', 0, 'value'],
  ];

  it('as values in memory: refused at that number, which must be finite', () => {
    for (const path of numbers) {
      for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
        const input = structuredClone(document()) as Record<string, unknown>;
        setAt(input, path, value);
        const result = parsePlanValue(input);
        const where = path.join('.');
        expect(!result.ok && result.errors.map(({ path: at, code }) => ({ path: at, code }))).toEqual([
          { path: where, code: where === 'schemaVersion' ? 'unknown-version' : 'invalid' },
        ]);
        if (where !== 'schemaVersion') expect(!result.ok && result.errors[0]?.message).toBe('must be a finite number');
      }
    }
  });

  it('as words in a file: refused as not JSON, at the line and column of the word', () => {
    for (const path of numbers) {
      for (const token of ['NaN', 'Infinity', '-Infinity']) {
        const { text, offset } = textWithRaw(document(), path, token, { pretty: true });
        const line = text.slice(0, offset).split('\n').length;
        const column = offset - text.lastIndexOf('\n', offset - 1);
        checkHostileImport({ kind: 'non-finite-number', text, expect: { kind: 'not-json', line, column } });
      }
    }
  });

  it('as numbers too large for a double (1e400): refused at that number', () => {
    for (const path of numbers) {
      const { text } = textWithRaw(document(), path, '-1e400');
      checkHostileImport({ kind: 'non-finite-number', text, expect: { kind: 'refused-at', path: path.join('.') } });
    }
  });
});

describe('impossible dates', () => {
  const dates: JsonPath[] = [
    ['plan', 'result', 'measures', 0, 'baseline', 'date'],
    ['plan', 'result', 'measures', 0, 'observations', 0, 'date'],
    ['plan', 'strategies', 0, 'start'],
    ['plan', 'strategies', 0, 'due'],
  ];

  it('a calendar date that does not exist is refused there, and only there', () => {
    for (const path of dates) {
      for (const date of IMPOSSIBLE_DATES) {
        const { text } = textWithRaw(document(), path, compact(date));
        checkHostileImport({ kind: 'impossible-date', text, expect: { kind: 'refused-with', errors: [{ path: path.join('.'), code: 'invalid' }] } });
      }
    }
  });

  it('a moment that does not exist is refused there, and only there', () => {
    for (const moment of IMPOSSIBLE_DATE_TIMES) {
      const { text } = textWithRaw(document(), ['plan', 'createdAt'], compact(moment));
      checkHostileImport({ kind: 'impossible-date', text, expect: { kind: 'refused-with', errors: [{ path: 'plan.createdAt', code: 'invalid' }] } });
    }
  });

  it('leap days that exist are read', () => {
    for (const date of ['2024-02-29', '2000-02-29']) {
      const { text } = textWithRaw(document(), ['plan', 'result', 'measures', 0, 'observations', 0, 'date'], compact(date));
      checkHostileImport({ kind: 'impossible-date', text, expect: { kind: 'accepted' } });
    }
  });
});

describe('schema versions', () => {
  it('a newer version is refused whole, whatever the plan holds', () => {
    for (const version of NEWER_VERSIONS) {
      for (const plan of [documentOf(minimalPlan())['plan'] as Json, 'garbage', { vitalBehaviors: {} }]) {
        const text = compact({ ...document(), schemaVersion: version, plan });
        checkHostileImport({ kind: 'newer-version', text, expect: { kind: 'refused-with', errors: [{ path: 'schemaVersion', code: 'too-new' }] } });
      }
    }
    const fixture = readFileSync(new URL('../fixtures/plan-v999.json', import.meta.url), 'utf8');
    checkHostileImport({ kind: 'newer-version', text: fixture, expect: { kind: 'refused-with', errors: [{ path: 'schemaVersion', code: 'too-new' }] } });
  });

  it('a version no release wrote, or not a whole number, is refused as unknown', () => {
    for (const version of [0, -1, PLAN_SCHEMA_VERSION + 0.5, '2', null, true, [2], { major: 2 }]) {
      const text = compact({ ...document(), schemaVersion: version });
      checkHostileImport({ kind: 'newer-version', text, expect: { kind: 'refused-with', errors: [{ path: 'schemaVersion', code: 'unknown-version' }] } });
    }
  });
});

describe('truncated files', () => {
  it('every prefix of a real file is refused as not JSON, at the last line read', () => {
    const text = serializePlan(minimalPlan());
    const end = text.trimEnd().length;
    for (let cut = 0; cut < end; cut++) {
      const prefix = text.slice(0, cut);
      const lines = prefix.split('\n');
      const expectation = cut === 0 ? { kind: 'not-json' as const } : { kind: 'not-json' as const, line: lines.length };
      checkHostileImport({ kind: 'truncated', text: prefix, expect: expectation });
    }
    checkHostileImport({ kind: 'truncated', text: text.slice(0, end), expect: { kind: 'accepted' } });
  });
});

describe('binary files', () => {
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  const plan = serializePlan(minimalPlan());

  it('every single byte as a file is refused', () => {
    for (let byte = 0; byte < 256; byte++) {
      checkHostileImport({ kind: 'binary', text: decode(Uint8Array.of(byte)), expect: { kind: 'refused-at', path: '' } });
    }
  });

  it('compressed, image, archive and UTF-16 files are refused as not JSON at the first character', () => {
    const utf16 = (bigEndian: boolean) => {
      const bytes = Buffer.from(`\uFEFF${plan}`, 'utf16le');
      if (bigEndian) bytes.swap16();
      return bytes;
    };
    const files = [
      gzipSync(plan),
      Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d),
      Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000'),
      Buffer.from('%PDF-1.7\n%âãÏÓ\n'),
      utf16(false),
      utf16(true),
      new Uint8Array(1024),
    ];
    for (const bytes of files) {
      checkHostileImport({ kind: 'binary', text: decode(bytes), bytes, expect: { kind: 'not-json', line: 1, column: 1 } });
    }
  });

  it('a UTF-8 file with a byte order mark is read', () => {
    checkHostileImport({ kind: 'binary', text: `\uFEFF${plan}`, expect: { kind: 'accepted' } });
  });
});

function setAt(root: Record<string, unknown>, path: JsonPath, value: unknown): void {
  let at: Record<string | number, unknown> = root;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1) as string | number] = value;
}
