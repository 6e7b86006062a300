/**
 * A plan carried in a link: `#share=v1.<base64url of the deflated plan file>`. The version
 * prefix lets the format change later. Decoding treats the link as hostile: size caps before
 * and during inflation, strict UTF-8, then the core's full validation of the plan file.
 */
import { Inflate, deflateSync } from 'fflate';
import { LIMITS, parsePlanDocument, toPlanDocument, type Plan, type PlanIssue } from '@sixsources/core';
import { base64urlToBytes, bytesToBase64url } from './base64url.ts';

/** The version prefix of today's share links. */
export const SHARE_PREFIX = 'v1.';

/** Longest payload read; browsers cap URLs near 2 MB anyway. */
const MAX_PAYLOAD_CHARS = 2 * 1024 * 1024;

/** Why a share link could not be opened. */
export type ShareLinkProblem =
  | { code: 'unknown-version' }
  | { code: 'not-base64' }
  | { code: 'too-large' }
  | { code: 'not-compressed' }
  | { code: 'not-text' }
  | { code: 'invalid-plan'; issues: PlanIssue[] };

/** What reading a share link gives. */
export type ShareLinkResult = { ok: true; plan: Plan } | { ok: false; problem: ShareLinkProblem };

/** The payload of a share link for a plan (what follows `#share=`). */
export function encodeSharePayload(plan: Plan): string {
  const bytes = new TextEncoder().encode(JSON.stringify(toPlanDocument(plan)));
  return SHARE_PREFIX + bytesToBase64url(deflateSync(bytes, { level: 9 }));
}

/** The full link to share, on this page's address. */
export function shareUrl(plan: Plan, location: { origin: string; pathname: string }): string {
  return `${location.origin}${location.pathname}#share=${encodeSharePayload(plan)}`;
}

/** Reads a share link's payload. Never throws. */
export function decodeSharePayload(payload: string): ShareLinkResult {
  if (!payload.startsWith(SHARE_PREFIX)) return fail({ code: 'unknown-version' });
  const body = payload.slice(SHARE_PREFIX.length);
  if (body.length > MAX_PAYLOAD_CHARS) return fail({ code: 'too-large' });
  const compressed = base64urlToBytes(body);
  if (compressed === null || compressed.length === 0) return fail({ code: 'not-base64' });
  const inflated = inflateCapped(compressed, LIMITS.maxDocumentBytes);
  if (inflated === 'too-large') return fail({ code: 'too-large' });
  if (inflated === null) return fail({ code: 'not-compressed' });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return fail({ code: 'not-text' });
  }
  const parsed = parsePlanDocument(text);
  return parsed.ok ? { ok: true, plan: parsed.plan } : fail({ code: 'invalid-plan', issues: parsed.errors });
}

function fail(problem: ShareLinkProblem): ShareLinkResult {
  return { ok: false, problem };
}

/** Inflates, stopping as soon as the output passes `maxBytes` (a small link can expand enormously). */
function inflateCapped(data: Uint8Array, maxBytes: number): Uint8Array | 'too-large' | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  let finished = false;
  const inflate = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > maxBytes) {
      tooLarge = true;
      throw new RangeError('too large');
    }
    chunks.push(chunk);
    if (final) finished = true;
  });
  try {
    const STEP = 16 * 1024;
    for (let i = 0; i < data.length; i += STEP) inflate.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  } catch {
    return tooLarge ? 'too-large' : null;
  }
  if (!finished) return null;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
