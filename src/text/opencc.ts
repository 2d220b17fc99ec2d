// OpenCC's conversion to simplified, with OpenCC's own dictionaries as opencc-js
// ships them, applied the way opencc-js applies them (each dictionary group in
// turn, longest match first, earlier dictionaries of a group winning), but
// looked up in typed arrays instead of a Map per character. Converting was the
// largest single cost of extracting a traditional article (a seventh of it);
// this reads the same dictionaries and gives the same output three to four
// times faster. test/opencc.test.ts holds it to opencc-js's output.
//
// Compiling the tables of the Taiwan chain took 27-29 ms of a one-article run
// (and reading opencc-js's dictionaries 6-7 ms more): the build writes them as
// an image (data/opencc.bin, scripts/build-opencc-image.mjs), read as views.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { KeyTrie } from './chartrie.js';
import { arraysOf, hashOfCode, readImage, writeImage } from './image.js';

type Dict = string | Array<[string, string]>;
type Group = Dict[];
interface OpenCCModule {
  ConverterFactory(...groups: Group[][]): (s: string) => string;
  Locale: { from: Record<'tw' | 'hk', Group[]>; to: Record<'cn', Group[]> };
}

/** One dictionary group, compiled. */
interface CompiledGroup {
  /** BMP code unit → its one-unit replacement; 0 where a character has none. */
  single: Uint16Array;
  /** Replacements that are not one BMP unit to one BMP unit, by code point. */
  special: Map<number, string>;
  /** 1 for BMP units with a replacement in `special`: the map is read only for them. */
  isSpecial: Uint8Array;
  /** Keys of two units or more, and by their ids what replaces them. */
  phrases: KeyTrie;
  /** What replaces the phrase of id i: phraseText from phraseStarts[i] to phraseStarts[i + 1]. */
  phraseText: string;
  phraseStarts: Uint32Array;
  /**
   * Per BMP unit, whether the group may do anything at it: start a phrase,
   * replace it, or (a high surrogate) start a character it may replace. Most
   * characters of a line do nothing in most groups; one read says so.
   */
  acts: Uint8Array;
}

function entriesOf(dict: Dict): Array<[string, string]> {
  if (typeof dict !== 'string') return dict;
  return dict.split('|').map((entry) => entry.split(' ') as [string, string]);
}

function compile(group: Group): CompiledGroup {
  const single = new Uint16Array(0x10000);
  const special = new Map<number, string>();
  const isSpecial = new Uint8Array(0x10000);
  // the first dictionary of a group wins: load the last first and let earlier ones overwrite
  const dicts = [...group].reverse().map(entriesOf);
  let units = 0;
  for (const entries of dicts) for (let e = 0; e < entries.length; e++) units += entries[e][0].length;
  const phrases = new KeyTrie(units);
  const phraseValues: string[] = [];
  for (const entries of dicts) {
    // (indexed: this runs once per group, at the first traditional text, in V8's interpreter,
    // where a for-of loop over thousands of entries costs more than the loop's work)
    for (let e = 0; e < entries.length; e++) {
      const key = entries[e][0];
      const value = entries[e][1];
      if (!key || value === undefined) continue;
      const codePoint = key.codePointAt(0)!;
      const oneCharacter = key.length === (codePoint > 0xffff ? 2 : 1);
      if (oneCharacter) {
        if (codePoint <= 0xffff && value.length === 1 && value.charCodeAt(0) <= 0xffff) {
          single[codePoint] = value.charCodeAt(0);
          special.delete(codePoint);
          isSpecial[codePoint] = 0;
        } else {
          special.set(codePoint, value);
          if (codePoint <= 0xffff) {
            single[codePoint] = 0;
            isSpecial[codePoint] = 1;
          }
        }
        continue;
      }
      phraseValues[phrases.add(key)] = value;
    }
  }
  const acts = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (single[c] !== 0 || isSpecial[c] === 1 || phrases.startsWith(c) || (c >= 0xd800 && c <= 0xdbff)) acts[c] = 1;
  const { text: phraseText, starts: phraseStarts } = joined(phraseValues);
  return { single, special, isSpecial, phrases, phraseText, phraseStarts, acts };
}

/** Strings as one, with where each starts (and, last, where the last ends). */
function joined(strings: string[]): { text: string; starts: Uint32Array } {
  const starts = new Uint32Array(strings.length + 1);
  for (let i = 0; i < strings.length; i++) starts[i + 1] = starts[i] + strings[i].length;
  return { text: strings.join(''), starts };
}

let buffer: Uint16Array = new Uint16Array(1 << 12);

/** Code units → string: one call for short runs, the platform decoder for long ones. */
function stringOf(units: Uint16Array, length: number): string {
  if (length <= 2048) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  return new TextDecoder('utf-16le').decode(units.subarray(0, length));
}

/**
 * One group over `s`: at each position the longest phrase, else the character's
 * own replacement, else the character. `s` itself when nothing changed, which
 * is most lines for the Taiwan-variant group (no string is built for them).
 */
function convertGroup(g: CompiledGroup, s: string): string {
  const n = s.length;
  // replacements are nearly always as long as what they replace: twice the length is room to spare
  if (buffer.length < n * 2 + 16) buffer = new Uint16Array(n * 2 + 16);
  let out = buffer;
  let k = 0;
  let changed = false;
  for (let i = 0; i < n; ) {
    if (k + 2 > out.length) out = buffer = grow(out, k + 2);
    const c = s.charCodeAt(i);
    if (g.acts[c] === 0) {
      out[k++] = c;
      i += 1;
      continue;
    }
    const phrase = g.phrases.longestAt(s, i);
    if (phrase >= 0) {
      const from = g.phraseStarts[phrase];
      const valueLength = g.phraseStarts[phrase + 1] - from;
      const length = g.phrases.lastLength;
      if (k + valueLength > out.length) out = buffer = grow(out, k + valueLength);
      if (valueLength !== length) changed = true;
      for (let q = 0; q < valueLength; q++) {
        const unit = g.phraseText.charCodeAt(from + q);
        if (!changed && unit !== s.charCodeAt(i + q)) changed = true;
        out[k++] = unit;
      }
      i += length;
      continue;
    }
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < n;
    const codePoint = pair ? s.codePointAt(i)! : c;
    const replacement = pair || g.isSpecial[c] === 1 ? g.special.get(codePoint) : undefined;
    if (replacement !== undefined) {
      if (k + replacement.length > out.length) out = buffer = grow(out, k + replacement.length);
      for (let q = 0; q < replacement.length; q++) out[k++] = replacement.charCodeAt(q);
      changed = true;
    } else if (!pair && g.single[c] !== 0) {
      const unit = g.single[c];
      if (unit !== c) changed = true;
      out[k++] = unit;
    } else {
      out[k++] = c;
      if (pair) out[k++] = s.charCodeAt(i + 1);
    }
    i += pair ? 2 : 1;
  }
  return changed ? stringOf(out, k) : s;
}

function grow(units: Uint16Array, atLeast: number): Uint16Array {
  const bigger = new Uint16Array(Math.max(atLeast, units.length * 2));
  bigger.set(units);
  return bigger;
}

export interface Converter {
  (s: string): string;
}

/**
 * A converter through the given dictionary groups, each compiled (or read from the image) on
 * the first conversion. Text holding ideographic description characters (⿰…), which OpenCC
 * reads as one unit with what they describe, is left to opencc-js itself.
 */
function converter(groups: Array<() => CompiledGroup>, reference: (s: string) => string): Converter {
  let compiled: CompiledGroup[] | undefined;
  return (s: string) => {
    if (/[\u2ff0-\u2fff]/.test(s)) return reference(s);
    let out = s;
    for (const g of (compiled ??= groups.map((group) => group()))) out = convertGroup(g, out);
    return out;
  };
}

/** Each group once, however many chains hold it (both end in the group into simplified, to.cn). */
function once(make: () => CompiledGroup): () => CompiledGroup {
  let made: CompiledGroup | undefined;
  return () => (made ??= make());
}

/** The chains by the names of their groups, in order (`tw.0`: from.tw's first group). */
type Chains = { tw: string[]; hk: string[] };

/** opencc-js's build with only the chains into simplified (a tenth of the full build's 1.2 MB, which took 15-20 ms of a cold start to read and parse). */
const DICTIONARIES = 'opencc-js/t2cn';
export const OPENCC_IMAGE = new URL('../../data/opencc.bin', import.meta.url);

/** opencc-js, loaded when first needed: to compile the groups, or as the reference. */
let openccModule: OpenCCModule | undefined;
function opencc(): OpenCCModule {
  // (its UMD build loads synchronously)
  return (openccModule ??= createRequire(import.meta.url)(DICTIONARIES) as OpenCCModule);
}

/** The groups of opencc-js's chains by name, and the chains. */
function groupsOf(module: OpenCCModule): { groups: Map<string, Group>; chains: Chains } {
  const { from, to } = module.Locale;
  const groups = new Map<string, Group>();
  const named = (prefix: string, list: Group[]) =>
    list.map((group, i) => {
      groups.set(`${prefix}.${i}`, group);
      return `${prefix}.${i}`;
    });
  const cn = named('cn', to.cn);
  return { groups, chains: { tw: [...named('tw', from.tw), ...cn], hk: [...named('hk', from.hk), ...cn] } };
}

/**
 * What an image must have been made from to be read: the dictionaries' byte length, and a hash of
 * the code that compiles them (as source text), so that an image of other dictionaries or of other
 * tables is never read.
 */
export function openccImageKey(dictionaryBytes: number): string {
  return `${dictionaryBytes}:${hashOfCode([compile, entriesOf, joined, KeyTrie].map(String).join('\n'))}`;
}

const dictionaryPath = () => createRequire(import.meta.url).resolve(DICTIONARIES);

/** Every group of both chains compiled, as one block of bytes (for the build). */
export function openccImage(): Uint8Array {
  const { groups, chains } = groupsOf(opencc());
  const parts: Record<string, Uint8Array | Uint16Array | Int32Array | Uint32Array | number | string> = {
    madeFrom: openccImageKey(fs.statSync(dictionaryPath()).size),
    tw: chains.tw.join(','),
    hk: chains.hk.join(','),
  };
  for (const [name, group] of groups) {
    const g = compile(group);
    const { keys, ...trie } = g.phrases.parts();
    for (const [part, array] of Object.entries(trie)) parts[`${name}.${part}`] = array;
    parts[`${name}.keys`] = keys;
    const special = joined([...g.special.values()]);
    Object.assign(parts, {
      [`${name}.single`]: g.single,
      [`${name}.isSpecial`]: g.isSpecial,
      [`${name}.acts`]: g.acts,
      [`${name}.specialKeys`]: Uint32Array.from(g.special.keys()),
      [`${name}.specialStarts`]: special.starts,
      [`${name}.specialText`]: unitsOf(special.text),
      [`${name}.phraseStarts`]: g.phraseStarts,
      [`${name}.phraseText`]: unitsOf(g.phraseText),
    });
  }
  return writeImage(parts, { sparse: true });
}

const unitsOf = (s: string) => Uint16Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));
const stringOfUnits = (units: Uint16Array) => new TextDecoder('utf-16le').decode(units);

const TRIE_ARRAYS = { pairs: Uint8Array, rootChild: Int32Array, idAt: Int32Array, slotParent: Int32Array, slotUnit: Uint16Array, slotChild: Int32Array };
const GROUP_ARRAYS = { single: Uint16Array, isSpecial: Uint8Array, acts: Uint8Array, specialKeys: Uint32Array, specialStarts: Uint32Array, specialText: Uint16Array, phraseStarts: Uint32Array, phraseText: Uint16Array };

/** A group's arrays in an image's parts (views of it), or null if one is missing. */
function groupParts(parts: Record<string, unknown>, name: string) {
  const mine: Record<string, unknown> = {};
  for (const [key, part] of Object.entries(parts)) if (key.startsWith(`${name}.`)) mine[key.slice(name.length + 1)] = part;
  const trie = arraysOf(mine as Parameters<typeof arraysOf>[0], TRIE_ARRAYS);
  const arrays = arraysOf(mine as Parameters<typeof arraysOf>[0], GROUP_ARRAYS);
  return trie && arrays && typeof mine.keys === 'number' ? { trie: { ...trie, keys: mine.keys }, arrays } : null;
}

/** A group from its arrays in an image: the trie and the tables are the image's, the strings decoded. */
function groupFrom({ trie, arrays }: NonNullable<ReturnType<typeof groupParts>>): CompiledGroup {
  const specialText = stringOfUnits(arrays.specialText);
  const special = new Map<number, string>();
  arrays.specialKeys.forEach((key, i) => special.set(key, specialText.slice(arrays.specialStarts[i], arrays.specialStarts[i + 1])));
  return {
    single: arrays.single,
    special,
    isSpecial: arrays.isSpecial,
    acts: arrays.acts,
    phrases: new KeyTrie(trie),
    phraseText: stringOfUnits(arrays.phraseText),
    phraseStarts: arrays.phraseStarts,
  };
}

type ImageGroups = { chains: Chains; groups: Map<string, NonNullable<ReturnType<typeof groupParts>>> };

/** An image's chains and each of their groups' arrays, if it was made from `madeFrom` (see openccImageKey) and holds them all; else null. */
export function imageGroups(image: Uint8Array, madeFrom: string): ImageGroups | null {
  const parts = readImage(image);
  if (!parts || parts.madeFrom !== madeFrom || typeof parts.tw !== 'string' || typeof parts.hk !== 'string') return null;
  const chains = { tw: parts.tw.split(','), hk: parts.hk.split(',') };
  const groups = new Map<string, NonNullable<ReturnType<typeof groupParts>>>();
  for (const name of [...chains.tw, ...chains.hk]) {
    const found = groupParts(parts, name);
    if (!found) return null;
    groups.set(name, found);
  }
  return { chains, groups };
}

/** The build's image, if it is newer than the dictionaries and was made from them by this code; else null. */
function fromImage(): ImageGroups | null {
  try {
    const dictionaries = fs.statSync(dictionaryPath());
    if (fs.statSync(OPENCC_IMAGE).mtimeMs < dictionaries.mtimeMs) return null;
    return imageGroups(fs.readFileSync(OPENCC_IMAGE), openccImageKey(dictionaries.size));
  } catch {
    // (no image, or no dictionaries where they were: compile from the dictionaries)
    return null;
  }
}

type Converters = { tw: Converter; hk: Converter; readonly reference: { tw: Converter; hk: Converter } };

/**
 * Converters whose groups are read from `image`, or compiled from opencc-js's dictionaries where
 * it is null. `reference` are opencc-js's own converters over the same chains, for the tests.
 */
export function convertersOf(image: ImageGroups | null): Converters {
  // opencc-js's own converters build their tries on creation: only when first asked for
  let reference: { tw: Converter; hk: Converter } | undefined;
  const referenceConverters = () => {
    const { from, to } = opencc().Locale;
    return (reference ??= { tw: opencc().ConverterFactory(from.tw, to.cn), hk: opencc().ConverterFactory(from.hk, to.cn) });
  };
  const makers = new Map<string, () => CompiledGroup>();
  let chains: Chains;
  if (image) {
    chains = image.chains;
    for (const [name, found] of image.groups) makers.set(name, once(() => groupFrom(found)));
  } else {
    const { groups, chains: compiledChains } = groupsOf(opencc());
    chains = compiledChains;
    for (const [name, group] of groups) makers.set(name, once(() => compile(group)));
  }
  return {
    tw: converter(chains.tw.map((name) => makers.get(name)!), (s) => referenceConverters().tw(s)),
    hk: converter(chains.hk.map((name) => makers.get(name)!), (s) => referenceConverters().hk(s)),
    get reference() {
      return referenceConverters();
    },
  };
}

let loaded: Converters | undefined;

/**
 * Taiwan and Hong Kong forms → simplified: OpenCC's tw2s and hk2s dictionary
 * chains (without the compatibility-form and segmentation passes of its preset
 * converters: normalize() folds compatibility forms itself), their groups read
 * from the build's image, or compiled from opencc-js's dictionaries where there is
 * none.
 */
export function converters(): Converters {
  return (loaded ??= convertersOf(fromImage()));
}
