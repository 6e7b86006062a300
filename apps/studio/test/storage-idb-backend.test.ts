import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoreUnavailableError } from '../src/storage/backend.ts';
import { OPEN_TIMEOUT_MS, openIdbBackend } from '../src/storage/idb-backend.ts';

/** An open request that answers only when the test says so. */
interface FakeOpenRequest {
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
  onupgradeneeded: (() => void) | null;
  result: { close: () => void; closed: boolean };
  error: DOMException | null;
}

function fakeIndexedDB(open: () => FakeOpenRequest) {
  vi.stubGlobal('indexedDB', { open });
}

function silentRequest(): FakeOpenRequest {
  const result = {
    closed: false,
    close() {
      result.closed = true;
    },
  };
  return { onsuccess: null, onerror: null, onupgradeneeded: null, result, error: null };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('opening the plans store', () => {
  it('refuses at once when the browser has no IndexedDB', () => {
    vi.stubGlobal('indexedDB', undefined);
    expect(() => openIdbBackend()).toThrow(StoreUnavailableError);
  });

  it('gives up on an open request that never answers, so the studio can work in memory', async () => {
    vi.useFakeTimers();
    const request = silentRequest();
    fakeIndexedDB(() => request);
    const reading = openIdbBackend().entries();
    const outcome = expect(reading).rejects.toBeInstanceOf(StoreUnavailableError);
    await vi.advanceTimersByTimeAsync(OPEN_TIMEOUT_MS - 1);
    let settled = false;
    void reading.catch(() => {}).finally(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await outcome;
    // The database answers after all: the connection nobody uses any more is closed.
    request.onsuccess?.();
    expect(request.result.closed).toBe(true);
  });

  it('reports an open that throws or fails as the store being unavailable', async () => {
    fakeIndexedDB(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    await expect(openIdbBackend().entries()).rejects.toMatchObject({ name: 'StoreUnavailableError', cause: { name: 'SecurityError' } });

    const request = silentRequest();
    fakeIndexedDB(() => request);
    const reading = openIdbBackend().keys();
    request.error = new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    request.onerror?.();
    await expect(reading).rejects.toMatchObject({ name: 'StoreUnavailableError', cause: { name: 'InvalidStateError' } });
  });
});
