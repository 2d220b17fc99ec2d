// What the counts' rules found, refined in order: one count per figure, an approximation said
// from a distance, figures that only describe the noun of the count before dropped, then
// subjects and actions bound in text order (bind.ts), with what goes across counts: 分别
// (respectively), a verb shared by a pair, a head shared after levels (市级、县级…党组织).
import type { Doc } from '../../text/document.js';
import type { Found } from '../types.js';
import { bind } from './bind.js';
import { nameEndingAt } from '../places/gazetteer.js';
import { COMPARED_FIGURE_BEFORE_DE } from './noun-after.js';
import { RATIO } from './set-phrasings.js';
import { leadingFunctionWords, unquote, verbsIn } from './clause.js';
import { tagWords } from '../../text/segment.js';
import { inOneSentence, isHanAt, namesOnlyAPlace, pastLendingVerb, POSSESSION_BEFORE, PAIR_JOIN } from './phrase.js';
import { BODY_HEADS, MEASURE_NOUNS } from '../../lexicon/words.js';
import type { CountValue } from './rules.js';

const AT_LEAST = /至少|最少|不少于/;

/** `每月至少到挂钩企业走访1次`: 至少 governs the number from a distance within its clause. */
export function distantApprox(found: Found<CountValue>[], doc: Doc): Found<CountValue>[] {
  for (const f of found) {
    if (f.value.approx !== 'exact') continue;
    const clause = doc.content.slice(Math.max(0, f.start - 20), f.start);
    // (the clause's last part is looked for only where the words stand in what was read: finding
    // it tries every position to the end, and most counts have none of them before)
    if (!AT_LEAST.test(clause)) continue;
    const local = clause.slice(clause.search(/[^,，。;；:：\n]*$/));
    if (AT_LEAST.test(local)) f.value.approx = 'over';
  }
  return found;
}

/**
 * `12家年营收2000万元以上的规上企业`, `5家员工超100人的企业`: a figure compared (超, 以上) in a
 * clause before 的, between a count and its noun, says which things that count counts; it is
 * not a count of its own (see COMPARED_FIGURE_BEFORE_DE, which reads the noun past it).
 */
export function dropDescribingFigures(found: Found<CountValue>[], doc: Doc): Found<CountValue>[] {
  const text = doc.content;
  return found.filter((f, i) => {
    // `(其中:5000万元以上25个,5000万元以下45个)`: a bound of a kind other than the count's right
    // after it is the class of things that count counts (projects of so much or more), no count
    const next = found[i + 1];
    if (next && next.start === f.end && next.value.kind !== f.value.kind && BOUND_CLOSING.test(text.slice(f.start, f.end))) return false;
    // (several such listed, `5家职工人数超30人、有党员3名以上的非公企业`: each before a 、 or the 的,
    // of the count before the first of them)
    if ((text[f.end] !== '的' && text[f.end] !== '、') || f.value.approx === 'exact') return true;
    let k = i - 1;
    while (k > 0 && text[found[k].end] === '、' && found[k].value.approx !== 'exact') k -= 1;
    const prev = found[k];
    if (!prev || prev.value.kind === 'money' || prev.value.kind === 'percent') return true;
    // (the clause read on past 的, for what it may not describe: `…万元的目标`)
    if (!COMPARED_FIGURE_BEFORE_DE.test(text.slice(prev.end, Math.max(f.end, prev.end + 80) + 8))) return true;
    // (what is compared may be a verb's noun, right after the classifier: `3个投资超500万元的`)
    return !verbsIn(text.slice(prev.end, f.start), prev.end).every((v) => COMPARING.test(v.text) || v.start === prev.end);
  });
}
/** A figure's match closed by a word of at least or at most (`5000万元以上`). */
const BOUND_CLOSING = /(?:以上|以下|以内)$/;

/** Where the last thing of a list starts in `noun` (`活动室、书屋等阵地`: 阵地), after its 、 or a 等 standing as a word of its own (not 高等院校); 0 for no list. */
function lastListed(noun: string): number {
  const mark = noun.lastIndexOf('、');
  const words = tagWords(noun);
  const etc = words.findLast((w) => w.word === '等' && w.start > mark);
  const at = etc ? etc.start : mark;
  return at >= 0 && at + 1 < noun.length ? at + 1 : 0;
}

/** Verbs of comparing a figure, which a describing clause may hold (`营收超`, `达到`). */
const COMPARING = /^(?:超过?|达到?|突破)$/;

/**
 * Figures that say which things are meant, in a clause before 的, and count nothing of their
 * own: a measure (人数, 金额) and its figure (`党员人数不足3名的企业`, `投资金额超过1000万元的项目`),
 * and what things have at least or at most (`有10名以上员工的企业`), with the things named after
 * 的 or left unsaid (`党员人数超过50名的,`). Said in a sentence of its own
 * (`全区党员人数超过3000名。`), or exactly (`走访有着300名员工的企业`), a figure counts.
 */
export function dropThresholds(found: Found<CountValue>[], doc: Doc): Found<CountValue>[] {
  const text = doc.content;
  return found.filter((f, i) => {
    const { subject, evidenceEnd, approx, start } = f.value;
    // `10人以上和3~9人的非公企业`: people bounded or ranged, no noun of their own, before 的 and
    // bodies (past other such figures joined to them), say which bodies by their size: no count
    // (so with the bound after their noun: `80名职工以上的企业`)
    // (and vehicles: `50辆车以上企业党组织全覆盖`)
    if ((f.value.kind === 'people' || f.value.unit === '辆' || f.value.unit === '台') && approx === 'exact' && f.value.upper === undefined) {
      const bound = (f.value.kind === 'people' ? STAFF_THEN_BOUND : VEHICLES_THEN_BOUND).exec(text.slice(f.value.end, f.value.end + 12));
      // (with no 的 the bodies follow the bound right away: `…以上企业`; not `选派3名党员以上到企业`)
      if (bound) {
        const bodies = bound[0].endsWith('的') ? BODY_AFTER_DE : BODY_RIGHT_AFTER;
        bodies.lastIndex = f.value.end + bound[0].length;
        if (bodies.test(text)) return false;
      }
    }
    if (!subject && f.value.kind === 'people' && (approx !== 'exact' || f.value.upper !== undefined)) {
      let last = i;
      while (last + 1 < found.length && JOINING.test(text.slice(found[last].value.end, found[last + 1].value.start))) last += 1;
      // (之间 may close the range: `3至5人之间的支部`)
      const end = found[last].value.end + (text.startsWith('之间', found[last].value.end) ? 2 : 0);
      if (text[end] === '的') {
        BODY_AFTER_DE.lastIndex = end + 1;
        if (BODY_AFTER_DE.test(text)) return false;
        // (or a figure of bodies right after 的: `其中百人以上的10家` counts the firms of that size)
        BODIES_COUNTED_AT.lastIndex = end + 1;
        if (BODIES_COUNTED_AT.test(text)) return false;
      }
    }
    if (!subject) return true;
    // `投资100万元以上的项目3个`: a sum at least so much before 的 and a noun, that noun counted right
    // after, says which of them are counted (the count after counts that noun); so without 的, the
    // noun right after the sum: `5亿元以上项目3个`
    const counted = found[i + 1]?.value;
    // (a word of there being or reaching so many may stand between: `超50万元的村有5个`)
    const countedRightAfter = counted !== undefined && evidenceEnd !== undefined && (evidenceEnd === counted.start || (counted.start - evidenceEnd <= 2 && THERE_BEING.test(text.slice(evidenceEnd, counted.start))));
    if (f.value.kind === 'money' && approx !== 'exact' && (text[f.value.end] === '的' || (evidenceEnd ?? 0) > f.value.end) && countedRightAfter && counted.subject === null) {
      counted.subject = subject;
      // (the verb before a sum with its noun after it was done to that noun: `签约5亿元以上项目3个`;
      // one before a sum and 的 was of the sum: `投资100万元以上的`)
      if (text[f.value.end] !== '的' && counted.action === null) counted.action = f.value.action;
      // (its evidence then holds the sum that says which: `投资100万元以上的项目3个`)
      found[i + 1].start = Math.min(found[i + 1].start, f.start);
      return false;
    }
    // `村集体经济收入超过50万元的村达到28个`: a sum compared before 的, the things named right after it
    // counted by the next count, says which of them are counted; it counts nothing of its own
    if (f.value.kind === 'money' && approx !== 'exact' && text[f.value.end] === '的' && counted?.subject && found[i + 1].start === f.value.end + 1 && text.startsWith(counted.subject, f.value.end + 1)) return false;
    // `投资200万元的活动室等阵地12个`: an exact sum before 的 took the noun the count right after it
    // counts: the sum stays, of those things, and the count counts them (the last of a list, after its
    // 、 or the 等 closing it, as after a threshold's 的 in phraseBefore)
    if (f.value.kind === 'money' && approx === 'exact' && text[f.value.end] === '的' && counted && evidenceEnd === counted.start && counted.subject === null) {
      const nounStart = f.value.end + 1;
      const last = lastListed(text.slice(nounStart, evidenceEnd));
      counted.subject = last > 0 ? unquote(text.slice(nounStart + last, evidenceEnd)) : subject;
      found[i + 1].start = Math.min(found[i + 1].start, nounStart + last);
      return true;
    }
    // (figures listed with 、 before 的 are bounds of one measure alike: `党员人数超过50名、100名的`)
    let next = i;
    while (next + 1 < found.length && text[found[next].value.end] === '、' && found[next + 1].value.start === found[next].value.end + 1) next += 1;
    // (other conditions may be listed after it, up to the 的: `党员人数3人以上、符合条件的企业`)
    const end = text[found[next].value.end] === '、' ? conditionsListedAfter(text, found[next].value.end) : found[next].value.end;
    // (the things meant may be left unsaid: `党员人数超过50名的,建立党总支`)
    if (text[end] === '的' && (isHanAt(text, end + 1) || text[end + 1] === ',' || text[end + 1] === '，') && MEASURE_NOUNS.some((m) => subject.endsWith(m))) return false;
    // (what is had stands after 有 and before the figure, or, with nothing after 的, in the
    // subject: `企业有党员20名以上的,单独建立党支部`)
    const after = evidenceEnd ?? end;
    if (approx === 'exact' || approx === 'about' || text[after] !== '的') return true;
    // (余 and 多 round what one has, they bound nothing: `拥有50余个摊位的市场` counts its stalls, as
    // `有着300名员工的企业` its staff; `有10名以上员工的企业` says which firms are meant)
    if (ROUNDED_NOT_BOUNDED.test(text.slice(Math.max(0, f.value.start - 2), after))) return true;
    // (现有 is what there is now, `园区现有3家以上企业`, unless a 在 puts it in a place named after 的:
    // `在现有3家以上企业的园区`)
    // (nor does it where people are counted before 的 and bodies named after it: `现有3名以上党员的社会组织`
    // are those organizations, whatever 有 says)
    if (isHanAt(text, after + 1)) {
      // (the people named after the figure: `员工100人以上的企业` measures 员工, and counts, by an older case)
      if ((f.value.unit === '名' || f.value.unit === '位' || f.value.unit === '人') && after > f.value.end) {
        BODY_AFTER_DE.lastIndex = after + 1;
        if (BODY_AFTER_DE.test(text)) return false;
      }
      return !POSSESSION_BEFORE.test(text.slice(Math.max(0, start - 2), start)) && !/在[现已]有$/.test(text.slice(Math.max(0, start - 3), start));
    }
    return !(/[,，;；]/.test(text[after + 1] ?? '') && /有/.test(subject));
  });
}

/** Conditions listed with 、, Han characters only, up to a 的 (`、符合条件`). */
const CONDITIONS_LISTED = /^(?:、[\u4e00-\u9fff]{2,8})+(?=的)/;
/** Conditions listed after a 、 at `at`, no figure among them, up to a 的: where that 的 stands (else `at`). */
function conditionsListedAfter(text: string, at: number): number {
  const m = CONDITIONS_LISTED.exec(text.slice(at, at + 16));
  return m ? at + m[0].length : at;
}

/** A conjunction alone between two figures (`10人以上和3~9人`). */
const JOINING = /^[和、及与]$/;

/** Bodies named right after a 的, a few words of kind before them at most (社会组织, 非公企业, 党支部). */
const BODY_AFTER_DE = new RegExp(`[^,，。;；、\\n]{0,6}?(?:${BODY_HEADS.join('|')})`, 'y');
/** Bodies right at a place (`企业`, `企业党组织`): what a bound with no 的 before them says the size of. */
const BODY_RIGHT_AFTER = new RegExp(`(?:${BODY_HEADS.join('|')})`, 'y');

/** A figure of bodies (`10家`, `5个`, `十余所`). */
const BODIES_COUNTED_AT = /[\d一二两三四五六七八九十百千]+(?:多|余)?[家个所户]/y;
/** Staff after the figure, then a bound and 的 (`职工以上的`, `员工及以下的`). */
const STAFF_THEN_BOUND = /^[\u4e00-\u9fff]{0,3}?(?:职工|员工|党员|从业人员|人员)(?:及|或)?(?:以上|以下)的?/;
/** Vehicles and a bound after their figure (`辆车以上`, `台货车以下的`): the size of the firms after them. */
const VEHICLES_THEN_BOUND = /^(?:车|车辆|货车|卡车)(?:及|或)?(?:以上|以下)的?/;

/** A figure rounded by 余 or 多 and bounded by no word of at least or at most around it. */
const ROUNDED_NOT_BOUNDED = /^(?![^]*(?:以上|以下|超|逾|不足|不到|至少|不少于))[^]*[\d〇零一二三四五六七八九十百千万亿两][余多]/;

/** Words of there being or reaching so many, between a noun and its figure: `超50万元的村有5个`. */
const THERE_BEING = /^(?:有|共有|达|达到|为)$/;

/** Bind subjects and actions in text order, so a subject can carry over. */
export function bindAll(found: Found<CountValue>[], doc: Doc): Found<CountValue>[] {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  sorted.forEach((f, i) => {
    const prev = i > 0 ? sorted[i - 1].value : null;
    const nextStart = i + 1 < sorted.length ? sorted[i + 1].start : doc.content.length;
    const b = bind(doc.content, f.value, prev, nextStart);
    Object.assign(f.value, { subject: b.subject, action: b.action, carried: b.carried, disposal: b.disposal, evidenceEnd: b.end });
    f.start = Math.min(f.start, b.start);
    f.end = Math.max(f.end, b.end);
  });
  partsPassingAThreshold(sorted, doc.content);
  shareHeadsAfterLevels(sorted, doc.content);
  shareHeadsOfBareLists(sorted, doc.content);
  placesListedAfter(sorted, doc.content);
  attendanceOfEvents(sorted, doc.content);
  shareVerbsOfPairs(sorted, doc.content);
  sharesOfTheSameWhole(sorted, doc.content);
  partnersOfADeed(sorted, doc.content);
  possessorsOfTheNext(sorted, doc.content);
  assignRespectively(sorted, doc.content);
  assignRespectivelyToCounts(sorted, doc.content);
  return sorted;
}

/**
 * `全县214个行政村,集体经济收入超过3万元的有46个,超过5万元的有21个`: a count naming nothing, right
 * after a threshold of another measure (so much or more, then 的 or a word of there being), counts
 * those of the whole counted before it in the sentence, in its unit, that pass it: villages, not
 * incomes; so in brackets, `40个村…(100万元以上7个)`. A threshold's own figure naming nothing is of
 * the measure the threshold before it named (`超过5万元`: 集体经济收入).
 */
function partsPassingAThreshold(sorted: Found<CountValue>[], text: string): void {
  for (let i = 1; i < sorted.length; i++) {
    const part = sorted[i].value;
    if (part.carried || part.kind === 'money' || part.kind === 'percent') continue;
    // (the threshold's last character first: most counts naming nothing have none before them)
    const before = text[part.start - 1];
    if (before !== '的' && before !== '有' && before !== '上' && before !== '下' && before !== '内' && before !== '达' && before !== '为') continue;
    let whole: CountValue | undefined;
    for (let j = i - 1; j >= 0 && inOneSentence(text, sorted[j].value, part); j--) {
      const w = sorted[j].value;
      if (w.unit === part.unit && w.subject) {
        whole = w;
        break;
      }
    }
    if (!whole) continue;
    const wholeEnd = whole.evidenceEnd ?? whole.end;
    const from = Math.max(wholeEnd, text.slice(0, part.start).search(/[^,，;；:：(（]*$/));
    const threshold = text.slice(from, part.start);
    if (!THRESHOLD_THEN_PART.test(threshold) || !BOUNDING.test(threshold)) continue;
    // (a noun read for it can only be the threshold's own words: `营收超亿元的有12家` read 营收超亿元)
    if (part.subject !== null && !threshold.startsWith(part.subject)) continue;
    part.subject = whole.subject;
    part.action = null;
    part.carried = true;
    sorted[i].start = Math.min(sorted[i].start, from);
    // (the threshold's own figure, where it named nothing: of the measure named by one before it)
    const own = sorted[i - 1].value;
    if (own.subject === null && own.start >= from) {
      const named = sorted.slice(0, i - 1).findLast((f) => f.value.unit === own.unit && f.value.subject && inOneSentence(text, f.value, own));
      if (named) {
        own.subject = named.value.subject;
        own.carried = true;
      }
    }
  }
}
/**
 * A threshold alone before a count: a measure's name at most, a word of comparing, a figure and its
 * unit, a bound, 的, a word of there being (`集体经济收入超过3万元的有`, `10万元以上的`, `100万元以上`).
 */
const THRESHOLD_THEN_PART = /^[\u4e00-\u9fff]{0,10}?(?:年均|均)?(?:超过|超|达到|达|在|高于|低于|不足|不到|少于|多于)?[\d.〇零一二两三四五六七八九十百千]*[万亿千]?(?:元|%|人|名|户|亩)(?:及?以上|及?以下|以内)?的?(?:有|共有|达|为)?$/;
/** A bound in a threshold: at least or at most so much. */
const BOUNDING = /超|高于|低于|不足|不到|少于|多于|以上|以下|以内/;

/**
 * `党员先锋岗、党员责任区分别达到46个、38个`: a list of nouns, 分别, then as many figures listed:
 * each figure counts the noun in its place.
 */
function assignRespectively(sorted: Found<CountValue>[], text: string): void {
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i];
    const listed = first.value.subject;
    if (!listed || !/[、和及]/.test(listed)) continue;
    const lead = text.slice(first.start, first.value.start);
    // (where the list ends: its last noun, past the quote closing it, `“党员先锋岗”“党员责任区”分别…`)
    const items = listed.split(/、|和|及/);
    const last = items[items.length - 1];
    const at = lead.lastIndexOf(last);
    const listEnd = at < 0 ? -1 : at + last.length + (lead[at + last.length] === '”' ? 1 : 0);
    if (at < 0 || !RESPECTIVELY.test(lead.slice(listEnd))) continue;
    // (a measure closing the last noun is every noun's: `战略性新兴产业、高技术制造业产值占比` →
    // 战略性新兴产业产值占比, 高技术制造业产值占比)
    const nouns = sharingTheMeasure(items);
    const group = [first];
    // (every figure listed after it, to compare their number with the nouns')
    for (let j = i + 1; j < sorted.length; j++) {
      const next = sorted[j];
      // (a figure of another unit may have been given no noun: `…数量分别达到320个、5600名`)
      if ((next.value.subject !== listed && next.value.subject !== null) || !LIST_JOIN.test(text.slice(group[group.length - 1].value.end, next.value.start))) break;
      group.push(next);
    }
    if (group.length !== nouns.length || nouns.some((n) => n.length < 2)) continue;
    group.forEach((f, k) => {
      f.value.subject = nouns[k];
      f.value.carried = false;
    });
    i += group.length - 1;
  }
}
/**
 * `企业党组织86个,党员1260名,分别比去年增长12%和9%`: figures listed after 分别 go, one to each,
 * to as many counts just before them in the sentence (both were read as 党员's).
 */
function assignRespectivelyToCounts(sorted: Found<CountValue>[], text: string): void {
  // (one search of the text first: many articles hold no 分别, and then no count needs a slice)
  if (!text.includes('分别')) return;
  for (let i = 1; i < sorted.length; i++) {
    const first = sorted[i];
    const lead = text.slice(sorted[i - 1].value.end, first.value.start);
    if (!lead.includes('分别') || /[。;；!?！？]/.test(lead)) continue;
    const group = [first];
    for (let j = i + 1; j < sorted.length && LIST_JOIN.test(text.slice(group[group.length - 1].value.end, sorted[j].value.start)); j++) group.push(sorted[j]);
    const parts = sorted.slice(i - group.length, i);
    if (group.length < 2 || parts.length !== group.length || parts.some((p) => !p.value.subject) || new Set(parts.map((p) => p.value.subject)).size !== parts.length) continue;
    if (/[。;；!?！？]/.test(text.slice(parts[0].value.end, first.value.start))) continue;
    // (only where nothing of its own is named: all share the subject carried, or none)
    if (new Set(group.map((f) => f.value.subject)).size !== 1 || !group.every((f) => f.value.carried || !f.value.subject)) continue;
    group.forEach((f, k) => {
      f.value.subject = parts[k].value.subject;
      f.value.carried = true;
    });
    i += group.length - 1;
  }
}

/** Nouns listed with the measure the last one closes with given to the others that lack one (or, levels alone, its head). */
function sharingTheMeasure(nouns: string[]): string[] {
  const last = nouns[nouns.length - 1];
  // (levels alone share the last's head, past its own level: `市级、县级示范党组织` → 市级示范党组织)
  const level = LEVEL_AT_START.exec(last);
  if (level && last.length - level[0].length >= 2 && nouns.slice(0, -1).every((n) => LEVEL_ONLY.test(n))) {
    const head = last.slice(level[0].length);
    return nouns.map((n, k) => (k < nouns.length - 1 ? n + head : n));
  }
  // (the party's bodies or work in them with it where they are not the whole noun, else the measure alone:
  // `非公企业党的组织和党的工作覆盖率` → 非公企业党的组织覆盖率)
  let measure = PARTY_MEASURE_TAIL.exec(last);
  if (!measure || measure.index < 2) measure = MEASURE_TAIL.exec(last);
  if (!measure || measure.index < 2) return nouns;
  const shared = measure[0];
  return nouns.map((n, k) => (k < nouns.length - 1 && !MEASURE_TAIL.test(n) ? n + shared : n));
}
/** A measure closing a noun: a share or a rate, of what a figure of money or people is said of. */
const MEASURE_SOURCE = '(?:产值|营收|收入|税收|增加值|人数|数量)?(?:占比|比例|比重|覆盖率|组建率|增幅|增速)$';
const MEASURE_TAIL = new RegExp(MEASURE_SOURCE);
/** Or of the party's bodies or work in them: `非公企业和社会组织党组织覆盖率` → 非公企业党组织覆盖率. */
const PARTY_MEASURE_TAIL = new RegExp(`(?:党组织|党的组织|党的工作)${MEASURE_SOURCE}`);

/** `分别`, `依次`: what follows goes to the things listed before, one to each. */
const RESPECTIVELY = /^(?:分别|依次)/;

/**
 * `23个行政村100%实现经营性收入超20万元,100%实现收支平衡`: a share opening its clause, named by
 * nothing but the verb after it, is a share of what the last share before it in the sentence was of.
 */
function sharesOfTheSameWhole(sorted: Found<CountValue>[], text: string): void {
  sorted.forEach((f, i) => {
    const v = f.value;
    if (v.kind !== 'percent' || !v.action || v.subject !== v.action || !text.startsWith(v.action, v.end) || !/[,，;；]/.test(text[v.start - 1] ?? '')) return;
    for (let k = i - 1; k >= 0; k--) {
      const g = sorted[k].value;
      if (!inOneSentence(text, g, v)) return;
      // (a ratio's name before is no whole of things: `覆盖率达90%,100%实现收支平衡`)
      if (g.kind === 'percent' && g.subject && g.subject !== g.action) {
        if (RATIO.test(g.subject)) return;
        Object.assign(v, { subject: g.subject, carried: true });
        return;
      }
    }
  });
}

/**
 * `30名党员和50名群众参加`, `105家企业和105个村结对签约`: the first of a pair joined by 和
 * does what is said of the pair right after the second, as the second does.
 */
function shareVerbsOfPairs(sorted: Found<CountValue>[], text: string): void {
  // (read from the last: along a 、-list, `12个部门、8个街道、5个村共同参与`, each takes the verb the
  // one after it took so)
  const shared = new Set<number>();
  for (let i = sorted.length - 2; i >= 0; i--) {
    const first = sorted[i].value;
    const second = sorted[i + 1].value;
    if (first.action || !second.action || first.carried) continue;
    const join = text.slice(first.evidenceEnd ?? first.end, sorted[i + 1].start);
    const listed = LIST_MARK_ONLY.test(join);
    if (!PAIR_JOIN.test(join) && !listed) continue;
    if (shared.has(i + 1)) {
      first.action = second.action;
      shared.add(i);
      continue;
    }
    // (the verb right after the second's noun, adverbs of togetherness aside; not one before it:
    // `12个部门、8个街道共同参与`, `12个党支部、286名党员参加`)
    // (past a light verb lending it its place: `12个党支部、286名党员进行宣讲`)
    const secondEnd = second.evidenceEnd ?? second.end;
    const together = TOGETHER_AT.exec(text.slice(secondEnd, secondEnd + 4));
    // (or after a mark of the passive and who did it: `20多家律所和90多名律师受到国家、省、市表彰`)
    const passiveAt = text.charCodeAt(secondEnd) === 0x88ab /* 被 */ || text.startsWith('受到', secondEnd) ? text.indexOf(second.action, secondEnd) : -1;
    const byWhom = passiveAt > secondEnd && passiveAt - secondEnd <= 12 && !/[,，。;；:：!?！？\n]/.test(text.slice(secondEnd, passiveAt));
    if (byWhom || text.startsWith(second.action, pastLendingVerb(text, secondEnd + (together?.[0].length ?? 0)))) {
      first.action = second.action;
      shared.add(i);
    }
  }
}
/** A list mark alone between two counts. */
const LIST_MARK_ONLY = /^\s*、\s*$/;
/** Adverbs of doing together or each, between a list and its verb (共同参与, 分别承担). */
const TOGETHER_AT = /^(?:都|均|共同|一起|一同|分别|先后)/;

/**
 * `走访了15个村的120户困难群众`, `表彰12家企业的30名党员`: a count and 的 right before another says
 * whose the next ones are; the verb before it acts on them (on the head of its object), none of
 * it, nor of those listed with it (`72家协会和39家企业的…`). Where the next one does not close its
 * clause, the object goes on past it (`收到…和39家企业党组织的940名党员群众捐款56.3万元`: what was
 * received is the donation): the owners still lose the verb, and it goes to neither.
 */
function possessorsOfTheNext(sorted: Found<CountValue>[], text: string): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const owner = sorted[i].value;
    const owned = sorted[i + 1].value;
    if (!owner.action || owned.carried || text[owner.evidenceEnd ?? owner.end] !== '的' || (owner.evidenceEnd ?? owner.end) + 1 !== owned.start) continue;
    // (or, after a verb that gets people to do something, where they then do it: `组织12家企业的300名
    // 党员参加培训`, `邀请3家高校的12名专家授课`, as `组织300名党员参加培训` counts them by 组织, not by
    // what they then do)
    const after = owned.evidenceEnd ?? owned.end;
    const gotToDo = GETTING_PEOPLE_TO.has(owner.action) && verbsIn(text.slice(after, after + 6))[0]?.start === 0;
    const verb = owner.action;
    // (where the owned do a verb of their own that no verb of getting people to do it governs, the
    // owner's verb is left as it was; shares and sums own nothing)
    if ((owned.action && !gotToDo) || owner.kind === 'percent' || owner.kind === 'money') continue;
    // (and those listed with the owner, by the same verb; the evidence of what the verb acts on then
    // runs from the first of them, with the verb)
    let first = i;
    while (first > 0 && sorted[first - 1].value.action === verb && LIST_JOIN.test(text.slice(sorted[first - 1].value.evidenceEnd ?? sorted[first - 1].value.end, sorted[first].value.start))) first -= 1;
    if (gotToDo || CLOSES_THE_OBJECT.test(text[after] ?? '')) {
      owned.action = verb;
      sorted[i + 1].start = Math.min(sorted[i + 1].start, sorted[first].start);
    }
    for (let k = first; k <= i; k++) {
      sorted[k].value.action = null;
      sorted[k].start = sorted[k].value.start;
    }
  }
}
/** Verbs that get people to do what the clause says next (their object is who then does it). */
const GETTING_PEOPLE_TO = new Set(['组织', '带领', '动员', '发动', '号召', '引导', '鼓励', '邀请', '吸引', '组织动员']);
/** What may follow the object of a verb: a clause's end, a list's next item, 等, or the text's end. */
const CLOSES_THE_OBJECT = /^(?:|[,，。;；、!！?？\n等])$/;

/**
 * `与16个职能部门、9个社区开展联建`: counts listed after a preposition of partners (与, 同, 跟)
 * opening their clause say with whom the verb after them was done, as one count alone there does
 * (bind-after.ts): the verb the last took, and shared with the others, is none of theirs.
 */
function partnersOfADeed(sorted: Found<CountValue>[], text: string): void {
  for (let first = 0; first < sorted.length; first++) {
    const action = sorted[first].value.action;
    if (!action) continue;
    let last = first;
    while (last + 1 < sorted.length && sorted[last + 1].value.action === action && LIST_JOIN.test(text.slice(sorted[last].value.evidenceEnd ?? sorted[last].value.end, sorted[last + 1].start))) last += 1;
    if (last === first) continue;
    const clauseStart = Math.max(...[...'，,。；;：:\n'].map((mark) => text.lastIndexOf(mark, sorted[first].start - 1))) + 1;
    const opening = text.slice(clauseStart, sorted[first].start);
    const end = sorted[last].value.evidenceEnd ?? sorted[last].value.end;
    if (/^[与同跟]$/.test(opening.slice(leadingFunctionWords(opening))) && text.startsWith(action, pastLendingVerb(text, end + (TOGETHER_AT.exec(text.slice(end))?.[0].length ?? 0)))) {
      for (let k = first; k <= last; k++) sorted[k].value.action = null;
    }
    first = last;
  }
}

/** Levels of government or rank (市级, 县级, 国家级), ratings (五星级), and types named in 式 or 型 (融合式, 枢纽型). */
const LEVEL = '(?:国家级|省级|自治区级|市级|州级|县级|区级|镇级|乡级|街道级|村级|社区级|园区级|[一二三四五1-5]星级|[\u4e00-\u9fff]{2}[式型])';
/** A level and nothing else, as a count's noun. */
const LEVEL_ONLY = new RegExp(`^${LEVEL}$`);
const LEVEL_AT_START = new RegExp(`^${LEVEL}`);
/** What joins two counts of one list: a list mark or a conjunction alone (two of a pair: PAIR_JOIN). */
const LIST_JOIN = /^\s*(?:、|和|及|以及)\s*$/;

/**
 * `12条市级、23条县级关键产业链`, `2个市级和3个县级示范点`, `318个融合式、88个延展式服务站点`: a
 * count whose noun is a level or a type alone shares the head of the next count of the same unit,
 * joined to it by 、/和/及; or of
 * the count before (`省级先进基层党组织2个、市级5个`).
 */
function shareHeadsAfterLevels(sorted: Found<CountValue>[], text: string): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const first = sorted[i].value;
    const next = sorted[i + 1].value;
    if (!first.subject || !LEVEL_ONLY.test(first.subject) || !next.subject || next.unit !== first.unit) continue;
    const level = LEVEL_AT_START.exec(next.subject);
    if (!level || next.subject.length - level[0].length < 2) continue;
    if (!LIST_JOIN.test(text.slice(first.evidenceEnd ?? first.end, sorted[i + 1].start))) continue;
    first.subject += next.subject.slice(level[0].length);
    // (its evidence then runs on to the head it shares)
    sorted[i].end = Math.max(sorted[i].end, sorted[i + 1].end);
  }
  // `获评省级先进基层党组织2个、市级5个`: and a level alone after such a count takes its head
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1].value;
    const count = sorted[i].value;
    if (!count.subject || !LEVEL_ONLY.test(count.subject) || !before.subject || before.unit !== count.unit) continue;
    const level = LEVEL_AT_START.exec(before.subject);
    if (!level || before.subject.length - level[0].length < 2) continue;
    // (after 其中 too: `培育市级以上党建示范点56个,其中省级12个`)
    if (!/^\s*(?:、|和|及|以及|(?:[,，]\s*(?:其中)?))\s*$/.test(text.slice(before.evidenceEnd ?? before.end, sorted[i].start))) continue;
    // (the head without the range the level before it had: 以上党建示范点 → 党建示范点)
    count.subject += before.subject.slice(level[0].length).replace(/^及?以[上下]/, '');
    sorted[i].start = Math.min(sorted[i].start, sorted[i - 1].start);
  }
}

/**
 * `分别给予1500元、2500元、4000元的奖补资金`, `选派120名、98名和76名党员`: bare figures of one
 * unit listed before the last, which names the noun after it, count that noun too; the verb
 * before the first (its action, or its subject where nothing but the verb names it) is the
 * action of them all.
 */
function shareHeadsOfBareLists(sorted: Found<CountValue>[], text: string): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1].value.unit === sorted[i].value.unit && LIST_JOIN.test(text.slice(sorted[j].value.end, sorted[j + 1].value.start))) j += 1;
    if (j === i) continue;
    const last = sorted[j].value;
    // (the last names its noun after its figure, itself; the others name nothing but a verb)
    const named = last.subject !== null && !last.carried && (last.evidenceEnd ?? last.end) > last.end && last.subject !== last.action;
    const bare = sorted.slice(i, j).every((f) => f.value.subject === null || f.value.subject === f.value.action);
    if (named && bare) {
      const action = sorted[i].value.action ?? last.action;
      for (let k = i; k <= j; k++) {
        sorted[k].value.subject = last.subject;
        sorted[k].value.action = action;
        sorted[k].value.carried = k < j;
      }
    }
    i = j;
  }
}

/**
 * `江苏(59.9万户)、广东(55.1万户)和北京(30.5万户)`, `建立党组织江苏12个、广东8个`: figures of one unit
 * listed after places, each named by its place alone, count in each place what the first of the
 * list counts (the place is where, no noun of them: 广东 was the subject, or nothing).
 */
function placesListedAfter(sorted: Found<CountValue>[], text: string): void {
  for (let i = 1; i < sorted.length; i++) {
    const count = sorted[i].value;
    const first = sorted[i - 1].value;
    if (count.unit !== first.unit || !first.subject || (count.subject !== null && !namesOnlyAPlace(count.subject))) continue;
    const between = PLACE_LISTED.exec(text.slice(first.evidenceEnd ?? first.end, count.start));
    if (!between || !namesOnlyAPlace(between[1]) || namesOnlyAPlace(first.subject) || !inOneSentence(text, first, count)) continue;
    // (the first's own place, closing its noun, is where too: `建立党组织江苏12个`, `…分布在江苏`)
    if (!first.carried) {
      const place = nameEndingAt(first.subject, first.subject.length);
      const noun = place ? first.subject.slice(0, first.subject.length - place.length).replace(PLACED_AT_END, '') : first.subject;
      if (noun.length >= 2) first.subject = noun;
    }
    count.subject = first.subject;
    count.action = first.action;
    count.carried = true;
  }
}
/** Where something lies, said before a place closing a noun (`分布在`, `位于`, `在`). */
const PLACED_AT_END = /(?:分布在|分布于|位于|在|于)$/;
/** A list's mark, then a place, alone or before a bracket (`)、广东(`, `、广东`, `和北京(`). */
const PLACE_LISTED = /^[)）]?\s*(?:、|和|及|以及)\s*([\u4e00-\u9fff]{2,8})\s*[(（]?$/;

/**
 * `开展指导员培训5次、480人次`: person-times naming nothing, listed right after a count of events,
 * are the attendance of those events: their subject and action; so are people, right after the
 * events or listed (`开展培训3期120人`, `举办讲座6场、800余人`).
 */
function attendanceOfEvents(sorted: Found<CountValue>[], text: string): void {
  for (let i = 1; i < sorted.length; i++) {
    const count = sorted[i].value;
    const events = sorted[i - 1].value;
    if ((count.kind !== 'person-times' && count.kind !== 'people') || count.subject !== null || events.kind !== 'events' || !events.subject) continue;
    const between = text.slice(events.evidenceEnd ?? events.end, count.start);
    if (between !== '' && !LIST_JOIN.test(between)) continue;
    count.subject = events.subject;
    count.action = events.action;
    count.carried = true;
  }
}

/**
 * `分别提高3.2个和4.1个百分点`: figures listed with 个 before the last one's 个百分点 share that unit
 * (points of a percentage), as a list of figures shares its last one's unit.
 */
export function sharePointsOfList(found: Found<CountValue>[], doc: Doc): Found<CountValue>[] {
  const text = doc.content;
  for (let i = found.length - 2; i >= 0; i--) {
    const f = found[i].value;
    const next = found[i + 1].value;
    if (f.unit === '个' && next.unit === '百分点' && /^(?:和|及|与|、|至|到)$/.test(text.slice(f.end, next.start))) {
      f.unit = '百分点';
      f.kind = next.kind;
    }
  }
  return found;
}

/** A number read by two rules (成 inside a 百分之 phrase, say) is one count. */
export function dropOverlaps(found: Found<CountValue>[]): Found<CountValue>[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found<CountValue>[] = [];
  for (const f of sorted) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) continue;
    kept.push(f);
  }
  return kept;
}
