// Normalize once, at the door: inline pinyin out, full-width ASCII folded,
// corner brackets to curly quotes, OpenCC to simplified. Every rule reads the
// normalized text; every item's evidence is mapped back through the offset map
// to the text the user gave.
import fs from 'node:fs';
import type { Script } from '../schema.js';
import { converters } from './opencc.js';

export interface Normalized {
  /** The decoded input, untouched. Evidence spans point into this. */
  readonly original: string;
  /** The text every rule reads. */
  readonly text: string;
  /** For each code unit of `text`, where its source starts and ends in `original`. */
  readonly startOf: Int32Array;
  readonly endOf: Int32Array;
  readonly script: Script;
}

/** Span [start, end) of `text` → span of `original`. */
export function toOriginal(n: Normalized, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < n.text.length ? n.startOf[start] : n.original.length;
    return { start: at, end: at };
  }
  return { start: n.startOf[start], end: n.endOf[end - 1] };
}

// --- inline pinyin ----------------------------------------------------------
// Some sites print the reading after characters: 會(huì), 業(yè). A parenthesis
// right after a Han character holding one lower-case pinyin syllable is such a
// reading; 黨(工)委 and (試行) hold Han characters and stay.
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const SYLLABLE = `(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüv${TONED}]{1,3}(?:ng|n|r)?`;
/**
 * A pinyin reading and the closing parenthesis after it, read in place (sticky):
 * no match array, no slice per parenthesis, which on annotated text means per
 * character. One syllable after a character (`會(huì)`; some sites pad it with a
 * space: `會(huì )`), or up to four after a word (`故障(gùzhàng)`, spaced or not: `黨員(dǎng yuán)`) —
 * those carry a tone mark, so a Latin word in parentheses is not taken for one.
 */
const PINYIN_READING = new RegExp(
  `[ \\t]?(?:${SYLLABLE}|(?=[a-zü ]*[${TONED}])${SYLLABLE}(?: ?${SYLLABLE}){1,3})[ \\t]?(?=[)）])`,
  'y',
);
/** \p{Script=Han} for one UTF-16 unit, by ranges: a regex test per parenthesis was a visible cost on annotated text. */
export function isHanUnit(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfad9 && !(c >= 0xfa6e && c <= 0xfa6f)) ||
    (c >= 0x2e80 && c <= 0x2fd5 && c !== 0x2e9a && !(c >= 0x2ef4 && c <= 0x2eff)) ||
    c === 0x3005 ||
    c === 0x3007 ||
    (c >= 0x3021 && c <= 0x3029) ||
    (c >= 0x3038 && c <= 0x303b)
  );
}
/**
 * Length of a pinyin annotation starting at `i` (an opening parenthesis), or 0; `afterReading`
 * when one ended right there (`屋顶(wūdǐng)(wūdǐng)`: some pages print the reading twice).
 */
function pinyinAnnotationAt(s: string, i: number, afterReading: boolean): number {
  const open = s.charCodeAt(i);
  if (open !== 0x28 && open !== 0xff08) return 0;
  // a character lost to a broken byte (`?`, U+FFFD) still carries its reading
  const before = i === 0 ? 0 : s.charCodeAt(i - 1);
  if (i === 0 || !(afterReading || isHanUnit(before) || before === 0x3f || before === 0xfffd)) return 0;
  PINYIN_READING.lastIndex = i + 1;
  if (!PINYIN_READING.test(s)) return 0;
  // lastIndex is now at the closing parenthesis
  return PINYIN_READING.lastIndex + 1 - i;
}

// --- spacing around numbers ------------------------------------------------------------------
// Many sites and word processors put a space between Chinese and digits (`有 3 名党员`,
// `6 月 19 日`): one such space is typography, not a word break, and goes, so a numeral
// stays with its classifier and a date with its units. Not after a time of day
// (`15:09 兴安日报`: there the space separates the dateline from the outlet). So is a space right
// inside a quotation mark, and one after a decimal point (`25. 8`).
const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;
function isAutospace(codes: Uint16Array, k: number, next: number): boolean {
  const before = codes[k - 1];
  if (isDigitCode(before) && isHanUnit(next)) return codes[k - 3] !== 0x3a;
  // `25. 8 万元`, `48. 9%`: a PDF's text spaced a decimal point from the digits after it
  if (before === 0x2e && isDigitCode(next) && k > 1 && isDigitCode(codes[k - 2])) return true;
  // `“ 三化”`, `“ 1+6+N”`: a space right inside a quotation mark, before or after Chinese or a digit,
  // parts nothing (some document sites set one after every opening mark)
  if ((before === 0x201c || before === 0x2018) && (isHanUnit(next) || isDigitCode(next))) return true;
  if ((next === 0x201d || next === 0x2019) && (isHanUnit(before) || isDigitCode(before))) return true;
  return isHanUnit(before) && isDigitCode(next);
}

// --- width and compatibility forms -----------------------------------------------------------------
function foldWidth(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x3000) return 0x20;
  // corner brackets, the quotation marks of Hong Kong and Taiwan text (「真金白银」, 『…』 inside):
  // the curly quotes every rule reads
  if (code >= 0x300c && code <= 0x300f) return CORNER_TO_CURLY[code - 0x300c];
  if (code >= 0xf900 && code <= 0xfaff) return compatibilityIdeograph(code);
  // `来源丨新华日报`, `编辑丨王芳`, `组工动态丨…`: the radical 丨 is how messaging-app pages set the bar
  // between a label and its text; prose never writes it
  if (code === 0x4e28) return 0x7c;
  return code;
}

/** 「 」 『 』 → “ ” ‘ ’. */
const CORNER_TO_CURLY = [0x201c, 0x201d, 0x2018, 0x2019];

/** CJK compatibility ideographs (some Big5 decoders emit them) → the unified character, when that is one code unit. */
function compatibilityIdeograph(code: number): number {
  const unified = String.fromCharCode(code).normalize('NFC');
  return unified.length === 1 ? unified.charCodeAt(0) : code;
}

// --- script ----------------------------------------------------------------
// One byte per BMP code unit: 1 = written only in traditional, 2 = only in
// simplified, 3 = a traditional form simplified text writes too (ALSO_SIMPLIFIED).
// A table lookup per character keeps script detection off the profile; the
// characters come from OpenCC's own dictionaries (see data/).
const TRADITIONAL = 1;
const SIMPLIFIED = 2;
const TRADITIONAL_ALSO_SIMPLIFIED = 3;
let scriptTable: Uint8Array | undefined;
function scripts(): Uint8Array {
  if (!scriptTable) {
    const raw = JSON.parse(fs.readFileSync(new URL('../../data/script-chars.json', import.meta.url), 'utf8'));
    scriptTable = new Uint8Array(0x10000);
    for (const ch of raw.traditional as string[]) scriptTable[ch.charCodeAt(0)] = TRADITIONAL;
    for (const ch of raw.simplified as string[]) scriptTable[ch.charCodeAt(0)] = SIMPLIFIED;
    for (const c of ALSO_SIMPLIFIED) if (scriptTable[c] === TRADITIONAL) scriptTable[c] = TRADITIONAL_ALSO_SIMPLIFIED;
  }
  return scriptTable;
}

function hasTraditional(text: string, from = 0, to = text.length, exceptAlsoSimplified = false): boolean {
  const table = scripts();
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (table[c] === TRADITIONAL || (table[c] === TRADITIONAL_ALSO_SIMPLIFIED && !exceptAlsoSimplified)) return true;
  }
  return false;
}

/**
 * Characters the table counts as traditional that simplified text writes too: 乾 (乾县,
 * 乾隆), 么 (什么), 著 (著名), 瞭 (瞭望), 於 (a surname), 昇 (a standard character of names: 金昇集团). In a simplified article a line
 * holding no other is left as written: OpenCC made 乾县 干县, a county no gazetteer knows.
 */
const ALSO_SIMPLIFIED = new Set([...'乾么著瞭於昇'].map((c) => c.charCodeAt(0)));

/**
 * The input's script, from how many of its characters only one script writes
 * (counted by normalize as it copies them: a second pass over the text was 1% of extraction).
 */
function scriptOf(t: number, s: number): Script {
  // A few traditional forms are also ordinary in simplified text (著名, 乾隆),
  // and a simplified page may quote a traditional name: only a real share counts.
  if (t === 0 || t / (t + s) < 0.1) return 'simplified';
  if (s / (t + s) < 0.1) return 'traditional';
  return 'mixed';
}

// --- OpenCC ------------------------------------------------------------------
function toSimplified(s: string): string {
  const { tw, hk } = converters();
  // Taiwan variants first (OpenCC's tw2s chain); the Hong Kong pass only
  // where traditional characters are left, since it is a second full scan.
  const out = tw(s);
  return hasTraditional(out) ? hk(out) : out;
}

/**
 * Convert to simplified while keeping a 1:1 position map. Only lines holding a
 * traditional character go through OpenCC (a simplified article quoting one
 * traditional name costs one line, not the article). OpenCC converts phrase by
 * phrase and nearly always keeps the length; where a chunk changes length its
 * positions are mapped proportionally inside the chunk, so spans never leave
 * the text they came from.
 */
function simplifyMapped(chars: string, start: Int32Array, end: Int32Array, simplifiedArticle: boolean) {
  const parts: string[] = [];
  let sameLength = true;
  const pieces: Array<{ text: string; from: number; to: number }> = [];
  for (let lineStart = 0; lineStart < chars.length; ) {
    let lineEnd = chars.indexOf('\n', lineStart);
    lineEnd = lineEnd < 0 ? chars.length : lineEnd + 1;
    const line = chars.slice(lineStart, lineEnd);
    const converted = hasTraditional(chars, lineStart, lineEnd, simplifiedArticle) ? toSimplified(line) : line;
    if (converted.length !== line.length) sameLength = false;
    parts.push(converted);
    pieces.push({ text: line, from: lineStart, to: lineEnd });
    lineStart = lineEnd;
  }
  const text = parts.join('');
  if (sameLength) return { text, startOf: start, endOf: end };

  const out: string[] = [];
  const s: number[] = [];
  const e: number[] = [];
  const chunkRe = /[^\n,.;:!?，。；：！？、]+|[\n,.;:!?，。；：！？、]/g;
  pieces.forEach((piece, index) => {
    if (parts[index].length === piece.text.length) {
      out.push(parts[index]);
      for (let i = piece.from; i < piece.to; i++) {
        s.push(start[i]);
        e.push(end[i]);
      }
      return;
    }
    chunkRe.lastIndex = 0;
    for (let m = chunkRe.exec(piece.text); m; m = chunkRe.exec(piece.text)) {
      const chunk = m[0];
      const conv = toSimplified(chunk);
      out.push(conv);
      for (let k = 0; k < conv.length; k++) {
        const src = piece.from + m.index + Math.min(chunk.length - 1, Math.floor((k * chunk.length) / conv.length));
        s.push(start[src]);
        e.push(end[src]);
      }
    }
  });
  return { text: out.join(''), startOf: Int32Array.from(s), endOf: Int32Array.from(e) };
}

/** A print pipeline's end mark some sites leave after an article's last paragraph. */
const END_MARK = 'endprint';
/** Whether `END_MARK` stands at `i`, right after Chinese or a closing mark and closing its line. */
function endMarkAt(s: string, i: number, before: number): boolean {
  if (!s.startsWith(END_MARK, i)) return false;
  const after = s.charCodeAt(i + END_MARK.length);
  return (isHanUnit(before) || before === 0x29 || before === 0x3002 || before === 0x201d) && (Number.isNaN(after) || after === 0x0a || after === 0x0d || after === 0x20);
}

/** Characters that end a sentence or a heading: a line ending in one is no wrapped line. */
const LINE_FINAL = new Set([...'。！？；：”」』…!?;:)）'].map((c) => c.charCodeAt(0)));
/** Marks inside a line of running text. */
const CLAUSE_MARK = /[,，。;；、:：!?！？]/;
/** A document is taken as wrapped at a fixed width when this many of its lines are. */
const MIN_WRAPPED_LINES = 4;

/**
 * Text wrapped at a fixed width (documents saved from Word or PDF: `…建强企业党组\n织。`): the
 * offsets of the line breaks that are typography, not paragraph ends — after a line as wide as
 * the widest (within a few characters) that ends in no punctuation, before a line that goes on
 * without indentation. Only when several lines are so and they are most of the document's long
 * lines; an article's paragraphs are lines of every length that end in punctuation.
 */
function wrapBreaks(s: string): Set<number> | null {
  const breaks: number[] = [];
  let previous = -1;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
    // (a line of more than 160 units is wider than 80 however it prints: no wrapped document, and
    // most articles say so at their first paragraph, before any width is counted)
    if (i - previous > 161) return null;
    breaks.push(i);
    previous = i;
  }
  if (breaks.length < MIN_WRAPPED_LINES || s.length - previous > 161) return null;
  // widths: ASCII counts half, as it prints
  const widths: number[] = [];
  let from = 0;
  let widest = 0;
  for (const b of [...breaks, s.length]) {
    let w = 0;
    for (let i = from; i < b; i++) if (s.charCodeAt(i) !== 0x0d) w += s.charCodeAt(i) < 0x2000 ? 0.5 : 1;
    widths.push(w);
    widest = Math.max(widest, w);
    from = b + 1;
  }
  // (columns of a printed page may be as narrow as a dozen characters)
  if (widest < 12 || widest > 80) return null;
  const out = new Set<number>();
  let long = 0;
  // (lines of running text hold clause marks; a list of headlines as wide holds none)
  let punctuated = 0;
  breaks.forEach((b, k) => {
    const w = widths[k];
    if (w >= 16) long += 1;
    const last = s.charCodeAt(s.charCodeAt(b - 1) === 0x0d ? b - 2 : b - 1);
    const next = s.charCodeAt(b + 1);
    // (the next line may open with a figure: `…包联\n5 个重点村`)
    if (w >= widest - 4 && !LINE_FINAL.has(last) && last !== 0x20 && (isHanUnit(next) || next === 0x201c || next === 0x300a || (next >= 0x30 && next <= 0x39))) {
      out.add(b);
      if (CLAUSE_MARK.test(s.slice(k === 0 ? 0 : breaks[k - 1] + 1, b))) punctuated += 1;
    }
  });
  return out.size >= MIN_WRAPPED_LINES && out.size * 2 >= long && punctuated * 2 >= out.size ? out : null;
}

/** HTML entities scraped texts carry: numeric ones, and the named ones of quotes, dashes and spaces. */
const ENTITY_AT = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(nbsp|ensp|emsp|thinsp|ldquo|rdquo|lsquo|rsquo|quot|apos|amp|lt|gt|mdash|ndash|hellip|middot|bull|times|laquo|raquo));/y;
const NAMED_ENTITIES: Record<string, number> = {
  nbsp: 0x20, ensp: 0x20, emsp: 0x20, thinsp: 0x20, ldquo: 0x201c, rdquo: 0x201d, lsquo: 0x2018, rsquo: 0x2019, quot: 0x22, apos: 0x27,
  amp: 0x26, lt: 0x3c, gt: 0x3e, mdash: 0x2014, ndash: 0x2013, hellip: 0x2026, middot: 0xb7, bull: 0x2022, times: 0xd7, laquo: 0xab, raquo: 0xbb,
};
/** The character (folded, as every other is) and length of an HTML entity at `i`, or null (code points past one UTF-16 unit stay as written). */
function entityAt(s: string, i: number): { code: number; length: number } | null {
  ENTITY_AT.lastIndex = i;
  const m = ENTITY_AT.exec(s);
  if (!m) return null;
  const code = m[3] !== undefined ? NAMED_ENTITIES[m[3]] : Number.parseInt(m[1] ?? m[2], m[1] !== undefined ? 10 : 16);
  if (!(code > 0 && code <= 0xffff) || (code >= 0xd800 && code <= 0xdfff)) return null;
  return { code: code === 0xa0 ? 0x20 : foldWidth(code), length: m[0].length };
}

/** Invisible format characters: soft hyphen, zero-width space and joiners, direction marks and embeddings, word joiner, BOM. */
const isInvisible = (c: number) =>
  c === 0xad || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff;

/** Whether a comma between `before` and `after` (folded codes) is a stray: after Chinese or a closing quote, before a clause mark (`,`, `、`, `。`, `;`, `!`, `?`). */
// --- labels spaced out -----------------------------------------------------------------------------
/**
 * Labels of two characters a page's template spaces out to the width of longer ones (`来 源:`,
 * `作  者：`, `编 辑:`), in either script (normalize reads them before converting). With the
 * spaces gone the metadata rules read them as they read `来源:`.
 */
const SPACED_LABELS = new Set(['来源', '來源', '作者', '编辑', '編輯', '责编', '責編', '审核', '審核', '校对', '校對', '日期', '时间', '時間', '摄影', '攝影', '制作', '製作', '出品', '记者', '記者',
  // (the rounds of review and the chief editor, as county media sign an article off: `主 编:`, `终 审:`)
  '主编', '主編', '初审', '初審', '复审', '複審', '復審', '终审', '終審', '一审', '一審', '二审', '二審', '三审', '三審', '审校', '審校', '监制', '監製', '签发', '簽發', '美编', '美編']);
/** Characters a label may follow: the line's start, a space, a bar, a bracket. */
const BEFORE_LABEL = new Set([0x0a, 0x20, 0x7c, 0x5b, 0x28, 0x3010, 0x3011, 0x5d, 0x29]);
const isSpace = (c: number) => c === 0x20 || c === 0x3000;

/** How many spaces from `i` stand inside a spaced-out label whose first character was just copied (`codes[k - 1]`), or 0. */
function spacesInsideLabel(original: string, i: number, codes: Uint16Array, k: number): number {
  if (k > 1 && !BEFORE_LABEL.has(codes[k - 2])) return 0;
  let j = i;
  while (j < original.length && isSpace(original.charCodeAt(j))) j++;
  // (a few spaces: the width of one or two characters)
  if (j - i > 4) return 0;
  let after = j + 1;
  while (after < original.length && isSpace(original.charCodeAt(after))) after++;
  const colon = original.charCodeAt(after);
  if (colon !== 0x3a && colon !== 0xff1a) return 0;
  return SPACED_LABELS.has(String.fromCharCode(codes[k - 1], foldWidth(original.charCodeAt(j)))) ? j - i : 0;
}

function strayComma(before: number, after: number): boolean {
  return (after === 0x2c || after === 0x3001 || after === 0x3002 || after === 0x3b || after === 0x21 || after === 0x3f) && (before === 0x201d || isHanUnit(before));
}

/** Marks a quoted sentence may close on inside its quotes: 。!? and a comma (full-width ones folded by then). */
const SENTENCE_STOPS = new Set([0x3002, 0x21, 0x3f, 0x2c]);

/**
 * `实施"红色引擎"工程`: straight double quotes a page typed for Chinese ones are made the curly pair
 * the rules read (“红色引擎”), each line's marks taken in pairs where the line holds an even number of
 * them and every pair opens on Chinese text; a line with an odd number, or a quote of no Han (`"OK"`), is
 * left as it is. One character for one: the offsets stand.
 */
function curlStraightQuotes(codes: Uint16Array, n: number): void {
  let lineStart = 0;
  for (let i = 0; i <= n; i++) {
    if (i < n && codes[i] !== 0x0a) continue;
    const marks: number[] = [];
    for (let j = lineStart; j < i; j++) if (codes[j] === 0x22) marks.push(j);
    let pairsQuoteHan = marks.length >= 2 && marks.length % 2 === 0;
    // (a quoted sentence may close on its own stop: `"商会发展需要建立党组织。"`)
    for (let p = 0; pairsQuoteHan && p < marks.length; p += 2) pairsQuoteHan = marks[p + 1] > marks[p] + 1 && isHanUnit(codes[marks[p] + 1]) && (isHanUnit(codes[marks[p + 1] - 1]) || SENTENCE_STOPS.has(codes[marks[p + 1] - 1]));
    if (pairsQuoteHan) {
      for (let p = 0; p < marks.length; p += 2) {
        codes[marks[p]] = 0x201c;
        codes[marks[p + 1]] = 0x201d;
      }
    }
    lineStart = i + 1;
  }
}

export function normalize(original: string): Normalized {
  const n = original.length;
  // (not in a dump of many pages: a document saved from Word is not that long, and the check
  // would only cost there)
  const wraps = n < 200_000 ? wrapBreaks(original) : null;
  const codes = new Uint16Array(n);
  const startOf = new Int32Array(n);
  const endOf = new Int32Array(n);
  const scriptTable = scripts();
  let traditionalChars = 0;
  let simplifiedChars = 0;
  let straightQuotes = 0;
  let k = 0;
  // (where the last pinyin reading taken out ended)
  let readingEnd = -1;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    if ((c === 0x28 || c === 0xff08) && i > 0) {
      const skip = pinyinAnnotationAt(original, i, i === readingEnd);
      if (skip) {
        // the reading belongs to the character before it: widen that character's span
        if (k > 0) endOf[k - 1] = i + skip;
        i += skip - 1;
        readingEnd = i + 1;
        continue;
      }
    }
    // `开展&ldquo;三会一课&rdquo;`: an HTML entity left in a scraped text (or encoded twice in a page)
    // is the character it stands for, its span the entity's
    if (c === 0x26 /* & */) {
      const entity = entityAt(original, i);
      if (entity) {
        codes[k] = entity.code;
        startOf[k] = i;
        endOf[k] = i + entity.length;
        k += 1;
        i += entity.length - 1;
        continue;
      }
    }
    if (c === 0x0a && wraps?.has(i)) continue;
    // zero-width and other invisible format characters (a scraper's U+200B inside 党建​指导员, a soft
    // hyphen, a word joiner, a stray BOM): nothing a reader sees, but they part words and subjects
    if (isInvisible(c)) continue;
    if (c === 0x0d) {
      // CRLF → LF; a lone CR is a line break too
      if (original.charCodeAt(i + 1) === 0x0a) continue;
      codes[k] = 0x0a;
    } else if ((c === 0x20 || c === 0x3000) && k > 0 && isAutospace(codes, k, foldWidth(original.charCodeAt(i + 1)))) {
      continue;
    } else if (isSpace(c) && k > 0 && isHanUnit(codes[k - 1]) && spacesInsideLabel(original, i, codes, k) > 0) {
      // `来 源:`, `编  辑：`: the spaces inside a label spaced out to a template's width go
      // (read again only here, where they do)
      i += spacesInsideLabel(original, i, codes, k) - 1;
      continue;
    } else {
      const code = foldWidth(c);
      // `黨支部,,聯系…`, `素質高,、服務…`, `覆蓋,。`: a comma a page doubled before another clause
      // mark, after Chinese, is a stray (a scraper's join of two encodings' commas); the mark after it stays
      if (code === 0x2c && k > 0 && strayComma(codes[k - 1], foldWidth(original.charCodeAt(i + 1)))) continue;
      // `…的“牛鼻子”。(赵兵)endprint`: a print pipeline's end mark glued to the last paragraph
      // (fx361's pages of party journals carry it) is no text: it hid the byline before it
      if (code === 0x65 /* e */ && k > 0 && endMarkAt(original, i, codes[k - 1])) {
        i += END_MARK.length - 1;
        continue;
      }
      codes[k] = code;
      if (code === 0x22) straightQuotes += 1;
      const kind = scriptTable[code];
      // (乾, 著, 么… are no sign of traditional script: simplified text writes them too)
      if (kind === TRADITIONAL) traditionalChars += 1;
      else if (kind === SIMPLIFIED) simplifiedChars += 1;
    }
    startOf[k] = i;
    endOf[k] = i + 1;
    k += 1;
  }
  if (straightQuotes >= 2) curlStraightQuotes(codes, k);
  let text = decodeCodes(codes, k);
  let s: Int32Array = startOf.subarray(0, k);
  let e: Int32Array = endOf.subarray(0, k);
  const script = scriptOf(traditionalChars, simplifiedChars);
  if (traditionalChars > 0) {
    const mapped = simplifyMapped(text, s, e, script === 'simplified');
    text = mapped.text;
    s = mapped.startOf;
    e = mapped.endOf;
  }
  return { original, text, startOf: s, endOf: e, script };
}

/**
 * The normalized text with spans [start, end) of it taken out (in order, not overlapping): the
 * characters left keep their places in the original, so evidence still points at what they were.
 */
export function withoutSpans(n: Normalized, spans: ReadonlyArray<readonly [number, number]>): Normalized {
  const kept = n.text.length - spans.reduce((sum, [start, end]) => sum + end - start, 0);
  const startOf = new Int32Array(kept);
  const endOf = new Int32Array(kept);
  const parts: string[] = [];
  let at = 0;
  let k = 0;
  for (const [start, end] of [...spans, [n.text.length, n.text.length] as const]) {
    parts.push(n.text.slice(at, start));
    startOf.set(n.startOf.subarray(at, start), k);
    endOf.set(n.endOf.subarray(at, start), k);
    k += start - at;
    at = end;
  }
  return { original: n.original, text: parts.join(''), startOf, endOf, script: n.script };
}

const UTF16 = new TextDecoder('utf-16le');

/** UTF-16 code units → string (the platform decoder: one pass, no per-character calls). */
function decodeCodes(codes: Uint16Array, length: number): string {
  return UTF16.decode(codes.subarray(0, length));
}
