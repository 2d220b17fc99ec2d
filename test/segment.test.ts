// tagWords does not call into jieba: it reads jieba's dictionary itself, cutting
// and tagging as jieba does (src/text/jieba-dict.ts), from an image of that table
// the build writes. That is a speed-up only if every answer stays jieba's own:
// here both ways tag the phrases the rules tag (pieces of every corpus sentence
// and fixture, normalized as the rules see them) and random strings of the
// characters that decide jieba's blocks and tags (ASCII letters, digits and
// symbols, punctuation, white space and CRLF, full-width forms, the edges of the
// CJK ranges, astral), and the image must give the table it was made from.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { modules } from '../src/rules/corpora.js';
import { makeDoc } from '../src/text/document.js';
import { createRequire } from 'node:module';
import { JiebaDictionary } from '../src/text/jieba-dict.js';
import { TABLE_IMAGE, tagWays, tagWords, wordTag } from '../src/text/segment.js';

const seeds = fs.readdirSync('fixtures/articles').sort().map((f) => fs.readFileSync(path.join('fixtures/articles', f), 'utf8'));
const sentences = modules.flatMap(({ corpus }) => corpus.cases.map((c) => c.text));

/** Pieces of the normalized text of the lengths the rules tag (a word to a clause), at every third character. */
function pieces(text: string): string[] {
  const norm = makeDoc(text).text;
  const out: string[] = [];
  for (let at = 0; at < norm.length; at += 3) for (const length of [2, 4, 7, 12, 20]) out.push(norm.slice(at, at + length));
  return out;
}

describe("tags read from the dictionary are jieba's own", () => {
  test('on pieces of every corpus sentence and fixture article', () => {
    const all = [...sentences, ...seeds].flatMap(pieces);
    expect(all.length).toBeGreaterThan(10000);
    const differ = all.filter((p) => JSON.stringify(tagWays.table(p)) !== JSON.stringify(tagWays.native(p)));
    expect(differ).toEqual([]);
  });

  test('on random strings of letters, digits, punctuation and Han', () => {
    const chars = [...'党员企业园区非公组织的了在和经开区高新北京清华大学人民大会堂一个TCLab3.5-_12０１ａＡ 　，。、“”()（）%+#&·\r\n\t𠀀😀㐀䶿鿿豈﫿ꀀ丨'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(tagWays.table(text)).toEqual(tagWays.native(text));
      }),
      { numRuns: 3000, seed: 20261204 },
    );
  });

  test('a word looked up in the table has the tag jieba gives it read alone, and none where jieba cuts it', () => {
    // (every quoted term of the corpus sentences, and idioms and nouns the program rules ask about)
    const quoted = sentences.flatMap((s) => [...s.matchAll(/“([^”]{1,12})”/g)].map((m) => m[1]));
    const words = [...new Set([...quoted, '一扫而空', '一呼百应', '一马当先', '问题', '家庭', '网格', '双强', '三会一课', '先锋'])];
    expect(words.length).toBeGreaterThan(100);
    tagWays.table('党员'); // (the table is loaded from here on)
    const differ = words.filter((w) => {
      const native = tagWays.native(w);
      return wordTag(w) !== (native.length === 1 ? native[0].tag : undefined);
    });
    expect(differ).toEqual([]);
    expect(wordTag('一扫而空')).toBe('i');
    expect(wordTag('问题')).toBe('n');
    expect(wordTag('双强')).toBeUndefined();
  });

  test('a word of the dictionary has its tag; one it lacks is tagged by its ASCII letters and digits', () => {
    // (jieba: m when every letter or digit is a digit, eng when any is a letter, x when there are none)
    expect(tagWays.table('2023')).toEqual([{ word: '2023', tag: 'm' }]);
    expect(tagWays.table('TCL')).toEqual([{ word: 'TCL', tag: 'eng' }]);
    expect(tagWays.table('“')).toEqual([{ word: '“', tag: 'x' }]);
    expect(tagWays.table('党员')).toEqual([{ word: '党员', tag: 'n' }]);
  });

  test('tagWords gives jieba’s words, tags and offsets, remembered for one document only', () => {
    const phrase = '打造了党建联盟';
    const first = tagWords(phrase);
    expect(first.map((w) => [w.word, w.tag, w.start])).toEqual(tagWays.native(phrase).reduce<Array<[string, string, number]>>((acc, w) => {
      const start = acc.length ? acc[acc.length - 1][2] + acc[acc.length - 1][0].length : 0;
      acc.push([w.word, w.tag, start]);
      return acc;
    }, []));
    expect(tagWords(phrase)).toBe(first);
    // (a fresh document: the phrase is tagged again)
    makeDoc('新文档');
    const again = tagWords(phrase);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  test('the image the build wrote is the table of the dictionary’s text, and an image of anything else is none', () => {
    const words = fs.readFileSync('data/jieba-words.txt');
    const image = fs.readFileSync(TABLE_IMAGE);
    const fromText = JiebaDictionary.fromWords(words);
    // (byte for byte: the build is deterministic, and the image holds every array of the table)
    expect(Buffer.from(fromText.toImage(words.length)).equals(image)).toBe(true);
    const fromImage = JiebaDictionary.fromImage(image, words.length)!;
    const phrases = sentences.slice(0, 300).flatMap(pieces);
    expect(phrases.filter((p) => JSON.stringify(fromImage.tagged(p)) !== JSON.stringify(fromText.tagged(p)))).toEqual([]);
    // made from a dictionary of another length, of an older format, cut short, or no image at all
    expect(JiebaDictionary.fromImage(image, words.length + 1)).toBeNull();
    const otherFormat = Buffer.from(image);
    otherFormat[0] ^= 1;
    expect(JiebaDictionary.fromImage(otherFormat, words.length)).toBeNull();
    expect(JiebaDictionary.fromImage(image.subarray(0, image.length - 8), words.length)).toBeNull();
    expect(JiebaDictionary.fromImage(words, words.length)).toBeNull();
    expect(JiebaDictionary.fromImage(new Uint8Array(3), words.length)).toBeNull();
  });

  test('an image read from an unaligned buffer gives the same table', () => {
    const bytes = Buffer.from(['党员 100 n', '企业 100 n', '走访 80 v', '访企 900 vn'].join('\n'));
    const image = JiebaDictionary.fromWords(bytes).toImage(bytes.length);
    const unaligned = new Uint8Array(image.length + 3).subarray(3);
    unaligned.set(image);
    expect(JiebaDictionary.fromImage(unaligned, bytes.length)!.tagged('党员走访企业')).toEqual(JiebaDictionary.fromWords(bytes).tagged('党员走访企业'));
  });

  test('the table reads a dictionary as jieba does: the first tag of a word listed twice, its last frequency, any script', () => {
    // (走访企业 is cut by frequency: a word listed again with a higher one changes the cut)
    const lines = ['党员 100 n', '党员 100 v', 'TCL 50 nz', '企业 100 n', '走访 80 v', '走访企 5 x', '访企 3 x', '访 1 v', '企 1 n', '访企 900 vn', '业 2 n', '走 9 v'];
    const bytes = Buffer.from(lines.join('\n') + '\n');
    const table = JiebaDictionary.fromWords(bytes);
    const { Jieba } = createRequire(import.meta.url)('@node-rs/jieba') as { Jieba: { withDict(d: Uint8Array): { tag(s: string): Array<{ word: string; tag: string }> } } };
    const jieba = Jieba.withDict(bytes);
    for (const text of ['党员', 'TCL', '走访企业', '党员走访企业TCL3号', '访企', '党', 'ab12党员']) {
      expect(table.tagged(text)!.map(({ word, tag }) => ({ word, tag })), text).toEqual(jieba.tag(text).map(({ word, tag }) => ({ word, tag })));
    }
    expect(table.tagOf('党员')).toBe('n');
    expect(table.tagOf('访企')).toBe('x');
    expect(table.tagOf('走访企业')).toBeUndefined();
    // text outside the BMP is left to jieba
    expect(table.tagged('党员𠀀')).toBeNull();
  });
});
