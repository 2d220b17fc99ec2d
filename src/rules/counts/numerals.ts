// One numeral reader for Arabic, Chinese and mixed numerals: `1,020`, `572.38`,
// `两`, `十二`, `一百二十`, `三千五百`, `壹贰叁`, `1.2万`, `3万4000`, `千余`.
// NUMERAL is the pattern every count rule embeds; readNumeral gives its value.

const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

const CN_DIGITS = '零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖';
const CN_SMALL = '十拾百佰千仟';
const CN_ALL = CN_DIGITS + CN_SMALL + '万亿';
/** The financial forms (壹, 贰, … 仟), written on cheques and in contracts. */
const FINANCIAL = '壹贰叁肆伍陆柒捌玖拾佰仟';

/**
 * A character of `chars`, as a pattern: the everyday numerals in one class and
 * the financial forms in another. V8 tests a class of more than 16 separate
 * characters by calling out of the compiled pattern, at every position the count
 * pattern scans; two smaller classes are tested inline (a third fewer
 * instructions for the whole scan, same matches).
 */
function oneOf(chars: string): string {
  const everyday = [...chars].filter((c) => !FINANCIAL.includes(c)).join('');
  const financial = [...chars].filter((c) => FINANCIAL.includes(c)).join('');
  return `(?:[${everyday}]|[${financial}])`;
}

/** Whether a string holds a character a numeral may start or go on with (a digit, 三, 百, 万, 壹…). */
export const HAS_NUMERAL = new RegExp(`[\\d${CN_ALL}]`);

/**
 * A numeral as written. Arabic with thousands separators and decimals, optionally
 * scaled (`1.2万`, `3万4000`); or Chinese, starting with a digit or 十/百/千
 * (a bare 万 or 亿 is not a number: `亿元以上项目`).
 * Every part is bounded (no count is written with more than 16 digits or 16 Chinese
 * numerals): unbounded, a long run of numerals with no unit after it made the count
 * pattern backtrack over every length at every start, the look-behind after it once
 * more, and 8,000 characters of 一二三…亿 took 30 s (a match inside a longer run is
 * declined: notACount).
 */
export const NUMERAL_SOURCE =
  // (thousands after digits as a Chinese unit: `5千余件`, `1.5千人次`, `3千万`)
  String.raw`(?:\d{1,3}(?:,\d{3}){1,5}(?:\.\d{1,8})?|\d{1,16}(?:\.\d{1,8})?)千?(?:[万亿](?:\d{1,4}(?![\d.]))?){0,3}` +
  `|${oneOf(CN_DIGITS + CN_SMALL)}${oneOf(CN_ALL)}{0,15}` +
  // (a bare 万 before 余/多 is ten thousand and more: `惠及群众万余人`, as 千余 is a thousand;
  // so after a word of approximation: `覆盖人群超万人`, `近万名`, `逾万人次`; `上万` stays vague)
  // (the character first, then what stands before it: a look-behind first would be tried at every position)
  `|万(?=[余多])|万(?<=[超近逾过破足约]万)`;

/** Read a Chinese numeral without big units: 三千五百 → 3500, 十二 → 12, 二〇二二 → 2022 (digit by digit). */
function readSmallChinese(s: string): number | null {
  if (s === '') return 0;
  if ([...s].every((c) => c in DIGIT) && s.length > 1) {
    // Digit by digit only for codes and years (二〇二二, 一九九八); two digits side
    // by side (两三, 三四) are a vague span, not a number, and three a list (一二三类)
    if (s.length < 4 && !/[零〇]/.test(s)) return null;
    return Number([...s].map((c) => DIGIT[c]).join(''));
  }
  let total = 0;
  let pending: number | null = null;
  for (const c of s) {
    if (c === '零' || c === '〇') continue; // a place holder inside a positional numeral: 一百零五
    if (c in DIGIT) {
      if (pending !== null) return null; // two digits in a row inside a positional numeral: 三四十 is vague
      pending = DIGIT[c];
    } else if (c in SMALL_UNIT) {
      total += (pending ?? 1) * SMALL_UNIT[c];
      pending = null;
    } else return null;
  }
  // 一百二 → 120 is colloquial; we read the trailing digit as units, which is what news copy means
  return total + (pending ?? 0);
}

/** The value of a numeral matched by NUMERAL_SOURCE, or null when it is not one number (`三四十`). */
export function readNumeral(raw: string): number | null {
  const s = raw.replace(/,/g, '');
  if (s === '') return null;
  // Split on big units from the largest: 3万4000 → 3×10^4 + 4000; 1.2万 → 12000.
  let value = 0;
  let rest = s;
  for (const [unit, scale] of [['亿', 1e8], ['万', 1e4]] as const) {
    const at = rest.indexOf(unit);
    if (at < 0) continue;
    const head = rest.slice(0, at);
    const headValue = head === '' ? 1 : readPlain(head);
    if (headValue === null) return null;
    value += headValue * scale;
    rest = rest.slice(at + 1);
  }
  const tail = readPlain(rest);
  if (tail === null) return null;
  return roundFloatError(value + tail);
}

function readPlain(s: string): number | null {
  if (s === '') return 0;
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  if (/^\d+(?:\.\d+)?千$/.test(s)) return roundFloatError(Number(s.slice(0, -1)) * 1000);
  if ([...s].some((c) => c in BIG_UNIT)) return readNumeral(s);
  return readSmallChinese(s);
}

/**
 * Avoid 572.38 × 10^8 = 57238000000.000004 and 41.2 × 10^8 = 4120000000.000001: no figure
 * in news copy has fifteen significant digits, so what lies beyond them is the float's error.
 * (Rounding to a fixed number of decimals failed for money: ×10^6 of billions leaves the
 * range where doubles hold every integer.) Whole numbers, most figures, pass as they are:
 * toPrecision costs some thousand instructions.
 */
export const roundFloatError = (x: number) => (Number.isInteger(x) ? x : Number(x.toPrecision(15)));

/** True for the numeral 一 standing alone: an article (`一个指导员`, `一次洗礼`), not a count. */
export const isLoneYi = (raw: string) => raw === '一' || raw === '壹';

/** A financial form standing alone (陆家嘴, 伍家岗): a name's character, not a figure; cheques write whole amounts (壹佰万元). */
export const isLoneFinancial = (raw: string) => raw.length === 1 && FINANCIAL.includes(raw);
