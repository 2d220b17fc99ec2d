// OpenCC's conversion to simplified, with OpenCC's own dictionaries as opencc-js
// ships them, applied the way opencc-js applies them (each dictionary group in
// turn, longest match first, earlier dictionaries of a group winning), but
// looked up in typed arrays instead of a Map per character. Converting was the
// largest single cost of extracting a traditional article (a seventh of it);
// this reads the same dictionaries and gives the same output three to four
// times faster. test/opencc.test.ts holds it to opencc-js's output.
import { createRequire } from 'node:module';
import { KeyTrie } from './chartrie.js';

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
  phraseValues: string[];
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
  return { single, special, isSpecial, phrases, phraseValues, acts };
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
      const value = g.phraseValues[phrase];
      const length = g.phrases.lastLength;
      if (k + value.length > out.length) out = buffer = grow(out, k + value.length);
      if (value.length !== length) changed = true;
      for (let q = 0; q < value.length; q++) {
        const unit = value.charCodeAt(q);
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
 * A converter through the given dictionary groups. Text holding ideographic
 * description characters (⿰…), which OpenCC reads as one unit with what they
 * describe, is left to opencc-js itself.
 */
function converter(groups: Group[], reference: (s: string) => string): Converter {
  let compiled: CompiledGroup[] | undefined;
  return (s: string) => {
    if (/[\u2ff0-\u2fff]/.test(s)) return reference(s);
    let out = s;
    for (const g of (compiled ??= groups.map(compiledGroup))) out = convertGroup(g, out);
    return out;
  };
}

/**
 * Groups compiled so far. Both chains end in the same group into simplified (to.cn),
 * compiled once; and a chain is compiled on its first conversion, so a Taiwan
 * article never compiles the Hong Kong group. Each group is 256 KB of tables, most
 * of the first conversion's time in a cold start.
 */
const compiledGroups = new WeakMap<Group, CompiledGroup>();
function compiledGroup(group: Group): CompiledGroup {
  let compiled = compiledGroups.get(group);
  if (!compiled) compiledGroups.set(group, (compiled = compile(group)));
  return compiled;
}

let loaded: { tw: Converter; hk: Converter; readonly reference: { tw: Converter; hk: Converter } } | undefined;

/**
 * Taiwan and Hong Kong forms → simplified: OpenCC's tw2s and hk2s dictionary
 * chains (without the compatibility-form and segmentation passes of its preset
 * converters: normalize() folds compatibility forms itself). `reference` are
 * opencc-js's own converters over the same chains, for the tests.
 */
export function converters(): NonNullable<typeof loaded> {
  if (loaded) return loaded;
  // opencc-js ships ESM and UMD builds; the UMD one loads synchronously. Its t2cn
  // build holds only the chains into simplified (a tenth of the full build's 1.2 MB,
  // which took 15-20 ms of a cold start to read and parse)
  const require = createRequire(import.meta.url);
  const OpenCC = require('opencc-js/t2cn') as OpenCCModule;
  const { from, to } = OpenCC.Locale;
  // opencc-js's own converters build their tries on creation: only when first asked for
  let reference: { tw: Converter; hk: Converter } | undefined;
  const referenceConverters = () => (reference ??= { tw: OpenCC.ConverterFactory(from.tw, to.cn), hk: OpenCC.ConverterFactory(from.hk, to.cn) });
  loaded = {
    tw: converter([...from.tw, ...to.cn], (s) => referenceConverters().tw(s)),
    hk: converter([...from.hk, ...to.cn], (s) => referenceConverters().hk(s)),
    get reference() {
      return referenceConverters();
    },
  };
  return loaded;
}
