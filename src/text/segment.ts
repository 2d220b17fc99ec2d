// Words and part-of-speech tags from jieba (@node-rs/jieba), for the few places
// where our own lexicons cannot tell where a noun phrase ends. Loaded on first
// use, from the trimmed dictionary in data/ (scripts/build-jieba-dict.mjs).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { COMPANY_NAME, OFFICIAL_FIELDS_JOINED } from '../lexicon/organizations.js';
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
let dictionaryBytes: Buffer | undefined;

/** data/jieba-words.txt, read once (and again only if jieba itself is loaded after the table). */
function dictionary(): Buffer {
  return (dictionaryBytes ??= fs.readFileSync(new URL('../../data/jieba-words.txt', import.meta.url)));
}

/** jieba itself, with our dictionary: for a short run, and for text outside the BMP. */
function segmenter(): Jieba {
  if (!jieba) {
    const require = createRequire(import.meta.url);
    const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): Jieba } };
    jieba = Jieba.withDict(dictionary());
  }
  return jieba;
}

/**
 * Past its first few hundred calls, tagWords reads jieba's dictionary itself
 * (src/text/jieba-dict.ts: jieba's cut and tags, in JavaScript) instead of
 * calling into the addon, which costs ~1 µs before any work: the phrase goes
 * over as UTF-8 and every word comes back as a new string, and `tag` builds an
 * object per word (2.4 µs for a phrase of seven characters; 1.3 µs for `cut`).
 * The binder and the organization rule tag a dozen phrases per article. The
 * table takes 20-60 ms to build (jieba loads in 30-50), so a short run (a single
 * article) keeps jieba's own tags; test/segment.test.ts holds both ways to the
 * same answers.
 */
let table: JiebaDictionary | undefined;
/** Calls answered by jieba itself before the table is built. */
const NATIVE_TAG_CALLS = 500;
let nativeTagCalls = 0;

/**
 * Tag with the table from now on (workers do from the start: each extracts
 * many articles). jieba's own dictionary is then let go: it holds 12 MB per
 * thread, the table 5 MB (text outside the BMP loads jieba again).
 */
export function useTagTable(): void {
  if (table) return;
  table = new JiebaDictionary(dictionary());
  jieba = undefined;
  dictionaryBytes = undefined;
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
  if (!table && ++nativeTagCalls > NATIVE_TAG_CALLS) useTagTable();
  return table?.tagged(text) ?? nativeTagged(text);
}

/** jieba's own tags and the table's, for the test that holds them to the same answers. */
export const tagWays = {
  native: (text: string) => segmenter().tag(text).map(({ word, tag }) => ({ word, tag })),
  table: (text: string) => {
    useTagTable();
    return (table!.tagged(text) ?? nativeTagged(text)).map(({ word, tag }) => ({ word, tag }));
  },
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
 * look-up in the table where it is loaded (a cut costs a hundred times as much), else jieba's
 * reading of the word alone.
 */
export function wordTag(word: string): string | undefined {
  if (table) return table.tagOf(word);
  const words = tagWords(word);
  return words.length === 1 ? words[0].tag : undefined;
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
const PROTECTED_WORDS = /经开区|高新区|开发区|自贸区|综保区|保税区|工业园区?|产业园区?|园区|新区|街道|社区|兼合式/g;

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
            !(w.tag === 'v' && w.word.length === 1 && words[i + 1]?.word.length === 1 && /^(?:n|v|j|[nz]?g)/.test(words[i + 1].tag)) &&
            !(splitName && w.word.length === 1) &&
            // nor 驻 after a body: its office stationed somewhere is one body (市场监管局驻园区分局)
            !(w.word === '驻' && i > 0 && STATIONED_FROM.test(words[i - 1].word));
    splitName = !cuts && w.tag === 'v' && w.word.length === 1;
    if (cuts && end <= name.length - 2) cut = end;
    previous = w.tag;
    previousLength = w.word.length;
  }
  return name.slice(cut);
}
