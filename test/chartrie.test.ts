// The trie behind the gazetteer and OpenCC's phrases: its filters (first-unit
// table, first-pair bits) may only skip positions where no key starts, and its
// hash table of children must find every child, so its answer must be the
// brute-force longest key at every position.
import { expect, test } from 'vitest';
import { KeyTrie } from '../src/text/chartrie.js';

function seeded(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
}

test('longestAt is the longest key at each position, brute force, on random keys and texts', () => {
  const random = seeded(11);
  // a small alphabet of Han characters, ASCII and units sharing low bits (the pair bits keep 10 bits of each)
  const alphabet = ['党', '建', '区', '委', '马', '尾', 'a', 'b', String.fromCharCode(0x4e00 + 0x400), String.fromCharCode(0x4e00 + 0x800), '\uD842', '\uDFB7'];
  const pick = () => alphabet[Math.floor(random() * alphabet.length)];
  const keys = new Set<string>();
  while (keys.size < 60) {
    const length = 2 + Math.floor(random() * 4);
    keys.add(Array.from({ length }, pick).join(''));
  }
  let units = 0;
  for (const k of keys) units += k.length;
  const trie = new KeyTrie(units);
  const byId: string[] = [];
  for (const k of keys) byId[trie.add(k)] = k;
  expect(trie.size).toBe(keys.size);

  for (let t = 0; t < 200; t++) {
    const text = Array.from({ length: 30 }, pick).join('');
    for (let i = 0; i < text.length; i++) {
      let expected: string | null = null;
      for (const k of keys) if (text.startsWith(k, i) && (!expected || k.length > expected.length)) expected = k;
      const id = trie.longestAt(text, i);
      expect(id < 0 ? null : text.slice(i, i + trie.lastLength)).toBe(expected);
      if (id >= 0) expect(byId[id]).toBe(expected);
    }
  }
});

test('a key added again keeps its id; many keys fill the hash table without losing one', () => {
  const keys = Array.from({ length: 5000 }, (_, n) => `党${String.fromCharCode(0x4e00 + (n % 97))}${n}`);
  const trie = new KeyTrie(keys.reduce((a, k) => a + k.length, 0) * 2);
  const ids = keys.map((k) => trie.add(k));
  expect(keys.map((k) => trie.add(k))).toEqual(ids);
  expect(new Set(ids).size).toBe(keys.length);
  for (let n = 0; n < keys.length; n += 97) {
    expect(trie.longestAt(`${keys[n]}。`, 0)).toBe(ids[n]);
    expect(trie.lastLength).toBe(keys[n].length);
  }
});

test('max bounds the key length; a key is never found past the end of the text; too many units is an error', () => {
  const trie = new KeyTrie(5);
  const two = trie.add('马尾');
  const three = trie.add('马尾区');
  expect(trie.longestAt('马尾区委', 0)).toBe(three);
  expect(trie.lastLength).toBe(3);
  expect(trie.longestAt('马尾区委', 0, 2)).toBe(two);
  expect(trie.lastLength).toBe(2);
  expect(trie.longestAt('马', 0)).toBe(-1);
  expect(trie.longestAt('尾区', 0)).toBe(-1);
  expect(trie.startsWith('马'.charCodeAt(0))).toBe(true);
  expect(trie.startsWith('尾'.charCodeAt(0))).toBe(false);
  expect(() => trie.add('党建工作')).toThrow(RangeError);
});
