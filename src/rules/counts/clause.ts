// Reading a clause the way the count binder needs it: where it starts and ends,
// which words in it are verbs doing something (not verbs inside nouns such as
// 指导员 or 开发区), and what is an adverb or a preposition to look past.
import { COMPANY_NAME } from '../../lexicon/organizations.js';
import { ACTION_VERBS, ADVERBS, CHANGE_TO_VERBS, CHANGE_VERBS, HELPER_VERBS, LIGHT_VERBS, LINKING_VERBS, NOT_NOUN_ENDINGS, NOUN_ENDINGS, NOUNS_WITH_VERBS, PERSON_HEADS, PREPOSITIONS, TOPIC_MARKERS } from '../../lexicon/words.js';
import { isHanUnit } from '../../text/normalize.js';
import { fullNameAt } from '../places/gazetteer.js';
import { alternation, spansOf, startsAt } from '../../text/patterns.js';
import { documentGeneration, tagWords, wordTag } from '../../text/segment.js';
import { WordSet } from '../../text/wordset.js';

// Word lists looked for at a position or through a phrase: WordSets, not regex
// alternations (these run for every character of every counted phrase; see wordset.ts)
const VERBS = new WordSet(ACTION_VERBS);
function mayHoldVerb(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (VERBS.mayStartWith(s.charCodeAt(i))) return true;
  return false;
}
/** Characters of one-character adverbs that also open verbs (共建, 新建, 再造). */
const ADVERB_STARTS = new Set([...'共新再又均都'].map((c) => c.charCodeAt(0)));
// What follows a verb, read in place (sticky) rather than on a slice of the rest of the clause
const NOUN_ENDING_WORDS = new WordSet(NOUN_ENDINGS);
const NOT_NOUN_ENDING_WORDS = new WordSet(NOT_NOUN_ENDINGS);
const NOUNS_HOLDING_VERBS = new WordSet(NOUNS_WITH_VERBS);
const NOUNS_WITH_VERBS_SET = new Set(NOUNS_WITH_VERBS);
/**
 * Verbs of setting something up, and the things they set up that are also noun endings:
 * `搭建平台`, `组建团队`, `建立服务站` are a verb and its object, where `服务平台`,
 * `培训基地` are nouns. (Not 建设 or 新建, which name bodies: 建设局, 新建区; nor 大会:
 * 成立大会 is the founding meeting; nor 培育 or 孵化: 孵化基地 is a place.)
 */
export const SETTING_UP_VERBS = new Set(['建立', '搭建', '打造', '组建', '成立', '设立', '创建', '建成', '开设', '设置', '构建', '筹建', '健全', '完善', '新增']);
const SET_UP_THING_AT = /(?:平台|团队|机制|体系|基地|阵地|专班|小组|台账|清单|联盟|协会|中心|工作站|服务站|站点|岗位|窗口|载体|分队|支队|大队|中队|部门|机构)/y;
const TOPIC_MARKER_WORDS = new WordSet(TOPIC_MARKERS);
const SHARED_VERB_AT = /共(?:建|享|治|商|谋|育|创|赢|担|同|产|青)/y;
/** Verbs of holding or attending a meeting, and a meeting right after one. */
const MEETING_VERBS = new Set(['参加', '出席', '列席', '召开', '举办', '举行', '主持', '参会']);
const MEETING_AT = /大?会(?![员长议])/y;
/** 后 closing a clause of when (`投产后`), not opening a word (后续, 后勤, 后备…): a pattern's source. */
export const AFTER_HOU = '后(?![续勤备台盾方排面代人劲者])';
/** 后 (以后, 之后) closing a clause of when after a verb (`投产后年产值可达…`). */
const AFTER_DONE_AT = new RegExp(`(?:以|之)?${AFTER_HOU}`, 'y');
/** A clause of when opening a phrase: a verb of work done and 后 (`建成投产后`, `项目达产以后,`). */
const WHEN_DONE_AT = new RegExp(`[\\u4e00-\\u9fff]{0,4}?(?:投产|达产|建成|竣工|完工|投用|运营|达效|开业|落地|实施|完成|签约|入驻|成立)(?:以|之)?${AFTER_HOU}[,，]?`, 'y');

/** The length of the noun ending (员, 中心, 区…) at `i` of `s`, 0 if none: a verb before one is part of a noun (聚集区, 集合点). */
export function nounEndingLengthAt(s: string, i: number): number {
  // (部分, some of them, ends no department: 组织部分党员 — but 分管 after 部 is the department's: 组织部分管领导)
  if (s.charCodeAt(i) === 0x90e8 /* 部 */ && s.charCodeAt(i + 1) === 0x5206 /* 分 */ && s.charCodeAt(i + 2) !== 0x7ba1 /* 管 */) return 0;
  return NOT_NOUN_ENDING_WORDS.startsAt(s, i) ? 0 : NOUN_ENDING_WORDS.lengthAt(s, i);
}

export const helperVerbs = new Set(HELPER_VERBS);
/** Verbs of a change to a figure, by how much or to what (增长, 降至): said of a figure rather than done by it. */
export const changeVerbs = new Set([...CHANGE_VERBS, ...CHANGE_TO_VERBS]);
export const lightVerbs = new Set(LIGHT_VERBS);
/** Verbs of holding an event, which open no noun with the ending after them (not 组织: 组织部). */
const HOLDING_VERBS = new Set(['开展', '进行', '举办', '举行', '召开', '组织开展', '集中开展']);

/** Punctuation that ends a clause. Quotes and parentheses do not: `收集“金点子”133条`. */
export const CLAUSE_END = /[,，。;；!！?？:：\n…|｜]/;

/**
 * CLAUSE_END for the character at `i` (false past the end), by code: the binder
 * walks clauses a character at a time, and a regex test per character was a
 * visible share of its time.
 */
export function isClauseEndAt(text: string, i: number): boolean {
  switch (text.charCodeAt(i)) {
    case 0x2c: // ,
    case 0xff0c: // ，
    case 0x3002: // 。
    case 0x3b: // ;
    case 0xff1b: // ；
    case 0x21: // !
    case 0xff01: // ！
    case 0x3f: // ?
    case 0xff1f: // ？
    case 0x3a: // :
    case 0xff1a: // ：
    case 0x0a: // line break
    case 0x2026: // … (六个标准……日前)
    // a table's cell ends at its bar (`| 党员人数 | 690名 |`)
    case 0x7c: // |
    case 0xff5c: // ｜
      return true;
    // a space between two Han characters separates phrases (`…体系趋健全 高校党组织覆盖达99.9%`);
    // one beside a digit is typography (`员工 100 人`)
    case 0x20:
    case 0x3000:
      return isHanUnit(text.charCodeAt(i - 1)) && isHanUnit(text.charCodeAt(i + 1));
    // a dash with a space either side, before words, parts items as a bullet does (`约6.4万人 - 快递
    // 从业人员约6.38万人`); after a figure it is a range (`3 - 5人`)
    case 0x2d: // -
    case 0x2014: // —
      return text.charCodeAt(i - 1) === 0x20 && text.charCodeAt(i + 1) === 0x20 && isHanUnit(text.charCodeAt(i + 2)) && !(text.charCodeAt(i - 2) >= 0x30 && text.charCodeAt(i - 2) <= 0x39);
    default:
      return false;
  }
}

export interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * Verbs of joining, putting into and putting to use, never the first half of a noun (not 服务+清单,
 * 指导+员; `投入阵地建设资金`: 投入 and 阵地 make none); nor are those of bringing a state about
 * (`实现书记、主任“一肩挑”比例达95%`: 实现+书记 no noun).
 */
export const PUTTING_IN = new Set(['加入', '纳入', '列入', '写入', '融入', '嵌入', '注入', '投入', '列为', '用于', '用在', '实现', '确保']);

/**
 * verbsIn's answers within the document being read, by phrase: the binder asks about the same
 * short phrases again and again (about 100 asks an article, 55 phrases). Not kept across
 * documents, as jieba's tags are not (segment.ts).
 */
let verbsOfPhrase = new Map<string, readonly Word[]>();
let verbsGeneration = -1;
const MAX_REMEMBERED_PHRASES = 5000;

/**
 * Verbs of doing in `s`, in order. A verb followed by a noun ending (`指导`+`员`,
 * `开发`+`区`), or standing in a 、-list (`咨询、培训、业务办理等`), is part of a
 * noun phrase and not returned.
 */
export function verbsIn(s: string, base = 0): Word[] {
  // a new map for each document (not the old one cleared: that one lives in the old generation
  // by then, and its tables grown anew every document kept 50 MB more there, measured), and past
  // so many phrases (a dump of megabytes is one document too)
  if (verbsGeneration !== documentGeneration() || verbsOfPhrase.size > MAX_REMEMBERED_PHRASES) {
    verbsOfPhrase = new Map();
    verbsGeneration = documentGeneration();
  }
  let found = verbsOfPhrase.get(s);
  if (found === undefined) verbsOfPhrase.set(s, (found = readVerbs(s)));
  // (a fresh list each time, at `base`: callers add to it)
  const out: Word[] = [];
  for (const v of found) out.push({ text: v.text, start: v.start + base, end: v.end + base });
  return out;
}

/** Fields of work named by a verb, nouns after an adjective in 化 (个性化服务, 规范化管理, 精细化治理); not 建设 (`党支部标准化建设` counts the branches). */
const WORK_AFTER_HUA = new Set(['服务', '管理', '治理', '运营', '监管']);
/** Verbs that end in 化 (强化, 优化): a verb after one is its object, still a verb. */
const VERBS_IN_HUA = new Set(['强化', '优化', '深化', '转化', '简化', '细化', '固化', '美化', '绿化', '亮化', '净化', '硬化', '活化', '消化', '孵化', '量化', '实化', '变化', '催化', '同化', '融化', '感化', '淡化', '弱化', '虚化', '泛化', '软化', '僵化', '退化', '恶化', '分化', '教化']);

/**
 * A party lesson after a verb of giving one, with what kind it is (`讲好党课`, `上专题党课`, `讲微党课`);
 * not a 党 of another word before it (上党区讲党课: 上 opens the district's name).
 */
const LESSON_VERBS = new Set(['讲', '上', '讲好', '上好']);
const PARTY_LESSON_AFTER = /^(?:(?!党)[\u4e00-\u9fff]){0,4}?党课/;

/** What 种植 names rather than does (`专业合作社`, `基地`, `大户`, `户`, `面积`, `业`, `园`): after it, it is no verb. */
const PLANTING_NAMES_AT = /^[\u4e00-\u9fff]{0,2}?(?:专业合作社|合作社|基地|大户|户|面积|业|园|结构|技术|产业|示范)/;
/** Party members a verb of managing acts on (`党员`, `流动党员`, `在册党员`). */
const MANAGED_AT = /^(?:流动|在册|农村|离退休|退休)?党员/;
/** An award or an honour ahead, a few characters at most (`一等奖`, `省级表彰`, `荣誉称号`, `发明专利`). */
const AWARD_AHEAD = /^[^,，。;；、]{0,10}?(?:奖|称号|荣誉|表彰|专利|认证|嘉奖)/;

/** Whether the 上 at `at` ends a word (线上, 云上, 网上, 会上) or opens a word of time (上半年, 上次, 上月). */
function shangInAWord(s: string, at: number): boolean {
  if (at > 0 && (s[at - 1] === '线' || s[at - 1] === '云' || wordTag(s.slice(at - 1, at + 1)) !== undefined)) return true;
  return wordTag(s.slice(at, at + 2)) === 't' || wordTag(s.slice(at, at + 3)) === 't';
}

/**
 * `书记讲2次党课`, `每季度上1次党课`: a verb of giving a lesson closing `s`, for a party lesson named
 * after a figure (verbsIn sees only `s`, and reads 讲 and 上 alone only before 党课); not the 上 of
 * a word (线上, 会上).
 */
export function lessonVerbClosing(s: string, base = 0): Word | null {
  for (const verb of LESSON_VERBS) {
    const start = s.length - verb.length;
    if (start > 0 && s.endsWith(verb) && !(verb[0] === '上' && shangInAWord(s, start))) return { text: verb, start: base + start, end: base + s.length };
  }
  return null;
}

function readVerbs(s: string): Word[] {
  const out: Word[] = [];
  // (most phrases asked about are short and hold no character a verb starts with: two
  // pattern runs saved on four calls in ten)
  if (!mayHoldVerb(s)) return s.includes('了') ? withVerbsBeforeAspect(s, out) : out;
  const inNoun = nounsWithVerbsIn(s);
  for (let start = VERBS.find(s), from = 0; start >= 0; start = VERBS.find(s, from)) {
    const end = VERBS.lastEnd;
    const verb = s.slice(start, end);
    from = end;
    if (inNoun.some(([a, b]) => start < b && end > a)) continue;
    // `共建立1.23万个党组织`: an adverb's character opening a verb (共建) that a longer verb
    // overlaps (建立) is the adverb; the verb is read from the next character
    if (ADVERB_STARTS.has(s.charCodeAt(start)) && start + 1 + VERBS.lengthAt(s, start + 1) > end) {
      from = start + 1;
      continue;
    }
    // `相关联企业75家`, `深入企业`: a verb ending in 企 (入企, 联企: going into or liaising with firms)
    // whose 企 opens 企业 is none; the firms are named whole
    if (s.charCodeAt(end - 1) === 0x4f01 /* 企 */ && s.charCodeAt(end) === 0x4e1a /* 业 */) continue;
    // `12余种个性化服务`, `规范化管理`: after an adjective in 化, a verb that is a field of work is its noun
    // (not after a verb in 化: 强化服务企业, 优化管理)
    if (start > 1 && s.charCodeAt(start - 1) === 0x5316 /* 化 */ && WORK_AFTER_HUA.has(verb) && isHanUnit(s.charCodeAt(start - 2)) && !VERBS_IN_HUA.has(s.slice(start - 2, start))) continue;
    // `精细化工`: a verb in 化 whose first character ends a word before it (精细) is none
    // (jieba asked only where the two characters are a word at all: most such verbs stand after none)
    if (start > 0 && s.charCodeAt(end - 1) === 0x5316 /* 化 */ && VERBS_IN_HUA.has(verb) && wordTag(s.slice(start - 1, start + 1)) !== undefined && endsAWordBefore(s, start)) continue;
    // `在机关设党委1个`, `设书记1名`: 设 alone is a verb only before a party body or a post, and not as
    // the end of a word (建设, 创设, 开设, 增设: 创设服务平台) or the start of one (设计院院长)
    if (verb === '设' && (WORDS_OPENING_WITH_SHE.has(s[end]) || (!startsAt(PARTY_BODY_AT, s, end) && !startsAt(POST_AT, s, end)) || (start > 0 && WORDS_ENDING_IN_SHE.has(s[start - 1])))) continue;
    // `已建党组织188个`, `建在产业链上的党组织`: 建 alone likewise, right before a party body or where
    // it was built (在); the verbs it ends (组建, 新建…) are read whole before it
    if (verb === '建' && !startsAt(PARTY_BODY_RIGHT_AT, s, end) && s[end] !== '在') continue;
    // `支部书记上党课165场次`, `讲专题党课12次`: 讲 and 上 alone are verbs only before a party lesson
    // (with their complement: 讲好党课, 上好党课)
    if (LESSON_VERBS.has(verb) && (!PARTY_LESSON_AFTER.test(s.slice(end, end + 7)) || (verb[0] === '上' && shangInAWord(s, start)))) continue;
    // `联合34家上下游企业`: 联合 is a verb only right before a figure; elsewhere it says how
    // (部门联合开展) or names a kind of body (联合党支部, 联合会)
    if (verb === '联合' && end < s.length && !NUMERAL_START.test(s[end])) continue;
    // `在村内种植树木113棵`: 种植 is a verb only where it names no cooperative, base, grower or field
    // of its own (种植专业合作社, 种植基地, 种植大户, 种植户, 种植面积, 种植业)
    if (verb === '种植' && PLANTING_NAMES_AT.test(s.slice(end, end + 5))) continue;
    // `70家企业感受到关心`: 感受 is a verb only before 到 (`党员感受深刻`: their feelings)
    if (verb === '感受' && s[end] !== '到') continue;
    // `县级财政再配套2000万元`: 配套 (matching funds) likewise only right before a figure; 配套企业,
    // 配套设施, 配套资金 are nouns
    if (verb === '配套' && end < s.length && !NUMERAL_START.test(s[end])) continue;
    // `142人担当中心户`, `党员担当网格员`: 担当 is a verb only before a role (a post, or one who does
    // something: 员, 长, 户); `担当作为`, `责任担当` are a quality
    if (verb === '担当' && !ROLE_AHEAD.test(s.slice(end, end + 6))) continue;
    // `3名党员任书记`: 任 alone only before a post, and where the character before makes no word
    // with it (主任, 责任, 信任; 担任 and 兼任 are read whole before it)
    if (verb === '任' && (!startsAt(POST_AT, s, end) || (start > 0 && wordTag(s.slice(start - 1, end)) !== undefined))) continue;
    // `获一等奖6次`, `获省级表彰3项`: 获 alone is a verb only before an award or an honour, and where
    // the character before makes no word with it (收获, 查获; 荣获 and 获得 are read whole before it)
    if (verb === '获' && (!AWARD_AHEAD.test(s.slice(end, end + 12)) || s[end] === '奖' || (start > 0 && wordTag(s.slice(start - 1, end)) !== undefined))) continue;
    // `管理党员486名`: 管理 is a verb only before the members managed (管理人员 are managers)
    if (verb === '管理' && !MANAGED_AT.test(s.slice(end, end + 5))) continue;
    // `将人员数量控制在50人左右`: 控制 likewise only before 在, or closing what is asked about (the
    // phrase before a linking 在); 内部控制制度, 质量控制体系 are nouns
    if (verb === '控制' && end < s.length && s[end] !== '在') continue;
    // `建立4个帮扶试点`, `收入分配试点`: 试点 is a pilot, a noun, unless a verb follows it (`试点推出`: tried out)
    if (verb === '试点' && VERBS.lengthAt(s, end) === 0) continue;
    // `市工商联建立…`: where another verb starts at the next character and runs past this one (建立
    // over 联建), jieba says whose the character is: the end of the word before it (工商联) makes
    // no verb of it
    if (start + 1 + VERBS.lengthAt(s, start + 1) > end && endsAWordBefore(s, start)) {
      from = start + 1;
      continue;
    }
    // `单独建立党总支`: a verb of three characters whose last one opens a longer verb that jieba
    // reads as a word of its own (建立) is that verb's manner: the verb is read from there (not
    // `改扩建设施`, where jieba's 扩建 ends at 建)
    if (end - start >= 3 && end - 1 + VERBS.lengthAt(s, end - 1) > end && wordStartsAt(s, end - 1)) {
      from = end - 1;
      continue;
    }
    // (`加入联盟`, `列入清单`: joining and putting into make no kind of thing, whatever follows; nor
    // does holding a post or setting one up, read only before one: 任书记, 设书记)
    // (nor does a verb before a place whose full name opens with a noun ending: 指导会昌县, 走访港口区)
    // (nor do verbs of holding or attending a meeting before one: 参加大会, 召开大会; 表彰大会 is a kind)
    // (nor do verbs of holding that open no noun, before whoever leads what is held: 开展书记领学活动)
    if (
      nounEndingLengthAt(s, end) > 0 && !PUTTING_IN.has(verb) && !HOLDING_VERBS.has(verb) && verb !== '任' && verb !== '设' && !(SETTING_UP_VERBS.has(verb) && startsAt(SET_UP_THING_AT, s, end)) &&
      !(MEETING_VERBS.has(verb) && startsAt(MEETING_AT, s, end)) && fullNameAt(s, end) === 0
    ) continue;
    // read inside the string only: a read past either end deoptimizes the caller (V8 "out of bounds")
    const next = end < s.length ? s.charCodeAt(end) : 0;
    // `经营(销售)收入`: a word in brackets of its own glosses the word before it
    if ((next === 0x29 || next === 0xff09) && start > 0 && (s.charCodeAt(start - 1) === 0x28 || s.charCodeAt(start - 1) === 0xff08)) continue;
    // `经济(社会)组织`: a verb right after an aside makes a noun with it (社会组织) as with the word before it
    if (start > 1 && (s.charCodeAt(start - 1) === 0x29 || s.charCodeAt(start - 1) === 0xff09) && nounAcrossAside(s, start, verb)) continue;
    if (next === 0x3001 /* 、 */ || next === 0x7b49 /* 等 */ || (start > 0 && s.charCodeAt(start - 1) === 0x3001)) continue;
    // `人才引进工作已收到报名593人`: a verb naming a kind of work before 工作 and 已/均/都 is inside the
    // topic (引进工作), not the clause's verb
    if (s.charCodeAt(end) === 0x5de5 /* 工 */ && s.charCodeAt(end + 1) === 0x4f5c /* 作 */ && TOPIC_MARKER_WORDS.startsAt(s, end + 2)) continue;
    // `建成投产后年产值可达…`: a verb before 后 says when, and is not the clause's verb
    // (its characters first: most verbs have none of 后, 以, 之 after them)
    if ((next === 0x540e || next === 0x4ee5 || next === 0x4e4b) && startsAt(AFTER_DONE_AT, s, end)) continue;
    // `当年投资已完成…`: a word followed by 已/均/都 is the topic, not the verb
    // (not 共 starting a verb of its own: 结对共建, 共享)
    if (out.length === 0 && start > 0 && TOPIC_MARKER_WORDS.startsAt(s, end) && !startsAt(SHARED_VERB_AT, s, end)) continue;
    out.push({ text: verb, start, end });
  }
  // (the characters first: most phrases hold no 了)
  return s.includes('了') ? withVerbsBeforeAspect(s, out) : out;
}

/** Verbs that link a thing to its figure (有了, 做到了100%的覆盖), and words no deed is done by (为了, 除了): not read as verbs before 了. */
const NO_DEED_BEFORE_LE = new Set([...LINKING_VERBS, '做到', '为', '除', '到', '成', '好', '多', '少', '完', '过']);

/**
 * `企业捐出了12万元`, `凤建公司承建了3个小区`: a word jieba reads as a verb right before the aspect
 * particle 了 is one, listed or not: with none read there the phrase before the figure, verb and
 * all, was taken for its noun (企业捐出了). Not a linking verb (有了), nor 了 opening a word (了解).
 */
function withVerbsBeforeAspect(s: string, verbs: Word[]): Word[] {
  let out = verbs;
  for (let at = s.indexOf('了', 1); at > 0; at = s.indexOf('了', at + 1)) {
    // (nor 了 before a particle of a question or a name made of one: 饿了么, 好了吗)
    const next = at + 1 < s.length ? s[at + 1] : '';
    if (next === '解' || (next !== '' && '么吗吧呢'.includes(next)) || out.some((v) => v.end === at || (v.start < at && v.end > at))) continue;
    // (read with what follows: 了 must stand as a word of its own, not inside a name, 饿了么)
    const from = Math.max(0, at - 4);
    const words = tagWords(s.slice(from, at + 3));
    const index = words.findIndex((w) => from + w.start + w.word.length === at);
    const word = words[index];
    if (!word || word.tag !== 'v' || words[index + 1]?.word !== '了' || NO_DEED_BEFORE_LE.has(word.word)) continue;
    const start = from + word.start;
    if (out.some((v) => v.end > start && v.start < at)) continue;
    out = [...out, { text: word.word, start, end: at }].sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * Party bodies and posts 设 sets up, right after it or after a few words naming which
 * (设党委, 设联合党支部, 设党员示范岗, 设机关党委); not the words 设 opens (设计院党委, 设备, 设施).
 */
const PARTY_BODY_AT = /(?:[\u4e00-\u9fff]{0,6}?(?:党委|党工委|党总支|党支部|支部|党小组|党组织)|党)/y;
/** A party body right at a place, no words naming it between (建党组织; not 建筑设计院党委). */
const PARTY_BODY_RIGHT_AT = /(?:党委|党工委|党总支|党支部|支部|党小组|党组织)/y;
/** A post one holds, right after 任 (任书记, 任党支部书记, 任第一书记, 任指导员). */
const POST_AT = /(?:[\u4e00-\u9fff]{0,6}?(?:书记|主任|委员|组长|队长|站长|所长|院长|校长|会长|理事长|董事长|经理|指导员|联络员|网格员|专员|顾问)|职)/y;
/** A role right ahead, a few characters at most (`中心户`, `网格员`, `楼栋长`, `书记`). */
const ROLE_AHEAD = /^[\u4e00-\u9fff]{0,4}?(?:员|长|户|书记|主任|委员)/;
/** A character a figure opens with, in digits or in Chinese numerals (34家, 三家, 几家). */
const NUMERAL_START = /[\d一二两三四五六七八九十百千几数]/;
/** Characters that make a word with a 设 after them (建设, 创设, 开设, 增设, 下设, 新设…). */
const WORDS_ENDING_IN_SHE = new Set([...'建创开增铺架敷假陈摆预下新分另专常附内']);
/** Characters that make a word with a 设 before them (设计, 设备, 设施, 设想, 设法). */
const WORDS_OPENING_WITH_SHE = new Set([...'计备施想法']);

/** Whether jieba, reading around `at`, has a word of two characters or more start there. */
function wordStartsAt(s: string, at: number): boolean {
  const from = Math.max(0, at - 4);
  return tagWords(s.slice(from, at + 4)).some((w) => from + w.start === at && w.word.length > 1);
}

/** Whether jieba reads the character at `at` of `s` as the last of a word that began before it (工商联|建立). */
function endsAWordBefore(s: string, at: number): boolean {
  const from = Math.max(0, at - 4);
  return tagWords(s.slice(from, at + 4)).some((w) => from + w.start < at && from + w.start + w.word.length === at + 1);
}

/** Whether the aside closing right before `start` (`经济(社会)`) makes a noun with the verb there, read with the word inside or before it. */
function nounAcrossAside(s: string, start: number, verb: string): boolean {
  const open = Math.max(s.lastIndexOf('(', start - 2), s.lastIndexOf('（', start - 2));
  if (open < 1) return false;
  const inside = s.slice(open + 1, start - 1);
  const before = s.slice(Math.max(0, open - 4), open) + verb;
  return NOUNS_WITH_VERBS_SET.has(inside + verb) || nounsWithVerbsIn(before).some(([, end]) => end === before.length);
}

/** Firms named by their tie to someone (挂钩企业: the firms one is linked with), nouns unless people before them do the linking. */
const LINKED_FIRMS = new Set(['挂钩企业', '联系企业', '包联企业', '结对企业']);

/**
 * Ways of doing held in one noun: developing in a manner, living together; a noun before another
 * noun (可持续发展项目, 集中居住公寓), the predicate where the clause ends with it (推动5个村可持续发展,
 * 引导120户农民集中居住).
 */
const MANNERS_OF_DOING = new Set(['可持续发展', '高质量发展', '集中居住']);

/** Spans [start, end) of the nouns in `s` that hold a verb (党组织, 经济组织, 开发区): no verb there. */
export function nounsWithVerbsIn(s: string): Array<[number, number]> {
  let spans = NOUNS_HOLDING_VERBS.spansIn(s);
  if (spans.length > 0) spans = spans.filter(([a, b]) => holdsItsVerb(s, a, b));
  // (a company's legal ending is rare: looked for only where 有限 is)
  return s.includes('有限') ? spans.concat(spansOf(COMPANY_NAME, s)) : spans;
}

/** Whether a noun of our lexicon that holds a verb opens `s` (`在岗职工`: its 在 is no preposition). */
export function opensWithNounHoldingVerb(s: string): boolean {
  return NOUNS_HOLDING_VERBS.lengthAt(s, 0) > 0;
}

/** Whether the noun at s[a, b) that holds a verb is that noun where it stands (one pass: this runs on most phrases). */
function holdsItsVerb(s: string, a: number, b: number): boolean {
  const noun = s.slice(a, b);
  // `指导员联系企业5家`: after people, who do it, 联系/挂钩/结对 is the verb, not the firms so linked
  if (LINKED_FIRMS.has(noun) && PERSON_HEADS.some((h) => s.endsWith(h, a))) return false;
  // `推动5个村可持续发展`: closing the clause, development in a manner is the predicate
  if (MANNERS_OF_DOING.has(noun) && !isHanUnit(s.charCodeAt(b))) return false;
  // `组织部分党员参加`: 组织 then 部分 (some), not the department (组织部) — unless 分管 follows it (组织部分管领导)
  if (noun === '组织部' && s[b] === '分' && s[b + 1] !== '管') return false;
  return true;
}

const ADVERB_WORDS = new WordSet(ADVERBS);
const PREPOSITION_WORDS = new WordSet(PREPOSITIONS);
const PREPOSITION_END = new RegExp(`(?:${alternation(PREPOSITIONS)})$`);

/** `能为村集体经济增收…`: a modal verb before a preposition of whom (为, 给, 向, 对) says what may be done, for whom the preposition says. */
const MODAL_BEFORE_PREPOSITION_AT = /(?:能够|可以|能|可)(?=[为给向对替帮])/y;
/** `2022年全区经营收入…`: a year before a noun dates it, as 今年 does (an adverb), and is not part of it. */
const YEAR_AT = /(?:\d{4}|[〇零○一二三四五六七八九]{4})年(?:度|底|初|末|以来)?(?:上半年|下半年)?[,，]?/y;
/** `在“99公益日”期间`, `在疫情防控期间`: a time named by what went on in it. */
const DURING_AT = /在[^,，。;；:：\n]{1,16}?期间[,，]?/y;
/** `到2026年底`, `到年底`, `截至明年6月`: the time by which something is to be done, not part of what is. */
const BY_TIME_AT = /(?:到|至|截至|截止到?)(?:(?:\d{4}|[〇零○一二三四五六七八九]{4})年|(?:今|明|本|当)?年)(?:底|末|初)?(?:\d{1,2}月(?:底|末)?)?[,，]?/y;
const BY_TIME_STARTS = new Set('到至截');
const YEAR_STARTS = new Set('0123456789〇零○一二三四五六七八九');
/** `近三年`, `过去5年`, `三年来`, `两年内`: a span of years up to now, no part of what changed in it (`近三年年均增幅`). */
const SPAN_OF_YEARS_AT = /(?:(?:近|过去|最近|这)(?:\d{1,2}|[一二两三四五六七八九十]{1,2})年(?:来|以来|间|中|里)?|(?:\d{1,2}|[一二两三四五六七八九十]{1,2})年(?:来|以来|内|之内))[,，]?/y;
const SPAN_STARTS = new Set('近过最这0123456789一二两三四五六七八九十');

/** Adverbs that are adjectives before a noun: `重点企业`, `专项资金`, but `统一配发`, `新发展`. */
export const ADJECTIVE_ADVERBS = new Set(['新', '专项', '专题', '重点', '首批', '统一', '基本', '协同', '现场', '书面', '初步', '有效', '高效', '免费', '无偿', '成功', '上门',
  // (a yearly average's measure: 年均增幅; before a verb how it went each year, 年均增长12%)
  '年均']);

/** Whether a 后 stands in `s` from `from` up to `to` (a look at those characters only, not the rest of the phrase). */
function houWithin(s: string, from: number, to: number): boolean {
  for (let i = from, end = Math.min(to, s.length); i < end; i++) if (s.charCodeAt(i) === 0x540e) return true;
  return false;
}

/** The length of the match of sticky `re` at `at` of `s`, 0 if none. */
function stickyLength(re: RegExp, s: string, at: number): number {
  return startsAt(re, s, at) ? re.lastIndex - at : 0;
}

/** Adverbs that open a noun holding a verb (可持续 of 可持续发展项目, 积极 of 入党积极分子): looked for only after them. */
const ADVERBS_OPENING_NOUNS = new Set(ADVERBS.filter((a) => a.length >= 2 && NOUNS_WITH_VERBS.some((n) => n.startsWith(a))));

/** Whether jieba reads a word of two characters or more at `at` that describes or names (正式/ad, 再生资源 no: 再生/v). */
function opensDescribingWord(s: string, at: number): boolean {
  const first = tagWords(s.slice(at, at + 6))[0];
  return first !== undefined && first.word.length >= 2 && DESCRIBING_TAGS.has(first.tag);
}
const DESCRIBING_TAGS = new Set(['a', 'ad', 'an', 'b', 'n', 'nz']);

/** Strip leading adverbs, time words, years and prepositions; returns how many characters were stripped. */
export function leadingFunctionWords(s: string): number {
  let at = 0;
  for (;;) {
    // (a span of years before the adverbs: 过 of 过去 is one)
    let length = SPAN_STARTS.has(s[at]) ? stickyLength(SPAN_OF_YEARS_AT, s, at) : 0;
    if (length === 0) length = ADVERB_WORDS.lengthAt(s, at);
    // (a modal, only where a preposition follows it: 能源, 可持续 open nouns)
    if (length === 0 && (s[at] === '能' || s[at] === '可')) length = stickyLength(MODAL_BEFORE_PREPOSITION_AT, s, at);
    // (a year is tried only where a digit or a numeral starts one: most phrases open with neither)
    if (length === 0 && YEAR_STARTS.has(s[at])) length = stickyLength(YEAR_AT, s, at);
    // (and a time named by an event, tried only where 在 opens one: `在“99公益日”期间全县商会捐款…`)
    if (length === 0 && s[at] === '在') length = stickyLength(DURING_AT, s, at);
    // (and a time something is to be done by: `到2026年底实现…覆盖率达到90%`)
    if (length === 0 && BY_TIME_STARTS.has(s[at])) length = stickyLength(BY_TIME_AT, s, at);
    // (and a clause of work done, tried only where a 后 stands near: `建成投产后年产值…`)
    if (length === 0 && houWithin(s, at + 2, at + 11)) length = stickyLength(WHEN_DONE_AT, s, at);
    if (length === 0) return at;
    // `新建党组织`, `新增企业`: an adverb's character opening a verb of its own is the verb's (verbsIn
    // reads 共建 in 共建立 as the adverb 共 and 建立)
    if (length === 1 && verbsIn(s.slice(at, at + 4))[0]?.start === 0) return at;
    // (an aspect particle follows a verb and opens no phrase: the 过 of 过关率 is the word's)
    if (length === 1 && ASPECT_PARTICLES.has(s[at])) return at;
    // (nor does an adverb's character that opens a word describing a noun, as jieba reads it: the
    // 正 of `正式党员3人以上`; not a verb's, 已有, 共有)
    if (length === 1 && opensDescribingWord(s, at)) return at;
    // `新就业群体`, `新业态`: 新 before a noun is part of it; it is an adverb before a verb (新发展党员);
    // so with the others that describe a noun (重点企业, 专项资金, 统一战线)
    // (before where the verb is done it is the verb's still: `成功在晋兴板挂牌`)
    if (ADJECTIVE_ADVERBS.has(s.slice(at, at + length)) && verbsIn(s.slice(at + length, at + length + 4))[0]?.start !== 0 && !PLACE_PREPOSITIONS.has(s[at + length])) return at;
    // (nor is one that opens a noun holding a verb: 可持续发展项目)
    if (ADVERBS_OPENING_NOUNS.has(s.slice(at, at + length)) && nounsWithVerbsIn(s.slice(at, at + 12)).some(([a]) => a === 0)) return at;
    at += length;
  }
}

/** Aspect particles: adverbs closing a verb (走访过, 成立了), never opening what follows. */
const ASPECT_PARTICLES = new Set('了过着');
/** Prepositions of where something is done (在晋兴板, 到企业, 赴延安). */
const PLACE_PREPOSITIONS = new Set('在到赴');
/** The first characters of adverbs and prepositions: most characters start neither, and need no test. */
const FUNCTION_WORD_STARTS = new Set([...ADVERBS, ...PREPOSITIONS].map((w) => w[0]));
export const mayStartFunctionWord = (ch: string) => FUNCTION_WORD_STARTS.has(ch);

export const startsWithAdverb = (s: string) => ADVERB_WORDS.startsAt(s, 0);
export const startsWithPreposition = (s: string) => PREPOSITION_WORDS.startsAt(s, 0);
/** Length of the adverb or preposition `s` starts with, 0 if none. */
export const functionWordLength = (s: string) => ADVERB_WORDS.lengthAt(s, 0) || PREPOSITION_WORDS.lengthAt(s, 0);
export const endsWithPreposition = (s: string) => PREPOSITION_END.test(s);
/** Length of the preposition `s` starts with, 0 if none. */
export const prepositionLength = (s: string) => PREPOSITION_WORDS.lengthAt(s, 0);

const QUOTE_MARK = /[“”"‘’「」『』]/;
const QUOTES_SIDE_BY_SIDE = /[”’」』][“‘「『]/g;
const QUOTE_MARKS = /[“”"‘’「」『』]/g;
/**
 * Quote marks and brackets stripped from a subject: the phrase as words (`“六亮”示范点` → 六亮示范点);
 * names quoted side by side are a list (`“最美骑手”“最美快递员”等典型` → 最美骑手、最美快递员等典型).
 * (Tested for a quote mark first: most subjects hold none, and two replaces on every one cost
 * 11% more instructions per article, 8.66 M against 7.83 M.)
 */
export const unquote = (s: string) => (QUOTE_MARK.test(s) ? s.replace(QUOTES_SIDE_BY_SIDE, '、').replace(QUOTE_MARKS, '') : s);
