#!/usr/bin/env node
// data/jieba-table.bin: the table src/text/jieba-dict.ts reads jieba's dictionary
// into, as one block of bytes, so that a start reads it in a few milliseconds
// instead of building it from data/jieba-words.txt (50-90 ms). Run by
// `npm run build`, after tsc (it uses the compiled table); git-ignored.
import fs from 'node:fs';
import { JiebaDictionary } from '../dist/text/jieba-dict.js';
import { TABLE_IMAGE } from '../dist/text/segment.js';

const words = fs.readFileSync(new URL('../data/jieba-words.txt', import.meta.url));
const image = JiebaDictionary.fromWords(words).toImage(words.length);
// (written aside and renamed: a run starting meanwhile reads the old image or the new, never half of one)
const partial = new URL(`${TABLE_IMAGE.href}.${process.pid}`);
fs.writeFileSync(partial, image);
fs.renameSync(partial, TABLE_IMAGE);
