// Words and part-of-speech tags from jieba (@node-rs/jieba), for the few places
// where our own lexicons cannot tell where a noun phrase ends. Loaded on first
// use, from the trimmed dictionary in data/ (scripts/build-jieba-dict.mjs).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { COMPANY_NAME } from '../lexicon/organizations.js';
import { spansOf } from './patterns.js';

export interface TaggedWord {
  word: string;
  /** jieba's tag: `n` noun, `v` verb, `vn` verbal noun, `p` preposition, `d` adverb, `m` numeral, … */
  tag: string;
  /** Offset of the word in the string that was tagged. */
  start: number;
}

type Jieba = {
  tag(text: string): Array<{ word: string; tag: string }>;
  cut(text: string, hmm: boolean): string[];
};
let jieba: Jieba | undefined;
let dictionary: Buffer | undefined;

function segmenter(): Jieba {
  if (!jieba) {
    const require = createRequire(import.meta.url);
    const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): Jieba } };
    dictionary = fs.readFileSync(new URL('../../data/jieba-words.txt', import.meta.url));
    jieba = Jieba.withDict(dictionary);
  }
  return jieba;
}

/**
 * jieba's `tag` is its `cut` (without HMM) with each word's tag looked up in the
 * dictionary, and a word the dictionary lacks tagged by its ASCII letters and
 * digits (see fallbackTag). Done here, a call costs half as much: the native
 * call builds an object per word across the addon boundary, where `cut` returns
 * plain strings (2.4 against 1.3 µs for a phrase of seven characters), and the
 * binder and the organization rule tag a dozen phrases per article. The table
 * takes ~30 ms to build, so a short run (a single article) keeps jieba's own
 * tags; test/segment.test.ts holds both ways to the same answers.
 */
let wordTags: WordTags | undefined;
/** Calls answered by jieba's own `tag` before the table is built. */
const NATIVE_TAG_CALLS = 500;
let nativeTagCalls = 0;

/**
 * The dictionary's words and tags, in typed arrays: an open-addressing hash
 * table over the words' characters. A Map of the 80,000 words took 18 MB of
 * memory per thread, which took streaming past its 300 MB with two threads;
 * this takes about 2 MB, outside the collected heap.
 */
export class WordTags {
  /** Every word's code units, one after another. */
  private readonly units: Uint16Array;
  /** Where word i starts in `units`; it ends where word i + 1 starts. */
  private readonly starts: Uint32Array;
  /** Word i's tag, as an index into `names`. */
  private readonly tags: Uint8Array;
  private readonly names: string[] = [];
  /** Word index + 1 at the slot its hash leads to, or past it (0: empty). */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /**
   * From the dictionary's UTF-8 bytes, lines of `word frequency tag`, read in
   * place: splitting its text into lines and words made 240,000 short-lived
   * strings, and the heap they grew stayed in the process's memory.
   */
  constructor(bytes: Uint8Array) {
    let lines = 0;
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) lines += 1;
    lines += 1;
    const units = new Uint16Array(bytes.length);
    this.starts = new Uint32Array(lines + 1);
    this.tags = new Uint8Array(lines);
    let size = 1;
    while (size < lines * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.units = units;
    /** A tag's ASCII letters as one number (tags are one to three letters) → its index in `names`. */
    const tagIndex = new Map<number, number>();
    let count = 0;
    let at = 0;
    for (let i = 0; i < bytes.length; ) {
      let lineEnd = bytes.indexOf(0x0a, i);
      if (lineEnd < 0) lineEnd = bytes.length;
      const space = bytes.indexOf(0x20, i);
      if (space > i && space < lineEnd) {
        const start = at;
        at = decodeInto(bytes, i, space, units, at);
        const tagFrom = bytes.indexOf(0x20, space + 1) + 1;
        let key = 0;
        for (let k = tagFrom; k < lineEnd; k++) key = key * 128 + bytes[k];
        if (!tagIndex.has(key)) tagIndex.set(key, this.names.push(String.fromCharCode(...bytes.subarray(tagFrom, lineEnd))) - 1);
        this.starts[count] = start;
        this.starts[count + 1] = at;
        // (jieba's first entry of a word stands)
        if (this.find(units, start, at) < 0) {
          this.tags[count] = tagIndex.get(key)!;
          let slot = hashUnits(units, start, at) & this.mask;
          while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
          this.slots[slot] = count + 1;
          count += 1;
        } else at = start;
      }
      i = lineEnd + 1;
    }
    // (room was made for a unit per byte; the words take about a seventh of it)
    this.units = units.slice(0, at);
  }

  /** The dictionary's tag for `word`, or undefined. */
  tagOf(word: string): string | undefined {
    for (let slot = hashString(word) & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      const i = this.slots[slot] - 1;
      const start = this.starts[i];
      if (this.starts[i + 1] - start !== word.length) continue;
      let k = 0;
      while (k < word.length && this.units[start + k] === word.charCodeAt(k)) k += 1;
      if (k === word.length) return this.names[this.tags[i]];
    }
    return undefined;
  }

  /** The index of the word held in units[from, to), if it was added before. */
  private find(units: Uint16Array, from: number, to: number): number {
    for (let slot = hashUnits(units, from, to) & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      const i = this.slots[slot] - 1;
      const start = this.starts[i];
      if (this.starts[i + 1] - start !== to - from) continue;
      let k = 0;
      while (k < to - from && this.units[start + k] === units[from + k]) k += 1;
      if (k === to - from) return i;
    }
    return -1;
  }
}

/** FNV-1a over UTF-16 code units: of a string, and of a run of units (the same number for the same units). */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
function hashUnits(units: Uint16Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ units[i], 0x01000193);
  return h >>> 0;
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

function buildTagTable(): WordTags {
  segmenter();
  return new WordTags(dictionary!);
}

/** jieba's tag for a word not in its dictionary: `m` all ASCII digits, `eng` other ASCII letters or digits, else `x`. */
function fallbackTag(word: string): string {
  let alphanumeric = 0;
  let digits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const digit = c >= 0x30 && c <= 0x39;
    if (digit || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
      alphanumeric += 1;
      if (digit) digits += 1;
    }
  }
  return alphanumeric === 0 ? 'x' : alphanumeric === digits ? 'm' : 'eng';
}

/** `text` cut into words with their tags and offsets, as jieba's `tag` gives them. */
function tagged(text: string): TaggedWord[] {
  if (!wordTags && ++nativeTagCalls > NATIVE_TAG_CALLS) wordTags = buildTagTable();
  const out: TaggedWord[] = [];
  let at = 0;
  if (wordTags) {
    for (const word of segmenter().cut(text, false)) {
      out.push({ word, tag: wordTags.tagOf(word) ?? fallbackTag(word), start: at });
      at += word.length;
    }
  } else {
    for (const { word, tag } of segmenter().tag(text)) {
      out.push({ word, tag, start: at });
      at += word.length;
    }
  }
  return out;
}

/** jieba's own tags and the table's, for the test that holds them to the same answers. */
export const tagWays = {
  native: (text: string) => segmenter().tag(text).map(({ word, tag }) => ({ word, tag })),
  table: (text: string) => {
    wordTags ??= buildTagTable();
    return tagged(text).map(({ word, tag }) => ({ word, tag }));
  },
};

/**
 * Tags of the phrases of the document being read: an article names the same
 * bodies and zones again and again, and a call into jieba costs microseconds.
 * Emptied for each document (see makeDoc), so memory never grows with a batch.
 */
const taggedPhrases = new Map<string, readonly TaggedWord[]>();

/** Forget the tags of the last document. */
export function forgetTags(): void {
  taggedPhrases.clear();
}

/** Tagged words of `text`, with their offsets. Digits stay with the words jieba gives them; callers tag only phrases without numerals. */
export function tagWords(text: string): readonly TaggedWord[] {
  const known = taggedPhrases.get(text);
  if (known) return known;
  const out = tagged(text);
  taggedPhrases.set(text, out);
  return out;
}

/**
 * Tags that end whatever stood before a name: verbs, prepositions, pronouns,
 * conjunctions and particles (jieba writes some with a second letter: ul for 了,
 * uj for 的). Not adverbs: 非公 is tagged as one. Numerals and classifiers are
 * judged by their words (below).
 */
const cutsBeforeName = (tag: string) => tag === 'v' || 'prcu'.includes(tag[0]);
const PROTECTED_WORDS = /经开区|高新区|开发区|自贸区|综保区|保税区|工业园区?|产业园区?|园区|新区|街道|社区/g;

/**
 * A name with what stood before it taken off: verbs our lexicons do not list
 * (响应, 锚定, 了解), counted numerals (三个) and the like, by jieba's tags. At
 * least two characters must remain after a cut, since jieba tags single
 * characters of names oddly (兴乐, 县发改). Used for organization and zone names.
 */
export function trimToName(name: string): string {
  if (name.length < 4) return name;
  let cut = 0;
  let previous = '';
  let previousLength = 0;
  // jieba splits some names of places oddly (经/p 开区): never cut inside one
  const protectedSpans = spansOf(PROTECTED_WORDS, name);
  // nor inside a company's name before its legal ending (华通融资担保有限公司: 担保 is no verb there)
  if (name.includes('有限')) protectedSpans.push(...spansOf(COMPANY_NAME, name));
  const words = tagWords(name);
  // (the last word was a lone verb kept as a character of an unknown name)
  let splitName = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const end = w.start + w.word.length;
    if (protectedSpans.some(([a, b]) => end > a && end < b)) continue;
    // numerals only when they count (三个, 18), not a numeral in a name (两新组织, 三星); classifiers only after one (台玻 is a name)
    // a verb of two characters after a noun of two makes a compound with it (装备 制造,
    // 和丰 创意 广场); one after a function word (积极 响应), or a split word (锚 定), does not
    const cuts: boolean =
      w.tag === 'm'
        ? /\d|[零〇一二两三四五六七八九十百千万][个家名位项条支批类种]/.test(w.word)
        : w.tag === 'q'
          ? previous === 'm'
          : cutsBeforeName(w.tag) &&
            !(w.tag === 'v' && w.word.length >= 2 && previousLength >= 2 && /^[nj]/.test(previous)) &&
            // a lone pronoun right after a lone character that ends nothing is jieba splitting an
            // unknown name (久/a 吾/r in 江苏久吾高科技); after a preposition or a verb it is one (在 我 区)
            !(w.tag === 'r' && w.word.length === 1 && previousLength === 1 && previous !== 'm' && !cutsBeforeName(previous)) &&
            // nor is a lone verb before another lone noun or verb character (砻/v 坊/ng in
            // 砻坊科技文化园, 迈/v 盛/v in 迈盛智能科技), nor the lone character after it: jieba
            // splitting a name it does not know
            !(w.tag === 'v' && w.word.length === 1 && words[i + 1]?.word.length === 1 && /^(?:n|v|[nz]?g)/.test(words[i + 1].tag)) &&
            !(splitName && w.word.length === 1);
    splitName = !cuts && w.tag === 'v' && w.word.length === 1;
    if (cuts && end <= name.length - 2) cut = end;
    previous = w.tag;
    previousLength = w.word.length;
  }
  return name.slice(cut);
}
