#!/usr/bin/env node
// Builds data/script-chars.json: the characters OpenCC changes when converting
// traditional → simplified (`traditional`) and simplified → traditional
// (`simplified`). Normalization uses the first set to skip OpenCC entirely on
// text that has nothing to convert (most inputs), and script detection counts both.
import fs from 'node:fs';
import * as OpenCC from 'opencc-js';

const t2s = [OpenCC.Converter({ from: 'hk', to: 'cn' }), OpenCC.Converter({ from: 'tw', to: 'cn' })];
const s2t = OpenCC.Converter({ from: 'cn', to: 't' });
const traditional = [];
const simplified = [];
const ranges = [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff]];
for (const [lo, hi] of ranges) {
  for (let cp = lo; cp <= hi; cp++) {
    const ch = String.fromCodePoint(cp);
    if (t2s.some((conv) => conv(ch) !== ch)) traditional.push(ch);
    if (s2t(ch) !== ch) simplified.push(ch);
  }
}
fs.writeFileSync(
  new URL('../data/script-chars.json', import.meta.url),
  JSON.stringify({ traditional: traditional.join(''), simplified: simplified.join('') }) + '\n',
);
console.log(`data/script-chars.json: ${traditional.length} traditional, ${simplified.length} simplified`);
