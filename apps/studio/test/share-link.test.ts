import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { decodeSharePayload, encodeSharePayload } from '../src/share/share-link.ts';
import { bytesToBase64url } from '../src/share/base64url.ts';
import { samplePlan } from './support/plans.ts';

const payloadOf = (text: string, level: 0 | 9 = 9) => `v1.${bytesToBase64url(deflateSync(new TextEncoder().encode(text), { level }))}`;

describe('share links', () => {
  it('round-trips a plan, including text that needs escaping', () => {
    const plan = { ...samplePlan('plan-share'), title: 'Lectura <b>"temprana"</b> & más 📚 #1; `x` %%{init}%%' };
    const payload = encodeSharePayload(plan);
    expect(payload.startsWith('v1.')).toBe(true);
    expect(payload.slice(3)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeSharePayload(payload)).toEqual({ ok: true, plan });
  });

  it('refuses a link with another version prefix', () => {
    const payload = encodeSharePayload(samplePlan());
    expect(decodeSharePayload(`v2.${payload.slice(3)}`)).toEqual({ ok: false, problem: { code: 'unknown-version' } });
    expect(decodeSharePayload(payload.slice(3))).toMatchObject({ ok: false, problem: { code: 'unknown-version' } });
  });

  it('refuses text that is not base64url', () => {
    expect(decodeSharePayload('v1.not base64!')).toMatchObject({ ok: false, problem: { code: 'not-base64' } });
    expect(decodeSharePayload('v1.')).toMatchObject({ ok: false, problem: { code: 'not-base64' } });
  });

  it('refuses base64 that is not deflated data', () => {
    expect(decodeSharePayload(`v1.${bytesToBase64url(new TextEncoder().encode('hello there, not compressed'))}`)).toMatchObject({
      ok: false,
      problem: { code: 'not-compressed' },
    });
  });

  it('refuses a small link that inflates past the size limit', () => {
    const bomb = payloadOf(' '.repeat(6 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(20_000);
    expect(decodeSharePayload(bomb)).toMatchObject({ ok: false, problem: { code: 'too-large' } });
  });

  it('reports the plan file\'s own errors with paths for a hostile plan', () => {
    const hostile = '{"format":"sixsources.plan","schemaVersion":2,"plan":{"__proto__":{"polluted":true},"title":"<img src=x onerror=alert(1)>"}}';
    const result = decodeSharePayload(payloadOf(hostile));
    expect(result.ok).toBe(false);
    if (result.ok || result.problem.code !== 'invalid-plan') throw new Error('expected invalid-plan');
    expect(result.problem.issues.some((issue) => issue.path.startsWith('plan'))).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('never throws on garbage', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (garbage) => {
        const result = decodeSharePayload(`v1.${garbage}`);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), (bytes) => {
        expect(decodeSharePayload(`v1.${bytesToBase64url(bytes)}`).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
