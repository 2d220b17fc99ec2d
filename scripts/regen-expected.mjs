#!/usr/bin/env node
// Regenerates fixtures/expected/*.json: the record of each fixture article as
// the extractor gives it now. Review the diff by eye before committing: the
// fixture test holds the extractor to these files.
import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../dist/index.js';

const root = new URL('../fixtures/', import.meta.url);
for (const name of fs.readdirSync(new URL('articles/', root)).sort()) {
  const file = `fixtures/articles/${name}`;
  const record = extract(fs.readFileSync(new URL(`articles/${name}`, root)), { id: file, explain: true });
  const out = new URL(`expected/${path.basename(name, path.extname(name))}.json`, root);
  fs.writeFileSync(out, JSON.stringify(record, null, 2) + '\n');
  console.log(`fixtures/expected/${path.basename(out.pathname)}`);
}
