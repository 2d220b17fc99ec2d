// The fast UTF-8 path gives exactly what TextDecoder gives, or declines (null)
// and leaves the bytes to TextDecoder: never a different string.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeWellFormedUtf8 } from '../src/io/utf8.js';

const strict = new TextDecoder('utf-8', { fatal: true });
const loose = new TextDecoder('utf-8');
const bytesOf = (...b: number[]) => new Uint8Array(b);

/** What TextDecoder says of `bytes` where it is strict: the text, or null when it throws. */
function strictly(bytes: Uint8Array): string | null {
  try {
    return strict.decode(bytes);
  } catch {
    return null;
  }
}

describe('decodeWellFormedUtf8', () => {
  test('the seeds decode as TextDecoder decodes them', () => {
    for (const f of fs.readdirSync('fixtures/articles')) {
      const bytes = new Uint8Array(fs.readFileSync(path.join('fixtures/articles', f)));
      const text = decodeWellFormedUtf8(bytes);
      expect(text).not.toBeNull();
      expect(text).toBe(loose.decode(bytes));
    }
  });

  test('every plane: ASCII, two, three and four bytes (会, é, 𠀀, 😀)', () => {
    const s = 'a\u00e9会\u{20000}😀\u007f\u0080\u07ff\u0800\uffff\u{10ffff}';
    expect(decodeWellFormedUtf8(new TextEncoder().encode(s))).toBe(s);
    expect(decodeWellFormedUtf8(new Uint8Array(0))).toBe('');
  });

  test('declines what is not canonical UTF-8, where TextDecoder replaces or throws', () => {
    const broken = [
      bytesOf(0x80), // a continuation byte alone
      bytesOf(0xc0, 0x80), // overlong NUL
      bytesOf(0xc1, 0xbf), // overlong
      bytesOf(0xe0, 0x80, 0x80), // overlong three bytes
      bytesOf(0xe0, 0x9f, 0xbf), // overlong three bytes, top
      bytesOf(0xed, 0xa0, 0x80), // a surrogate written out
      bytesOf(0xf0, 0x80, 0x80, 0x80), // overlong four bytes
      bytesOf(0xf4, 0x90, 0x80, 0x80), // past U+10FFFF
      bytesOf(0xf5, 0x80, 0x80, 0x80), // no such lead
      bytesOf(0xe4, 0xbc), // cut short
      bytesOf(0x41, 0xe4), // cut short after text
      bytesOf(0xf0, 0x9f, 0x98), // four bytes cut short
      bytesOf(0xe4, 0x41, 0x9a), // a lead followed by ASCII
      bytesOf(0xff),
    ];
    for (const b of broken) {
      expect(decodeWellFormedUtf8(b)).toBeNull();
      expect(strictly(b)).toBeNull();
    }
  });

  test('a byte order mark first is left to TextDecoder (which drops it); one later is a character', () => {
    expect(decodeWellFormedUtf8(bytesOf(0xef, 0xbb, 0xbf, 0x41))).toBeNull();
    expect(decodeWellFormedUtf8(bytesOf(0x41, 0xef, 0xbb, 0xbf))).toBe(loose.decode(bytesOf(0x41, 0xef, 0xbb, 0xbf)));
  });

  test('any string: encoded and decoded back unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const bytes = new TextEncoder().encode(s);
        const text = decodeWellFormedUtf8(bytes);
        // a leading U+FEFF is the one case declined, since TextDecoder would drop it
        if (text === null) expect(bytes.subarray(0, 3)).toEqual(bytesOf(0xef, 0xbb, 0xbf));
        else expect(text).toBe(loose.decode(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  test('any bytes: the same text as TextDecoder, or declined', () => {
    // bytes drawn mostly from the ranges UTF-8 leads and continuations live in, so sequences form and break
    const byte = fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0xbf }), fc.integer({ min: 0xc0, max: 0xff }));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 40 }), (list) => {
        const bytes = new Uint8Array(list);
        const text = decodeWellFormedUtf8(bytes);
        if (text !== null) expect(text).toBe(strictly(bytes));
        else if (!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) expect(strictly(bytes)).toBeNull();
      }),
      { numRuns: 5000 },
    );
  });

  test('a line longer than the kept buffer decodes too', () => {
    const s = '党建引领'.repeat(300_000) + 'end';
    expect(decodeWellFormedUtf8(new TextEncoder().encode(s))).toBe(s);
  });
});
