/** The size of a text as UTF-8, measured without encoding it. */

/**
 * True when `text` takes more than `maxBytes` bytes as UTF-8. Decides from the length alone
 * when it can (each UTF-16 unit is 1-3 bytes), and otherwise counts, stopping at the limit.
 */
export function exceedsUtf8Bytes(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return true;
  if (text.length * 3 <= maxBytes) return false;
  return utf8ByteLength(text, maxBytes) > maxBytes;
}

/**
 * Bytes of `text` as UTF-8 (a lone surrogate counts 3, as its replacement character would).
 * Stops counting once the total passes `stopAfter`.
 */
export function utf8ByteLength(text: string, stopAfter: number = Number.POSITIVE_INFINITY): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAfter; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4; // a surrogate pair is one code point of four bytes
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
