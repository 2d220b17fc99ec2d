// Counts: a numeral joined to a classifier or unit, with what it counts.
// Rules find numeral+unit spans and read their value; the exclusion checks
// decline what is not a count (ordinals, sessions, codes, articles, masked
// names); the refiners (refiners.ts) then keep one count per figure and have
// the binder (bind.ts) read subject and action in text order, so that a
// subject can carry over to the next clause.
import { TENTHS, TENTHS_NOT_BEFORE, UNITS, type Unit } from '../../lexicon/units.js';
import { IDIOMS } from '../../lexicon/words.js';
import { isMasked, type Doc } from '../../text/document.js';
import { alternation } from '../../text/patterns.js';
import { longestAt } from '../places/gazetteer.js';
import { tagWords } from '../../text/segment.js';
import type { Found, Module, Rule } from '../types.js';
import type { Bound, RawCount } from './bind.js';
import { NUMERAL_SOURCE, isLoneFinancial, isLoneYi, readNumeral, roundFloatError as round } from './numerals.js';
import { distantApprox, dropDescribingFigures, bindAll, dropOverlaps, dropThresholds, sharePointsOfList } from './refiners.js';

export type CountValue = RawCount & Bound;

const UNIT_BY_WRITTEN = new Map(UNITS.map((u) => [u.written, u]));
const UNIT_SOURCE = alternation(UNITS.map((u) => u.written));

const APPROX_BEFORE: Record<string, RawCount['approx']> = {
  超过: 'over', 超: 'over', 逾: 'over', 至少: 'over', 最少: 'over', 不少于: 'over', 多达: 'over', 突破: 'over',
  // (after a measure only: `产值过5000万元`; not 通过, 经过, 参加过)
  过: 'over',
  // (with the aspect particle: `占比超过了99%`)
  超过了: 'over', 突破了: 'over',
  近: 'under', 将近: 'under', 接近: 'under', 不到: 'under', 不足: 'under', 少于: 'under', 低于: 'under', 不超过: 'under',
  多于: 'over', 高于: 'over',
  // (negated: `不低于5000元的标准` is a floor, not a ceiling; `不高于`, `不多于` a ceiling)
  不低于: 'over', 不高于: 'under', 不多于: 'under',
  // (so 不超, not over: `年收入不超3万元`)
  不超: 'under',
  // (a ceiling or a floor set: 给予最高5万元支持, 每人最多3000元, 最低1800元)
  最高: 'under', 最多: 'under', 最低: 'over',
  约: 'about', 大约: 'about', 约为: 'about', 约有: 'about', 大约有: 'about',
};
/** Characters that make a word with a 近 after them (附近, 最近, 邻近, 靠近, 亲近, 就近, 贴近): no “nearly”. */
const WORDS_ENDING_IN_JIN = new Set([...'附最邻靠亲就贴']);
/** Whether the 近 right before the figure at `at` is the end of a word (附近, 最近). */
const nearEndsAWord = (text: string, at: number) => WORDS_ENDING_IN_JIN.has(text[at - 2]);
/** Characters that make a word with a 约 after them (签约, 节约, 制约, 预约, 履约…): no “about”. */
const WORDS_ENDING_IN_YUE = new Set([...'签节制契预邀履特合公条相违解践赴失守']);
/** Measures a figure after 过 is compared with (`产值过5000万元`): elsewhere 过 ends a word (通过) or is an aspect particle (参加过). */
const MEASURE_BEFORE_GUO = /(?:产值|营收|收入|税收|销售额|利润|投资|规模|总额|资产|人数|面积)$/;
/** Whether the 近 or 约 right before the figure at `at` ends a word rather than approximating it. */
const approxEndsAWord = (text: string, at: number, word: string) =>
  (word === '近' && nearEndsAWord(text, at)) || (word === '约' && WORDS_ENDING_IN_YUE.has(text[at - 2])) ||
  (word === '过' && !MEASURE_BEFORE_GUO.test(text.slice(Math.max(0, at - 4), at - 1)));
/** A bound and 或 before another bound right before a figure (`达到或`, `超过或`). */
const PAIRED_BOUND_BEFORE = new RegExp(`(?<first>达到|等于|${alternation(Object.keys(APPROX_BEFORE).filter((w) => w.length > 1))})或者?$`);
/**
 * Two bounds joined by 或, read as one: 达到或超过 is at least (over), 达到或接近 and 超过或接近,
 * bounds on both sides of the figure, are about it; two alike are what each is.
 */
function pairedApprox(first: string, second: RawCount['approx']): RawCount['approx'] {
  const one = first === '达到' || first === '等于' ? 'exact' : APPROX_BEFORE[first];
  if (one === second) return one;
  if (one === 'exact' && second === 'over') return 'over';
  if (one === 'over' && second === 'exact') return 'over';
  return 'about';
}
const APPROX_WORDS_LONGEST_FIRST = Object.keys(APPROX_BEFORE).sort((a, b) => b.length - a.length);
// (`3名或以上`, `50人及以下`: the bound with a conjunction before it)
const APPROX_AFTER: Record<string, RawCount['approx']> = { 以上: 'over', 或以上: 'over', 及以上: 'over', 之多: 'over', 有余: 'over', 多: 'over', 以下: 'under', 或以下: 'under', 及以下: 'under', 以内: 'under', 左右: 'about', 上下: 'about' };

// The word of approximation before the numeral is read by a lookbehind placed
// after it, not as an optional group in front: a pattern that may start with
// 不/大/近/超… is tried at every such character, and cost twice as much (measured).
// The match therefore starts at the numeral; the count's span starts at the word.
const COUNT_PATTERN = new RegExp(
  `(?<num>${NUMERAL_SOURCE})` +
    `(?<=(?<pre>${alternation(Object.keys(APPROX_BEFORE))})?\\k<num>)` +
    `(?:(?<unit1>${UNIT_SOURCE})?\\s*(?:[~～至到-]|—{1,2})\\s*(?<num2>${NUMERAL_SOURCE}))?` +
    `(?<yu>余|多|几)?` +
    `(?:(?<scale>[万亿](?=${UNIT_SOURCE}))?` +
    `(?<unit>${UNIT_SOURCE})` +
    // (not the 上下 of 上下游, 上下级: `10多家上下游企业` is no "about"; nor a 多 opening a word after the
    // classifier, `12次多方协商`, `3项多元服务`: it rounds only a figure the clause ends on or a time,
    // `1个多月`, `2个多小时`)
    `(?<post>${alternation(Object.keys(APPROX_AFTER).filter((w) => w !== '上下' && w !== '多'))}|上下(?![游级班])|多(?![\\u4e00-\\u9fff])|多(?=[月亿万]|小时|星期))?` +
    // (or an amount in 万/亿 in digits with no unit after it, read as money only after a word
    // of money: see moneyWithoutYuan; matched here, not by a pattern of its own, which cost a
    // scan of every article)
    `|(?<=\\d[万亿])(?<bare>)(?![万亿]|${UNIT_SOURCE}|[\\dA-Za-z]))`,
  'g',
);

/** An abbreviation of capitals right before a figure (GDP, CPI), after no other letter or digit: it names what the figure is. */
const ABBREVIATION_BEFORE = /(?<![A-Za-z0-9])[A-Z]{2,8}$/;

/**
 * `1218个党组织,如同1218个“主心骨”`: a figure right after a word of likeness says again, as a
 * figure of speech, what the sentence counted; it is no count of its own.
 */
const SIMILE_BEFORE = /(?:如同|犹如|宛如|宛若|好似|恰似|好比|恰如|仿佛|就像|好像)$/;
/** Their last characters: the pattern is tried only after one. */
const SIMILE_ENDS = new Set('同如若似比佛像');

/** What a phase is of, right after 一期, 二期: a project, a works, a site or its part (`二期工程`, `三期厂房`, `一期B区`). */
// (or what a phase has or goes through: `二期投资30亿元`, `三期占地120亩`, `二期投产`)
const PHASE_OF_AT = /^(?:项目|工程|厂房|标准厂房|车间|[A-Z]?区|地块|用地|建设|扩建|改造|规划|场地|园区|工地|主体|投资|占地|建成|投产|开工|竣工)/;

/** Festivals and days and nights as a span of time, with no noun of a thing after them. */
const SPAN_IN_FESTIVALS_AT = /^(?:春节|寒暑假|暑假|寒假|昼夜|日夜|通宵)(?![\u4e00-\u9fff]{0,3}(?:点|站|处|中心|基地|活动|项目|礼包))/;
/** Their first characters: the pattern is tried only at one. */
const SPAN_STARTS = new Set('春寒暑昼日通');

/** An hour right before minutes: `9时`, `15点`, `十点` (`9时28分` is a time of day, no score). */
const HOUR_BEFORE = /(?:\d{1,2}|[零一二两三四五六七八九十]{1,3})[时点]$/;

/** Why a numeral+unit match is not a count, or null if it is one. */
function notACount(doc: Doc, m: RegExpExecArray, unit: Unit, numStart: number): string | null {
  const text = doc.content;
  const g = m.groups!;
  const end = m.index + m[0].length;
  const before = text[numStart - 1] ?? '';
  if (isMasked(doc, numStart, numStart + g.num.length)) return 'inside a name, slogan or quoted term';
  // (届 of a session's number, `十二届五次全会`; not of 换届, an election: `完成换届15个`)
  if (before === '第' || (before === '届' && text[numStart - 2] !== '换') || before === '前' || before === '每') return 'ordinal or session';
  // (后 is a rank from the bottom only opening a phrase or after one: `后3名`, `排名后10位`;
  // after a verb or a time it is "after", `推广后120家企业参与`, `此后5年`)
  if (before === '后' && !/[\u4e00-\u9fff]/.test(text[numStart - 2] ?? '')) return 'ordinal or session';
  if (before === '后' && /(?:排名|名列|位列|倒数)$/.test(text.slice(Math.max(0, numStart - 3), numStart - 1))) return 'ordinal or session';
  // `《党建文汇》2016年9期`, `2023年第12期`: an issue of a periodical, numbered within its year
  if (unit.unit === '期' && /\d{4}年$/.test(text.slice(Math.max(0, numStart - 5), numStart))) return 'issue of a periodical';
  // a letter before the figure makes it a code (TCL50, G20), unless capitals abbreviate what an
  // amount or a share is of (`实现GDP120亿元`); that is looked for only where a letter stands there
  const codeBefore =
    /[A-Za-z]/.test(before) && !((unit.kind === 'money' || unit.kind === 'percent') && ABBREVIATION_BEFORE.test(text.slice(Math.max(0, numStart - 9), numStart)));
  if (codeBefore || /^[A-Za-z]/.test(text.slice(numStart + g.num.length))) return 'code or formula';
  if (/[\d.]/.test(before)) return 'inside a longer number';
  if (isLoneYi(g.num) && !g.num2 && !g.yu) return 'the article 一';
  if (isLoneFinancial(g.num) && !g.num2) return 'a financial numeral alone (陆家嘴)';
  const twoBefore = text[numStart - 2] ?? '';
  // (only before the round numbers they make vague: `建成三个`, `完成两项`, `线上三场` are counts)
  if (((/[数几]/.test(before) && /^[十百千万]/.test(g.num)) || (/[上成]/.test(before) && /^[百千万]/.test(g.num))) && !(before === '数' && /[人次户总]/.test(twoBefore))) {
    return 'vague amount (数十, 几百, 上千)';
  }
  if (SIMILE_ENDS.has(before) && SIMILE_BEFORE.test(text.slice(Math.max(0, numStart - 4), numStart))) return 'a simile (如同1218个“主心骨”)';
  if (unit.notBefore?.some((w) => text.startsWith(w, end - (g.post?.length ?? 0)))) return `not a classifier here (${unit.written}…)`;
  // (`个人`, `个体户` are words of their own; `5个人才驿站` counts stations: jieba, reading the
  // numeral too, says which by whether a word runs across the unit's end)
  const unitEnd = end - (g.post?.length ?? 0);
  if (unit.wordWith?.some((w) => text.startsWith(w, unitEnd))) {
    const at = unitEnd - numStart;
    if (tagWords(text.slice(numStart, unitEnd + 6)).some((w) => w.start < at && w.start + w.word.length > at)) return `not a classifier here (${unit.written}…)`;
  }
  if (!/^\d/.test(g.num) && unit.notBeforeChineseNumeral?.some((w) => text.startsWith(w, end - (g.post?.length ?? 0)))) return `a session, not a count (${g.num}${unit.written}…)`;
  if (unit.kind === 'score' && !/^\d/.test(g.num)) return 'Chinese numeral before 分 (十分 is an adverb)';
  // `五家渠市`, `七台河`, `三台县`, `九台区`: a place whose name opens with a numeral and a classifier
  // (a name of three characters or more, running past the classifier; 三台 alone may be machines)
  if (!/^\d/.test(g.num) && placeNameOver(text, numStart, unitEnd)) return 'a place’s name (五家渠市)';
  // `工商银行三元支行`, `三元工行`: a place's short name in Chinese numerals and a unit (三元, of 三明's
  // 三元区) before a branch or a level names the place (`补贴三元` counts yuan)
  if (!/^\d/.test(g.num) && !g.num2 && PLACE_GOES_ON_AT.test(text.slice(unitEnd, unitEnd + 3)) && longestAt(text, numStart)?.length === unitEnd - numStart) return 'a place’s name (三元支行)';
  // `组织二处四级主任科员`, `三处副处长`: a numbered division of an office before a rank or a post held in it, no count
  if (unit.unit === '处' && !/^\d/.test(g.num) && !g.num2 && DIVISION_POST_AT.test(text.slice(end, end + 6))) return 'a division of an office (组织二处)';
  // `杨庄村25组`, `张庄村三组村民`: a village's numbered group of households is an address, no count
  // (not after a word of all or each: `全村3组`, `每村3组`)
  if (unit.unit === '组' && before === '村' && /[\u4e00-\u9fff]/.test(twoBefore) && !/[全每各该本此个]/.test(twoBefore)) return 'a village’s numbered group (杨庄村25组)';
  // `三期项目`, `一、二期B区`, `二期工程`: a phase of a project or a site in Chinese numerals, no count
  if (unit.unit === '期' && !/^\d/.test(g.num) && !g.num2 && (PHASE_OF_AT.test(text.slice(end, end + 4)) || (before === '、' && /[一二三四五六七八九十]/.test(twoBefore)))) return 'a phase of a project (三期项目)';
  // `连续5个春节`, `24个昼夜`: festivals and days and nights counted are a span of time, not what a
  // noun after them names (`5个春节慰问点` counts the points)
  if (unit.unit === '个' && SPAN_STARTS.has(text[end]) && SPAN_IN_FESTIVALS_AT.test(text.slice(end, end + 8))) return 'a span of time (5个春节)';
  // `上午9时28分`, `下午3点15分`: minutes after an hour are a time of day
  if (unit.kind === 'score' && HOUR_BEFORE.test(text.slice(Math.max(0, numStart - 4), numStart))) return 'a time of day (9时28分)';
  // `落实园区非公企业党建15条`, `出台党建十条`: articles of a field's policy named by their number are
  // the policy's name, no count of things (`出台措施15条` counts measures); 条 closing its clause
  if (unit.unit === '条' && before === '建' && twoBefore === '党' && !g.num2 && !g.yu && !g.pre && !/^[\u4e00-\u9fff]/.test(text.slice(end, end + 1))) return 'a policy named by its articles (党建15条)';
  // (a classifier before 年/月/日 makes a duration or date only as the unit lexicon says: 个月, 次年, 元年;
  // elsewhere they open the noun: `12名年轻干部`, `12家年营收…`, `3场月度讲评`)
  return null;
}

/** A rank or a post in an office's division, after its number (二处四级主任科员, 三处副处长, 一处负责人). */
const DIVISION_POST_AT = /^(?:[一二三四]级)?(?:主任科员|调研员|副?处长|科员|负责人|工作人员|干部|主任)/;

/** A bank's branch or a level after a place's short name (三元支行, 三元工行, 三元区). */
const PLACE_GOES_ON_AT = /^(?:支行|分行|工行|农行|建行|中行|农商行|区|县|市|镇|乡|街道|籍)/;

/** Whether a place's name of three characters or more starts at `start` and runs past `end`. */
function placeNameOver(text: string, start: number, end: number): boolean {
  const hit = longestAt(text, start);
  return hit !== null && hit.length >= 3 && start + hit.length > end;
}

/** 亿 right after 个, not before 元 or 级: a hundred million as it is spoken (超1个亿). */
const SPOKEN_HUNDRED_MILLION_AT = /^亿(?![元级])/;
/** … and after 个多, where 元 may follow (`3个多亿元`; 多 says the figure is the money's, not a count of things of 亿元). */
const SPOKEN_HUNDRED_MILLION_AFTER_MORE_AT = /^亿(?!级)/;

const countRule: Rule<CountValue> = {
  name: 'count: numeral + classifier',
  pattern: COUNT_PATTERN,
  extract(m, doc) {
    const g = m.groups!;
    if (g.bare !== undefined) return moneyWithoutYuan(m, doc);
    const unit = UNIT_BY_WRITTEN.get(g.unit)!;
    const numStart = m.index;
    // (`商圈附近28幢`, `最近3年`, `签约3个`: the 近 or 约 of a word before the figure is no approximation)
    const pre = g.pre && approxEndsAWord(doc.content, numStart, g.pre) ? undefined : g.pre;
    // `达到或超过50名`, `超过或接近50名`: two bounds joined by 或 are one approximation
    const paired = pre ? PAIRED_BOUND_BEFORE.exec(doc.content.slice(Math.max(0, numStart - pre.length - 6), numStart - pre.length)) : null;
    const start = numStart - (pre?.length ?? 0) - (paired?.[0].length ?? 0);
    if (notACount(doc, m, unit, numStart)) return null;
    // `十几家`, `三十几名`: 几 after tens is some more than they (after anything else it is no figure)
    if (g.yu === '几' && !g.num.endsWith('十')) return null;
    let raw = readNumeral(g.num);
    if (raw === null) return null;
    // `1至2万元`, `三到五万人`: a range's lower figure with no unit of its own shares the upper's 万 or 亿
    if (g.num2 && !g.unit1 && !/[万亿]/.test(g.num)) {
      const shared = g.num2[g.num2.length - 1];
      if (shared === '万' || shared === '亿') raw *= shared === '亿' ? 1e8 : 1e4;
    }
    const scale = (unit.scale ?? 1) * (g.scale === '亿' ? 1e8 : g.scale === '万' ? 1e4 : 1);
    let approx: RawCount['approx'] = 'exact';
    if (pre) approx = paired ? pairedApprox(paired.groups!.first, APPROX_BEFORE[pre]) : APPROX_BEFORE[pre];
    if (g.yu) approx = 'over';
    if (g.post) approx = APPROX_AFTER[g.post];
    // (`约占职工总数的30%`: before the whole a percentage is of)
    if (approx === 'exact' && unit.kind === 'percent') approx = approxBeforeWhole(doc.content, start) ?? 'exact';
    let end = m.index + m[0].length;
    // `超1个亿`, `近2个亿`: a hundred million as it is spoken is money (it counted one 亿); not before
    // 元 or 级, where 个 counts what follows (1个亿元以上项目, 3个亿级产业集群); 多 may stand between
    // (`3个多亿`, some more than it), and then 元 after it is the money's too (`3个多亿元`)
    const spoken = g.unit === '个' && !g.num2 ? (g.post === undefined ? SPOKEN_HUNDRED_MILLION_AT : g.post === '多' ? SPOKEN_HUNDRED_MILLION_AFTER_MORE_AT : null) : null;
    if (spoken?.test(doc.content.slice(end, end + 2))) {
      end += doc.content[end + 1] === '元' ? 2 : 1;
      const money: CountValue = emptyBinding({ value: round(raw * 1e8), unit: '元', kind: 'money', approx, start, end });
      return { start, end, value: money };
    }
    const value: CountValue = emptyBinding({ value: round(raw * scale), unit: unit.unit, kind: unit.kind, approx, start, end });
    if (g.num2) {
      const upper = readNumeral(g.num2);
      if (upper === null || upper <= raw) return null;
      value.upper = round(upper * scale);
    }
    return { start: value.start, end: value.end, value };
  },
};

/** The word of approximation right before `at` (`近九成`, `超过三分之二`), not the 近 of 附近. */
function approxWordBefore(text: string, at: number): string | undefined {
  const pre = APPROX_WORDS_LONGEST_FIRST.find((w) => text.startsWith(w, at - w.length));
  return pre && !approxEndsAWord(text, at, pre) ? pre : undefined;
}

/**
 * `律师数量近全市律师人数的三分之一`: a word of approximation before the whole a share is of (the
 * whole, then 的) says how near the share is; not a time (近年, 近期).
 */
const APPROX_BEFORE_WHOLE = new RegExp(`(?<word>${alternation(APPROX_WORDS_LONGEST_FIRST)})(?!年|期|日|来|些)[\u4e00-\u9fff]{2,12}的$`);
function approxBeforeWhole(text: string, at: number): RawCount['approx'] | undefined {
  if (text[at - 1] !== '的') return undefined;
  const m = APPROX_BEFORE_WHOLE.exec(text.slice(Math.max(0, at - 18), at));
  if (!m) return undefined;
  const wordAt = at - m[0].length + m.groups!.word.length;
  return approxEndsAWord(text, wordAt, m.groups!.word) ? undefined : APPROX_BEFORE[m.groups!.word];
}

/** A share read from words (八成, 三分之二, 半数) as a percentage, with its approximation on either side. */
function shareCount(doc: Doc, start: number, end: number, percent: number, post: string | undefined) {
  const before = approxWordBefore(doc.content, start);
  const approx = post ? APPROX_AFTER[post] : before ? APPROX_BEFORE[before] : (approxBeforeWhole(doc.content, start) ?? 'exact');
  const value = emptyBinding({ value: percent, unit: '%', kind: 'percent', approx, start: start - (before?.length ?? 0), end });
  return { start: value.start, end: value.end, value };
}

const tenthsRule: Rule<CountValue> = {
  name: 'count: 成 (tenths) as a percentage',
  // `八成以上`, and in Arabic digits `5成以上` (not inside a longer number: `15成` is no share)
  pattern: new RegExp(`(?<num>[一二两三四五六七八九]|十|(?<![\\d.])[1-9](?:\\.\\d)?)${TENTHS}(?!${TENTHS_NOT_BEFORE.join('|')})(?<post>以上|以下|左右|多)?`, 'g'),
  extract(m, doc) {
    if (isMasked(doc, m.index, m.index + m[0].length)) return null;
    if (m.groups!.num === '一' && doc.content.startsWith('一成不', m.index)) return null; // 一成不变
    const n = /\d/.test(m.groups!.num) ? Number(m.groups!.num) : readNumeral(m.groups!.num)!;
    return shareCount(doc, m.index, m.index + m[0].length, round(n * 10), m.groups!.post);
  },
};

// `百分之九十`, `三分之二以上`, `千分之五`: the match starts at 分之 (a literal is found fast; a
// pattern starting with a numeral is tried at every digit) and the denominator is read behind it
const FRACTION_PATTERN = new RegExp(
  `分之(?<=(?<den>百|千|万|[一二两三四五六七八九十]{1,3}|(?<![\\d.])[1-9]\\d{0,3})分之)(?<num>${NUMERAL_SOURCE})(?<decimals>点[零〇一二三四五六七八九]{1,3})?(?<post>以上|以下|以内|左右|多)?`,
  'g',
);

const fractionRule: Rule<CountValue> = {
  name: 'count: 百分之N, 三分之二 (a fraction as a percentage)',
  pattern: FRACTION_PATTERN,
  extract(m, doc) {
    const g = m.groups!;
    const start = m.index - g.den.length;
    const end = m.index + m[0].length;
    if (isMasked(doc, start, end)) return null;
    const den = g.den === '百' ? 100 : g.den === '千' ? 1000 : g.den === '万' ? 10000 : readNumeral(g.den);
    // (`百分之八十五点五`: decimals written in Chinese after 点, digit by digit)
    const whole = readNumeral(g.num);
    const n = whole === null || !g.decimals ? whole : round(whole + Number(`0.${[...g.decimals.slice(1)].map((d) => readNumeral(d)).join('')}`));
    if (n === null || !den || n === 0) return null;
    // (a percentage as written; other fractions to two places: 三分之二 → 66.67)
    const percent = den === 100 ? n : Math.round((n / den) * 1e4) / 100;
    return shareCount(doc, start, end, percent, g.post);
  },
};

const halfRule: Rule<CountValue> = {
  name: 'count: 半数 (half) as a percentage',
  // `半数以上党员`, `过半数企业`, `超过半数的`; not 半数字化
  // `一半以上的企业`, `超过一半的党员`: 一半 before a bound or 的 (not 另一半, the other half; nor
  // 一半 standing alone, `一半是…`, which shares nothing named)
  pattern: /(?<!过)半数(?!字|据|码)(?<post>以上|以下|左右)?|过半数|(?<!另)一半(?=以上|以下|左右|的)(?<halfPost>以上|以下|左右)?/g,
  extract(m, doc) {
    const end = m.index + m[0].length;
    if (isMasked(doc, m.index, end)) return null;
    const post = m.groups!.post ?? m.groups!.halfPost ?? (m[0] === '过半数' ? '以上' : undefined);
    return shareCount(doc, m.index, end, 50, post);
  },
};

/**
 * `实现收入近20亿`, `上交税收1.2亿`: an amount in 万 or 亿 with no 元 after it is money where
 * a word of money (收入, 税收, 产值…) stands right before it (a linking verb or an
 * approximation between); elsewhere a bare 万 or 亿 counts nothing we can name.
 */
function moneyWithoutYuan(m: RegExpExecArray, doc: Doc): Omit<Found<CountValue>, 'rule'> | null {
  const g = m.groups!;
  const end = m.index + m[0].length;
  // (no range: its scale, written once at its end, would want reading back to the first figure)
  if (!/^\d/.test(g.num) || g.yu || g.num2 || isMasked(doc, m.index, end) || /[\d.A-Za-z]/.test(doc.content[m.index - 1] ?? '')) return null;
  const pre = approxWordBefore(doc.content, m.index);
  const start = m.index - (pre?.length ?? 0);
  if (!MONEY_WORD_BEFORE.test(doc.content.slice(Math.max(0, start - 8), start))) return null;
  const raw = readNumeral(g.num);
  if (raw === null) return null;
  const value = emptyBinding({ value: round(raw), unit: '元', kind: 'money', approx: pre ? APPROX_BEFORE[pre] : 'exact', start, end });
  return { start, end, value };
}
/** Words of money right before an amount (a linking verb between): `收入`, `税收达`, `总投资超过`. */
const MONEY_WORD_BEFORE = /(?:收入|税收|纳税|产值|营收|销售额|利润|投资|投资额|总额|资金|融资|贷款|授信|增加值|GDP|营业额|交易额)(?:达到?|超过?|突破|实现|完成|为|了|近|约|逾)?$/;

function emptyBinding(raw: RawCount): CountValue {
  // the new keys first: `{ ...raw, subject }` is V8's slow path (see runModule)
  return { subject: null, action: null, carried: false, ...raw };
}

/** All idioms in one pass; longest first, so an idiom inside a longer one never wins. */
const IDIOM_RE = new RegExp(alternation(IDIOMS), 'g');

/** Fixed phrases (千家万户, 四套班子) are masked before counts are read. */
function maskIdioms(doc: Doc): void {
  IDIOM_RE.lastIndex = 0;
  for (let m = IDIOM_RE.exec(doc.content); m; m = IDIOM_RE.exec(doc.content)) doc.masks.push([m.index, m.index + m[0].length]);
}

/**
 * Short quoted terms are names (`“三会一课”`, `“两个覆盖”`); long quotations with
 * sentence punctuation are speech, whose figures are counts. A longer one joined by
 * plus signs is the formula of a structure (`“产业链综合党委+10个链上企业+若干个上下游企业”`):
 * a name too, however long.
 */
function maskQuotedTerms(doc: Doc): void {
  const re = /[“‘「『"]([^“”‘’「」『』"\n]{1,40})[”’」』"]/g;
  for (let m = re.exec(doc.content); m; m = re.exec(doc.content)) {
    if (m[1].length > 16 && !m[1].includes('+')) continue;
    if (/[,，。;；!！?？]/.test(m[1])) continue;
    // (nor is a short quotation of speech holding a figure in digits: said after a colon or before a
    // word of saying, `他说:“园区已建立26个党支部”`, `“园区已建立26个党支部”,他说`)
    if (/\d/.test(m[1]) && !m[1].includes('+') && (/[:：]$/.test(doc.content.slice(Math.max(0, m.index - 1), m.index)) || SAYING_AFTER.test(doc.content.slice(m.index + m[0].length, m.index + m[0].length + 10)))) continue;
    doc.masks.push([m.index, m.index + m[0].length]);
  }
  // `《武功县两新党建十项扶持措施的通知》`: a figure in the title of a document or periodical
  // is part of its name
  for (let m = DOCUMENT_TITLE.exec(doc.content); m; m = DOCUMENT_TITLE.exec(doc.content)) doc.masks.push([m.index, m.index + m[0].length]);
}
const DOCUMENT_TITLE = /《[^《》\n]{1,60}》/g;
/** Who said a quotation and the word of saying, right after it: `,他说`, `,王明介绍`, `表示`. */
const SAYING_AFTER = /^[,，]?[\u4e00-\u9fff]{0,6}?(?:说|表示|介绍|坦言|告诉记者)/;

const maskRule: Rule<CountValue> = {
  // Runs first: declines every match, and marks names and idioms as it goes.
  name: 'count: mask quoted terms and idioms',
  pattern: /^/g,
  extract(_m, doc) {
    maskQuotedTerms(doc);
    maskIdioms(doc);
    return null;
  },
};

export const countsModule: Module<CountValue> = {
  name: 'counts',
  view: 'content',
  rules: [maskRule, countRule, tenthsRule, fractionRule, halfRule],
  refiners: [dropOverlaps, sharePointsOfList, distantApprox, dropDescribingFigures, bindAll, dropThresholds],
};
