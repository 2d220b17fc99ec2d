// Title fragments a content farm strewed through an article it copied.
//
// Sites that copy news to draw search traffic cut the headline into pieces of
// a few characters and drop them all over the text: `…配送员李明就县暖新驿走进来,
// 先给站让配送箱消毒` for a headline `凤城县:暖新驿站让“小哥”有“家”`. Left in, they
// glue onto the words around them (a count of `暖新驿站里县暖新驿`). They are found
// by what no writer does: a run of the headline's characters, in its order,
// that stops in the middle of one of the headline's words at either end and is
// no word itself, with neither neighbour in the text going on with the headline. One such run is a
// coincidence; a farm strews many, from several pieces, and only then are any
// taken out. The pieces that are whole words (`小哥`, `包河`) are taken out too
// where they start and end where the odd pieces do: the farm cut them all from
// one headline.
import type { Line } from './layout.js';
import { isHanUnit } from './normalize.js';
import { tagWords, wordTag } from './segment.js';

/** Fewest odd runs, and fewest distinct odd pieces, that mark a text as strewn. */
const MIN_ODD_RUNS = 4;
const MIN_ODD_PIECES = 2;
/** Body characters the mark is first looked for in. */
const SAMPLE = 600;

/** Characters of the current headline, by code: most of the text's characters are not, and are passed at once. */
const inTitle = new Uint8Array(0x10000);

interface Run {
  /** Span in the text. */
  start: number;
  end: number;
  /** Span in the headline's Han characters. */
  from: number;
  to: number;
}

/**
 * Spans [start, end) of the text that are pieces of the headline strewn by a content farm, in
 * order; none unless the body shows the farm's mark (see above).
 */
export function strewnTitleFragments(text: string, lines: readonly Line[]): Array<[number, number]> {
  const titleLine = lines.find((l) => l.role === 'title');
  if (!titleLine) return [];
  let title = '';
  for (let i = titleLine.start; i < titleLine.end; i++) if (isHanUnit(text.charCodeAt(i))) title += text[i];
  // (a headline of two characters has no piece: a run is two or more and shorter than it)
  if (title.length < 3) return [];
  for (let i = 0; i < title.length; i++) inTitle[title.charCodeAt(i)] = 1;
  try {
    // (the farm's mark is read in the body's first characters, where it strews as much as anywhere:
    // most texts, which bear none, are not read to their end)
    const sample: Run[] = [];
    let budget = SAMPLE;
    for (const line of lines) {
      if (line.role !== 'body') continue;
      collectRuns(text, line.start, Math.min(line.end, line.start + budget), title, sample);
      budget -= line.end - line.start;
      if (budget <= 0) break;
    }
    if (sample.length < MIN_ODD_RUNS || strewnOf(sample, title).length === 0) return [];
    const runs: Run[] = [];
    for (const line of lines) if (line.role === 'body') collectRuns(text, line.start, line.end, title, runs);
    return strewnOf(runs, title);
  } finally {
    for (let i = 0; i < title.length; i++) inTitle[title.charCodeAt(i)] = 0;
  }
}

/**
 * The runs of two or more of the headline's characters, in its order, in one body line's span: each
 * the longest from where it starts, and not the headline again whole. Where a run could be
 * read from several places in the headline, the first is taken.
 */
function collectRuns(text: string, start: number, end: number, title: string, out: Run[]): void {
  for (let i = start; i < end - 1; i++) {
    const c = text.charCodeAt(i);
    if (!inTitle[c] || !inTitle[text.charCodeAt(i + 1)]) continue;
    let best: Run | null = null;
    for (let from = 0; from < title.length - 1; from++) {
      if (title.charCodeAt(from) !== c) continue;
      // (one going on from the character before is no run of its own here)
      if (from > 0 && i > start && text.charCodeAt(i - 1) === title.charCodeAt(from - 1)) continue;
      let length = 1;
      while (from + length < title.length && i + length < end && text.charCodeAt(i + length) === title.charCodeAt(from + length)) length += 1;
      if (length >= 2 && length < title.length && (!best || length > best.end - best.start)) best = { start: i, end: i + length, from, to: from + length };
    }
    if (best) {
      out.push(best);
      i = best.end - 1;
    }
  }
}

/** Of the runs, those the farm strewed, where enough of them cut the headline's words (see above). */
function strewnOf(runs: readonly Run[], title: string): Array<[number, number]> {
  // (no word itself, as jieba's dictionary has it: `坚持` in a headline jieba reads `四坚持` in cuts
  // that word, and is one; looked up before the headline is cut, which most texts never need)
  const words = new Map<string, boolean>();
  const isAWord = (piece: string) => {
    let known = words.get(piece);
    if (known === undefined) words.set(piece, (known = wordTag(piece) !== undefined));
    return known;
  };
  const notWords = runs.filter((r) => !isAWord(title.slice(r.from, r.to)));
  if (notWords.length < MIN_ODD_RUNS) return [];
  const bounds = new Set<number>([0, title.length]);
  for (const w of tagWords(title)) bounds.add(w.start + w.word.length);
  const cutsAWord = (r: Run) => !bounds.has(r.from) || !bounds.has(r.to);
  const odd = notWords.filter(cutsAWord);
  // (pieces from apart in the headline: a farm cuts it into several; an article repeating one phrase of
  // its headline, `非公企业党组织`, `非公企业`, repeats overlapping runs of one place, where jieba
  // may have cut the headline's words oddly, `是非/公企业`)
  if (odd.length < MIN_ODD_RUNS || disjointPieces(odd) < MIN_ODD_PIECES) return [];
  // where the farm cut the headline: the ends of the odd pieces
  const cuts = new Set<number>();
  for (const r of odd) {
    cuts.add(r.from);
    cuts.add(r.to);
  }
  const onCuts = (r: Run) => (r.from === 0 || cuts.has(r.from)) && (r.to === title.length || cuts.has(r.to));
  return runs.filter((r) => odd.includes(r) || onCuts(r)).map((r) => [r.start, r.end]);
}

/** How many of the runs' places in the headline lie apart from one another (the most that do not overlap). */
function disjointPieces(runs: readonly Run[]): number {
  const spans = [...new Map(runs.map((r) => [`${r.from}-${r.to}`, r])).values()].sort((a, b) => a.to - b.to);
  let count = 0;
  let end = -1;
  for (const r of spans) {
    if (r.from < end) continue;
    count += 1;
    end = r.to;
  }
  return count;
}
