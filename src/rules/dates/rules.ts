// Dates: explicit dates in the body and the header, as ISO-like partial dates
// with XX for what the text leaves open, resolved against the publication date
// (RECORD.md, DateMention). Periods without a number (今年以来, 近年来) are not dates.
import type { Doc } from '../../text/document.js';
import { longestNonOverlapping, type Found, type Module, type Near, type Rule } from '../types.js';
import { readNumeral } from '../counts/numerals.js';
import { DAY_MONTH_YEAR_DATELINE } from '../../text/layout.js';

export interface DateValue {
  value: string;
}

const CN = '〇零一二两三四五六七八九十';
const NUM = `(?:\\d{1,2}|[${CN}]{1,3})`;
// Chinese documents write the zero of a year as 〇, 零 or the circle ○ (二○二二年).
const YEAR_DIGITS = '〇零○一二三四五六七八九';
const YEAR = `(?:\\d{4}|[${YEAR_DIGITS}]{4})`;
const pad = (n: number) => String(n).padStart(2, '0');
const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : readNumeral(s) ?? NaN);
const yearOf = (s: string) => (/^\d{4}$/.test(s) ? Number(s) : Number([...s].map((c) => '〇一二三四五六七八九'.indexOf(c === '零' || c === '○' ? '〇' : c)).join('')));
/** A part of a month (`中旬`, `底`): the value stays the month's. */
const MONTH_PART = '(?:上旬|中旬|下旬|初|底|末)';
/** Range separators: 至, 到 and the dashes and tildes news copy uses. */
const TO = '(?:至|到|—|–|-|~|～)';

/**
 * Every date holds a numeral right before 年, 月, 日 or 号 (spaces between at most), or the
 * separator of 2023-05-12 between digits, within a few characters of its ends: date rules
 * read only the text around those (see Near). (年, 月, 日 alone are common characters:
 * 青年, 岁月, 日常; around them the rules read twice as much text.)
 */
// (found from the marker, the numeral read back: numerals are the commoner characters, 一 above all)
const NEAR_DATE_WORD: Near = { anchor: /[年月日号](?<=[\d〇零○一二两三四五六七八九十]\s*[年月日号])|[-/.](?<=\d\s*[-/.])(?=\s*\d)/g, reach: 24 };
/** A range holds its separator: range rules read only the text around one (a third as much). */
const NEAR_RANGE: Near = { anchor: /[至到—–~～-]/g, reach: 24 };
/** Quarters and halves of a year are rare words; their rules read only around them. */
const NEAR_QUARTER: Near = { anchor: /季度/g, reach: 24 };
const NEAR_HALF_YEAR: Near = { anchor: /半年/g, reach: 24 };

/** A year named relative to publication (resolved by resolveYear), as a named group. */
const RELATIVE_YEAR = '(?<rel>今年|去年|前年|本年|明年)';

/** A year named by the one the text gave before (`2018年3月…同年5月`, `次年3月`), as a named group. */
const ANAPHORIC_YEAR = '(?<ana>同年|次年|翌年)';
/** A year of four digits with its 年. */
const FOUR_DIGIT_YEAR = /(?<!\d)(\d{4})年/g;

/**
 * The year 同年 or 次年 at `at` means: the last year of four digits written before it (the same, or
 * the one after); open (XXXX) where none was.
 */
function anaphoricYear(doc: Doc, at: number, word: string): string {
  let last: number | null = null;
  const before = doc.contentAndMeta.slice(Math.max(0, at - 400), at);
  FOUR_DIGIT_YEAR.lastIndex = 0;
  for (let m = FOUR_DIGIT_YEAR.exec(before); m; m = FOUR_DIGIT_YEAR.exec(before)) last = Number(m[1]);
  if (last === null || !validYear(last)) return 'XXXX';
  return String(word === '同年' ? last : last + 1);
}

/** Words of a day or month that comes every year, right before it. */
const EVERY_YEAR_BEFORE = /(?:每年|每逢|每年的)$/;

/** The reference date: the article's publication date, else the caller's reference date. */
const reference = (doc: Doc) => doc.publishedAt;

/**
 * A year for a date the text gives without one: the publication year, or the
 * year before when the date would otherwise fall after publication.
 */
function resolveYear(doc: Doc, month: number | null, day: number | null, relative: string | undefined, at = -1): string {
  const ref = reference(doc);
  // (a day that comes every year names none: `每年7月1日前后`, `每逢5月`)
  if (!ref || (relative === undefined && at > 0 && EVERY_YEAR_BEFORE.test(doc.contentAndMeta.slice(Math.max(0, at - 3), at)))) return 'XXXX';
  const [y, m, d] = ref.split('-').map(Number);
  if (relative === '去年') return String(y - 1);
  if (relative === '前年') return String(y - 2);
  // (next year: plans, `明年1月将召开…`)
  if (relative === '明年') return String(y + 1);
  if (relative === '今年' || relative === '本年') return String(y);
  if (month !== null && (month > m || (month === m && day !== null && day > d))) return String(y - 1);
  return String(y);
}

const validMonth = (m: number) => m >= 1 && m <= 12;
const validDay = (d: number) => d >= 1 && d <= 31;
const validYear = (y: number) => y >= 1900 && y <= 2100;

const fullDate: Rule<DateValue> = {
  near: NEAR_DATE_WORD,
  name: 'date: year-month-day',
  // 日 may be followed by an hour (24日10时); a bare day number may not run into more digits
  // (nor into 月: `2025年1-8月` is a range of months)
  pattern: new RegExp(`(?<y>${YEAR})\\s*(?:年|[-/.])\\s*(?<m>${NUM})\\s*(?:月|[-/.])\\s*(?<d>${NUM})(?:日|号|(?![\\d日号月]))`, 'g'),
  extract(m) {
    const g = m.groups!;
    const y = yearOf(g.y);
    const mo = num(g.m);
    const d = num(g.d);
    if (!validYear(y) || !validMonth(mo) || !validDay(d)) return null;
    return { start: m.index, end: m.index + m[0].length, value: { value: `${y}-${pad(mo)}-${pad(d)}` } };
  },
};

/** `12.12.2022 08:26`: a dateline some templates print day first (only on such a line: elsewhere `1.2.2022` may be anything). */
const dayMonthYear: Rule<DateValue> = {
  name: 'date: day.month.year dateline',
  pattern: new RegExp(DAY_MONTH_YEAR_DATELINE.source, 'gm'),
  extract(m, doc) {
    if (doc.lines.find((l) => l.start === m.index)?.why !== 'dateline') return null;
    const g = m.groups!;
    const y = Number(g.y);
    const mo = Number(g.m);
    const d = Number(g.d);
    if (!validYear(y) || !validMonth(mo) || !validDay(d)) return null;
    return { start: m.index, end: m.index + g.d.length + g.m.length + g.y.length + 2, value: { value: `${y}-${pad(mo)}-${pad(d)}` } };
  },
};

/** `2022年10月24日—26日`, `2022年10月30日至11月2日`: one mention, a range. */
const fullDateRange: Rule<DateValue> = {
  near: NEAR_RANGE,
  name: 'date: range from a full date',
  pattern: new RegExp(`(?<y>${YEAR})年(?<m>${NUM})月(?<d>${NUM})[日号]\\s*${TO}\\s*(?:(?<m2>${NUM})月)?(?<d2>${NUM})[日号]`, 'g'),
  extract(m) {
    const g = m.groups!;
    const y = yearOf(g.y);
    const [mo, d, mo2, d2] = [num(g.m), num(g.d), g.m2 ? num(g.m2) : num(g.m), num(g.d2)];
    if (!validYear(y) || !validMonth(mo) || !validMonth(mo2) || !validDay(d) || !validDay(d2)) return null;
    if (mo2 < mo || (mo2 === mo && d2 <= d)) return null;
    return { start: m.index, end: m.index + m[0].length, value: { value: `${y}-${pad(mo)}-${pad(d)}/${y}-${pad(mo2)}-${pad(d2)}` } };
  },
};

/** `2022年3月至5月`, `2021年11月至2022年2月`, `2025年1-8月`: a range of months with its year. */
const yearMonthRange: Rule<DateValue> = {
  near: NEAR_RANGE,
  name: 'date: range of months with a year',
  // (a part of a month at either end: `2024年5月中旬至6月底`)
  pattern: new RegExp(`(?<y>${YEAR})年(?<m>${NUM})(?:月(?:份)?${MONTH_PART}?)?\\s*${TO}\\s*(?:(?<y2>${YEAR})年)?(?<m2>${NUM})月(?:份)?${MONTH_PART}?(?!${NUM}[日号])`, 'g'),
  extract(m) {
    const g = m.groups!;
    const [y, mo, mo2] = [yearOf(g.y), num(g.m), num(g.m2)];
    const y2 = g.y2 ? yearOf(g.y2) : y;
    if (!validYear(y) || !validYear(y2) || !validMonth(mo) || !validMonth(mo2) || y2 * 12 + mo2 <= y * 12 + mo) return null;
    return { start: m.index, end: m.index + m[0].length, value: { value: `${y}-${pad(mo)}/${y2}-${pad(mo2)}` } };
  },
};

/**
 * `2021年至2023年`, `2021—2023年`: a range of years; from a year or its part (底, 初, 末: the year is
 * all the value holds) to a later year or a month of it, one mention too: `2022年底至2023年6月`,
 * `2022年初到2023年底`, `2021年至2023年3月` (one pattern: one scan of the range windows).
 */
const yearRange: Rule<DateValue> = {
  near: NEAR_RANGE,
  name: 'date: range of years',
  pattern: new RegExp(
    // (years of account or of school, whole: `2022年度至2023年度`, `2022—2023学年`)
    `(?<y>${YEAR})(?:年度|学年|年(?<p1>底|初|末)?)?\\s*${TO}\\s*(?<y2>${YEAR})(?:年度|学年|年)` +
      `(?:(?<m2>${NUM})月(?:份)?(?:上旬|中旬|下旬|初|底|末)?(?!${NUM}[日号])|(?<p2>底|初|末)|(?!代|度?${NUM}月))`,
    'g',
  ),
  extract(m) {
    const g = m.groups!;
    const [y, y2] = [yearOf(g.y), yearOf(g.y2)];
    const mo2 = g.m2 ? num(g.m2) : 0;
    if (!validYear(y) || !validYear(y2) || (g.m2 && !validMonth(mo2))) return null;
    // (to a later year; within one year only to a month of it: `2023年初至2023年6月`)
    if (y2 < y || (y2 === y && !g.m2)) return null;
    return { start: m.index, end: m.index + m[0].length, value: { value: `${y}/${y2}${g.m2 ? `-${pad(mo2)}` : ''}` } };
  },
};

const yearMonth: Rule<DateValue> = {
  near: NEAR_DATE_WORD,
  name: 'date: year-month',
  pattern: new RegExp(`(?<y>${YEAR})年(?<m>${NUM})月(?:份)?(?:上旬|中旬|下旬|初|底|末)?`, 'g'),
  extract(m) {
    const y = yearOf(m.groups!.y);
    const mo = num(m.groups!.m);
    if (!validYear(y) || !validMonth(mo)) return null;
    return { start: m.index, end: m.index + m[0].length, value: { value: `${y}-${pad(mo)}` } };
  },
};

const yearOnly: Rule<DateValue> = {
  near: NEAR_DATE_WORD,
  name: 'date: year',
  // (not an issue of a periodical: `党建研究 2024年3期`, `2023年第12期`)
  pattern: new RegExp(`(?<y>${YEAR})年(?!代|度?[\\d${CN}]{1,2}月|第?\\d{1,2}期)(?:起|以来|底|初|末|度|上半年|下半年)?`, 'g'),
  extract(m) {
    const y = yearOf(m.groups!.y);
    if (!validYear(y)) return null;
    return { start: m.index, end: m.index + m[0].length, value: { value: String(y) } };
  },
};

/** `去年底`, `去年年初`, `今年年底`: a year named relative to publication, with its end or start. */
const relativeYearEnd: Rule<DateValue> = {
  // (read only around the end or start it names: 底, 初, 末 are rarer than 年)
  near: { anchor: /[底初末]/g, reach: 4 },
  name: 'date: this or last year, its start or end',
  pattern: new RegExp(`${RELATIVE_YEAR}年?(?:底|初|末)`, 'g'),
  extract(m, doc) {
    const year = resolveYear(doc, null, null, m.groups!.rel);
    // (with no publication date it says nothing: a year left open is all there would be)
    if (year === 'XXXX') return null;
    return { start: m.index, end: m.index + m[0].length, value: { value: year } };
  },
};

const monthDay: Rule<DateValue> = {
  near: NEAR_DATE_WORD,
  name: 'date: month-day without a year',
  pattern: new RegExp(`(?:${RELATIVE_YEAR}|${ANAPHORIC_YEAR})?(?<m>${NUM})月(?<d>${NUM})(?:日|号)`, 'g'),
  extract(m, doc) {
    const g = m.groups!;
    const mo = num(g.m);
    const d = num(g.d);
    if (!validMonth(mo) || !validDay(d)) return null;
    const year = g.ana ? anaphoricYear(doc, m.index, g.ana) : resolveYear(doc, mo, d, g.rel, m.index);
    return { start: m.index, end: m.index + m[0].length, value: { value: `${year}-${pad(mo)}-${pad(d)}` } };
  },
};

/** What follows a month said as a time from or within which (十月以来, 三月起, 五月期间). */
const SINCE_AFTER = /^(?:以来|以后|起|开始|期间)/;

const monthOnly: Rule<DateValue> = {
  near: NEAR_DATE_WORD,
  name: 'date: month (of this year)',
  pattern: new RegExp(`(?:${RELATIVE_YEAR}|${ANAPHORIC_YEAR}|截至|截止|到)?(?<m>\\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份)?(?<part>上旬|中旬|下旬|初|底|末)?(?![\\d${CN}]{1,3}[日号])`, 'g'),
  extract(m, doc) {
    const g = m.groups!;
    const mo = num(g.m);
    if (!validMonth(mo)) return null;
    // A Chinese-numeral month needs an anchor (今年三月, 三月中旬, 三月份, 十月以来): 一月一次 is a frequency.
    if (!/^\d/.test(g.m) && !g.rel && !g.ana && !g.part && !m[0].endsWith('份') && !SINCE_AFTER.test(doc.contentAndMeta.slice(m.index + m[0].length, m.index + m[0].length + 2))) return null;
    const before = m.index > 0 ? doc.contentAndMeta[m.index - 1] : '';
    if (/[\d年个]/.test(before) || /[一二三四五六七八九十]/.test(before)) return null;
    const year = g.ana ? anaphoricYear(doc, m.index, g.ana) : resolveYear(doc, mo, null, g.rel, m.index);
    return { start: m.index, end: m.index + m[0].length, value: { value: `${year}-${pad(mo)}` } };
  },
};

const dayOnly: Rule<DateValue> = {
  near: NEAR_DATE_WORD,
  name: 'date: day of the month',
  pattern: /(?<![\d月年号.:-])(?<d>\d{1,2})日(?![\d])/g,
  extract(m, doc) {
    const d = Number(m.groups!.d);
    if (!validDay(d)) return null;
    const before = doc.contentAndMeta.slice(Math.max(0, m.index - 2), m.index);
    if (/[第每近]|工作$/.test(before)) return null;
    const ref = reference(doc);
    const year = ref ? ref.slice(0, 4) : 'XXXX';
    return { start: m.index, end: m.index + m[0].length, value: { value: `${year}-XX-${pad(d)}` } };
  },
};

const dayRange: Rule<DateValue> = {
  near: NEAR_RANGE,
  name: 'date: range of days',
  // (to a day of a later month of the year too: `5月10日至6月30日`)
  pattern: /(?:(?<m>\d{1,2})月)?(?<d1>\d{1,2})日?\s*(?:至|到|—|-|~|～)\s*(?:(?<m2>\d{1,2})月)?(?<d2>\d{1,2})日/g,
  extract(m, doc) {
    const g = m.groups!;
    const d1 = Number(g.d1);
    const d2 = Number(g.d2);
    const mo = g.m ? Number(g.m) : null;
    const mo2 = g.m2 ? Number(g.m2) : mo;
    // (a second month only after a first: `10日至6月30日` is no range)
    if (g.m2 && mo === null) return null;
    if (!validDay(d1) || !validDay(d2) || (mo !== null && !validMonth(mo)) || (mo2 !== null && !validMonth(mo2))) return null;
    if (mo2 === mo ? d2 <= d1 : mo2! < mo!) return null;
    const year = mo !== null ? resolveYear(doc, mo, d1, undefined, m.index) : reference(doc)?.slice(0, 4) ?? 'XXXX';
    const mm = mo !== null ? pad(mo) : 'XX';
    const mm2 = mo2 !== null ? pad(mo2) : 'XX';
    return { start: m.index, end: m.index + m[0].length, value: { value: `${year}-${mm}-${pad(d1)}/${year}-${mm2}-${pad(d2)}` } };
  },
};

const monthRange: Rule<DateValue> = {
  near: NEAR_RANGE,
  name: 'date: range of months',
  pattern: new RegExp(`${RELATIVE_YEAR}?(?<m1>\\d{1,2})(?:月${MONTH_PART}?)?\\s*(?:至|到|—|-|~|～)\\s*(?<m2>\\d{1,2})月(?:份)?${MONTH_PART}?`, 'g'),
  extract(m, doc) {
    const g = m.groups!;
    const m1 = Number(g.m1);
    const m2 = Number(g.m2);
    if (!validMonth(m1) || !validMonth(m2) || m2 <= m1) return null;
    const year = resolveYear(doc, m1, null, g.rel, m.index);
    return { start: m.index, end: m.index + m[0].length, value: { value: `${year}-${pad(m1)}/${year}-${pad(m2)}` } };
  },
};

const quarter: Rule<DateValue> = {
  near: NEAR_QUARTER,
  name: 'date: quarter',
  // (two quarters listed are the stretch they span: `一、二季度`, `三四季度`)
  pattern: new RegExp(`(?:(?<y>\\d{4})年|${RELATIVE_YEAR})?(?<first>前)?第?(?:(?<from>[一二三1-3])、?(?=[二三四2-4]季度))?(?<q>[一二两三四1-4])(?:个)?季度`, 'g'),
  extract(m, doc) {
    const g = m.groups!;
    const quarterOf = (n: string) => '一二三四'.indexOf(n === '两' ? '二' : n) + 1 || Number(n);
    const q = quarterOf(g.q);
    const from = g.first ? 1 : g.from ? quarterOf(g.from) : q;
    if (from > q) return null;
    // (`四个季度`, `两个季度`: a number of quarters is a duration; `第三个季度` is one)
    if (m[0].includes('个') && !m[0].includes('第') && !g.first) return null;
    const year = g.y ?? resolveYear(doc, null, null, g.rel ?? '今年');
    // 前三季度: the first three quarters, a range; so are two listed, `一、二季度`
    const value = from < q ? `${year}-Q${from}/${year}-Q${q}` : `${year}-Q${q}`;
    return { start: m.index, end: m.index + m[0].length, value: { value } };
  },
};

const halfYear: Rule<DateValue> = {
  near: NEAR_HALF_YEAR,
  name: 'date: half-year',
  pattern: new RegExp(`(?:(?<y>\\d{4})年|${RELATIVE_YEAR})?(?<h>上|下)半年`, 'g'),
  extract(m, doc) {
    const g = m.groups!;
    const year = g.y ?? resolveYear(doc, null, null, g.rel ?? '今年');
    return { start: m.index, end: m.index + m[0].length, value: { value: `${year}-H${g.h === '上' ? 1 : 2}` } };
  },
};

/** Of overlapping finds keep the longest (a full date over its year, a range over its days); each value once per span. */
function refine(found: Found<DateValue>[]): Found<DateValue>[] {
  return longestNonOverlapping(found);
}

export const datesModule: Module<DateValue> = {
  name: 'dates',
  view: 'contentAndMeta',
  rules: [fullDateRange, fullDate, dayMonthYear, yearMonthRange, yearRange, yearMonth, dayRange, monthRange, quarter, halfYear, monthDay, monthOnly, yearOnly, relativeYearEnd, dayOnly],
  refiners: [refine],
};
