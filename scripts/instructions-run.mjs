// The work scripts/instructions.sh counts: articles of a JSONL corpus through
// extract() and JSON.stringify, as the CLI does with --jobs 1: `warm` articles,
// then `count` more (the script compares count 0 with count N).
import fs from 'node:fs';
import { extract } from '../dist/extract.js';

const [corpus, warm, count] = process.argv.slice(2);
const lines = fs.readFileSync(corpus, 'utf8').split('\n').filter(Boolean);
for (let i = 0; i < Number(warm) + Number(count); i++) {
  const { id, text } = JSON.parse(lines[i % lines.length]);
  JSON.stringify(extract(text, { id }));
}
