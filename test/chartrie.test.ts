// The trie behind the gazetteer and OpenCC's phrases: its filters (first-unit
// table, first-pair bits) may only skip positions where no key starts, so its
// answer must be the brute-force longest key at every position.
import { expect, test } from 'vitest';
import { CharTrie } from '../src/text/chartrie.js';

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
  const trie = new CharTrie<string>();
  for (const k of keys) trie.nodeFor(k).value = k;

  for (let t = 0; t < 200; t++) {
    const text = Array.from({ length: 30 }, pick).join('');
    for (let i = 0; i < text.length; i++) {
      let expected: string | null = null;
      for (const k of keys) if (text.startsWith(k, i) && (!expected || k.length > expected.length)) expected = k;
      const hit = trie.longestAt(text, i);
      expect(hit ? text.slice(i, i + hit.length) : null).toBe(expected);
      if (hit) expect(hit.value).toBe(expected);
    }
  }
});

test('max bounds the key length; a key is never found past the end of the text', () => {
  const trie = new CharTrie<number>();
  trie.nodeFor('马尾').value = 2;
  trie.nodeFor('马尾区').value = 3;
  expect(trie.longestAt('马尾区委', 0)).toEqual({ length: 3, value: 3 });
  expect(trie.longestAt('马尾区委', 0, 2)).toEqual({ length: 2, value: 2 });
  expect(trie.longestAt('马', 0)).toBeNull();
  expect(trie.longestAt('尾区', 0)).toBeNull();
});
