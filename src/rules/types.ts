// The rule framework. A rule is a pattern plus an extract that may decline; a
// module is one extraction type: its rules in order, then refiners that filter
// and merge what the rules found. src/rules/index.ts lists the modules in the
// order they run.
import type { Doc } from '../text/document.js';

/** One thing a rule found: a span of the normalized text and the value read from it. */
export interface Found<V> {
  start: number;
  end: number;
  value: V;
  /** The name of the rule that produced it (shown with --explain). */
  rule: string;
}

export interface Rule<V> {
  /** Readable, unique within its module: `count: numeral+classifier before noun`. */
  readonly name: string;
  /** What the rule looks at. Must be global (`g`); named groups are the convention. */
  readonly pattern: RegExp;
  /** Read a value from a match, or decline with null. Never throws on odd input. */
  extract(match: RegExpExecArray, doc: Doc): Omit<Found<V>, 'rule'> | Array<Omit<Found<V>, 'rule'>> | null;
}

/** Which view of the document a module reads (see Doc). */
export type View = 'content' | 'contentAndMeta';

export interface Module<V> {
  readonly name: string;
  readonly view: View;
  readonly rules: ReadonlyArray<Rule<V>>;
  /** Filters and mergers over everything the rules found, in order (overlaps, duplicates). */
  readonly refiners?: ReadonlyArray<(found: Found<V>[], doc: Doc) => Found<V>[]>;
  /** What later modules need from this one (masks, the publication date). */
  readonly publish?: (found: Found<V>[], doc: Doc) => void;
}

/**
 * Guard against pathological inputs: a rule reads at most this many matches,
 * scaled with the text (real text has far fewer matches than characters; a
 * flood of them is built input, where the rest is skipped with a warning).
 */
const maxMatches = (text: string) => Math.max(20000, text.length);

export function runModule<V>(module: Module<V>, doc: Doc): Found<V>[] {
  const text = doc[module.view];
  let found: Found<V>[] = [];
  for (const rule of module.rules) {
    const re = rule.pattern;
    re.lastIndex = 0;
    let n = 0;
    const limit = maxMatches(text);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex += 1;
      if (++n > limit) {
        // said on the record, never silent: the rest of this input was not read by this rule
        doc.warnings.push({ code: 'rule-stopped', message: `${rule.name}: stopped after ${limit} matches; later items of this kind are missing` });
        break;
      }
      const out = rule.extract(m, doc);
      if (!out) continue;
      for (const item of Array.isArray(out) ? out : [out]) found.push({ ...item, rule: rule.name });
    }
  }
  for (const refine of module.refiners ?? []) found = refine(found, doc);
  module.publish?.(found, doc);
  return found;
}
