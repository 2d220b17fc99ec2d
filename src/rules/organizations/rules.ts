// Organizations: party bodies, government bureaus, companies, party branches,
// associations and alliances, named as written, with their kind.
import { ASSOCIATION_ENDINGS, INDUSTRY_WORDS, NOT_COMPANY_PREFIXES, OFFICIAL_FIELDS_JOINED, ORG_ENDINGS, ORG_LEFT_STOPS } from '../../lexicon/organizations.js';
import { PROGRAM_WORDS } from '../../lexicon/programs.js';
import { ADVERBS } from '../../lexicon/words.js';
import type { OrganizationKind } from '../../schema.js';
import type { Found, Module, Rule } from '../types.js';
import { verbsIn } from '../counts/clause.js';
import { gazetteer, longestAt } from '../places/gazetteer.js';
import { ZONE_NAME } from '../places/rules.js';
import { alternation, hanRunBefore, spansOf, startsAt } from '../../text/patterns.js';
import { tagWords, trimToName } from '../../text/segment.js';

export interface OrgValue {
  name: string;
  kind: OrganizationKind;
}

const endings = [...ORG_ENDINGS].sort((a, b) => b[0].length - a[0].length);
/**
 * Endings whose first character is common (大学, 合作社, 学院) are found from their last one and
 * read back by a look-behind: a pattern starting with 大 or 合 is tried wherever those stand,
 * and cost 0.6% more instructions per article (measured).
 */
const LATE_ENDINGS = endings.map(([e]) => e).filter((e) => /^(?:大学|学院|党校|医院|研究院|研究所|科学院|事务所|合作社)$/.test(e));
const EARLY_ENDING = endings.map(([e]) => e).filter((e) => !LATE_ENDINGS.includes(e)).join('|');
const LATE_LAST_CHARS = [...new Set(LATE_ENDINGS.map((e) => e.at(-1)))].join('');
const ENDING = `${EARLY_ENDING}|[${LATE_LAST_CHARS}](?<=(?<late>${LATE_ENDINGS.join('|')}))`;
/**
 * The longest late ending that ends at `end`. Not the look-behind's group: in two-byte text
 * V8 (Node 20) does not try a look-behind's alternatives in their order (`院(?<=(科学院|学院|医院))`
 * on 中国科学院 gives 学院), so the group says that some ending is there, not which.
 */
function lateEndingBefore(text: string, end: number): string {
  return LATE_ENDINGS.find((e) => text.startsWith(e, end - e.length))!;
}
const kindOf = new Map(endings);
const stops = [...ORG_LEFT_STOPS].sort((a, b) => b.length - a.length);
const ANY_STOP = new RegExp(alternation(stops));
/** Generic heads that name no body on their own. */
const TOO_GENERIC = /^(?:各?(?:相关|有关|职能|牵头)?(?:部门|单位|局|党委|公司|集团|企业)|大企业大集团|上市公司|(?:行业|专业)协会|全街道|人民政府|办公室|管委会|商协会|乡镇商会|(?:园区|辖区)?(?:非公|非公企业|非公有制企业|民营企业|私营企业|外资企业|小微企业|规上企业|链主企业|链上企业|个体工商户|企业|公司|社区|楼宇|社会组织|非公经济组织)(?:党支部|党总支|党委)|(?:全国|全省|全市|全县|全区)?(?:城市|农村|城乡)街道|(?:功能型|联合|临时|流动)(?:党支部|党总支|党委)|(?:产业链|产业|行业)?党建联盟|(?:产业链|产业|联盟|产业联盟|产业链联合|楼宇)党委|行业协会商会|党组织|基层党组织|基层(?:党委|党支部|党总支)|(?:党|党总)?支部委员会|本公司|该公司|子公司|(?:股份)?有限(?:责任)?公司|分公司|总公司|母公司|各级党委|党组|党支部|支部|党总支|党工委|工委|行业党委|工会|公司工会|企业工会|银行|分行|支行|工作委员会|管理委员会|纪律检查委员会|(?:党委)?社会工作部)$/;

/** `大局`, `政局` (not `财政局`), `开新局`: jieba's words say the 局 after `prefix` is no bureau. */
function notABureau(prefix: string): boolean {
  const last = tagWords(prefix + '局').at(-1)!.word;
  return /^[^分]局$/.test(last) || (last === '局' && /[新开破变]$/.test(prefix));
}

/** Whether the character at `at` of `name` is the 和 of an official name (人力资源和社会保障局). */
function insideOfficialName(name: string, at: number): boolean {
  return spansOf(OFFICIAL_FIELDS_JOINED, name).some(([a, b]) => a <= at && at < b);
}

/** Stops that join two names (和, 与, 及); one of them may be a character of a name (和丰, 和县). */
const CONJUNCTIONS = new Set(['和', '与', '及']);

/** A zone's type right after a place's short form: 浦口 in 浦口经济开发区 is the place. */
/** Zone types a place's name may run on into as one name (the types, as an alternation to build on). */
const ZONE_TYPES_AFTER_PLACE = '经济技术开发区|经济开发区|经开区|高新技术产业开发区|高新区|开发区|工业园|产业园|科技园';
const ZONE_TYPE_START = new RegExp(`^(?:${ZONE_TYPES_AFTER_PLACE})`);

/**
 * The length of the place name opening `name`, else 0: a unit's full name of three
 * characters or more (从化区; 和县 is two), or a short form a zone's type follows (浦口经济开发区).
 */
function placeNameAtStart(name: string): number {
  const hit = longestAt(name, 0);
  if (hit === null) return 0;
  if (hit.length >= 3 && hit.units.some((u) => !u.short)) return hit.length;
  return ZONE_TYPE_START.test(name.slice(hit.length)) ? hit.length : 0;
}

/**
 * Towns, villages and communities named in full (`马营村`, `姚王镇`, `詹店镇马营村`, `软件园社区`) are
 * below the gazetteer's counties; a kind of village (薄弱村, 示范村, 行政村, 城市社区) names none.
 */
const SETTLEMENT_AT_START = /^(?:[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道))?([\u4e00-\u9fff]{2,4}?)(?:村|社区|镇|乡|街道)/;
/** The words before 村/社区 that make a kind of settlement, not a name: jieba reads most of them as adjectives or verbs. */
const KIND_OF_SETTLEMENT = /^(?:试点|行政|自然|重点|先进|贫困|城市|城乡|农村|基层|所在|辖区|中心|集体|传统|特色|美丽|文明|和谐|新型|涉农|驻地|周边|沿线|全国|全省|全市|全县|全区)$/;
function settlementAtStart(prefix: string): number {
  const m = SETTLEMENT_AT_START.exec(prefix);
  if (!m || /^[该本各全每其这那此某]/.test(m[1]) || KIND_OF_SETTLEMENT.test(m[1])) return 0;
  const words = tagWords(m[1]);
  if (words.length === 1 && /^(?:a|ad|an|v|vn|d|m)$/.test(words[0].tag)) return 0;
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
function namesAPlace(run: string): boolean {
  for (let i = 0; i < run.length - 1; i++) if (longestAt(run, i)) return true;
  return false;
}

function insideAWord(name: string, at: number): boolean {
  return tagWords(name).some((w) => w.start <= at && at < w.start + w.word.length && w.word.length > 1);
}

/** Adverbs of two characters or more (充分, 积极, 大力): one may stand before a verb the lexicon lacks. */
const LONG_ADVERB = new RegExp(alternation(ADVERBS.filter((a) => a.length >= 2)));

/** Characters that may be a preposition or conjunction standing right before a body's ending (以, 从, 据, 但). */
const LONE_FUNCTION_CHAR = /[以从自据经按给跟同往朝沿凭随于但而或]$/;
/** Bodies and zones that may be named inside what stands before another ending (园区党委联合…局, 无棣经济开发区紧扣无棣县委). */
const BODIES_INSIDE = '党委|党工委|工委|党支部|党总支|公司|集团|管委会|政府|局|组织部|统战部|宣传部|工会|商会|协会|开发区|经开区|高新区|园区';
const BODY_INSIDE = new RegExp(`(?:${BODIES_INSIDE})[\\u4e00-\\u9fff]`);
const BODY_WORD = new RegExp(`(?:${BODIES_INSIDE})$`);

/** Where the first province or prefecture name in `name` starts (full or short: 甘肃, 南京市), else -1. */
function provinceOrCityIn(name: string): number {
  for (let i = 0; i < name.length - 1; i++) {
    const hit = longestAt(name, i);
    if (hit && hit.length >= 2 && hit.units.some((u) => u.unit.level !== 'county')) return i;
  }
  return -1;
}

/** Kinds of universities, hospitals and institutes, and those of a level or a place in general. */
const KIND_OF_INSTITUTION = /^(?:[各该本这]|重点|一流|知名|高等|普通|公立|民营|私立|三甲|二甲|社区|乡镇|基层|各级|各类|相关|科研|国家级|省级|市级|县级|老年|定点|专科|综合|高职|职业|本地|当地|驻地|周边|属地|合作|共建|结对|农民|土地|种植|养殖|专业|劳务|股份|农业|经济|资金|村集体)*(?:大学|学院|党校|医院|研究院|研究所|科学院|合作社|事务所)$/;

/** A department of the province the article is about (省商务厅, 自治区民政厅), a field of two to ten characters before 厅 (人力资源和社会保障厅). */
const PROVINCE_DEPARTMENT = /^(?:省|自治区)[\u4e00-\u9fff]{2,10}厅$/;
/** Whether a province is named at the start of `name` (安徽省教育厅, 江苏人社厅), followed by a field and 厅. */
function opensWithAProvince(name: string): boolean {
  const hit = longestAt(name, 0);
  return hit !== null && hit.units.some((u) => u.unit.level === 'province') && /^[\u4e00-\u9fff]{2,10}厅$/.test(name.slice(hit.length));
}

/** One character and an industry word or a company's ending (元控股, 元集团): what a verb's cut would leave of a company's name. */
const LONE_BRAND = new RegExp(`^[\\u4e00-\\u9fff](?:${alternation(INDUSTRY_WORDS)}|集团|公司)$`);

/** A body left unnamed on purpose: `某公司`, `某科技有限公司党支部` (华某公司 is a name, masked). */
const LEFT_UNNAMED = /^某/;
/** … or named by a determiner before it: `某生物科技公司`, `这家新材料公司`, `该企业党支部`. */
const LEFT_UNNAMED_BEFORE = /(?:某|[该这那](?:家|个|所)?)$/;

/** Whether `name`, standing at `start` of `text`, is a body left unnamed on purpose (the determiner may have been cut off it). */
function leftUnnamed(text: string, name: string, start: number): boolean {
  return LEFT_UNNAMED.test(name) || LEFT_UNNAMED_BEFORE.test(text.slice(Math.max(0, start - 2), start));
}

/** Endings of alliances and associations a quotation may name (`“红色物业”联盟`, `“同心”商会`). */
const QUOTED_ASSOCIATION_ENDINGS = new Set(ASSOCIATION_ENDINGS);
/** A short quoted name closing right where the ending starts, or its field (`“1+N”党建联盟`). */
const QUOTED_BEFORE = /[“‘]([\u4e00-\u9fffA-Za-z0-9+]{2,10})[”’]((?:产业链|产业|行业)?(?:党建)?)$/;

/** A program word (品牌, 机制, 工作法…) right at a position: a quoted name before it is a program's. */
const PROGRAM_WORD_AT = new RegExp(alternation(PROGRAM_WORDS), 'y');

/** A character of a body's name: Han, or a bracket (`党组(党委)`). */
const isBodyNameUnit = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || c === 0x28 || c === 0x29;
/** … or of a company's, which may hold ASCII letters and digits too. */
const isCompanyNameUnit = (c: number) => isBodyNameUnit(c) || (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);

/** The name before an ending: back to punctuation, a verb, a preposition or a numeral. */
function nameBefore(text: string, end: number, max: number, withDigits = false, legal = false): string {
  let start = end;
  // company names may hold digits and letters (361度公司, TCL集团); other bodies do not
  // (tested by code: a pattern test per character was a visible share of this rule)
  const isNameChar = withDigits ? isCompanyNameUnit : isBodyNameUnit;
  while (start > 0 && end - start < max && isNameChar(text.charCodeAt(start - 1))) start -= 1;
  let name = text.slice(start, end);
  // (one pattern test says whether any stop is there before the list is searched in order)
  while (ANY_STOP.test(name)) {
    // (a one-character stop jieba reads inside a word of the name is the name's: 和丰, 和县, 华为)
    const stop = stops.find(
      (s) => name.includes(s) && !(s.length === 1 && (insideAWord(name, name.lastIndexOf(s)) || (CONJUNCTIONS.has(s) && insideOfficialName(name, name.lastIndexOf(s))))),
    );
    if (!stop) break;
    name = name.slice(name.lastIndexOf(stop) + stop.length);
  }
  // `甘肃幸福安捷人力资源服务有限公司`: a registered name holds its province or city and may
  // hold verbs after it (服务, 投资, 发展); before the place a brand may stand (台玻安徽玻璃,
  // 中建钢构四川), or the clause's verb or preposition (走访甘肃…), which ends what stands before the name
  if (legal) {
    const place = provinceOrCityIn(name);
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
  // `2022年第二次党工委(会议)`: a session's ordinal ends what stands before a body
  name = name.replace(/^.*第[\d一二三四五六七八九十百]+[次届]/, '');
  // `二十届中央纪委四次全会`: so does a session's number without 第
  name = name.replace(/^.*[一二三四五六七八九十]届/, '');
  // `全县首个产业链党建联盟——…`: a rank describes the body named after it, and is no part of a name;
  // nor is a count of kinds (`9大产业链联合党委`, `五大产业党委`)
  name = name.replace(/^.*(?:首个|首家|首批|唯一|第一个)/, '').replace(/^(?:\d+|[一二两三四五六七八九十]+)大/, '');
  // nor are levels counted (`省、市(州)、县(区)三级党委社会工作部`: the departments of three levels)
  name = name.replace(/^.*[二两三四五六七八九十]级(?=党|[省市县区]|$)/, '');
  // read with the ending's first character after it, so a verb that makes a noun with
  // it is none (产业发展局, 产业促进局, 综合协调局)
  let verbs = verbsIn(text.slice(end - name.length, end + 1)).filter((v) => v.end <= name.length);
  // (and one right before the ending, with two: `建设银行`, where 建设银 makes none; read only
  // then, for a second reading of every name was a tenth of all the work)
  if (verbs.at(-1)?.end === name.length && !verbsIn(text.slice(end - name.length, end + 2)).some((v) => v.end === name.length)) verbs = verbs.slice(0, -1);
  // (and its aspect particle: `打造了党建联盟`)
  // (not where one character would be left before an industry word or the ending: `苏州新建元控股集团`,
  // `新建元集团` are names, 元控股 and 元 no brands of their own)
  // (a company's name ends in what it does: `西中岛发展集团`, `城建投资公司`; that verb, with a
  // name before it, is the name's, and the verb before it, if any, ends what stands before)
  let verb = verbs.at(-1);
  // (so inside a company's body's name: `市城建投资公司党委`)
  const beforeCompanyEnding = verb !== undefined && ((withDigits && verb.end === name.length) || /^(?:公司|集团|有限)/.test(name.slice(verb.end)));
  if (verb && beforeCompanyEnding && BUSINESS_VERBS.has(verb.text) && verb.start - (verbs.at(-2)?.end ?? 0) >= 2) verb = verbs.at(-2);
  if (verb && !LONE_BRAND.test(name.slice(verb.end))) name = name.slice(verb.end).replace(/^[了着过]+/, '');
  // `党组(党委)`: a bracket left open is an aside the name starts after; one that opens what
  // stands before the name, or closes with none opened, is a byline (`(陈衍葵)江西赣州…工委`)
  if (name.lastIndexOf('(') > name.lastIndexOf(')')) name = name.slice(name.lastIndexOf('(') + 1);
  else if (name.startsWith('(') || (name.includes(')') && !name.includes('('))) name = name.slice(name.indexOf(')') + 1);
  // `3家公司`: a number and its classifier are a count, not a name
  name = name.replace(/^[A-Za-z0-9]*\d+[家个名位所处座条支项批类种组]/, '');
  // (in Chinese numerals too, vague ones among them: `一两个党支部`, `三家公司`, `几个党组织`)
  name = name.replace(/^[零〇一二两三四五六七八九十百千万几数多]+[家个名位所处座条支项批类种组]/, '');
  // `18家县委…`, `召开1次党委会议`: a classifier after a numeral is not part of the name
  // (a template's placeholder counts too: `已建立 X 个企业党支部`)
  if (/[\d零〇一二两三四五六七八九十百千Xx\s]/.test(text[end - name.length - 1] ?? '') && /^(?:[家个名位所处座条支项批类种组次场期届轮]|大(?!队))/.test(name)) name = name.slice(1);
  // `2014年4月和丰…党委`: nor is what ends a date
  if (/\d/.test(text[end - name.length - 1] ?? '') && /^[年月日号]/.test(name)) name = name.slice(1);
  // (or a date in Chinese numerals, its year read digit by digit: `二〇二三年五月日照…党工委`; a
  // month alone may open a name, 十月稻田)
  name = name.replace(/^[〇零一二三四五六七八九]{2,4}年(?:[一二三四五六七八九十]{1,2}月)?(?:[一二三四五六七八九十]{1,3}[日号])?/, '');
  // `从市委组织部获悉`, `据县委统战部介绍`: a preposition before a bare level committee
  // (too short for jieba's cut below)
  name = name.replace(/^[从据自](?=[省市县区州旗盟]委$)/, '');
  // a unit's full name opening the name is never cut into (jieba reads the 从 of 从化区 as
  // 'from'); what follows it still is (`福州市锚定产业链党委`: the place goes with the verb)
  // (nor is a zone the zone table knows, after a place or not: 河北雄安新区)
  const place = placeNameAtStart(name) || knownZoneAtStart(name);
  if (place === 0) name = trimToName(name);
  else {
    const rest = name.slice(place);
    const trimmed = knownZoneAtStart(rest) > 0 ? rest : trimToName(rest);
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
  if (BODY_INSIDE.test(name)) {
    const words = tagWords(name);
    for (let i = words.length - 1; i >= 1; i--) {
      if (words[i].tag === 'v' && BODY_WORD.test(words[i - 1].word)) {
        name = name.slice(words[i].start + words[i].word.length);
        break;
      }
    }
  }
  // `充分调动街道`: nor does an adverb and its verb (a noun and a verb stay one: 行政审批局);
  // jieba tells them apart, asked only where an adverb of our lexicon stands
  if (LONG_ADVERB.test(name)) {
    const words = tagWords(name);
    const last = words[words.length - 1];
    const beforeLast = words[words.length - 2];
    if (last && beforeLast && /^vn?$/.test(last.tag) && /^a?d$/.test(beforeLast.tag)) return '';
  }
  return name.replace(/^[()]+/, '');
}


/**
 * What names a company before 公司: six characters at most (more is the clause around it),
 * unless it opens with its province or city, as registered names do (安徽义利康电子商务公司).
 */
function companyName(text: string, end: number): string {
  const long = nameBefore(text, end, 12, true, true);
  if (long.length > 6 && provinceOrCityIn(long) === 0) return long;
  return nameBefore(text, end, 6, true);
}

/**
 * An ending that is the start of a longer word is no ending: 组织部门 (departments
 * in general), 良好局面, 集团化, 集团军 (a figure of speech), 台商会馆, 园区委员会, 大学生, 研究院士,
 * 学院路, 合作社区 (read as: the ending's last character, then the next).
 */
const INSIDE_A_WORD = /^(?:部门|局[面势部限促]|团化|团军|会馆|委员|学生|院士|院路|社区)/;

/** A person's title after a body's ending (党委书记, 党支部副书记, 党组成员). */
const PERSON_TITLE_AT = /[\u4e00-\u9fff]?(?:书记|委员|成员(?!单位)|负责人|主任|干部)/y;

/** What follows a body's name inside an honour's (…称号, …示范单位) or a periodical's title (…报》). */
// (words of the honour only: a body named before being awarded one, `…被评为先进集体`, is named)
const HONOUR_OR_PERIODICAL_AFTER = /^(?:(?:(?![被评获授荣为])[\u4e00-\u9fff]){0,8}?(?:荣誉称号|称号|示范单位|先进单位|先进集体)|[\u4e00-\u9fff]{0,2}(?:报|刊|杂志)\s*》)/;

const byEnding: Rule<OrgValue> = {
  name: 'organization: name + ending',
  // (长 right after an ending names a person, 区公安分局局长 — but 分局 itself stands named before it)
  pattern: new RegExp(`(?:${ENDING})(?!长)`, 'g'),
  extract(m, doc) {
    // (found from its last character, an ending read back by the look-behind starts before the match)
    const ending = m.groups?.late === undefined ? m[0] : lateEndingBefore(doc.content, m.index + m[0].length);
    const end = m.index + m[0].length;
    const at = end - ending.length;
    if (INSIDE_A_WORD.test(doc.content.slice(end - 1, end + 1))) return null;
    // a person's title after a body names the person (公司党委书记, 开发区党工委书记), unless the
    // body is named in full, from its place on (中山市环境科学学会党支部书记王奎, 马营村党支部书记): that names both
    // (a company's own head names the company, as 总经理 does: 金星钛白集团负责人)
    const titled = kindOf.get(ending) !== 'enterprise' && startsAt(PERSON_TITLE_AT, doc.content, end);
    // (no place named in what stands before: nothing to read, and most titles are such: 公司党委书记)
    if (titled) {
      const run = hanRunBefore(doc.content, at, 18);
      if (!namesAPlace(run) && !/(?:村|社区|镇|乡|街道)/.test(run)) return null;
    }
    // `…党建工作联席会议制度`: a body's name before 制度 names a system, not the body; before
    // 大厦, 大楼 it names a building (总商会大厦, 建工大厦)
    if (/^(?:制度|大厦|大楼|大院|广场)/.test(doc.content.slice(end, end + 2))) return null;
    // `全国“四好”商会称号`, `全国工商联商会党建工作示范单位`: a body's name inside an honour names
    // the honour; `《人民政协报》`: inside a periodical's title it names the periodical
    if (HONOUR_OR_PERIODICAL_AFTER.test(doc.content.slice(end, end + 12))) return null;
    // `组建“红色物业”联盟`: an alliance named by a quotation right before its ending
    const quotedName = QUOTED_ASSOCIATION_ENDINGS.has(ending) ? QUOTED_BEFORE.exec(doc.content.slice(Math.max(0, at - 14), at)) : null;
    if (quotedName) {
      const start = at - quotedName[0].length;
      return { start, end, value: { name: quotedName[1] + quotedName[2] + ending, kind: kindOf.get(ending)! } };
    }
    const prefix = ending === '公司' ? companyName(doc.content, at) : nameBefore(doc.content, at, 24, kindOf.get(ending) === 'enterprise', ending.includes('有限'));
    const name = prefix + ending;
    if (titled && placeNameAtStart(prefix) === 0 && settlementAtStart(prefix) === 0) return null;
    // `某生物科技公司`, `这家新材料公司`: a body left unnamed on purpose
    if (leftUnnamed(doc.content, name, end - name.length)) return null;
    // `新建和换届党支部`, `示范党支部`: a verb of two characters before a party body's ending
    // makes a kind of body, and names none (jieba is asked only for such short names)
    if (prefix.length === 2 && kindOf.get(ending) === 'party') {
      const first = tagWords(name)[0];
      if (first.word === prefix && first.tag === 'v') return null;
    }
    // `省商务厅`, `安徽省教育厅`: only a province has departments (厅); elsewhere a 厅 is a hall (服务大厅, 展厅)
    if (ending === '厅' && !PROVINCE_DEPARTMENT.test(name) && !opensWithAProvince(name)) return null;
    // `重点大学`, `三甲医院`, `科研院所`: a kind of school, hospital or institute names none
    if (KIND_OF_INSTITUTION.test(name)) return null;
    // (nor bodies of a whole area or an era: 全市乡镇商会, 新时代乡镇商会)
    if (name.length < 3 || TOO_GENERIC.test(name) || /^(?:[各该本其这那每]|多个|多家|一些|部分|全[省市县区镇]|新时代)/.test(name)) return null;
    // `一园区一党委`, `一产业一支部`: a slogan of one body per unit names none; nor does a rating (五星级党支部)
    if (/^一[^一]{1,4}一|^[一二三四五六七八九十]星级/.test(name)) return null;
    // words of two characters ending in 局 are no bureau (大局, 布局, 格局, 政局), as jieba
    // reads them, nor a new or broken situation (开新局, 破局); a bureau is one word of
    // three or more (财政局) or 局 on its own after its field (审批 局, 经发 局)
    // (jieba is asked only after the characters such words start with)
    if (ending === '局' && (prefix.length < 2 || (/[布大格全新开结当僵残时政棋变破]$/.test(prefix) && notABureau(prefix)))) return null;
    // a government is a place's: 县政府, 浦口区人民政府, not 对接政府 (government in general)
    if (ending === '政府' && !/(?:[省市县区镇乡旗州]|人民)$/.test(prefix)) return null;
    // alliances and joint conferences are bodies when they name a field: 集成电路产业党建联盟, not 资源联盟;
    // or when quoted whole, as names are (`“上元路爱心商户联盟”`)
    // (not a brand so named: `“红色联盟”品牌` is the program's)
    const quotedWhole =
      /[“‘「『]/.test(doc.content[end - name.length - 1] ?? '') && /[”’」』]/.test(doc.content[end] ?? '') && !startsAt(PROGRAM_WORD_AT, doc.content, end + 1);
    if ((ending === '联盟' || ending === '联席会议') && !/党建|产业|行业|链/.test(prefix) && !quotedWhole) return null;
    return { start: end - name.length, end, value: { name, kind: kindOf.get(ending)! } };
  },
};

const INDUSTRY = new RegExp(alternation(INDUSTRY_WORDS), 'g');
const notCompanyPrefix = new Set(NOT_COMPANY_PREFIXES);
/** What may stand after a short company name: a list mark, a conjunction, its own body, or a verb of business. */
const AFTER_COMPANY = /^(?:[与和及、,，。;；:：等]|公司|集团|党支部|党总支|党委|工会|有限|签订|签约|投资|落户|成立|获评|荣获|入选|董事长|总经理|负责人)/;
/** What may stand before it: a boundary, a conjunction, or the park or place it is in (高新区奥卡包装). */
const BEFORE_COMPANY = /(?:^|[^\u4e00-\u9fff]|[与和及、的业]|[区县市镇园])$/;

/** `高新区奥卡包装与海底捞签订订单`: a short company name, two to four characters before an industry word. */
const shortCompany: Rule<OrgValue> = {
  name: 'organization: short company name + industry word',
  pattern: INDUSTRY,
  extract(m, doc) {
    const text = doc.content;
    const end = m.index + m[0].length;
    if (!AFTER_COMPANY.test(text.slice(end, end + 3))) return null;
    const run = hanRunBefore(text, m.index, 6);
    // the name starts after the park or place it stands in, or after a conjunction
    const cut = Math.max(...['区', '县', '市', '镇', '园', '与', '和', '及', '业', '的'].map((c) => run.lastIndexOf(c)));
    let prefix = cut >= 0 ? run.slice(cut + 1) : run;
    // `向万华化学…`: a preposition before the name is not part of it
    const lead = /^(?:向|对|为|在|给|帮|助|同|跟|由|让|把|被)/.exec(prefix);
    if (lead && prefix.length - lead[0].length >= 2) prefix = prefix.slice(lead[0].length);
    const start = m.index - prefix.length;
    if (prefix.length < 2 || prefix.length > 4 || notCompanyPrefix.has(prefix) || INDUSTRY_WORDS.includes(prefix)) return null;
    if (leftUnnamed(text, prefix, start)) return null;
    // `高端装备制造`: a field named by its words (高端 装备) is no company either
    if (NOT_COMPANY_PREFIXES.some((p) => prefix.startsWith(p))) return null;
    // `“泉新制造,智创未来”`: a slogan opening a quotation, not a company
    if (/[“‘"]/.test(text[start - 1] ?? '') && /^[,，]/.test(text.slice(end, end + 1))) return null;
    // a verb is no name (加强科技, 推动制造): our lexicon first, jieba for the verbs it lacks
    // (a lone character jieba calls a verb is one of a name it does not know: 启/v 奥 in 启奥科技)
    if (verbsIn(prefix).length > 0 || tagWords(prefix).some((w) => w.tag === 'v' && w.word.length > 1)) return null;
    if (cut < 0 && !lead && run.length > prefix.length) return null; // glued to a longer word we cannot split
    if (!BEFORE_COMPANY.test(text.slice(Math.max(0, start - 1), start)) && cut < 0) return null;
    return { start, end, value: { name: prefix + m[0], kind: 'enterprise' } };
  },
};

/** Everything up to the last word that ends what stands before a name. */
const UP_TO_A_STOP = new RegExp(`^.*(?:${stops.join('|')})`);

/**
 * `联合华钢、博顿等企业`, `以华钢、…为龙头`: the clause's verb (two characters or more) or
 * preposition (one), as jieba reads them, before the first listed name is not the name's.
 * (A lone verb is kept: jieba reads lone characters of names it does not know as verbs, 鑫达.)
 */
function withoutClauseOpening(name: string): string {
  const first = tagWords(name)[0];
  const opens = (first.tag === 'v' && first.word.length >= 2) || (first.tag === 'p' && first.word.length === 1);
  return opens && name.length - first.word.length >= 2 ? name.slice(first.word.length) : name;
}

/**
 * `向万华化学、冠捷电子等…企业`, `瑞丰科技、天成控股2家企业`: short company names
 * listed before 等 or their count, then 企业 or 公司.
 */
/** Verbs a company's name may end in, before 集团 or 公司 (发展集团, 投资公司, 建设集团). */
const BUSINESS_VERBS = new Set(['发展', '投资', '建设', '开发', '服务', '管理', '运营', '生产', '销售', '控股']);

/** Endings of party and government offices, which no company's short name has. */
const OFFICE_ENDING = /(?:部|局|委|办|厅|署)$/;

const listedCompanies: Rule<OrgValue> = {
  name: 'organization: companies listed before 等…企业',
  // matched from the first 、; the first name is read back before it (see hanRunBefore)
  // (after a count, 企业 follows within a few characters: `5家非公企业`, not `10家开发园区…企业`)
  // (a name's characters are Han but 等, U+7B49: one class, no look-ahead per character)
  // (`赴北京、上海、深圳等地考察拜访重点企业`: places listed, 等地 says so; `医药、电商等各类企业`:
  // kinds of firm, 各类 says so)
  // (`部门、局等机关单位分别与企业…`: what 等 closes is named before any body word or
  // preposition, which ends the list's noun: those are no companies)
  pattern: /(?<rest>(?:、[\u4e00-\u7b48\u7b4a-\u9fff]{2,6}){1,6})(?:等(?![地省市县区国城]|各类|各种|类|领域|行业|产业(?!链))(?:(?!单位(?!企业)|部门|机关|分别|[与和同向为对])[\u4e00-\u9fff]){0,16}?|等?(?:\d+|[两三四五六七八九十]{1,2})家[\u4e00-\u9fff]{0,4}?)(?:企业|公司)/g,
  extract(m, doc) {
    const first = hanRunBefore(doc.content, m.index, 6);
    if (first.length < 2) return null;
    const list = first + m.groups!.rest;
    const out: Array<Omit<Found<OrgValue>, 'rule'>> = [];
    let at = m.index - first.length;
    for (const raw of list.split('、')) {
      // (`汇集了比亚迪、…`: a verb and its aspect particle are no part of the first name)
      let name = raw.replace(UP_TO_A_STOP, '').replace(/^(?:向|对|为|兑现|推动)/, '').replace(/^[\u4e00-\u9fff]{1,3}[了着]/, '');
      if (at === m.index - first.length) name = withoutClauseOpening(name);
      const start = at + raw.length - name.length;
      // (a zone listed beside companies is none of them)
      // (nor is a field of industry on its own: 医药, 新能源)
      // (nor a department or bureau named among them: 党群工作部, 应急管理局)
      if (name.length >= 2 && !LEFT_UNNAMED.test(name) && !OFFICE_ENDING.test(name) && verbsIn(name).length === 0 && !ZONE_NAME.test(name) && !INDUSTRY_WORDS.includes(name) && !notCompanyPrefix.has(name)) out.push({ start, end: start + name.length, value: { name, kind: 'enterprise' } });
      at += raw.length + 1;
    }
    return out.length >= 2 ? out : null;
  },
};

/** What a full name adds to its short form: a place (苏州姑苏区, 南京, 马尾区). */
const PLACE_PREFIX = /^(?:[\u4e00-\u9fff]{1,10}(?:省|市|区|县|镇|乡|旗|州|街道)|[\u4e00-\u9fff]{2,3})$/;

/** Of overlapping names keep the longest; each name once, a short form merged into its full name. */
function refine(found: Found<OrgValue>[]): Found<OrgValue>[] {
  const sorted = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Found<OrgValue>[] = [];
  for (const f of sorted) if (!kept.some((k) => f.start < k.end && f.end > k.start)) kept.push(f);
  const byName = new Map<string, Found<OrgValue>>();
  for (const f of kept.sort((a, b) => a.start - b.start)) if (!byName.has(f.value.name)) byName.set(f.value.name, f);
  // `白洋湾街道` and `苏州姑苏区白洋湾街道`: a short form is the full name without its
  // place prefix; the article names one body, listed once under its full name
  const names = [...byName.keys()];
  const shortForm = (name: string) =>
    names.some((other) => other !== name && other.endsWith(name) && PLACE_PREFIX.test(other.slice(0, other.length - name.length)));
  return [...byName.values()].filter((f) => !shortForm(f.value.name));
}

export const organizationsModule: Module<OrgValue> = {
  name: 'organizations',
  view: 'content',
  rules: [byEnding, listedCompanies, shortCompany],
  refiners: [refine],
};
