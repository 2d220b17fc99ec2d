// WordSet (src/text/wordset.ts) stands in for regex alternations of word lists:
// it must find exactly what the alternation, longest word first, finds.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ACTION_VERBS, ADVERBS, NOUN_ENDINGS, NOUNS_WITH_VERBS, PREPOSITIONS } from '../src/lexicon/words.js';
import { ORG_LEFT_STOPS } from '../src/lexicon/organizations.js';
import { alternation, spansOf } from '../src/text/patterns.js';
import { WordSet } from '../src/text/wordset.js';

const seeds = fs.readdirSync('fixtures/articles').sort().map((f) => fs.readFileSync(path.join('fixtures/articles', f), 'utf8'));
const lists: Record<string, readonly string[]> = { ACTION_VERBS, ADVERBS, NOUN_ENDINGS, NOUNS_WITH_VERBS, PREPOSITIONS, ORG_LEFT_STOPS: [...ORG_LEFT_STOPS] };

/** The regex a WordSet replaces: the words' alternation, longest first, sticky at a position. */
function regexLengthAt(re: RegExp, s: string, at: number): number {
  re.lastIndex = at;
  return re.exec(s)?.[0].length ?? 0;
}

describe('WordSet', () => {
  test('the longest word at a position, 0 where none starts', () => {
    const set = new WordSet(['建', '建立', '建立健全', '组建']);
    expect(set.lengthAt('单独建立党总支', 2)).toBe(2);
    expect(set.lengthAt('建立健全制度', 0)).toBe(4);
    // a prefix of a longer word that is no word itself gives the longest whole word before it
    expect(set.lengthAt('建立健康', 0)).toBe(2);
    expect(set.lengthAt('建设', 0)).toBe(1);
    expect(set.lengthAt('单独建立', 0)).toBe(0);
    expect(set.lengthAt('组', 0)).toBe(0);
    expect(set.lengthAt('组建', 5)).toBe(0);
  });

  test('finds words leftmost first, then longest, as a global regex does', () => {
    const set = new WordSet(['党建', '建立', '党组织', '组织']);
    expect(set.spansIn('新建立党组织和组织部')).toEqual([
      [1, 3],
      [3, 6],
      [7, 9],
    ]);
    expect(set.find('没有', 0)).toBe(-1);
    expect(set.occursIn('共建立党组织')).toBe(true);
    expect(set.occursIn('')).toBe(false);
  });

  test.each(Object.keys(lists))('%s: the same spans as its regex alternation on every fixture article', (name) => {
    const words = lists[name];
    const set = new WordSet(words);
    const re = new RegExp(alternation(words), 'g');
    for (const text of seeds) expect(set.spansIn(text)).toEqual(spansOf(re, text));
  });

  test.each(Object.keys(lists))('%s: the same length at every position of text made of its words and their pieces', (name) => {
    const words = lists[name];
    const set = new WordSet(words);
    const re = new RegExp(alternation(words), 'y');
    const pieces = words.flatMap((w) => [w, w.slice(0, -1), w.slice(1)]).filter(Boolean);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...'的一，。12a')), { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        for (let at = 0; at <= s.length; at++) expect(set.lengthAt(s, at)).toBe(regexLengthAt(re, s, at));
      }),
      { numRuns: 200 },
    );
  });
});
