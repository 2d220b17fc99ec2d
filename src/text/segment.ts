// Words and part-of-speech tags from jieba (@node-rs/jieba), for the few places
// where our own lexicons cannot tell where a noun phrase ends: jieba's cut and
// tags read from its dictionary in JavaScript (src/text/jieba-dict.ts), from the
// image of the table the build writes (scripts/build-tag-table.mjs) or, where it
// has none, from the trimmed dictionary in data/ (scripts/build-jieba-dict.mjs).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { COMPANY_NAME, OFFICIAL_FIELDS_JOINED, ONE_CHARACTER_CONJUNCTS } from '../lexicon/organizations.js';
import { JiebaDictionary } from './jieba-dict.js';
import { spansOf } from './patterns.js';

export interface TaggedWord {
  word: string;
  /** jieba's tag: `n` noun, `v` verb, `vn` verbal noun, `p` preposition, `d` adverb, `m` numeral, … */
  tag: string;
  /** Offset of the word in the string that was tagged. */
  start: number;
}

type Jieba = { tag(text: string): Array<{ word: string; tag: string }> };
let jieba: Jieba | undefined;

const WORDS = new URL('../../data/jieba-words.txt', import.meta.url);
/** Written by `npm run build`; git-ignored. */
export const TABLE_IMAGE = new URL('../../data/jieba-table.bin', import.meta.url);

/** jieba itself, with our dictionary: for text outside the BMP, and for the tests. */
function segmenter(): Jieba {
  if (!jieba) {
    const require = createRequire(import.meta.url);
    const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): Jieba } };
    jieba = Jieba.withDict(fs.readFileSync(WORDS));
  }
  return jieba;
}

/**
 * The rules tag a dozen short phrases per article. A call into @node-rs/jieba
 * costs ~1 µs before any work: the phrase goes over as UTF-8 and every word
 * comes back as a new string, and `tag` builds an object per word (2.4 µs for
 * a phrase of seven characters); the table does the same cut in a fraction of
 * that. Built from the dictionary's text it takes 50-90 ms, and jieba itself
 * 25-55 ms to load, most of a one-article run past Node's own start; its image
 * is read in about ten (3.1 MB, the arrays views of it). The image is used only if
 * it is newer than the dictionary and was made from one of its length: a
 * dictionary rebuilt without `npm run build` is read from its text.
 */
let table: JiebaDictionary | undefined;

function loadTable(): JiebaDictionary {
  try {
    const words = fs.statSync(WORDS);
    const image = fs.readFileSync(TABLE_IMAGE);
    if (fs.statSync(TABLE_IMAGE).mtimeMs >= words.mtimeMs) {
      const fromImage = JiebaDictionary.fromImage(image, words.size);
      if (fromImage) return fromImage;
    }
  } catch {
    // (no image: read the text)
  }
  return JiebaDictionary.fromWords(fs.readFileSync(WORDS));
}

/** The table, loaded at the first phrase tagged. */
const theTable = () => (table ??= loadTable());

/** Load the table now rather than at the first phrase tagged (workers do, as they start). */
export function useTagTable(): void {
  theTable();
}

function nativeTagged(text: string): TaggedWord[] {
  const out: TaggedWord[] = [];
  let at = 0;
  for (const { word, tag } of segmenter().tag(text)) {
    out.push({ word, tag, start: at });
    at += word.length;
  }
  return out;
}

/** `text` cut into words with their tags and offsets, as jieba's `tag` gives them. */
function tagged(text: string): TaggedWord[] {
  return theTable().tagged(text) ?? nativeTagged(text);
}

/** jieba's own tags and the table's, for the test that holds them to the same answers. */
export const tagWays = {
  native: (text: string) => segmenter().tag(text).map(({ word, tag }) => ({ word, tag })),
  table: (text: string) => tagged(text).map(({ word, tag }) => ({ word, tag })),
};

/**
 * Tags of the phrases of the document being read: an article names the same
 * bodies and zones again and again, and a call into jieba costs microseconds.
 * Emptied for each document (see makeDoc), so memory never grows with a batch.
 */
let taggedPhrases = new Map<string, readonly TaggedWord[]>();

/** Which document is being read: other modules' memos of its phrases are dropped when it changes (see verbsIn). */
let generation = 0;
export const documentGeneration = () => generation;

/** Forget the tags of the last document (and, by the generation, what was remembered of its phrases elsewhere). */
export function forgetTags(): void {
  // (a new map, not the old one cleared: by then that one lives in the old generation, where
  // its tables, grown anew for every document, are collected only by a full collection)
  taggedPhrases = new Map();
  generation += 1;
}

/**
 * jieba's tag for `word` read as one word of its dictionary, or undefined when it is none: a
 * look-up in the table (a cut costs a hundred times as much).
 */
export function wordTag(word: string): string | undefined {
  return theTable().tagOf(word);
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
// (and professions named by their registration, which jieba reads as the verb 注册: 注册会计师协会)
const PROTECTED_WORDS = /经开区|高新区|开发区|自贸区|综保区|保税区|工业园区?|产业园区?|园区|新区|街道|社区|兼合式|注册(?:会计|税务|建筑|评估|造价)师/g;

/** Prepositions of one character that open names of firms as often as clauses (顺丰, 顺达, 依利, 凭祥). */
const NAME_CHARACTER_PREPOSITIONS = new Set(['顺', '依', '凭', '沿', '随']);

/** The last character of a body a stationed office is named after (…局驻, …纪委监委驻, …商会驻). */
const STATIONED_FROM = /[局委会部办厅院司]$/;

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
  // nor at the 和 of an official name (人力资源和社会保障局: jieba's conjunction)
  if (name.includes('和')) protectedSpans.push(...spansOf(OFFICIAL_FIELDS_JOINED, name));
  // nor inside a company's name before its legal ending (华通融资担保有限公司: 担保 is no verb there)
  if (name.includes('有限')) protectedSpans.push(...spansOf(COMPANY_NAME, name));
  const words = tagWords(name);
  // (the last word was a lone verb or preposition kept as a character of an unknown name)
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
            // (after a verbal noun too: 营销/vn 采购/v 部)
            !(w.tag === 'v' && w.word.length >= 2 && previousLength >= 2 && /^(?:[nj]|vn)/.test(previous)) &&
            // a lone pronoun or preposition right after a lone character that ends nothing is jieba
            // splitting an unknown name (久/a 吾/r in 江苏久吾高科技, 鼎/ng 顺/p in 鼎顺物业); after a
            // preposition or a verb it is one (在 我 区)
            !((w.tag === 'r' || w.tag === 'p') && w.word.length === 1 && previousLength === 1 && previous !== 'm' && !cutsBeforeName(previous)) &&
            // (so is one that is often a name's character opening the name before a lone character:
            // 顺/p 丰/a in 顺丰速运, 顺/p 达/v in 顺达物流)
            !(i === 0 && w.tag === 'p' && w.word.length === 1 && NAME_CHARACTER_PREPOSITIONS.has(w.word) && words[1]?.word.length === 1) &&
            // (so is 和 after the name's first character, where that is nothing a pair joins: 元和街道)
            !(w.word === '和' && i === 1 && previousLength === 1 && !ONE_CHARACTER_CONJUNCTS.has(words[0].word)) &&
            // nor is a lone verb before another lone noun or verb character (砻/v 坊/ng in
            // 砻坊科技文化园, 迈/v 盛/v in 迈盛智能科技), nor the lone character after it: jieba
            // splitting a name it does not know
            !(w.tag === 'v' && w.word.length === 1 && words[i + 1]?.word.length === 1 && /^(?:n|v|j|[nz]?g)/.test(words[i + 1].tag)) &&
            // nor after a lone character jieba guessed a surname (凤/nr 鸣/v in 凤鸣产业园), or a
            // place opening the name (华/ns 兴/v in 华兴铝业)
            !(w.tag === 'v' && w.word.length === 1 && previousLength === 1 && (previous === 'nr' || (previous === 'ns' && i === 1))) &&
            !(splitName && w.word.length === 1) &&
            // nor 驻 after a body: its office stationed somewhere is one body (市场监管局驻园区分局)
            !(w.word === '驻' && i > 0 && STATIONED_FROM.test(words[i - 1].word)) &&
            // nor a lone verb right before a zone's type, which is the zone's name (新/a 站/v 高新区)
            !(w.tag === 'v' && w.word.length === 1 && protectedSpans.some(([a]) => a === end));
    splitName = !cuts && (w.tag === 'v' || w.tag === 'p') && w.word.length === 1;
    if (cuts && end <= name.length - 2) cut = end;
    previous = w.tag;
    previousLength = w.word.length;
  }
  return name.slice(cut);
}
