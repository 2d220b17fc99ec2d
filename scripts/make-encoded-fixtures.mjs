#!/usr/bin/env node
// Writes fixtures/encodings/: seed articles saved in the encodings users' scrapers
// produce, so tests can prove they give the same records as the UTF-8 originals.
import fs from 'node:fs';
import iconv from 'iconv-lite';

const dir = new URL('../fixtures/', import.meta.url);
const variants = [
  ['003_77041d6444ac8022', 'gb18030'],
  ['001_a791d3ea9389d30b', 'gb18030'],
  ['000_d0037c98df390d46', 'big5'],
  ['004_0661cb654000a181', 'big5'],
  ['002_d3ed8d54ae43c6b9', 'utf-16le'],
];
for (const [name, enc] of variants) {
  const text = fs.readFileSync(new URL(`articles/${name}.txt`, dir), 'utf8');
  const bytes = iconv.encode(text, enc, { addBOM: enc.startsWith('utf-16') });
  if (iconv.decode(bytes, enc) !== text) throw new Error(`${name} cannot be saved losslessly as ${enc}`);
  fs.writeFileSync(new URL(`encodings/${name}.${enc}.txt`, dir), bytes);
  console.log(`fixtures/encodings/${name}.${enc}.txt`);
}
