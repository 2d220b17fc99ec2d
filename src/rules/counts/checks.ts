// Consistency checks on an article's counts. A figure that cannot be right is
// flagged as a warning on the record, never dropped: the analyst decides.
import type { Warning } from '../../schema.js';
import type { Found } from '../types.js';
import type { CountValue } from './rules.js';
import { changeVerbs } from './clause.js';

/** A change named as what a percentage is of (增幅, 增速, 增长率). */
const CHANGE_NAMED = /(?:增幅|增速|增长率|涨幅|降幅|增长|增加|提高|提升|上涨|下降|减少)$/;

export function countWarnings(found: Found<CountValue>[], evidence: (f: Found<CountValue>) => Warning['evidence']): Warning[] {
  const warnings: Warning[] = [];
  found.forEach((f, i) => {
    const c = f.value;
    // (not a change, which may be more than the whole: `同比增长115%`, `增幅达120%`)
    if (c.unit === '%' && c.value > 100 && !(c.action !== null && changeVerbs.has(c.action)) && !CHANGE_NAMED.test(c.subject ?? '')) {
      warnings.push({ code: 'percent-over-100', message: `${c.value}% is more than the whole`, evidence: evidence(f) });
    }
    // `收集问题531个,已解决439个`: a part carried over from its whole cannot exceed it.
    // Only a count that names a part (an action of its own, the same unit), not a
    // percentage (two figures of one ratio rise and fall freely) nor a bare repetition.
    // (the whole is the count its subject was carried from: parts listed one after another,
    // `其中16个单独组建、17个联合组建`, are no parts of each other)
    let from = i - 1;
    while (from > 0 && found[from].value.carried && found[from].value.subject === c.subject) from -= 1;
    const whole = from >= 0 ? found[from].value : null;
    // (nor a figure the one before changed to: `从去年的60多人增加到130多人` is no part of the 60)
    const part = c.carried && c.unit !== '%' && c.action !== null && !changeVerbs.has(c.action) && whole?.unit === c.unit;
    if (part && whole && c.value > whole.value) {
      warnings.push({
        code: 'part-exceeds-whole',
        message: `${c.value}${c.unit} ${c.subject ?? ''} is more than the ${whole.value}${whole.unit} it is part of`,
        evidence: evidence(f),
      });
    }
  });
  return warnings;
}
