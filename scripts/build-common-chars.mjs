#!/usr/bin/env node
// Builds data/common-chars.txt: the characters that make up ordinary Chinese
// text, simplified and traditional. The decoder uses it to tell a real GB18030
// or Big5 text from bytes that merely decode without error (random high bytes
// decode as rare characters). Source: the word frequencies of jieba's dictionary,
// each character weighted by the frequencies of the words it occurs in;
// traditional forms added with OpenCC.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import * as OpenCC from 'opencc-js';

const require = createRequire(import.meta.url);
const dictPath = require.resolve('@node-rs/jieba/dict.txt');
const weight = new Map();
for (const line of fs.readFileSync(dictPath, 'utf8').split('\n')) {
  const [word, freq] = line.split(' ');
  if (!word) continue;
  for (const ch of word) if (/\p{Script=Han}/u.test(ch)) weight.set(ch, (weight.get(ch) ?? 0) + Number(freq));
}
const TOP = 4500;
const simplified = [...weight].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([c]) => c);
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
const all = new Set(simplified);
for (const c of simplified) for (const t of [...toTraditional(c), ...toHongKong(c)]) all.add(t);
const out = [...all].sort().join('');
fs.writeFileSync(new URL('../data/common-chars.txt', import.meta.url), out + '\n');
console.log(`data/common-chars.txt: ${all.size} characters`);
