// Building regular expressions from word lists (the lexicons are data; the
// patterns are made from them once, at module load).

/** Distinct words, longest first, so an alternation never stops at a shorter word inside a longer one. */
export const longestFirst = (words: Iterable<string>): string[] => [...new Set(words)].sort((a, b) => b.length - a.length);

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&');

/** `a|bb|c` → `bb|a|c`, escaped: a regex alternation of the words, longest first. */
export const alternation = (words: Iterable<string>): string => longestFirst(words).map(escapeRegExp).join('|');

/** Whether a UTF-16 unit is a character of the CJK Unified Ideographs block (the text is normalized first). */
export const isHan = (code: number) => code >= 0x4e00 && code <= 0x9fff;

/**
 * The run of Han characters ending at `end`, at most `max` long. Rules whose
 * pattern would otherwise start with an open Han class (`[\u4e00-\u9fff]{0,8}X`)
 * match from their anchor X and read the words before it with this: a pattern
 * that begins with a class matching nearly every character is tried at every
 * position of the text and was the slowest thing we ran.
 */
export function hanRunBefore(text: string, end: number, max: number): string {
  let start = end;
  while (start > 0 && end - start < max && isHan(text.charCodeAt(start - 1))) start -= 1;
  return text.slice(start, end);
}

// `[...s.matchAll(re)]` copies the pattern on every call (V8 builds and initializes
// a new RegExp each time: 52,000 instructions an article, measured with callgrind,
// from a few calls in hot rules). These run `re` itself from the start, so `re`
// must be global and not the pattern of a loop running at the time.

/** Spans [start, end) of every match of the global pattern `re` in `s`. */
export function spansOf(re: RegExp, s: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    spans.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) re.lastIndex += 1;
  }
  return spans;
}

/** Whether sticky (`y`) `re` matches at `at` of `s`: read in place, with no slice of the rest. */
export function startsAt(re: RegExp, s: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(s);
}

/** The last match of the global pattern `re` in `s`, or null. */
export function lastMatch(re: RegExp, s: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    last = m;
    if (m[0].length === 0) re.lastIndex += 1;
  }
  return last;
}

/** An outline number opening a line or a clause: `2.`, `3、`, `(一)`, `(1)`, `二、` (not the `2.` of `2.5亿元`). */
export const OUTLINE_NUMBER = /^(?:\d{1,2}[.、．](?!\d)|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)/;
