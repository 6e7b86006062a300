/** Short, stable, URL-safe ids for parts of a plan. */
// Present in browsers and Node 20+; declared here because the core compiles without DOM types.
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A new id such as `beh-k3x9q2mz`. Uses `crypto.getRandomValues`, present in browsers and Node.
 * `prefix` says what the id names, which makes files and errors easier to read.
 */
export function newId(prefix: string): string {
  const bytes = new Uint8Array(10);
  crypto.getRandomValues(bytes);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return `${prefix}-${out}`;
}
