// jieba's dictionary read in JavaScript: each word's tag, and jieba's own cut
// without HMM, done here instead of across the addon boundary. A call into
// @node-rs/jieba costs ~1 µs before any work (the phrase is converted to UTF-8
// and every word comes back as a new string), and the rules tag a dozen short
// phrases per article; done here the same cut costs a fraction of that.
//
// The cut is jieba's (jieba-rs `cut(text, false)`), step for step:
// - the text is split into blocks of CJK ideographs, ASCII letters and digits
//   and `+#&._%-`; every other character is a word of its own (a CRLF one word);
// - in a block, every dictionary word starting at a character is an edge, and
//   the route from the block's end backwards takes at each character the edge
//   of highest ln(freq) - ln(total) + (the route after it), the longer edge on
//   a tie; a character no word starts at is a word of its own, with freq 1;
// - single ASCII letters and digits next to each other on the route join into
//   one word.
// A word's tag is its dictionary tag; one the dictionary lacks is tagged by its
// ASCII letters and digits (see fallbackTag). test/segment.test.ts holds all of
// it to @node-rs/jieba's answers on every corpus sentence, the fixtures and
// random strings. Text holding characters outside the BMP is left to jieba.
//
// The table is typed arrays, written as one image (toImage) that a start reads
// as views of it (fromImage) instead of parsing the dictionary again; the build
// writes ours (scripts/build-tag-table.mjs, data/jieba-table.bin).
import type { TaggedWord } from './segment.js';

/** Entry flag: a longer word starts with this key. */
const PREFIX = 1;

/** The table's arrays: what a dictionary's text is read into, and what an image of it holds. */
interface Tables {
  /** Every word's code units, one after another; entries' keys are ranges of them. */
  units: Uint16Array;
  /** Per entry: where its key starts in `units`, its length, the word it is (-1: only a prefix), flags. */
  keyStart: Uint32Array;
  keyLength: Uint8Array;
  wordOf: Int32Array;
  flags: Uint8Array;
  /** Entry index + 1 at the slot its key's hash leads to, or past it (0: empty); a power of two long. */
  slots: Int32Array;
  /** Per word: ln(frequency), and its tag as an index into `tagNames`. */
  logFreq: Float64Array;
  tags: Uint8Array;
  tagNames: string[];
  logTotal: number;
  longest: number;
}

export class JiebaDictionary {
  private readonly units: Uint16Array;
  private readonly keyStart: Uint32Array;
  private readonly keyLength: Uint8Array;
  private readonly wordOf: Int32Array;
  private readonly flags: Uint8Array;
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly logFreq: Float64Array;
  private readonly tags: Uint8Array;
  private readonly tagNames: string[];
  private readonly logTotal: number;
  private readonly longest: number;

  private constructor(t: Tables) {
    this.units = t.units;
    this.keyStart = t.keyStart;
    this.keyLength = t.keyLength;
    this.wordOf = t.wordOf;
    this.flags = t.flags;
    this.slots = t.slots;
    this.mask = t.slots.length - 1;
    this.logFreq = t.logFreq;
    this.tags = t.tags;
    this.tagNames = t.tagNames;
    this.logTotal = t.logTotal;
    this.longest = t.longest;
  }

  /** From the dictionary's UTF-8 bytes: lines of `word frequency tag`, read in place (50-90 ms for ours). */
  static fromWords(bytes: Uint8Array): JiebaDictionary {
    return new JiebaDictionary(readWords(bytes));
  }

  /**
   * From an image written by toImage (a few milliseconds: the arrays are views of it), or
   * null when it is none of this format or was made from a dictionary of another length.
   */
  static fromImage(image: Uint8Array, wordsLength: number): JiebaDictionary | null {
    const tables = readImage(image, wordsLength);
    return tables && new JiebaDictionary(tables);
  }

  /** The table as one block of bytes, for fromImage; `wordsLength` is the byte length of the dictionary it was read from. */
  toImage(wordsLength: number): Uint8Array {
    const { units, keyStart, keyLength, wordOf, flags, slots, logFreq, tags, tagNames, logTotal, longest } = this;
    return writeImage({ units, keyStart, keyLength, wordOf, flags, slots, logFreq, tags, tagNames, logTotal, longest }, wordsLength);
  }

  /** The dictionary's tag for `word`, or undefined. */
  tagOf(word: string): string | undefined {
    let h = FNV_START;
    for (let i = 0; i < word.length; i++) h = fnvStep(h, word.charCodeAt(i));
    const entry = this.findIn(h, word, 0, word.length);
    return entry >= 0 && this.wordOf[entry] >= 0 ? this.tagNames[this.tags[this.wordOf[entry]]] : undefined;
  }

  /** `text` cut and tagged as jieba's `tag` gives it (without HMM), with offsets; null for text outside the BMP. */
  tagged(text: string): TaggedWord[] | null {
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) return null;
    }
    const out: TaggedWord[] = [];
    for (let i = 0; i < n; ) {
      const c = text.charCodeAt(i);
      if (inBlock(c)) {
        let end = i + 1;
        while (end < n && inBlock(text.charCodeAt(end))) end += 1;
        this.cutBlock(text, i, end, out);
        i = end;
      } else {
        const length = c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
        const word = text.slice(i, i + length);
        out.push({ word, tag: this.tagOf(word) ?? fallbackTag(word), start: i });
        i += length;
      }
    }
    return out;
  }

  private cutBlock(text: string, from: number, to: number, out: TaggedWord[]): void {
    const n = to - from;
    if (route.length < n + 1) {
      route = new Float64Array(2 * n + 2);
      next = new Int32Array(2 * n + 2);
      wordAt = new Int32Array(2 * n + 2);
    }
    route[n] = 0;
    for (let s = n - 1; s >= 0; s--) {
      let best = -Infinity;
      let bestEnd = -1;
      let bestWord = -1;
      let h = FNV_START;
      for (let e = s + 1; e <= n && e - s <= this.longest; e++) {
        h = fnvStep(h, text.charCodeAt(from + e - 1));
        const entry = this.findIn(h, text, from + s, from + e);
        if (entry < 0) break;
        const word = this.wordOf[entry];
        if (word >= 0) {
          const value = this.logFreq[word] - this.logTotal + route[e];
          // (on a tie the longer word: jieba takes the greatest pair of value and end)
          if (value >= best) {
            best = value;
            bestEnd = e;
            bestWord = word;
          }
        }
        if ((this.flags[entry] & PREFIX) === 0) break;
      }
      if (bestEnd < 0) {
        bestEnd = s + 1;
        best = 0 - this.logTotal + route[s + 1];
      }
      route[s] = best;
      next[s] = bestEnd;
      wordAt[s] = bestWord;
    }
    // single ASCII letters and digits on the route join into one word
    let joined = -1;
    for (let x = 0; x < n; ) {
      const y = next[x];
      if (y - x === 1 && isAsciiAlphanumeric(text.charCodeAt(from + x))) {
        if (joined < 0) joined = x;
      } else {
        if (joined >= 0) this.pushJoined(text, from + joined, from + x, out);
        joined = -1;
        const word = text.slice(from + x, from + y);
        const known = wordAt[x];
        out.push({ word, tag: known >= 0 ? this.tagNames[this.tags[known]] : fallbackTag(word), start: from + x });
      }
      x = y;
    }
    if (joined >= 0) this.pushJoined(text, from + joined, to, out);
  }

  private pushJoined(text: string, from: number, to: number, out: TaggedWord[]): void {
    const word = text.slice(from, to);
    out.push({ word, tag: this.tagOf(word) ?? fallbackTag(word), start: from });
  }

  /**
   * The entry whose key is s[from, to) (hash `h`), or -1. (findWhileBuilding's twin for a string: one
   * loop reading through an accessor would sit on the path of every character of every tagged phrase.)
   */
  private findIn(h: number, s: string, from: number, to: number): number {
    for (let slot = h & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot] - 1;
      if (this.keyLength[entry] !== to - from) continue;
      const start = this.keyStart[entry];
      let k = 0;
      while (k < to - from && this.units[start + k] === s.charCodeAt(from + k)) k += 1;
      if (k === to - from) return entry;
    }
    return -1;
  }
}

/** The tables of a dictionary's text: first the words, their frequencies and tags; then every word and each of its prefixes as an entry of the hash table (at most as many as the words' units). */
function readWords(bytes: Uint8Array): Tables {
  const lines = countLines(bytes);
  const allUnits = new Uint16Array(bytes.length);
  const wordStart = new Uint32Array(lines + 1);
  const freqs = new Float64Array(lines);
  const lineTags = new Uint8Array(lines);
  const tagNames: string[] = [];
  /** A tag's ASCII letters as one number → its index in `tagNames`. */
  const tagIndex = new Map<number, number>();
  let count = 0;
  let at = 0;
  for (let i = 0; i < bytes.length; ) {
    let lineEnd = bytes.indexOf(0x0a, i);
    if (lineEnd < 0) lineEnd = bytes.length;
    const space = bytes.indexOf(0x20, i);
    if (space > i && space < lineEnd) {
      wordStart[count] = at;
      at = decodeInto(bytes, i, space, allUnits, at);
      let freq = 0;
      let k = space + 1;
      for (; k < lineEnd && bytes[k] >= 0x30 && bytes[k] <= 0x39; k++) freq = freq * 10 + (bytes[k] - 0x30);
      const tagFrom = k + 1;
      let key = 0;
      for (let q = tagFrom; q < lineEnd; q++) key = key * 128 + bytes[q];
      if (!tagIndex.has(key)) tagIndex.set(key, tagNames.push(String.fromCharCode(...bytes.subarray(tagFrom, lineEnd))) - 1);
      freqs[count] = freq;
      lineTags[count] = tagIndex.get(key)!;
      count += 1;
    }
    i = lineEnd + 1;
  }
  wordStart[count] = at;
  const units = allUnits.slice(0, at);
  const maxEntries = at;
  let size = 1;
  while (size < maxEntries * 2) size *= 2;
  const t: Tables = {
    units,
    keyStart: new Uint32Array(maxEntries),
    keyLength: new Uint8Array(maxEntries),
    wordOf: new Int32Array(maxEntries),
    flags: new Uint8Array(maxEntries),
    slots: new Int32Array(size),
    logFreq: new Float64Array(0),
    tags: new Uint8Array(count),
    tagNames,
    logTotal: 0,
    longest: 0,
  };
  const mask = size - 1;
  let entries = 0;
  let words = 0;
  const wordFreq = new Float64Array(count);
  for (let w = 0; w < count; w++) {
    const start = wordStart[w];
    const length = wordStart[w + 1] - start;
    let h = FNV_START;
    let entry = -1;
    for (let q = 1; q <= length; q++) {
      h = fnvStep(h, units[start + q - 1]);
      entry = findWhileBuilding(t, h, start, start + q);
      if (entry < 0) {
        entry = entries++;
        t.keyStart[entry] = start;
        t.keyLength[entry] = q;
        t.wordOf[entry] = -1;
        let slot = h & mask;
        while (t.slots[slot] !== 0) slot = (slot + 1) & mask;
        t.slots[slot] = entry + 1;
      }
      if (q < length) t.flags[entry] |= PREFIX;
    }
    if (t.wordOf[entry] >= 0) {
      // (a word listed again: jieba keeps its first tag and takes the later frequency)
      wordFreq[t.wordOf[entry]] = freqs[w];
      continue;
    }
    t.wordOf[entry] = words;
    wordFreq[words] = freqs[w];
    t.tags[words] = lineTags[w];
    words += 1;
    t.longest = Math.max(t.longest, length);
  }
  let total = 0;
  for (let w = 0; w < words; w++) total += wordFreq[w];
  t.logTotal = Math.log(total);
  t.logFreq = new Float64Array(words);
  for (let w = 0; w < words; w++) t.logFreq[w] = Math.log(wordFreq[w]);
  t.tags = t.tags.slice(0, words);
  return trimmed(t, entries);
}

/**
 * The tables with their entries' arrays cut to the entries made (half the words'
 * units: prefixes are shared) and the hash table sized to them, at most half full:
 * a start reads the image, and on this machine every megabyte of fresh memory
 * costs it some 3 ms.
 */
function trimmed(t: Tables, entries: number): Tables {
  let size = 1;
  while (size < entries * 2) size *= 2;
  const slots = new Int32Array(size);
  const mask = size - 1;
  for (let entry = 0; entry < entries; entry++) {
    let h = FNV_START;
    const start = t.keyStart[entry];
    for (let q = 0; q < t.keyLength[entry]; q++) h = fnvStep(h, t.units[start + q]);
    let slot = h & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = entry + 1;
  }
  return {
    ...t,
    keyStart: t.keyStart.slice(0, entries),
    keyLength: t.keyLength.slice(0, entries),
    wordOf: t.wordOf.slice(0, entries),
    flags: t.flags.slice(0, entries),
    slots,
  };
}

/** The entry whose key is t.units[from, to) (hash `h`), or -1: while the table is being built, keys are units of it. */
function findWhileBuilding(t: Tables, h: number, from: number, to: number): number {
  const mask = t.slots.length - 1;
  for (let slot = h & mask; t.slots[slot] !== 0; slot = (slot + 1) & mask) {
    const entry = t.slots[slot] - 1;
    if (t.keyLength[entry] !== to - from) continue;
    const start = t.keyStart[entry];
    let k = 0;
    while (k < to - from && t.units[start + k] === t.units[from + k]) k += 1;
    if (k === to - from) return entry;
  }
  return -1;
}

// ---- the image: the tables as one block of bytes, so a start reads them instead of the text ----

/** "JDT" and the format's version: an image of another version is read as none. */
const IMAGE_MAGIC = 0x4a445401;
/** Header: magic, the dictionary's byte length, the arrays' lengths (entries, units, slots, words, tag names' bytes), longest, logTotal. */
const HEADER_BYTES = 40;
const align8 = (n: number) => (n + 7) & ~7;

/** Where each array lies in an image with these lengths, and the image's length. */
function imageLayout(entries: number, units: number, slots: number, words: number, tagNameBytes: number) {
  let at = HEADER_BYTES;
  const place = (bytes: number) => {
    const start = at;
    at = align8(at + bytes);
    return start;
  };
  // (each array starts at a multiple of 8, so it can be a view of the image's buffer)
  const layout = {
    logFreq: place(words * 8),
    slots: place(slots * 4),
    keyStart: place(entries * 4),
    wordOf: place(entries * 4),
    units: place(units * 2),
    keyLength: place(entries),
    flags: place(entries),
    tags: place(words),
    tagNames: place(tagNameBytes),
  };
  return { ...layout, length: at };
}

function writeImage(t: Tables, wordsLength: number): Uint8Array {
  const tagNames = new TextEncoder().encode(t.tagNames.join('\n'));
  const layout = imageLayout(t.keyStart.length, t.units.length, t.slots.length, t.logFreq.length, tagNames.length);
  const image = new Uint8Array(layout.length);
  const header = new DataView(image.buffer);
  [IMAGE_MAGIC, wordsLength, t.keyStart.length, t.units.length, t.slots.length, t.logFreq.length, tagNames.length].forEach((n, i) => header.setUint32(i * 4, n, true));
  header.setUint8(28, t.longest);
  header.setFloat64(32, t.logTotal, true);
  const put = (array: ArrayBufferView, at: number) => image.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
  put(t.logFreq, layout.logFreq);
  put(t.slots, layout.slots);
  put(t.keyStart, layout.keyStart);
  put(t.wordOf, layout.wordOf);
  put(t.units, layout.units);
  put(t.keyLength, layout.keyLength);
  put(t.flags, layout.flags);
  put(t.tags, layout.tags);
  put(tagNames, layout.tagNames);
  return image;
}

function readImage(image: Uint8Array, wordsLength: number): Tables | null {
  if (image.length < HEADER_BYTES) return null;
  // (views need their array's alignment: a buffer from a pool may start anywhere)
  if (image.byteOffset % 8 !== 0) image = image.slice();
  const header = new DataView(image.buffer, image.byteOffset, HEADER_BYTES);
  const [magic, madeFrom, entries, units, slots, words, tagNameBytes] = [0, 1, 2, 3, 4, 5, 6].map((i) => header.getUint32(i * 4, true));
  if (magic !== IMAGE_MAGIC || madeFrom !== wordsLength) return null;
  const layout = imageLayout(entries, units, slots, words, tagNameBytes);
  if (layout.length !== image.length || (slots & (slots - 1)) !== 0) return null;
  const { buffer, byteOffset } = image;
  return {
    logFreq: new Float64Array(buffer, byteOffset + layout.logFreq, words),
    slots: new Int32Array(buffer, byteOffset + layout.slots, slots),
    keyStart: new Uint32Array(buffer, byteOffset + layout.keyStart, entries),
    wordOf: new Int32Array(buffer, byteOffset + layout.wordOf, entries),
    units: new Uint16Array(buffer, byteOffset + layout.units, units),
    keyLength: new Uint8Array(buffer, byteOffset + layout.keyLength, entries),
    flags: new Uint8Array(buffer, byteOffset + layout.flags, entries),
    tags: new Uint8Array(buffer, byteOffset + layout.tags, words),
    tagNames: new TextDecoder().decode(image.subarray(layout.tagNames, layout.tagNames + tagNameBytes)).split('\n'),
    logTotal: header.getFloat64(32, true),
    longest: header.getUint8(28),
  };
}

function countLines(bytes: Uint8Array): number {
  let lines = 1;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) lines += 1;
  return lines;
}

/** The route of the block being cut, reused between calls. */
let route = new Float64Array(64);
let next = new Int32Array(64);
let wordAt = new Int32Array(64);

/** FNV-1a over UTF-16 code units, a unit at a time (so a key's hash grows with it). */
const FNV_START = 0x811c9dc5;
const fnvStep = (h: number, unit: number) => Math.imul(h ^ unit, 0x01000193) >>> 0;

/** jieba's blocks: CJK ideographs (BMP ranges; others never reach here), ASCII letters and digits, `+#&._%-`. */
function inBlock(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    isAsciiAlphanumeric(c) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x2b || c === 0x23 || c === 0x26 || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2d
  );
}

function isAsciiAlphanumeric(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** jieba's tag for a word not in its dictionary: `m` all ASCII digits, `eng` other ASCII letters or digits, else `x`. */
export function fallbackTag(word: string): string {
  let alphanumeric = 0;
  let digits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isAsciiAlphanumeric(c)) {
      alphanumeric += 1;
      if (c <= 0x39) digits += 1;
    }
  }
  return alphanumeric === 0 ? 'x' : alphanumeric === digits ? 'm' : 'eng';
}

/** UTF-8 bytes[from, to) as UTF-16 code units into `units` at `at`; where the units end. (The dictionary is well-formed UTF-8.) */
function decodeInto(bytes: Uint8Array, from: number, to: number, units: Uint16Array, at: number): number {
  for (let i = from; i < to; ) {
    const b = bytes[i];
    let cp: number;
    if (b < 0x80) {
      cp = b;
      i += 1;
    } else if (b < 0xe0) {
      cp = ((b & 0x1f) << 6) | (bytes[i + 1] & 0x3f);
      i += 2;
    } else if (b < 0xf0) {
      cp = ((b & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f);
      i += 3;
    } else {
      cp = ((b & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12) | ((bytes[i + 2] & 0x3f) << 6) | (bytes[i + 3] & 0x3f);
      i += 4;
    }
    if (cp > 0xffff) {
      units[at++] = 0xd800 + ((cp - 0x10000) >> 10);
      units[at++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    } else units[at++] = cp;
  }
  return at;
}
