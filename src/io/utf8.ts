// UTF-8 to a string, for well-formed input only. Node 20 decodes UTF-8 with
// V8's general decoder, ~3 ns a byte for Chinese text (three bytes a
// character): a tenth of a JSONL line's reading before extraction starts, 250
// ms per 10,000 articles of the bench corpus. Decoding the code units here and
// letting the platform copy them into a string (the UTF-16 decoder is a
// straight copy) takes 40% of that. Anything this loop does not accept as
// canonical UTF-8 (a broken byte, an overlong form, a surrogate, a byte order
// mark) returns null, and the caller decodes with TextDecoder as before, so
// the text is always what TextDecoder gives (test/utf8.test.ts holds it to that).

/** The UTF-16 decoder reads the code units' bytes: only where they are little-endian. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF16 = new TextDecoder('utf-16le');

/** Reused between calls; a line longer than this gets a buffer of its own, so a huge one is not kept. */
const KEPT_UNITS = 1 << 20;
let kept = new Uint16Array(1 << 14);

const isContinuation = (b: number) => (b & 0xc0) === 0x80;

/** `bytes` as a string when they are canonical UTF-8 without a byte order mark; null otherwise. */
export function decodeWellFormedUtf8(bytes: Uint8Array): string | null {
  const n = bytes.length;
  if (!LITTLE_ENDIAN) return null;
  // never more units than bytes
  let units = kept;
  if (units.length < n) {
    if (n <= KEPT_UNITS) units = kept = new Uint16Array(Math.min(KEPT_UNITS, Math.max(n, kept.length * 2)));
    else units = new Uint16Array(n);
  }
  let k = 0;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      units[k++] = b;
      i += 1;
    } else if (b >= 0xe1 && b <= 0xef && b !== 0xed) {
      // three bytes (nearly every Chinese character): E1-EC and EE-EF take any continuation;
      // E0 (overlong below A0) and ED (surrogates from A0) are checked below
      if (i + 2 >= n) return null;
      const b1 = bytes[i + 1];
      const b2 = bytes[i + 2];
      if (!isContinuation(b1) || !isContinuation(b2)) return null;
      const unit = ((b & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
      // U+FEFF first is a byte order mark, which TextDecoder drops
      if (unit === 0xfeff && k === 0) return null;
      units[k++] = unit;
      i += 3;
    } else if (b === 0xe0 || b === 0xed) {
      if (i + 2 >= n) return null;
      const b1 = bytes[i + 1];
      const b2 = bytes[i + 2];
      if (b === 0xe0 ? b1 < 0xa0 || b1 > 0xbf : b1 < 0x80 || b1 > 0x9f) return null;
      if (!isContinuation(b2)) return null;
      units[k++] = ((b & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
      i += 3;
    } else if (b >= 0xc2 && b <= 0xdf) {
      if (i + 1 >= n || !isContinuation(bytes[i + 1])) return null;
      units[k++] = ((b & 0x1f) << 6) | (bytes[i + 1] & 0x3f);
      i += 2;
    } else if (b >= 0xf0 && b <= 0xf4) {
      if (i + 3 >= n) return null;
      const b1 = bytes[i + 1];
      const b2 = bytes[i + 2];
      const b3 = bytes[i + 3];
      if (b === 0xf0 ? b1 < 0x90 || b1 > 0xbf : b === 0xf4 ? b1 < 0x80 || b1 > 0x8f : !isContinuation(b1)) return null;
      if (!isContinuation(b2) || !isContinuation(b3)) return null;
      const codePoint = ((b & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
      units[k++] = 0xd800 + ((codePoint - 0x10000) >> 10);
      units[k++] = 0xdc00 + ((codePoint - 0x10000) & 0x3ff);
      i += 4;
    } else {
      // a continuation byte with no lead, C0/C1 (overlong), F5-FF: not UTF-8
      return null;
    }
  }
  return UTF16.decode(units.subarray(0, k));
}
