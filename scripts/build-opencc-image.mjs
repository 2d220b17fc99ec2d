#!/usr/bin/env node
// data/opencc.bin: the tables src/text/opencc.ts compiles from opencc-js's
// dictionaries (per group: replacements by character, a trie of phrases, what
// replaces them), as one block of bytes, so that the first traditional text of a
// run reads them instead of compiling them in V8's interpreter (27-29 ms for the
// Taiwan chain). Run by `npm run build`, after tsc (it uses the compiled code);
// git-ignored.
import fs from 'node:fs';
import { openccImage, OPENCC_IMAGE } from '../dist/text/opencc.js';

const image = openccImage();
// (written aside and renamed: a run starting meanwhile reads the old image or the new, never half of one)
const partial = new URL(`${OPENCC_IMAGE.href}.${process.pid}`);
fs.writeFileSync(partial, image);
fs.renameSync(partial, OPENCC_IMAGE);
