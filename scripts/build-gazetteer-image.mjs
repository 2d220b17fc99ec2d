#!/usr/bin/env node
// data/gazetteer.bin: the tables src/rules/places/gazetteer.ts makes from
// data/gazetteer.json (a trie of names and short forms, the units they name), as
// one block of bytes, so that a start reads them in a millisecond instead of
// building them in V8's interpreter. Run by `npm run build`, after tsc (it uses
// the compiled code); git-ignored.
import fs from 'node:fs';
import { buildGazetteerTables, gazetteerImage, GAZETTEER_IMAGE, imageKey } from '../dist/rules/places/gazetteer.js';

const image = gazetteerImage(buildGazetteerTables(), imageKey(fs.statSync(new URL('../data/gazetteer.json', import.meta.url)).size));
// (written aside and renamed: a run starting meanwhile reads the old image or the new, never half of one)
const partial = new URL(`${GAZETTEER_IMAGE.href}.${process.pid}`);
fs.writeFileSync(partial, image);
fs.renameSync(partial, GAZETTEER_IMAGE);
