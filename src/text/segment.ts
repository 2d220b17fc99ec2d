// Words and part-of-speech tags from jieba (@node-rs/jieba), for the few places
// where our own lexicons cannot tell where a noun phrase ends. Loaded on first
// use, from the trimmed dictionary in data/ (scripts/build-jieba-dict.mjs).
import fs from 'node:fs';
import { createRequire } from 'node:module';

export interface TaggedWord {
  word: string;
  /** jieba's tag: `n` noun, `v` verb, `vn` verbal noun, `p` preposition, `d` adverb, `m` numeral, … */
  tag: string;
  /** Offset of the word in the string that was tagged. */
  start: number;
}

type Jieba = { tag(text: string): Array<{ word: string; tag: string }> };
let jieba: Jieba | undefined;

function segmenter(): Jieba {
  if (!jieba) {
    const require = createRequire(import.meta.url);
    const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): Jieba } };
    jieba = Jieba.withDict(fs.readFileSync(new URL('../../data/jieba-words.txt', import.meta.url)));
  }
  return jieba;
}

/** Tagged words of `text`, with their offsets. Digits stay with the words jieba gives them; callers tag only phrases without numerals. */
export function tagWords(text: string): TaggedWord[] {
  const out: TaggedWord[] = [];
  let at = 0;
  for (const { word, tag } of segmenter().tag(text)) {
    out.push({ word, tag, start: at });
    at += word.length;
  }
  return out;
}
