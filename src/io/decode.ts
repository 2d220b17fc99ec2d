// Bytes → text, or a typed error saying why these bytes are not an article.
//
// Scraped corpora arrive as UTF-8 (with or without BOM), UTF-16, GB18030/GBK and
// Big5. UTF-8 is tried strictly first because it is self-validating. For the
// legacy encodings any byte soup "decodes", so chardet proposes candidates and
// each candidate's output is judged by how much of it is ordinary Chinese text;
// a decode made mostly of rare characters is random bytes, not an article.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { InputError } from '../errors.js';
import { decodeWellFormedUtf8 } from './utf8.js';

// iconv-lite and chardet are loaded on first use: most corpora are UTF-8, and a
// single-article run should not pay for codec tables it never reads.
const require = createRequire(import.meta.url);
let iconvModule: typeof import('iconv-lite') | undefined;
let chardetModule: typeof import('chardet') | undefined;
const iconv = () => (iconvModule ??= require('iconv-lite') as typeof import('iconv-lite'));
const chardet = () => (chardetModule ??= require('chardet') as typeof import('chardet'));

export interface Decoded {
  text: string;
  /** Canonical name of the encoding read: utf-8, utf-16le, utf-16be, gb18030, big5. */
  encoding: string;
  /** Bytes that could not be decoded were replaced by U+FFFD. */
  lossy: boolean;
}

/** Signatures of common binary formats that users' scrapers save beside articles. */
const BINARY_SIGNATURES: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['zip archive (or .docx/.xlsx)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
  ['7z archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['OLE document (.doc/.xls)', [0xd0, 0xcf, 0x11, 0xe0]],
];

let commonChars: Set<string> | undefined;
function common(): Set<string> {
  commonChars ??= new Set(
    fs.readFileSync(new URL('../../data/common-chars.txt', import.meta.url), 'utf8').trim(),
  );
  return commonChars;
}

/**
 * Share of characters that belong in ordinary text (ASCII, common Han, CJK
 * punctuation). With `nonAscii`, only the other characters are judged: in a web
 * page the markup is ASCII whatever the encoding, and only the text tells.
 */
export function plausibility(text: string, nonAscii = false): number {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const set = common();
  let good = 0;
  let total = 0;
  for (const ch of sample) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0x20 || cp === 0x0a || cp === 0x0d || cp === 0x09) continue;
    if (nonAscii && cp < 0x80) continue;
    total += 1;
    if (cp < 0x7f && cp >= 0x20) good += 1;
    else if (cp >= 0x3000 && cp <= 0x303f) good += 1; // CJK punctuation
    else if (cp >= 0xff00 && cp <= 0xffef) good += 1; // full-width forms
    else if (cp >= 0x2010 && cp <= 0x2027) good += 1; // dashes, quotes, ellipsis
    else if (cp === 0xb7 || cp === 0xd7) good += 1;
    else if (set.has(ch)) good += 1;
  }
  return total === 0 ? 1 : good / total;
}

function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, sig] of BINARY_SIGNATURES) {
    if (bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)) return name;
  }
  return null;
}

/** Share of control bytes (not tab/newline/CR/form feed/ESC) in the first 8 KB. */
function controlByteShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control += 1;
  }
  return n ? control / n : 0;
}

/** UTF-16 without a BOM: one byte of each pair is zero for ASCII and often for CJK punctuation. */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero += 1;
    if (bytes[i + 1] === 0) oddZero += 1;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.2 && evenZero / pairs < 0.02) return 'utf-16le';
  if (evenZero / pairs > 0.2 && oddZero / pairs < 0.02) return 'utf-16be';
  return null;
}

/**
 * The high byte of a UTF-16 unit of Chinese text: 00 (ASCII), 20 (quotes, dashes), 30 (CJK
 * punctuation), 4E-9F (CJK ideographs), FF (full-width forms).
 */
const isCjkHighByte = (b: number) => b === 0x00 || b === 0x20 || b === 0x30 || (b >= 0x4e && b <= 0x9f) || b === 0xff;

/**
 * Chinese text in UTF-16 without a BOM: nearly every unit's high byte (the second of each
 * pair in LE, the first in BE) is one of Chinese text's, and the decode reads as text.
 * Null otherwise: binary data, or bytes of another encoding.
 */
function bomlessCjkUtf16(bytes: Uint8Array): Decoded | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 8) return null;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 2) {
    if (isCjkHighByte(bytes[i + 1])) le += 1;
    if (isCjkHighByte(bytes[i])) be += 1;
  }
  const pairs = n / 2;
  const encoding = le >= be ? 'utf-16le' : 'utf-16be';
  if (Math.max(le, be) / pairs < 0.95) return null;
  const decoded = decodeUtf16(bytes, encoding, 0);
  return plausibility(decoded.text) >= 0.9 ? decoded : null;
}

const countReplacements = (s: string) => {
  let n = 0;
  for (let i = s.indexOf('\uFFFD'); i >= 0; i = s.indexOf('\uFFFD', i + 1)) n += 1;
  return n;
};

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', skip: number): Decoded {
  const text = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset + skip, bytes.length - skip), encoding);
  return { text, encoding, lossy: text.includes('\uFFFD') };
}

/**
 * Decode an article's bytes. Throws InputError (empty, binary, undecodable) when
 * the bytes are not a text we can read; `name` only serves the message.
 * `declared` is the charset a web page names for itself: strict UTF-8 still
 * wins (sites often keep a stale declaration after moving to UTF-8).
 */
export function decode(bytes: Uint8Array, name = 'input', declared: 'utf-8' | 'gb18030' | 'big5' | null = null): Decoded {
  if (bytes.length === 0) throw new InputError('empty', `${name}: the file is empty`);

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = new TextDecoder('utf-8').decode(bytes.subarray(3));
    return checked({ text, encoding: 'utf-8', lossy: text.includes('\uFFFD') }, name);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(decodeUtf16(bytes, 'utf-16le', 2), name);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(decodeUtf16(bytes, 'utf-16be', 2), name);

  const kind = binaryKind(bytes);
  if (kind) throw new InputError('binary', `${name}: this is a ${kind}, not a text article`);
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return checked(decodeUtf16(bytes, utf16, 0), name);
  if (controlByteShare(bytes) > 0.01) {
    // (Chinese text in UTF-16 without a BOM has zero bytes only where it has ASCII: too few for
    // the guess above, enough to look binary)
    const cjk = bomlessCjkUtf16(bytes);
    if (cjk) return checked(cjk, name);
    throw new InputError('binary', `${name}: binary data (control bytes), not a text article`);
  }

  try {
    const text = decodeWellFormedUtf8(bytes) ?? new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return checked({ text, encoding: 'utf-8', lossy: false }, name);
  } catch {
    // not clean UTF-8: a UTF-8 text with a few broken bytes, or a legacy encoding
  }

  // A page's own <meta charset> settles a legacy encoding when its decode reads as text
  // (a page declaring one charset and served in another reads as noise and falls through).
  if (declared && declared !== 'utf-8') {
    const text = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), declared);
    if (plausibility(text, true) >= 0.9) return checked({ text, encoding: declared, lossy: text.includes('\uFFFD') }, name);
  }

  const candidates: Decoded[] = [];
  const loose = new TextDecoder('utf-8').decode(bytes);
  candidates.push({ text: loose, encoding: 'utf-8', lossy: true });
  const proposed = new Set<string>(['gb18030', 'big5']);
  for (const guess of chardet().analyse(bytes).slice(0, 4)) {
    const enc = guess.name.toLowerCase();
    if (enc === 'gb18030' || enc === 'gbk' || enc === 'gb2312') proposed.add('gb18030');
    else if (enc === 'big5') proposed.add('big5');
  }
  for (const enc of proposed) {
    const text = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), enc);
    candidates.push({ text, encoding: enc, lossy: text.includes('\uFFFD') });
  }
  // A few broken bytes in UTF-8 leave U+FFFD in place of each; legacy decodes of
  // UTF-8 bytes leave a mess of rare characters. The score penalises both.
  const score = (d: Decoded) => plausibility(d.text) - (3 * countReplacements(d.text)) / Math.max(1, d.text.length);
  candidates.sort((a, b) => score(b) - score(a));
  const best = candidates[0];
  if (score(best) < 0.75) {
    throw new InputError(
      'undecodable',
      `${name}: not readable as UTF-8, UTF-16, GB18030 or Big5 text (best guess ${best.encoding} reads as noise)`,
    );
  }
  return checked(best, name);
}

function checked(d: Decoded, name: string): Decoded {
  if (d.text.trim() === '') throw new InputError('empty', `${name}: the file holds only white space`);
  if (/[\u0000-\u0008\u000e-\u001a]/.test(d.text.slice(0, 8192)) && plausibility(d.text) < 0.75) {
    throw new InputError('binary', `${name}: binary data, not a text article`);
  }
  if (plausibility(d.text) < 0.5) {
    throw new InputError('undecodable', `${name}: decodes as ${d.encoding} but reads as noise, not text`);
  }
  return d;
}
