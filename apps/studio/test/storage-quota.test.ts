import { describe, expect, it } from 'vitest';
import { isQuotaError } from '../src/storage/quota.ts';

describe('recognizing a full storage', () => {
  it.each([
    ['Chromium / standard name', { name: 'QuotaExceededError', code: 0 }],
    ['Firefox name', { name: 'NS_ERROR_DOM_QUOTA_REACHED' }],
    ['legacy WebKit code 22', { name: 'Error', code: 22 }],
    ['Firefox code 1014', { name: 'Error', code: 1014 }],
    ['a transaction error caused by it', { name: 'AbortError', cause: { name: 'QuotaExceededError' } }],
  ])('knows %s', (_label, error) => {
    expect(isQuotaError(error)).toBe(true);
  });

  it('knows a real DOMException', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
  });

  it.each([
    ['another DOMException', new DOMException('nope', 'InvalidStateError')],
    ['a plain error', new Error('disk on fire')],
    ['a string', 'QuotaExceededError'],
    ['nothing', undefined],
  ])('does not mistake %s for it', (_label, error) => {
    expect(isQuotaError(error)).toBe(false);
  });
});
