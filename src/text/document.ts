// One article as the rules see it: the normalized text, its layout, and views of
// it with everything that is not article text blanked out (same length, so
// offsets agree everywhere).
import type { Evidence } from '../schema.js';
import { layout, type Line } from './layout.js';
import { normalize, toOriginal, withoutSpans, type Normalized } from './normalize.js';
import { forgetTags } from './segment.js';
import { strewnTitleFragments } from './strewn.js';

export interface Doc {
  readonly norm: Normalized;
  /** Normalized text. */
  readonly text: string;
  readonly lines: Line[];
  /** Title and body only; every other character is BLANK (NUL; line breaks kept). */
  readonly content: string;
  /** Title, body and metadata lines (dateline, source, editors). */
  readonly contentAndMeta: string;
  /** The publication date (ISO), once the metadata rules have read it: dates without a year resolve against it. */
  publishedAt: string | null;
  /**
   * Spans of the normalized text already claimed as names (programs, quoted
   * terms, slogans): numbers inside them are not counts.
   */
  readonly masks: Array<[number, number]>;
  /** What evidence spans point into: the input itself, or the article text taken from a web page. */
  readonly evidenceIn: 'input' | 'text';
  /** Things the record must say about how it was read (a rule that stopped early on a huge input). */
  readonly warnings: Array<{ code: string; message: string }>;
}

/**
 * What blanked characters become. Not a space: rules allow white space around
 * their parts (`来源 : `), and a run of thousands of blanked spaces made every
 * such pattern quadratic. No rule matches NUL, and line breaks stay, so nothing
 * reads across a blanked line as if it were text.
 */
const BLANK = '\u0000';

function blankExcept(text: string, lines: Line[], keep: (l: Line) => boolean): string {
  const out: string[] = [];
  let at = 0;
  for (const l of lines) {
    if (keep(l) || l.end <= l.start) continue;
    out.push(text.slice(at, l.start), BLANK.repeat(l.end - l.start));
    at = l.end;
  }
  out.push(text.slice(at));
  return out.join('');
}

export function makeDoc(original: string, evidenceIn: Doc['evidenceIn'] = 'input'): Doc {
  forgetTags();
  let norm = normalize(original);
  let lines = layout(norm.text);
  const warnings: Doc['warnings'] = [];
  // a content farm's pieces of the headline strewn through the text are no text: taken out, and
  // the lines read again (said on the record: nothing is dropped silently)
  const strewn = strewnTitleFragments(norm.text, lines);
  if (strewn.length > 0) {
    const pieces = [...new Set(strewn.map(([start, end]) => norm.text.slice(start, end)))];
    warnings.push({ code: 'strewn-title-fragments', message: `${strewn.length} piece(s) of the headline strewn through the text by a copying site were taken out: ${pieces.join(', ')}` });
    norm = withoutSpans(norm, strewn);
    lines = layout(norm.text);
  }
  return {
    norm,
    text: norm.text,
    lines,
    content: blankExcept(norm.text, lines, (l) => l.role === 'title' || l.role === 'body'),
    contentAndMeta: blankExcept(norm.text, lines, (l) => l.role === 'title' || l.role === 'body' || l.role === 'meta'),
    publishedAt: null,
    masks: [],
    evidenceIn,
    warnings,
  };
}

/** Evidence for a span of the normalized text: the original text at the mapped span. */
export function evidenceOf(doc: Doc, start: number, end: number): Evidence {
  const span = toOriginal(doc.norm, start, end);
  const evidence: Evidence = { text: doc.norm.original.slice(span.start, span.end), start: span.start, end: span.end };
  if (doc.evidenceIn === 'text') evidence.in = 'text';
  return evidence;
}

export function isMasked(doc: Doc, start: number, end: number): boolean {
  return doc.masks.some(([s, e]) => start < e && end > s);
}
