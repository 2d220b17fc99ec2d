// The name written before an organization's ending (`马尾区委组织部` before 组织部 → 马尾区委):
// read leftwards up to a stop (a verb, a conjunction, a list mark, a time), keeping a place,
// a settlement or a zone that opens it, and what a company's name is made of.
import { INDUSTRY_WORDS, OFFICIAL_FIELDS_JOINED, ONE_CHARACTER_CONJUNCTS, ORG_LEFT_STOPS } from '../../lexicon/organizations.js';
import { PROGRAM_WORDS } from '../../lexicon/programs.js';
import { ADVERBS } from '../../lexicon/words.js';
import { verbsIn } from '../counts/clause.js';
import { BODY_END, conjoinedCountyWord, fullNameAt, gazetteer, longestAt, nameAcross } from '../places/gazetteer.js';
import { ZONE_NAME_AT_START } from '../places/rules.js';
import { alternation, lastMatch, spansOf, startsAt } from '../../text/patterns.js';
import { tagWords, trimToName } from '../../text/segment.js';
import { WordSet } from '../../text/wordset.js';

export const stops = [...ORG_LEFT_STOPS].sort((a, b) => b.length - a.length);
const STOP_WORDS = new WordSet(stops);
/** `大局`, `政局` (not `财政局`), `开新局`, `开好局`: jieba's words say the 局 after `prefix` is no bureau. */
export function notABureau(prefix: string): boolean {
  const last = tagWords(prefix + '局').at(-1)!.word;
  return /^[^分]局$/.test(last) || (last === '局' && /[新开破变好]$/.test(prefix));
}

/** Whether the character at `at` of `name` is the 和 of an official name (人力资源和社会保障局). */
function insideOfficialName(name: string, at: number): boolean {
  return spansOf(OFFICIAL_FIELDS_JOINED, name).some(([a, b]) => a <= at && at < b);
}

/**
 * Whether the conjunction at `at` of a registered company's name (read before its legal ending)
 * is a character of it: what follows it before that ending is too short to be a name of its own
 * (浙江新和达股份有限公司; not 甲公司和乙丙有限公司).
 */
function insideCompanyName(name: string, at: number, legalEndingNext: boolean): boolean {
  const rest = name.slice(at + 1);
  // (the legal ending is the ending itself, after the name: `浙江新和达` before 股份有限公司; or
  // it stands inside the name read: `浙江新和达股份有限公司联合` before 党委)
  return (legalEndingNext && rest.length < 2 && !name.includes('有限')) || SHORT_BEFORE_LEGAL_ENDING.test(rest);
}

/**
 * Whether the one-character stop `s`, where it last stands in `name`, is a character of the name:
 * jieba reads it inside a word (和丰, 和县, 华为), it opens a place's full name (将乐县, which jieba
 * cuts after 将), or a conjunction joins the fields of an official
 * name (人力资源和社会保障局) or stands inside a registered company's (浙江新和达股份有限公司).
 */
function stopInsideName(name: string, s: string, legal: boolean): boolean {
  // (联合 joins one body to another, `区委社会工作部联合区市场监管局`, unless it ends the name, or
  // only a party body's word follows it: 园区联合党委, 村企联合党总支)
  // (nor inside a place's full name: 达尔罕茂明安联合旗; nor in a word of a body it opens: 工商业联合会党支部, 联合社, 联合体)
  if (s === '联合') {
    const at = name.lastIndexOf(s);
    if (/^(?:党?$|[会社体])/.test(name.slice(at + 2))) return true;
    for (let k = Math.max(0, at - 8); k <= at; k++) if (fullNameAt(name, k) >= at + 2 - k) return true;
    return false;
  }
  // (共有 read across 公共 and 有限: 凤城公共有限公司)
  if (s === '共有') return name[name.lastIndexOf(s) - 1] === '公';
  if (s.length !== 1) return false;
  const at = name.lastIndexOf(s);
  // (暨 opens 暨阳 and 暨南, places' old names that streets and a university keep: 暨阳街道, 暨南大学)
  if (s === '暨' && /[阳南]/.test(name[at + 1] ?? '')) return true;
  // (right after a body's word a preposition opens what that body does to another, whatever word jieba
  // reads across it: `三明分行为三明吉福化工有限公司授信`, 行为)
  if (BODY_WORD_END.test(name.slice(0, at)) && '为向对给与和在'.includes(s)) return false;
  // (和 after one character that is no body nor a level of one is a name's: 元和街道, 平和县; 党和政府,
  // 镇和村 join two; so does the last character of a body's word, all that the window read of it:
  // `恒达公司和天成科技公司` gave 司和天成科技公司)
  if (s === '和' && at === 1 && !ONE_CHARACTER_CONJUNCTS.has(name[0]) && !LAST_OF_A_BODY.has(name[0])) return true;
  // (和县 after a place's name, `马鞍山市和县县政府`, is the county, as conjoinedCountyWord judges)
  if (insideAWord(name, at) || opensPlace(name, at)) return true;
  // (a conjunction's character one or two after a county named in full, in a registered name, is
  // its brand's: 沅陵县三和网络科技有限公司; right after the county it joins two, 凤城县和…)
  if (legal && CONJUNCTIONS.has(s) && countyEndsJustBefore(name, at)) return true;
  return CONJUNCTIONS.has(s) && (insideOfficialName(name, at) || ((legal || name.includes('有限')) && insideCompanyName(name, at, legal)));
}
/** A body's word closing what stands before a stop (分行, 支行, 银行, 公司, 集团). */
const BODY_WORD_END = /(?:分行|支行|银行|公司|集团)$/;
/** Whether a county named in full ends one or two characters before `at` in `name`. */
function countyEndsJustBefore(name: string, at: number): boolean {
  for (let k = Math.max(0, at - 14); k < at - 3; k++) {
    const full = fullNameAt(name, k);
    if (full >= 3 && at - (k + full) >= 1 && at - (k + full) <= 2 && longestAt(name, k)?.units.some((u) => u.unit.level === 'county')) return true;
  }
  return false;
}
/** Last characters of bodies' words (公司, 集团, 协会, 党委, 分局…), which no name of a body ends in before 和. */
const LAST_OF_A_BODY = new Set('司团会委局部厂社行店站所院办府厅');
/** Stops of one character (将, 和, 在…): one may open a place's name (将乐县, 和县). */
const ONE_CHARACTER_STOPS = new Set(stops.filter((s) => s.length === 1));
/** Whether the stop's character at `at` opens a place's name: a full one (将乐县), or 和县 where it is no conjunction. */
function opensPlace(name: string, at: number): boolean {
  return fullNameAt(name, at) > 0 || (name.startsWith('和县', at) && !conjoinedCountyWord(name, at, '和县'));
}

/** One character at most, then the legal ending (its 公司 may be the ending read apart). */
const SHORT_BEFORE_LEGAL_ENDING = /^[\u4e00-\u9fff]?(?:股份有限|有限责任|有限)/;

/** Stops that join two names (和, 与, 及); one of them may be a character of a name (和丰, 和县). */
const CONJUNCTIONS = new Set(['和', '与', '及']);

/** Zone types a place's name may run on into as one name (the types, as an alternation to build on). */
const ZONE_TYPES_AFTER_PLACE = '经济技术开发区|经济开发区|经开区|高新技术产业开发区|高新区|开发区|工业园|产业园|科技园';
const ZONE_TYPE_START = new RegExp(`^(?:${ZONE_TYPES_AFTER_PLACE})`);
const ZONE_TYPE_AT = new RegExp(`(?:${ZONE_TYPES_AFTER_PLACE})`, 'y');

/**
 * The length of the place name opening `name`, else 0: a unit's full name of three
 * characters or more (从化区; 和县 is two), or a short form a zone's type follows (浦口经济开发区).
 */
export function placeNameAtStart(name: string): number {
  const full = fullNameAt(name, 0);
  if (full > 0) return full;
  const hit = longestAt(name, 0);
  return hit !== null && ZONE_TYPE_START.test(name.slice(hit.length)) ? hit.length : 0;
}

/**
 * Towns, villages and communities named in full (`马营村`, `姚王镇`, `詹店镇马营村`, `软件园社区`) are
 * below the gazetteer's counties; a kind of village (薄弱村, 示范村, 行政村, 城市社区) names none.
 */
const SETTLEMENT_AT_START = /^(?:[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道))?([\u4e00-\u9fff]{2,4}?)(?:村|社区|镇|乡|街道)/;
/** The words before 村/社区 that make a kind of settlement, not a name: jieba reads most of them as adjectives or verbs. */
const KIND_OF_SETTLEMENT = /^(?:试点|行政|自然|重点|先进|贫困|城市|城乡|农村|基层|所在|辖区|中心|集体|传统|特色|美丽|文明|和谐|新型|涉农|驻地|周边|沿线|全国|全省|全市|全县|全区)$/;
/** A place pointed at, not named (该镇, 本村, 各开发区). */
const NAMED_BY_POINTING = /^[该本各全每其这那此某]/;
export function settlementAtStart(prefix: string): number {
  const m = SETTLEMENT_AT_START.exec(prefix);
  if (!m || NAMED_BY_POINTING.test(m[1]) || KIND_OF_SETTLEMENT.test(m[1])) return 0;
  const words = tagWords(m[1]);
  if (words.length === 1 && /^(?:a|ad|an|v|vn|d|m)$/.test(words[0].tag)) return 0;
  return m[0].length;
}

/**
 * A zone named in full opening `name` (`凤鸣经开区`, `滨江高新区`: a name and the zone's type), known to
 * the zone table or not: its length, or 0. Like a town's, its bodies are named from it.
 */
export function zoneNamedAtStart(name: string): number {
  const m = ZONE_NAME_AT_START.exec(name);
  if (!m || NAMED_BY_POINTING.test(m[0])) return 0;
  return m[0].length;
}

/** A zone the zone table knows opening `name` with its type (雄安新区, 两江新区): its length, or 0. jieba splits some (雄/n 安/v 新区). */
function knownZoneAtStart(name: string): number {
  // (after the place it lies in too: 河北雄安新区)
  const place = longestAt(name, 0)?.length ?? 0;
  const { zoneCores } = gazetteer();
  for (const from of place > 0 ? [0, place] : [0]) {
    for (let k = from + 2; k <= Math.min(from + 6, name.length - 2); k++) {
      if (!zoneCores.has(name.slice(from, k))) continue;
      const type = KNOWN_ZONE_TYPE_START.exec(name.slice(k));
      if (type) return k + type[0].length;
    }
  }
  return 0;
}
const KNOWN_ZONE_TYPE_START = new RegExp(`^(?:${ZONE_TYPES_AFTER_PLACE}|新区|保税区|自贸区)`);

/** Whether some place name (full or short) stands in `run`. */
export function namesAPlace(run: string): boolean {
  for (let i = 0; i < run.length - 1; i++) if (longestAt(run, i)) return true;
  return false;
}

function insideAWord(name: string, at: number): boolean {
  return tagWords(name).some((w) => w.start <= at && at < w.start + w.word.length && w.word.length > 1);
}

/** Adverbs of two characters or more (充分, 积极, 大力): one may stand before a verb the lexicon lacks. */
const LONG_ADVERBS = new WordSet(ADVERBS.filter((a) => a.length >= 2));

/** Characters that may be a preposition or conjunction standing right before a body's ending (以, 从, 据, 但). */
const LONE_FUNCTION_CHAR = /[以从自据经按给跟同往朝沿凭随于但而或]$/;
/** Bodies and zones that may be named inside what stands before another ending (园区党委联合…局, 无棣经济开发区紧扣无棣县委). */
const BODIES_INSIDE = '党委|党工委|工委|党支部|党总支|公司|集团|管委会|政府|局|组织部|统战部|宣传部|工会|商会|协会|开发区|经开区|高新区|园区';
const BODY_INSIDE = new RegExp(`(?:${BODIES_INSIDE})[\\u4e00-\\u9fff]`);
const BODY_WORD = new RegExp(`(?:${BODIES_INSIDE})$`);
/** A bank's branches, which jieba tags as verbs (支行/v, 分行/v): bodies, never a clause's verb. */
const BRANCH_WORDS = new Set(['支行', '分行']);

/** Where the first province or prefecture name in `name` starts (full or short: 甘肃, 南京市), else -1. */
function provinceOrCityIn(name: string): number {
  for (let i = 0; i < name.length - 1; i++) {
    const hit = longestAt(name, i);
    if (hit && hit.length >= 2 && hit.units.some((u) => u.unit.level !== 'county')) return i;
  }
  return -1;
}

/** Where the first county named in full in `name` starts (沅陵县, 萧山区), else -1. */
function countyInFullIn(name: string): number {
  for (let i = 0; i < name.length - 2; i++) {
    const hit = longestAt(name, i);
    if (hit && hit.length >= 3 && hit.units.some((u) => u.unit.level === 'county' && !u.short)) return i;
  }
  return -1;
}

/** Kinds of universities, hospitals and institutes, and those of a level or a place in general. */
export const KIND_OF_INSTITUTION = /^(?:[各该本这]|重点|一流|知名|高等|普通|公立|民营|私立|三甲|二甲|社区|乡镇|基层|各级|各类|相关|科研|国家级|省级|市级|县级|老年|定点|专科|综合|高职|职业|本地|当地|驻地|周边|属地|合作|共建|结对|农民|土地|种植|养殖|专业|劳务|股份|农业|经济|资金|村集体)*(?:大学|学院|党校|医院|研究院|研究所|科学院|合作社|事务所)$/;

/** A department of the province the article is about (省商务厅, 自治区民政厅), a field of two to ten characters before 厅 (人力资源和社会保障厅). */
export const PROVINCE_DEPARTMENT = /^(?:省|自治区)[\u4e00-\u9fff]{2,10}厅$/;
/** Whether a province is named at the start of `name` (安徽省教育厅, 江苏人社厅), followed by a field and 厅. */
export function opensWithAProvince(name: string): boolean {
  const hit = longestAt(name, 0);
  return hit !== null && hit.units.some((u) => u.unit.level === 'province') && /^[\u4e00-\u9fff]{2,10}厅$/.test(name.slice(hit.length));
}

/** One character and an industry word or a company's ending (元控股, 元集团): what a verb's cut would leave of a company's name. */
const LONE_BRAND = new RegExp(`^[\\u4e00-\\u9fff](?:${alternation(INDUSTRY_WORDS)}|集团|公司)$`);

/** How often, opening what stands before a body: a numeral and a classifier of events (一次, 两场, 3轮). */
const TIMES_HELD = /^.*?(?:\d+|[一二两三四五六七八九十]+)[次场轮]/;
/** A count of kinds opening what stands before a body (`9大`, `五大`): no part of a name. */
const COUNT_OF_KINDS = /^(?:\d+|[一二两三四五六七八九十]+)大/;

/** A body left unnamed on purpose: `某公司`, `某科技有限公司党支部` (华某公司 is a name, masked). */
export const LEFT_UNNAMED = /^某/;
/** … or named by a determiner before it: `某生物科技公司`, `这家新材料公司`, `该企业党支部`. */
const LEFT_UNNAMED_BEFORE = /(?:某|[该这那](?:家|个|所)?)$/;

/** Whether `name`, standing at `start` of `text`, is a body left unnamed on purpose (the determiner may have been cut off it). */
export function leftUnnamed(text: string, name: string, start: number): boolean {
  return LEFT_UNNAMED.test(name) || LEFT_UNNAMED_BEFORE.test(text.slice(Math.max(0, start - 2), start));
}

/** A program word (品牌, 机制, 工作法…) right at a position: a quoted name before it is a program's. */
export const PROGRAM_WORD_STARTS = new WordSet(PROGRAM_WORDS);

/** A character of a body's name: Han, or a bracket (`党组(党委)`). */
const isBodyNameUnit = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || c === 0x28 || c === 0x29;
/** … or of a company's, which may hold ASCII letters and digits too. */
const isCompanyNameUnit = (c: number) => isBodyNameUnit(c) || (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);

/**
 * The name before an ending: back to punctuation, a verb, a preposition or a numeral; never
 * starting inside a place's full name, whatever cut there (永和县委组织部, 内丘县工商联,
 * 五家渠市委: 和 is a conjunction, 内 a locative, 五家 a count, elsewhere).
 */
export function nameBefore(text: string, end: number, max: number, withDigits = false, legal = false): string {
  const name = cutName(text, end, max, withDigits, legal);
  if (name === '') return name;
  const start = end - name.length;
  for (let k = Math.max(0, start - 6, end - max); k < start; k++) {
    const place = longestAt(text, k);
    if (place === null) continue;
    const full = fullNameAt(text, k);
    // (nor inside a place's short form a zone's type follows, or inside that type: 将乐经济开发区党工委,
    // 南和高新区管委会, 阿瓦提高新区管委会, where 提高 read as a word)
    const inside = (full > start - k && k + full <= end) || (k + place.length < end && startsAt(ZONE_TYPE_AT, text, k + place.length) && ZONE_TYPE_AT.lastIndex > start);
    if (inside && !nameAcross(text, k)) return text.slice(k, end);
  }
  return name;
}

/** Whether the ending at `end` opens with a verb of two characters (促进会, 研究会), as jieba reads it. */
function endingOpensWithVerb(text: string, end: number): boolean {
  const first = tagWords(text.slice(end, end + 2))[0];
  return first !== undefined && first.word.length === 2 && first.tag === 'v';
}

/** 经 before a level or a superior: `经县委…`, `经上级党委`, `经中共…`, `经中央组织部…`. */
const APPROVED_BY_AT = /^经(?:[省市县区州旗盟乡镇]|上级|中共|中央|国务院)/;

/** Up to a bracket holding a reporter's credit (`电(记者林晖)`, `(通讯员 李华)`), where a dispatch's head ends. */
const CREDIT_IN_BRACKETS_BEFORE = /^.*\((?:[^()]*?(?:记者|通讯员|实习生|摄影|供稿|撰稿|编辑))[^()]*\)/;

function cutName(text: string, end: number, max: number, withDigits: boolean, legal: boolean): string {
  let start = end;
  // company names may hold digits and letters (361度公司, TCL集团); other bodies do not
  // (tested by code: a pattern test per character was a visible share of this rule)
  const isNameChar = withDigits ? isCompanyNameUnit : isBodyNameUnit;
  while (start > 0 && end - start < max && isNameChar(text.charCodeAt(start - 1))) start -= 1;
  // (where the window's width cut a stop's word, its second character opens no name: `村里帮助豪源
  // 减速机公司` read 助豪源减速机公司)
  if (start > 0 && end - start === max && isNameChar(text.charCodeAt(start - 1)) && STOP_WORDS.lengthAt(text, start - 1) === 2) start += 1;
  let name = text.slice(start, end);
  // `县委和县政府`, `县妇联和县工商联`: 和 joins another body to a county's own, whatever jieba reads
  // in the name before the ending (和县, a county); the body is the county's
  const conjoined = name.lastIndexOf('和县');
  if (conjoined >= 0 && conjoinedCountyWord(text, start + conjoined, '和县')) name = name.slice(conjoined + 1);
  // (one look says whether any stop is there before the list is searched in order)
  while (STOP_WORDS.occursIn(name)) {
    const stop = stops.find((s) => name.includes(s) && !stopInsideName(name, s, legal));
    if (!stop) break;
    name = name.slice(name.lastIndexOf(stop) + stop.length);
  }
  // `讯(记者王明)县委组织部`: a credit in brackets (a dispatch's reporters) ends what stands before a
  // body; brackets inside a name hold another name of it (`党组(党委)`, `市(州)`)
  // (and a closing bracket whose opening one the name's reading did not reach: `(通讯员 李华)市委统战部`)
  if (name.includes(')')) name = name.replace(CREDIT_IN_BRACKETS_BEFORE, '').replace(/^[^(]*\)/, '');
  // `县委和县经济开发区党工委`: a stop's character opening a place's name right after a body's
  // starts the name there (after a place's name the place runs on: 马鞍山市和县县政府)
  for (let at = name.length - 2; at > 0; at--) {
    if (BODY_END.has(name[at - 1]) && ONE_CHARACTER_STOPS.has(name[at]) && opensPlace(name, at)) {
      name = name.slice(at);
      break;
    }
  }
  // `甘肃幸福安捷人力资源服务有限公司`: a registered name holds its province or city and may
  // hold verbs after it (服务, 投资, 发展); before the place a brand may stand (台玻安徽玻璃,
  // 中建钢构四川), or the clause's verb or preposition (走访甘肃…), which ends what stands before the name
  if (legal) {
    const place = provinceOrCityIn(name);
    // (a county named in full opens it, with no brand before: `重点标注沅陵县三如网络科技有限公司`,
    // where jieba's cut left 网络科技, `对像沅陵县益新…有限公司`)
    const county = place < 0 ? countyInFullIn(name) : -1;
    if (county > 0) return name.slice(county);
    if (place >= 0) {
      let lead = name.slice(0, place);
      const verbs = verbsIn(lead);
      if (verbs.length) lead = lead.slice(verbs[verbs.length - 1].end);
      if (lead) {
        const words = tagWords(lead);
        // (a lone character jieba calls a verb is often one of a name it does not know: 中建钢构)
        const last = words.findLastIndex((w) => (w.tag === 'v' && w.word.length > 1) || 'pcu'.includes(w.tag[0]));
        if (last >= 0) lead = lead.slice(words[last].start + words[last].word.length);
      }
      return lead + name.slice(place);
    }
  }
  // `成立了党支部`: the verb's aspect particle is not the name's
  name = name.replace(/^[了着过]+/, '');
  // `设机关党委和…` opening a clause: the lone verb 设 (set up) is no part of the name (设计院 keeps
  // its 设, one word with 计); not a stop, which would cut 建设局
  if (name.charCodeAt(0) === 0x8bbe /* 设 */ && name.length > 2 && tagWords(name)[0].word === '设') name = name.slice(1);
  // `2022年第二次党工委(会议)`: a session's ordinal ends what stands before a body
  name = name.replace(/^.*第[\d一二三四五六七八九十百]+[次届]/, '');
  // `二十届中央纪委四次全会`: so does a session's number without 第
  name = name.replace(/^.*[一二三四五六七八九十]届/, '');
  // `全县首个产业链党建联盟——…`, `首届环湖…联席会议`: a rank or an edition describes the body named
  // after it, and is no part of a name;
  // nor is a count of kinds (`9大产业链联合党委`, `五大产业党委`)
  name = name.replace(/^.*(?:首个|首家|首批|首届|唯一|第一个)/, '').replace(COUNT_OF_KINDS, '');
  // nor is how often a meeting is held (`召开一次党建联合会`, `两场联席会议`)
  name = name.replace(TIMES_HELD, '');
  // nor are levels counted (`省、市(州)、县(区)三级党委社会工作部`: the departments of three levels)
  name = name.replace(/^.*[二两三四五六七八九十]级(?=党|[省市县区]|$)/, '');
  // read with the ending's first character after it, so a verb that makes a noun with
  // it is none (产业发展局, 产业促进局, 综合协调局)
  let verbs = verbsIn(text.slice(end - name.length, end + 1)).filter((v) => v.end <= name.length);
  // (and one right before the ending, with two: `建设银行`, where 建设银 makes none; read only
  // then, for a second reading of every name was a tenth of all the work)
  if (verbs.at(-1)?.end === name.length && !verbsIn(text.slice(end - name.length, end + 2)).some((v) => v.end === name.length)) verbs = verbs.slice(0, -1);
  // (and one right before an ending that opens with a verb itself, as jieba reads it: in
  // `经济发展促进会` 发展 is what the association promotes, the name's; verbs of the clause before a
  // name are stops, cut above)
  else if (verbs.at(-1)?.end === name.length && endingOpensWithVerb(text, end)) verbs = verbs.slice(0, -1);
  // (and its aspect particle: `打造了党建联盟`)
  // (not where one character would be left before an industry word or the ending: `苏州新建元控股集团`,
  // `新建元集团` are names, 元控股 and 元 no brands of their own)
  // (a company's name ends in what it does: `西中岛发展集团`, `城建投资公司`; that verb, with a
  // name before it, is the name's, and the verb before it, if any, ends what stands before)
  let verb = verbs.at(-1);
  // (so inside a company's body's name: `市城建投资公司党委`)
  // (read on into the ending: the name read may stop before 有限公司)
  const beforeCompanyEnding = verb !== undefined && ((withDigits && verb.end === name.length) || COMPANY_KIND_AT_START.test(text.slice(end - name.length + verb.end, end + 2)));
  // (several in a row are one business: `交通投资建设集团`)
  if (verb && beforeCompanyEnding && BUSINESS_VERBS.has(verb.text)) {
    let first = verbs.length - 1;
    while (first > 0 && BUSINESS_VERBS.has(verbs[first - 1].text) && verbs[first - 1].end === verbs[first].start) first -= 1;
    if (verbs[first].start - (verbs[first - 1]?.end ?? 0) >= 2) verb = verbs[first - 1];
  }
  // (a count of kinds after the verb is none either: `举行八大产业链联合党委揭牌仪式`)
  if (verb && !LONE_BRAND.test(name.slice(verb.end))) name = name.slice(verb.end).replace(/^[了着过]+/, '').replace(COUNT_OF_KINDS, '');
  // `党组(党委)`: a bracket left open is an aside the name starts after; one that opens what
  // stands before the name, or closes with none opened, is a byline (`(陈衍葵)江西赣州…工委`)
  if (name.lastIndexOf('(') > name.lastIndexOf(')')) name = name.slice(name.lastIndexOf('(') + 1);
  else if (name.startsWith('(') || (name.includes(')') && !name.includes('('))) name = name.slice(name.indexOf(')') + 1);
  // `3家公司`: a number and its classifier are a count, not a name
  // (an approximation between: `300余家商会`, `近百家企业`, `十余个党支部`)
  name = name.replace(/^[A-Za-z0-9]*\d+[余多来]?[家个名位所处座条支项批类种组]/, '');
  // (in Chinese numerals too, vague ones among them: `一两个党支部`, `三家公司`, `几个党组织`)
  name = name.replace(/^[近约]?[零〇一二两三四五六七八九十百千万几数多]+[余来]?[家个名位所处座条支项批类种组]/, '');
  // `18家县委…`, `召开1次党委会议`: a classifier after a numeral is not part of the name
  // (a template's placeholder counts too: `已建立 X 个企业党支部`)
  if (/[\d零〇一二两三四五六七八九十百千Xx\s]/.test(text[end - name.length - 1] ?? '') && /^(?:[余多来]?[家个名位所处座条支项批类种组次场期届轮]|大(?!队))/.test(name)) name = name.slice(/^[余多来]/.test(name) ? 2 : 1);
  // `2014年4月和丰…党委`: nor is what ends a date (a template's placeholder for its figures too: `×年×月经上级党委…`)
  if (/[\d×Xx]/.test(text[end - name.length - 1] ?? '') && /^[年月日号]/.test(name)) name = name.slice(1);
  // (or a date in Chinese numerals, its year read digit by digit: `二〇二三年五月日照…党工委`; a
  // month alone may open a name, 十月稻田)
  name = name.replace(/^[〇零一二三四五六七八九]{2,4}年(?:[一二三四五六七八九十]{1,2}月)?(?:[一二三四五六七八九十]{1,3}[日号])?/, '');
  // `从市委组织部获悉`, `据县委统战部介绍`: a preposition before a bare level committee
  // (too short for jieba's cut below)
  name = name.replace(/^[从据自](?=[省市县区州旗盟]委$)/, '');
  // `经县委组织部批准`, `经上级党委同意`: 经 (by way of) before a level, a superior or a place's name
  // is the preposition of who approved (not 经开区, 经济, 经信局: no level or place follows)
  if (name.charCodeAt(0) === 0x7ecf /* 经 */ && (APPROVED_BY_AT.test(name) || fullNameAt(name, 1) > 0)) name = name.slice(1);
  // a unit's full name opening the name is never cut into (jieba reads the 从 of 从化区 as
  // 'from'); what follows it still is (`福州市锚定产业链党委`: the place goes with the verb)
  // (nor is a zone the zone table knows, after a place or not: 河北雄安新区)
  const place = placeNameAtStart(name) || knownZoneAtStart(name);
  // (a company's name ending in what it does before its kind, `恒达控股集团`, `城建投资公司`: jieba's
  // verb there cut the name to 集团; what stands before the verb is trimmed alone)
  const business = place === 0 ? lastMatch(BUSINESS_BEFORE_COMPANY, text.slice(end - name.length, end + 2)) : null;
  const trimmedBefore = business && business.index >= 2 ? trimToName(name.slice(0, business.index)) : '';
  if (trimmedBefore.length >= 2) name = trimmedBefore + name.slice(business!.index);
  else if (place === 0) name = trimToName(name);
  else {
    const rest = name.slice(place);
    // (a registered name, before 有限公司, keeps its brand after its county whatever jieba makes of it:
    // 沅陵县三如网络科技有限公司, 如意 and 三如 no words of a clause)
    const trimmed = knownZoneAtStart(rest) > 0 || legal ? rest : trimToName(rest);
    if (trimmed !== rest) name = trimmed;
  }
  // `…形成了街道`: an aspect particle right before the ending leaves no name
  if (/[了着过]$/.test(name)) return '';
  // `以园区党总支为主导`: a preposition opening a short name is not the name's (longer ones jieba trims)
  if (name.length <= 4 && /^[以由在对向为把将自]/.test(name) && tagWords(name)[0].tag === 'p') name = name.slice(1);
  // `联合各街道`, `该公司`: nor does a determiner (the body is any or the one named before)
  if (/[各该本每]$/.test(name)) return '';
  // `构建以党工委为核心`, `从党委班子选派`, `但公司未成立`: nor does a preposition or a
  // conjunction (too short for trimToName, which leaves two characters; jieba is asked only
  // after a character that may be one)
  if (LONE_FUNCTION_CHAR.test(name)) {
    const last = tagWords(name).at(-1)!;
    if ((last.tag === 'p' || last.tag === 'c') && last.word.length === 1) return '';
  }
  // `园区党委联合镜湖区司法局`: a verb right after a body named inside the name starts a new
  // clause with its object (jieba's compound of noun + verb, 装备制造, keeps the other verbs)
  // (not 联合 right before a party body's ending: `恒远集团联合党委` is the group's joint committee;
  // nor 驻, where a body's branch is stationed: `温州商会驻杭党支部`)
  if (BODY_INSIDE.test(name)) {
    const words = tagWords(name);
    for (let i = words.length - 1; i >= 1; i--) {
      const ofTheBody = (i === words.length - 1 && words[i].word === '联合' && text[end] === '党') || words[i].word === '驻';
      if (words[i].tag === 'v' && BODY_WORD.test(words[i - 1].word) && !ofTheBody && !BRANCH_WORDS.has(words[i].word)) {
        name = name.slice(words[i].start + words[i].word.length);
        break;
      }
    }
  }
  // `充分调动街道`: nor does an adverb and its verb (a noun and a verb stay one: 行政审批局);
  // jieba tells them apart, asked only where an adverb of our lexicon stands
  if (LONG_ADVERBS.occursIn(name)) {
    const words = tagWords(name);
    const last = words[words.length - 1];
    const beforeLast = words[words.length - 2];
    if (last && beforeLast && /^vn?$/.test(last.tag) && /^a?d$/.test(beforeLast.tag)) return '';
  }
  return name.replace(/^[()]+/, '');
}

/**
 * What names a company before 公司: six characters at most (more is the clause around it),
 * unless it opens with its province or city, as registered names do (安徽义利康电子商务公司), or
 * with 中国.
 */
export function companyName(text: string, end: number): string {
  const long = nameBefore(text, end, 12, true, true);
  // (or with 中国, as national firms do: 中国邮政青山分公司)
  if (long.length > 6 && (provinceOrCityIn(long) === 0 || long.startsWith('中国'))) return long;
  return nameBefore(text, end, 6, true);
}

/** Verbs a company's name may end in, before 集团 or 公司 (发展集团, 投资公司, 建设集团, 电气安装工程有限公司). */
const BUSINESS_VERBS = new Set(['发展', '投资', '建设', '开发', '服务', '管理', '运营', '生产', '销售', '控股', '安装', '施工', '制造', '加工', '设计', '装饰', '运输', '咨询', '检测', '租赁']);
/** A company's kind, or a field and the kind (工程有限公司), after one of them: the verb is the company's business. */
const COMPANY_KIND = `(?:工程|${alternation(INDUSTRY_WORDS)})?(?:集团|公司|有限|股份)`;
const COMPANY_KIND_AT_START = new RegExp(`^${COMPANY_KIND}`);
/** Them right before a company's kind, one or several (控股集团, 投资有限公司, 建设工程有限公司, 投资建设集团). */
const BUSINESS_BEFORE_COMPANY = new RegExp(`(?:${alternation([...BUSINESS_VERBS])})+(?=${COMPANY_KIND})`, 'g');
