// Subject and action binding: what a number counts and what was done to it.
// Reads the clause around each count in both word orders:
//   numeral+classifier before the noun: 选派206名党员干部职工 → 党员干部职工, 选派  (bind-after.ts)
//   after the noun:                     解决问题352件 → 问题, 解决              (bind-before.ts)
//   carried over from the clause before: 收集问题531个,已解决439个 → 问题
// then tidies what was read (a time inside the subject, what is said of people).
import { CHANGE_VERBS } from '../../lexicon/words.js';
import { isClauseEndAt, leadingFunctionWords, unquote, verbsIn } from './clause.js';
import type { UnitKind } from '../../lexicon/units.js';
import { lastMatch } from '../../text/patterns.js';
import { tagWords, wordTag } from '../../text/segment.js';
import { isPersonName } from '../metadata/names.js';
import { FOUNDING_BODIES, PER_UNIT_ONLY, PER_UNIT_END, sentenceEnd, clauseBounds, inOneSentence, namesOnlyAPlace, onlyAdverbs, stripComplement, withoutTrailingAdverbs, DOER_HEADS, endsWithPersonHead } from './phrase.js';
import { bindNounAfter } from './bind-after.js';
import { BECOMING_VERBS } from './noun-after.js';
import { bindNounBefore, EVENT_NOUN_END } from './bind-before.js';

export interface RawCount {
  value: number;
  unit: string;
  kind: UnitKind;
  approx: 'exact' | 'over' | 'under' | 'about';
  upper?: number;
  /** Span of the numeral-and-unit itself (with its approximation words). */
  start: number;
  end: number;
}

export interface Bound {
  subject: string | null;
  action: string | null;
  /** The span the evidence should cover: the count with its subject when that is adjacent. */
  start: number;
  end: number;
  /** The subject was carried over from the count before. */
  carried: boolean;
  /** Stands in a 将/把 construction, whose verb comes after the counted things. */
  disposal?: boolean;
  /** Where the count's evidence ends once bound (past the noun after it), for the count after it. */
  evidenceEnd?: number;
}

/**
 * Whether a phrase ends in a person's name (`王忠`, `董事长王忠`, `党员李建军`): two or three characters
 * from a surname on, no word of the dictionary (代表, 党员 are none), alone or after a title or a
 * word of people.
 */
function endsWithAPersonsName(phrase: string): boolean {
  for (const length of [3, 2]) {
    const name = phrase.slice(-length);
    const before = phrase.slice(0, -length);
    if (phrase.length >= length && isPersonName(name) && wordTag(name) === undefined && (before === '' || endsWithPersonHead(before) || TITLE_END.test(before))) return true;
  }
  return false;
}
/** Titles a name may follow: 董事长, 会长, 主任, 经理, 主席. */
const TITLE_END = /(?:长|主任|经理|主席|总裁|总监)$/;

/** Verbs of meeting a condition (具备…条件, 符合…要求), right before the verb of the condition. */
const MEETING_A_CONDITION_END = /(?:具备|符合|满足|具有)$/;

/** Whether `action`, within [start, end), follows a verb of meeting a condition and a 的 closes its clause after it. */
function inACondition(text: string, action: string, start: number, end: number): boolean {
  const at = text.indexOf(action, start);
  return at >= 2 && at < end && MEETING_A_CONDITION_END.test(text.slice(at - 2, at)) && text.slice(at, end).includes('的');
}

/** An aspect particle opening a phrase (了, 着, 过). */
const ASPECT_AT_START = /^[了着过]/;

/** A scope alone: the whole or this province, city, county… (全省, 本市, 该县, 我区, 全国). */
const SCOPE_ONLY = /^(?:全|本|我|该)(?:省|市|县|区|镇|乡|村|州|旗|国|街道|社区|园区)$/;
/** A word of there being, alone (`有`, `共有`, `现有`). */
const THERE_BEING_ALONE = /^(?:共|现|还|另|仍)?有$/;

/**
 * Subject and action of one count. A percentage followed by the verb that ends
 * its clause measures that verb (`实现党的工作100%覆盖`: 党的工作覆盖, 覆盖).
 */
export function bind(text: string, c: RawCount, prev: (RawCount & Bound) | null, nextStart: number): Bound {
  // `梳理问题清单3类27项`: a figure right after a count of kinds or batches counts the items in
  // them: of the same noun, by the same verb (named in the same phrase, not carried from a clause
  // before; not people in batches, `分2批12人参加`)
  // (a word of summing up between: `分3类共86条`)
  if (prev?.subject && GROUPING_UNITS.has(prev.unit) && (prev.end === c.start || SUM_WORD.test(text.slice(prev.end, c.start))) && c.kind !== 'people' && c.kind !== 'person-times') {
    return { subject: prev.subject, action: prev.action, start: c.start, end: c.end, carried: false };
  }
  // (the characters first: most figures have no 分 before them)
  const split = DIVIDED_INTO.has(c.unit) && (text[c.start - 1] === '分' || text[c.start - 2] === '分') ? SPLIT_BEFORE.exec(text.slice(Math.max(0, c.start - 2), c.start)) : null;
  if (split) {
    return batchesOfADoing(text, c, split[0], prev, nextStart);
  }
  let bound = withoutDemonstrative(text, withoutTimeInSubject(text, bindPhrase(text, c, prev, nextStart)));
  // `全省有8人荣获…`, `该县有8个`: a scope (全省, 本市, 该县) right before a word of there being is
  // where they are, not what is counted
  if (bound.subject && SCOPE_ONLY.test(bound.subject) && text.startsWith(bound.subject, bound.start) && THERE_BEING_ALONE.test(text.slice(bound.start + bound.subject.length, c.start))) {
    bound = { ...bound, subject: null, start: c.start };
  }
  // `具备建立党组织条件的企业59.8万户`, `符合开展党建工作的“两新”组织140家`: a verb inside a
  // condition the counted meet, before the 的 that closes it, is no deed done to them or by them
  // (the evidence then reads from the verb of meeting it)
  if (bound.action && inACondition(text, bound.action, bound.start, bound.end)) {
    bound = { ...bound, action: null, start: text.startsWith(bound.action, bound.start) ? bound.start - 2 : bound.start };
  }
  // `董事长王忠等17人参加`: a person named before 等 is one of those counted, an example: the count
  // is of people, no noun
  if (bound.subject && text[bound.start + bound.subject.length] === '等' && text.startsWith(bound.subject, bound.start) && endsWithAPersonsName(bound.subject)) {
    bound = { ...bound, subject: null };
  }
  // `套种了苗木共计9000余棵`: the aspect particle right after the verb opens no noun (了解 is a word
  // of its own; 过 before an amount is no particle: 5个过亿元项目)
  if (bound.subject && bound.action && bound.subject.length > 2 && ASPECT_AT_START.test(bound.subject) && tagWords(bound.subject)[0].word.length === 1 && text.startsWith(bound.action + bound.subject, bound.start)) {
    bound = { ...bound, subject: bound.subject.slice(1) };
  }
  // `走访了120次`, `选聘了2批`: a verb named as what it counts keeps no aspect particle (走访, as `走访50次`)
  if (bound.subject && bound.action && bound.subject.length === bound.action.length + 1 && bound.subject.startsWith(bound.action) && /[了过着]$/.test(bound.subject)) {
    bound = { ...bound, subject: bound.action };
  }
  // `人均增收800元`: a per-head word alone names nothing counted; the change does, as `630人次参与` does
  // (with no verb it stays what the figure is of: `人均达3万元`)
  // (`建成驿站120个,县均1个以上`: right before the figure, a per-unit word of the thing counted just
  // before in the sentence is that thing's share)
  if (bound.subject && PER_UNIT_ONLY.test(bound.subject) && text.startsWith(bound.subject, c.start - bound.subject.length) && prev?.subject && prev.unit === c.unit && inOneSentence(text, prev, c)) {
    bound = { ...bound, subject: prev.subject, carried: true };
  } else if (bound.subject && bound.action && PER_UNIT_ONLY.test(bound.subject)) bound = { ...bound, subject: bound.action };
  // `GDP增长6.5%,达到320亿元`: after a change said of something, a clause of a linking word alone
  // and the figure is the level it reached: of the same thing
  if (!bound.subject && !bound.action && prev?.subject && prev.action && CHANGE_VERB_SET.has(prev.action) && inOneSentence(text, prev, c)) {
    const between = text.slice(prev.evidenceEnd ?? prev.end, c.start);
    if (REACHED_AFTER_CHANGE.test(between)) bound = { ...bound, subject: prev.subject, start: c.start - between.length + between.search(/[^,，\s]/), carried: true };
  }
  // `两项产业覆盖率达到100%`: a percentage right after a count whose noun is a ratio, a linking word
  // between, is that ratio's figure (the count before took the ratio's name as its noun)
  if (!bound.subject && !bound.action && c.kind === 'percent' && prev?.subject && RATIO_END.test(prev.subject) && RATIO_LINK.test(text.slice(prev.evidenceEnd ?? prev.end, c.start))) {
    // (its evidence from the ratio's name)
    const named = (prev.evidenceEnd ?? prev.end) - prev.subject.length;
    bound = { ...bound, subject: prev.subject, start: text.startsWith(prev.subject, named) ? named : prev.evidenceEnd ?? prev.end, carried: true };
  }
  // `具有大专及以上学历党员超过一半,达16.93万名`, `党员人数持续增长,达到1200名`: a linking word alone
  // after a clause that names something and says how it stands or grows, with no figure there, gives
  // that thing's figure
  if (!bound.subject && !bound.action) {
    const named = namedInClauseBefore(text, c.start, prev);
    if (named) bound = { ...bound, subject: named, carried: true };
  }
  // `集团成长为一家总资产260亿元的企业`: what something became, one of a kind, opens with 为 and
  // an article; the noun measured follows it (its characters first: most subjects hold no 为一)
  if (bound.subject && !bound.carried && bound.subject.includes('为一')) {
    const became = BECAME_ONE.exec(bound.subject);
    // (its evidence from the noun, where it opened with the subject)
    if (became && bound.subject.length - became[0].length >= 2) {
      const start = text.startsWith(bound.subject, bound.start) ? bound.start + became[0].length : bound.start;
      bound = { ...bound, subject: bound.subject.slice(became[0].length), start };
    }
  }
  // `部分成员家属等合计近400人`: the 等 closing a list before its figure is no part of the noun
  if (bound.subject && bound.subject.length > 3 && bound.subject.endsWith('等')) bound = { ...bound, subject: bound.subject.slice(0, -1) };
  // `党员(含预备党员)120名`: an aside of what is included, closing the noun, is no part of it; nor
  // is one listing names of them (`3家上市企业(恒达新材、凤鸣硅化)`)
  // (a name's own brackets are: `县(市、区)工作专班`, `30余个县(市、区)`, whose items are one character)
  if (bound.subject && bound.subject.charCodeAt(bound.subject.length - 1) === 0x29 /* ) */) {
    const aside = INCLUDING_ASIDE_END.exec(bound.subject) ?? namesListedInAside(bound.subject) ?? GLOSS_END.exec(bound.subject);
    if (aside && aside.index >= 2) bound = { ...bound, subject: bound.subject.slice(0, aside.index) };
  }
  // `部分党员100余人`: 部分 (some of them) opening the noun is no part of what is counted (inside a
  // list it stays: `会员及部分成员家属`)
  if (bound.subject && bound.subject.length >= 4 && bound.subject.startsWith('部分')) bound = { ...bound, subject: bound.subject.slice(2) };
  if (bound.subject && !bound.carried) {
    const noun = withoutTailSaidOfIt(bound.subject, c);
    if (noun !== bound.subject) bound = { ...bound, subject: noun };
  }
  // `调解成功率98%`, `办结率91%`: a short ratio right after a verb is named by it (the rate of that
  // doing), where a ratio with its own field between is the sentence's verb's (`实现党组织覆盖率…`)
  if (c.kind === 'percent' && bound.action && bound.subject && !bound.carried && bound.subject.length <= 3 && bound.subject.endsWith('率')) {
    const named = bound.action + bound.subject;
    if (text.startsWith(named, c.start - named.length)) bound = { ...bound, subject: named, action: null };
  }
  if (c.kind === 'money') {
    const rate = rateOfPayment(text, c);
    if (rate) return rate;
  }
  // `盘活利用闲置厂房12处`: a verb of means right after the action, its object after it, pairs with the
  // action as one deed (no means: no verb follows it); the second verb, nearer the object, is the action
  const paired = pairedWithMeans(bound, text);
  if (paired) bound = paired;
  // `招引企业6家、总数达到72家`: a total named by nothing but 总数 is of what was counted just before,
  // in the same unit and sentence
  // (so is one named by an adverb alone, `覆盖率达到80%,力争90%`, or by a clause with no head noun
  // after its 的, `走访企业60家,有党员的12家`: the firms are counted)
  if (
    bound.subject && !bound.carried && prev?.subject && prev.unit === c.unit && inOneSentence(text, prev, c) &&
    (TOTAL_WORD_ONLY.test(bound.subject) || namesNothing(bound.subject) || bound.subject.endsWith('的') || namesTheMeans(bound, text) ||
      // (or by an age or schooling alone before 的: `发展党员186名,其中35岁以下的162名`)
      (text.charCodeAt(c.start - 1) === 0x7684 /* 的 */ && AGE_OR_SCHOOLING_ONLY.test(bound.subject)))
  ) {
    bound = { ...bound, subject: prev.subject, carried: true };
  } else if (bound.subject && !bound.carried && (namesNothing(bound.subject) || namesTheMeans(bound, text))) {
    // (person-times with a verb right after them are named by it, as with nothing before them: `线上1200人次观看`, `630人次参与`)
    const doneAfter = c.kind === 'person-times' && bound.action !== null && text.startsWith(bound.action, c.end);
    bound = { ...bound, subject: doneAfter ? bound.action : null };
  }
  if (c.kind === 'people' || c.kind === 'person-times') return peopleOnly(text, bound, c);
  // `带动贫困户入社1.552万户`, `吸引500户村民入社`: households, as people, are not what was done for
  // them (入社, 增收); where that alone follows the figure, they are named between the verb and it
  // (`吸引了村民165户入社`)
  if (c.unit === '户' && bound.subject && !bound.carried) {
    const doneFor = DONE_FOR_PEOPLE.exec(bound.subject);
    const households = doneFor ? bound.subject.slice(0, doneFor.index) : '';
    const arePeople = (s: string) => s.length >= 2 && (s.endsWith('户') || endsWithPersonHead(s)) && verbsIn(s).length === 0;
    if (arePeople(households)) bound = { ...bound, subject: households };
    else if (doneFor?.index === 0 && bound.action && text.startsWith(bound.subject, c.end)) {
      const verbAt = text.lastIndexOf(bound.action, c.start);
      const named = verbAt >= 0 && c.start - verbAt <= 12 ? text.slice(verbAt + bound.action.length, c.start).replace(/^了/, '') : '';
      if (arePeople(named)) bound = { ...bound, subject: named, start: Math.min(bound.start, verbAt) };
    }
  }
  // `开办了“园区大讲堂”,目前已经开展了9期`: a verb of holding alone before the figure names no
  // event; the events are those the clause before it in the sentence named
  if (c.kind === 'events' && bound.subject !== null && bound.subject === bound.action && HOLDING_ALONE.has(bound.action)) {
    const named = eventNamedInClauseBefore(text, bound.start);
    if (named) bound = { ...bound, subject: named, carried: true };
  }
  if (c.kind !== 'percent') return bound;
  // `其中20%直接分给村民,40%作为滚动资金,30%用于村集体公共建设`: a share said only of where it goes
  // (a verb of giving or using right after it, an adverb at most between) is named by that: the use it
  // is put to, or the giving and to whom (the ones after it carried the first one's words)
  if (!bound.subject || bound.carried || text.startsWith(bound.subject, c.end)) {
    const goes = SHARE_GOES_TO.exec(text.slice(c.end, c.end + 32));
    if (goes) {
      const [, verb, object] = goes;
      const named = PUT_TO_USE.has(verb) ? unquote(object) : verb + unquote(object);
      return { ...bound, subject: named, action: verb, end: c.end + goes[0].length, carried: false };
    }
  }
  // `全镇23个行政村100%实现…`: a share right after a count of bodies or people is of them; the verb
  // right after it is theirs
  // (bodies or people by their kind, or by the head of what is counted: `23个行政村`)
  if (prev?.subject && (prev.evidenceEnd ?? prev.end) === c.start && (prev.kind === 'organizations' || prev.kind === 'people' || DOER_HEADS.some((h) => prev.subject!.endsWith(h)))) {
    const next = verbsIn(text.slice(c.end, sentenceEnd(text, c.end)), c.end)[0];
    return { ...bound, subject: prev.subject, action: next?.start === c.end ? next.text : null, start: c.start, end: next?.start === c.end ? next.end : c.end, carried: true };
  }
  // `成立党组织156家,占比91%`: a share named by nothing but 占比 is of what was counted just before
  if (bound.subject && SHARE_WORD_ONLY.test(bound.subject) && prev?.subject && prev.kind !== 'percent' && inOneSentence(text, prev, c)) {
    return { ...bound, subject: prev.subject, carried: true };
  }
  const verb = verbsIn(text.slice(c.end, sentenceEnd(text, c.end)), c.end)[0];
  const gap = verb ? text.slice(c.end, verb.start) : '';
  // (全覆盖; after 的 too: `实现了100%的覆盖`)
  if (!verb || !/^的?全?$/.test(gap) || verb.end !== sentenceEnd(text, c.end)) return bound;
  // (`园区企业的20%投产`: a share of what stands before 的 does the verb; it is no kind of share)
  if (text[c.start - 1] === '的' && bound.subject && !bound.carried && text.startsWith(bound.subject, c.start - 1 - bound.subject.length)) {
    return Object.assign({}, bound, { action: verb.text, end: verb.end });
  }
  // (what was named before it, but for a verb of the sentence's ending it: `实现了100%全覆盖`,
  // `两新组织做到了100%的覆盖` → 两新组织覆盖)
  const named = bound.carried || !bound.subject || bound.subject === bound.action ? '' : withoutTrailingVerbs(bound.subject);
  return Object.assign({}, bound, { subject: named + verb.text, action: verb.text, end: verb.end, carried: false });
}

/** A noun that names a ratio (覆盖率, 占比, 比例). */
const RATIO_END = /(?:率|比例|比重|占比)$/;
/** A linking word alone between a ratio's name and its figure (`达到`, `为`). */
const RATIO_LINK = /^(?:均|已|已经|都)?(?:达到了?|达|为|是|超过|超|突破)$/;
/** A verb of giving or using right after a share, an adverb at most before it, and its object to the clause's end (`直接分给村民`, `作为滚动资金`). */
const SHARE_GOES_TO = /^(?:直接|全部|主要|统一|均|则|将)?(作为|用于|用作|用来|留作|分给|分配给|返还给|返还|奖励给|发放给)([^,，。;；、:：\n]{2,24})(?=[,，。;；:：\n]|$)/;
/** Of those, the verbs of putting to a use: the use names the share (`作为滚动资金` → 滚动资金). */
const PUT_TO_USE = new Set(['作为', '用于', '用作', '用来', '留作']);

/** A linking word alone opening a clause, right before its figure (`,达16.93万名`, `,共120家`). */
const LINK_ALONE_AFTER_COMMA = /[,，]\s*(?:达到|达|为|升至|增至|突破|共计|共有|共|总计|合计)$/;

/**
 * What the clause before a clause of a linking word alone names (see bind): the noun opening it,
 * up to its first verb; null where a figure stands in it, or it names nothing so.
 */
function namedInClauseBefore(text: string, at: number, prev: RawCount | null): string | null {
  const link = LINK_ALONE_AFTER_COMMA.exec(text.slice(Math.max(0, at - 5), at));
  if (!link) return null;
  const comma = at - link[0].length + (link[0].search(/[,，]/));
  const window = text.slice(Math.max(0, comma - 40), comma);
  const opening = Math.max(...[...',，。;；!?！？:：\n'].map((mark) => window.lastIndexOf(mark)));
  const clauseStart = comma - window.length + opening + 1;
  // (no figure in it: one there is what the figure goes on with, see REACHED_AFTER_CHANGE)
  if (prev && prev.end > clauseStart) return null;
  const clause = text.slice(clauseStart, comma);
  const from = leadingFunctionWords(clause);
  const verb = verbsIn(clause.slice(from))[0];
  if (!verb || verb.start < 2) return null;
  // (how it stands or grows, not what it does to something: `我们召开会议,共12场` names no 我们)
  if (tagWords(clause.slice(from + verb.end)).some((w) => /^(?:n|r|v)/.test(w.tag))) return null;
  let noun = withoutTrailingAdverbs(clause.slice(from, from + verb.start));
  // (and adverbs jieba knows: 积极, 稳步, 持续/vd)
  for (let last = tagWords(noun).at(-1); last && /^(?:d|ad|vd)$/.test(last.tag) && last.start > 0; last = tagWords(noun).at(-1)) noun = noun.slice(0, last.start);
  if (noun.length < 2 || !/^[\u4e00-\u9fff“”]+$/.test(noun) || verbsIn(noun).length > 0 || tagWords(noun).some((w) => w.tag === 'r')) return null;
  return unquote(noun);
}

/** Verbs of holding events that name none of them when alone before a figure (`已开展9期`). */
const HOLDING_ALONE = new Set(['开展', '举办', '举行', '组织', '召开', '开设', '开办', '进行']);
/** A quoted name closing a clause, maybe with a word of kind after it (`“红色讲堂”品牌`, `“送法进企”活动`). */
const QUOTED_NAME_CLOSING = /“([^“”,，。]{2,16})”([\u4e00-\u9fff]{0,3})$/;

/**
 * The events the clause right before `at`, in its sentence, named as the object of its verb: a quoted
 * name (with its event noun, `送法进企活动`; without a word of another kind, `红色讲堂` of
 * `“红色讲堂”品牌`), or a noun phrase closed by an event noun (`党员技能培训`); null if none.
 */
function eventNamedInClauseBefore(text: string, at: number): string | null {
  const window = text.slice(Math.max(0, at - 60), at);
  const comma = Math.max(window.lastIndexOf(','), window.lastIndexOf('，'));
  if (comma < 0) return null;
  const clause = window.slice(0, comma).split(/[,，。;；!?！？:：\n]/).at(-1)!;
  // (a verb before the quoted name or the noun: the verbs inside either are theirs, 送法进企, 技能培训)
  const quoted = QUOTED_NAME_CLOSING.exec(clause);
  const verbs = verbsIn(quoted ? clause.slice(0, quoted.index) : clause);
  if (quoted) return verbs.length > 0 && quoted.index - verbs.at(-1)!.end <= 4 ? (EVENT_NOUN_END.test(quoted[2]) ? quoted[1] + quoted[2] : quoted[1]) : null;
  if (!EVENT_NOUN_END.test(clause)) return null;
  for (const verb of verbs) {
    const object = stripComplement(clause.slice(verb.end));
    if (object.length < 2 || object.length > 12 || !/^[\u4e00-\u9fff]+$/.test(object)) continue;
    if (verbsIn(object).every((v) => v.end === object.length)) return object;
  }
  return null;
}

/** A phrase without a verb and its 了 ending it, as jieba tags the verb (`两新组织做到了` → 两新组织). */
function withoutTrailingVerbs(phrase: string): string {
  if (!phrase.endsWith('了')) return phrase;
  const words = tagWords(phrase.slice(0, -1));
  const last = words.at(-1);
  return last && last.word.length >= 2 && last.tag.startsWith('v') ? phrase.slice(0, last.start) : phrase;
}

/** Up to 为 and an article with its classifier (`集团成长为一家`, `建成为一个`). */
const BECAME_ONE = /^.*?为一[家个座所位支]/;

/** Words after a counted noun that are said of it and are no part of it, and the counts they may close. */
const TAILS_SAID_OF_IT: Array<[RegExp, (c: RawCount) => boolean]> = [
  // `发放党建工作经费每家5000元`: how a sum is shared
  [PER_UNIT_END, (c) => c.kind === 'money'],
  // `捐赠物资折合人民币80万元`: what goods are worth in yuan (not a kind of value: 经济价值, 社会价值;
  // nor a total, the measure itself: 捐款捐物总价值)
  [/(?:折合|折算|(?<!经济|社会|生态|商业|市场|文化|品牌|产出|总)价值)(?:人民币)?(?:约|近|超)?$/, (c) => c.kind === 'money'],
  // `汇聚42家民企力量`, `统筹12个部门力量`: the strength of the bodies counted (people and teams
  // may be one: `12名新生力量`, `3支先锋力量`)
  [/力量$/, (c) => c.unit === '家' || c.unit === '个'],
];

/** `subject` without a tail said of it (TAILS_SAID_OF_IT), where a noun of two characters or more remains. */
function withoutTailSaidOfIt(subject: string, c: RawCount): string {
  for (const [tail, closes] of TAILS_SAID_OF_IT) {
    if (!closes(c)) continue;
    const noun = subject.replace(tail, '');
    if (noun !== subject && noun.length >= 2) return noun;
  }
  return subject;
}

/**
 * `按每人每月300元标准发放补贴`, `按照每人每年1000元的标准给予补助`, `按照本科生每人1500元/月给予补贴`:
 * a sum set as the rate (标准, per month) of a payment is the payment's, done by the verb after the
 * rate; null where the clause is not so.
 */
function rateOfPayment(text: string, c: RawCount): Bound | null {
  const near = text.slice(Math.max(0, c.start - 12), c.start);
  // (or one of rates listed after it: `按照大专生每人1000元/月、本科生每人1500元/月给予补贴`)
  const before = RATE_BEFORE.exec(near) ?? (LISTED_RATE_BEFORE.test(near) && RATE_OPENING.test(clauseBefore(text, c.start)) ? LISTED_RATE_BEFORE.exec(near) : null);
  const after = before ? RATE_AFTER.exec(text.slice(c.end, c.end + 6)) : null;
  if (!before || !after) return null;
  let from = c.end + after[0].length;
  for (let listed = LISTED_RATE_AFTER.exec(text.slice(from, from + 24)); listed; listed = LISTED_RATE_AFTER.exec(text.slice(from, from + 24))) from += listed[0].length;
  const verb = verbsIn(text.slice(from, from + 6), from)[0];
  if (!verb || verb.start !== from) return null;
  // (what is paid closes the clause, a verbal noun among them: 补贴, 补助, 奖励)
  const noun = /^[\u4e00-\u9fff]{2,8}?(?=[,，。;；、]|$)/.exec(text.slice(verb.end, verb.end + 9));
  // (the evidence from the rate's 按 or its payee, not the list mark before a listed one)
  const start = c.start - before[0].length + (before[0].startsWith('、') ? 1 : 0);
  // (a verb of paying closing the clause names what is paid, as one before a sum does: `按照每个党组织
  // 每年不低于5000元的标准拨付`, as `拨付5000元`)
  // (not a verb of carrying the rate out: `按照200元标准执行` is the rate)
  if (!noun && PAYING_VERBS.has(verb.text) && (verb.end >= text.length || isClauseEndAt(text, verb.end))) return { subject: verb.text, action: verb.text, start, end: verb.end, carried: false };
  if (!noun) return null;
  return { subject: noun[0], action: verb.text, start, end: verb.end + noun[0].length, carried: false };
}
/**
 * 按 or 按照 and the units a rate is per, right before its figure, with whom it is paid to before
 * them (`按照本科生每人1500元/月`); and 标准, or the rate's period (`/月`), after it.
 */
const RATE_BEFORE = /按照?(?:[\u4e00-\u9fff]{1,6}?(?:每[人户家个名年月季天日]){1,3}|(?:每[人户家个名年月季天日]){0,3})$/;
const RATE_AFTER = /^(?:\/[月年人天次户]|的?标准(?:为)?)[,，]?/;
/** Verbs of paying out, which name what is paid when nothing follows them (`…的标准拨付`). */
const PAYING_VERBS = new Set(['拨付', '下拨', '发放', '支付', '兑现', '补贴', '补助', '奖励']);
/** A rate listed after another (`、本科生每人`), and one such rate whole after a rate (`、本科生每人1500元/月`). */
const LISTED_RATE_BEFORE = /、[\u4e00-\u9fff]{1,6}?(?:每[人户家个名年月季天日]){1,3}$/;
const LISTED_RATE_AFTER = /^、[\u4e00-\u9fff]{1,6}?(?:每[人户家个名年月季天日]){1,3}[\d.]+万?元(?:\/[月年人天次户]|的?标准)?/;
/** 按 or 按照 opening a clause's rates. */
const RATE_OPENING = /按照?/;
/** The clause before `at`: back to its last clause mark. */
const clauseBefore = (text: string, at: number) => text.slice(Math.max(0, at - 60), at).split(/[,，。;；:：\n]/).at(-1)!;

/** Classifiers of kinds and batches, which a count of the items in them may follow (`3类27项`). */
const GROUPING_UNITS = new Set(['类', '批', '组']);
/** A word of summing up alone between two figures: `3类共86条`. */
const SUM_WORD = /^(?:共|共计|合计|总计)$/;

/** Classifiers of the rounds or kinds a doing or a whole is split into after 分 (`分2批`, `分三期`, `分为3类`). */
const DIVIDED_INTO = new Set(['批', '批次', '期', '轮', '组', '类', '档']);
/** 分, 分成, 分为 right before a figure of rounds. */
const SPLIT_BEFORE = /分[成为]?$/;

/**
 * `培训党员分2批进行`, `组织企业负责人分3批赴外地考察`, `全县分三期举办培训班`, `将学员分成4组`:
 * 分 before the figure splits a doing, or those it is done to, into rounds or groups. What was split
 * is named before 分 (done by the verb there); with nothing named there, it is what the first verb
 * after the figure acts on (`举办培训班`: the rounds are of the course); else nothing.
 */
function batchesOfADoing(text: string, c: RawCount, split: string, prev: (RawCount & Bound) | null, nextStart: number): Bound {
  const { left, right } = clauseBounds(text, c.start, c.end, prev?.end ?? 0, nextStart);
  const before = text.slice(left, c.start - split.length);
  const from = leadingFunctionWords(before);
  const lastVerb = verbsIn(before.slice(from), left + from).at(-1);
  const nounFrom = lastVerb ? lastVerb.end - left : from;
  // (将/把 before those split: `将120名学员分成4组`, whose figure is a count of its own; an adverb
  // after them: `本次培训共分三期`)
  const noun = before.slice(nounFrom).replace(/^[将把]/, '').replace(/(?:共|共计|都|均|又|再|将)$/, '');
  const verbAfter = verbsIn(text.slice(c.end, right), c.end)[0];
  if (noun.length >= 2 && !/\d/.test(noun) && !namesOnlyAPlace(noun)) {
    // (分成 and 分为 are the doing: `全县党组织分为3类`)
    const action = lastVerb?.text ?? (split.length === 2 ? split : verbAfter?.text) ?? null;
    return { subject: noun, action, start: lastVerb?.start ?? left + nounFrom, end: c.end, carried: false };
  }
  // (a doing named by its verb alone before 分: `本次培训共分三期`)
  if (lastVerb && noun === '') return { subject: lastVerb.text, action: lastVerb.text, start: lastVerb.start, end: c.end, carried: false };
  // (what the first verb after the figure acts on, to the clause's end)
  const object = verbAfter ? text.slice(verbAfter.end, right).replace(/[\s。,，;；]+$/, '') : '';
  if (verbAfter && object.length >= 2 && object.length <= 12 && !/\d/.test(object)) {
    return { subject: object, action: verbAfter.text, start: c.start - split.length, end: verbAfter.end + object.length, carried: false };
  }
  // (else nothing is named: 分 is no noun, `共分5组`)
  return { subject: null, action: verbAfter?.text ?? null, start: c.start - split.length, end: c.end, carried: false };
}

/** A phrase of means opening what stands before the verb: `依托美团站点`, `利用闲置用房`. */
const MEANS = /^(?:依托|通过|利用|借助|依靠|整合|盘活)/;

/**
 * `其中依托美团站点建设12个`: what stands between 其中 and the verb right before the figure says
 * by what means it was done, and names nothing counted (the verb is the action); so does what
 * stands after a verb of means read as the phrase's helper (`其中利用闲置用房改建30个`: 利用 is a
 * verb, and the means alone is left before 改建).
 */
function namesTheMeans({ subject, action, start }: Bound, text: string): boolean {
  if (!subject || !action) return false;
  if (MEANS.test(subject) && !subject.startsWith(action)) return true;
  return MEANS.test(text.slice(Math.max(0, start - 2), start)) && text.startsWith(subject, start);
}

/** A comma and a linking word alone before a figure: the level a change before it reached (`,达到320亿元`). */
const REACHED_AFTER_CHANGE = /^[,，]\s*(?:达到|达|为|至|升至|增至|突破)$/;
const CHANGE_VERB_SET = new Set(CHANGE_VERBS);

/** An age or a schooling and nothing else (35岁以下, 45周岁及以下, 大专及以上学历): what it says of people named before. */
const AGE_OR_SCHOOLING_ONLY = /^(?:[\d.]+周?岁(?:及|以)?(?:以下|以上|以内)?|[\u4e00-\u9fff]{1,4}(?:及以上|以上)?学历)$/;

/** The deed of two verbs, the second a verb of means right after the action and before its object (`整合利用厂房12处`). */
function pairedWithMeans(bound: Bound, text: string): Bound | null {
  const { subject, action, start, carried } = bound;
  if (!subject || !action || carried || !text.startsWith(action, start) || !text.startsWith(subject, start + action.length)) return null;
  const means = MEANS.exec(subject);
  if (!means || subject.length - means[0].length < 2) return null;
  return { ...bound, subject: subject.slice(means[0].length), action: means[0], start: start + action.length };
}

/** Adverbs alone (`力争`, `已累计`) name nothing; a per-unit word (`人均`) names what is had per head. */
// (nor does an adverb of manner or place that is one word: `现场300余人参与`)
const namesNothing = (subject: string) => (onlyAdverbs(subject) || ADVERB_WORDS_ALONE.has(subject)) && !PER_UNIT_ONLY.test(subject);
/** Adverbs that stand alone before people's figure and name no one (现场, 集中, 线上). */
const ADVERB_WORDS_ALONE = new Set(['现场', '集中', '线上', '线下', '累计', '先后', '陆续', '同时', '当天', '当日', '全程']);

const SHARE_WORD_ONLY = /^(?:占比|比例|比重|占)$/;
/** A total named by nothing else (总数, 总量). */
const TOTAL_WORD_ONLY = /^(?:总数|总量|总计|合计|共计|累计|累计总数)$/;

/**
 * What is done for people, named before their figure (`解决就业25人`, `带动群众就业410人`), or
 * what they reached (`达成就业意向860人`): no one counted.
 */
// (就业 and 再就业 said together too: `城镇失业人员就业再就业4867人`; so what they gained or joined:
// `带动群众增收致富120人`, `带动贫困户入社1.552万户`)
const DONE_FOR_PEOPLE = /(?:(?:再?就业|创业|务工|增收|脱贫|致富|入社|入股)+|就业问题|就业难题|(?:就业|用工|签约|求职)意向)$/;

/** What is done for people, opening what follows their figure (`2万人就业增收`, `300人脱贫`, `460余人就近就业`). */
const DONE_FOR_PEOPLE_AT = /^(?:(?:就近|就地|稳定|灵活)?再?就业|创业|务工|增收|脱贫|致富)/;

/** Where people come from and what they have, said right after their figure (来自, 具有, 具备). */
const SAID_OF_PEOPLE_AFTER = /^(?:来自|具有|具备)/;

/** Whether jieba reads `phrase` as one word, a verb (休息, 就餐, 务工). */
function isOneVerb(phrase: string): boolean {
  const words = tagWords(phrase);
  return words.length === 1 && words[0].tag === 'v';
}

/** A verb of becoming opening a phrase (`成为企业家`). */
const BECOMING_AT = new RegExp(`^(?:${[...BECOMING_VERBS].join('|')})`);

/**
 * What is said of people counted that is no part of them. Where they come from (`来自…`).
 * What was done for them (`解决就业25人`): what is counted is the people before it
 * (`解决群众就业410人` → 群众) or no one (RECORD.md: `为39人解决就业问题`). A verb setting
 * up bodies (`新组建非公企业党支部书记80多人`) says what the bodies are, and is not done to
 * the people.
 */
function peopleOnly(text: string, bound: Bound, c: RawCount): Bound {
  const kind = c.kind;
  let { subject, action } = bound;
  let start = bound.start;
  // `全区3000余人参加`, `全县共计3673人`: a place before people is where they are, not who
  if (subject && !bound.carried && namesOnlyAPlace(subject)) return { ...bound, subject: null };
  // `…指导员中,1人来自经济部门,7人具有丰富党务工作经验`: where people come from or what they have,
  // said after their figure, is no noun of theirs: nothing but people is counted
  if (subject && !bound.carried && SAID_OF_PEOPLE_AFTER.test(subject) && text.startsWith(subject, c.end)) return { ...bound, subject: null, action: null };
  // `来自…部门、…企业负责人等280多人`: where they come from is said of them, and no part of them
  // (before 的 it is a relative clause, whose head is already what is counted)
  if (subject?.startsWith('来自') && subject.length > 4) {
    subject = subject.slice(2);
    if (text.startsWith('来自', start)) start += 2;
  }
  // `引进15名科学家,3人成为企业家`: what people became, right after their figure, is what they
  // are counted as, by the verb of becoming
  if (subject && kind === 'people' && text.startsWith(subject, c.end)) {
    const becoming = BECOMING_AT.exec(subject);
    if (becoming && subject.length - becoming[0].length >= 2) return { ...bound, subject: subject.slice(becoming[0].length), action: becoming[0], end: c.end + subject.length, carried: false };
  }
  // `吸引300人参加`, `组织50人参加培训`: people a verb acts on who then do another are counted by
  // nothing but their figure (the verb before them was read as what is counted, or the one after)
  if (subject && !bound.carried && action && action !== subject && text.startsWith(subject, c.end) && verbsIn(subject)[0]?.text === subject) return { ...bound, subject: null };
  // `供给20到30人休息`, `有50人就餐`: a verb alone after people, one of jieba's if none of ours, is
  // what they do; it names none of them (and is the action where none was read); not a word of
  // people jieba tags a verb (考生); person-times are named by what they did (`630人次参与`)
  if (kind === 'people' && subject && !bound.carried && text.startsWith(subject, c.end) && isOneVerb(subject) && !endsWithPersonHead(subject)) return { ...bound, subject: null, action: action ?? subject };
  // (or what is done for them: `带动2万人就业增收`, `帮助300人脱贫`)
  if (subject && !bound.carried && subject === action && text.slice(Math.max(0, c.start - action.length - 1), c.start).replace(/了$/, '').endsWith(action) && (verbsIn(text.slice(c.end, c.end + 4))[0]?.start === 0 || DONE_FOR_PEOPLE_AT.test(text.slice(c.end, c.end + 5)))) {
    return { ...bound, subject: null };
  }
  // `开展技能培训36期、培训人员1800余人`: a verb of teaching opening a phrase of its own before 人员 or
  // 学员 is what was done to them, not the holding verb before the list (人员 makes a noun of it
  // only after a verb: `配备培训人员12名`)
  const taught = subject && !bound.carried ? TAUGHT_PEOPLE.exec(subject) : null;
  if (taught && text.startsWith(subject!, c.start - subject!.length) && CLAUSE_OPENS.test(text[c.start - subject!.length - 1] ?? '')) {
    return { ...bound, subject: taught[2], action: taught[1], start: c.start - subject!.length };
  }
  // `线上观看8000余人次`: an adverb alone before the verb names no one; person-times are named by the
  // verb, as `630人次参与` is, people by nothing
  if (subject && action && !bound.carried && subject.endsWith(action) && ADVERB_WORDS_ALONE.has(subject.slice(0, -action.length))) {
    subject = kind === 'person-times' ? action : null;
  }
  const doneFor = subject ? DONE_FOR_PEOPLE.exec(subject) : null;
  if (subject && doneFor) {
    const rest = subject.slice(0, doneFor.index);
    subject = rest.length >= 2 && endsWithPersonHead(rest) ? rest : null;
  }
  // `培训知识技能900余人`, `宣讲政策法规1200人次`: what people were taught is no one; for people
  // nothing is named, person-times are named by the verb (as `630人次参与`)
  if (subject && action && TEACHING_VERBS.has(action) && TAUGHT.test(subject) && !bound.carried) {
    subject = kind === 'people' ? null : action;
  }
  if (action && FOUNDING_BODIES.has(action) && subject && endsWithPersonHead(subject!)) {
    action = null;
    // (the evidence then starts at what is counted)
    const at = text.indexOf(subject, start);
    if (at >= 0 && at < bound.end) start = at;
  }
  return subject === bound.subject && action === bound.action ? bound : { ...bound, subject, action, start };
}
/** Verbs of teaching people, and what they are taught (知识, 技能, 政策): no one counted. */
const TEACHING_VERBS = new Set(['培训', '轮训', '宣讲', '讲解', '普及', '传授', '宣传', '教授', '辅导', '指导']);
const TAUGHT = /(?:知识|技能|技术|政策|法规|法律|理论|业务|本领|常识|方法)$/;

/** A verb of teaching jieba reads into one noun with those taught (培训人员, 轮训学员). */
const TAUGHT_PEOPLE = /^(培训|轮训|集训|培养|辅导)(人员|学员)$/;
/** What a phrase opens after: nothing, a list's 、, a comma, a full stop. */
const CLAUSE_OPENS = /^(?:|[、,，;；。:：\n])$/;

/**
 * A time said inside the noun phrase before a figure (`安康高新区2019年生产总值`, `该区今年上半年
 * 税收收入`, `全区1-6月规上工业产值`) dates the figure: what is counted is named after it, and
 * whatever stands before it (the place, the body) is the sentence's topic. Only times with a
 * figure or a named year, or now (目前): 年度党建考核, 年产值 are nouns.
 */
const TIME_IN_SUBJECT = new RegExp(
  String.raw`(?:(?:\d{2,4}|[〇零一二三四五六七八九]{2,4}|[今去前明本当])年(?:度|底|末|初)?|[上下]半年)` +
    String.raw`(?:(?:[上下]半年|前?[一二三四\d]季度)|\d{1,2}(?:[-—~至到]\d{1,2})?月(?:份|底|末|初|[上中下]旬)?)?` +
    String.raw`|前?[一二三四\d]季度|\d{1,2}(?:[-—~至到]\d{1,2})?月(?:份|底|末|初|[上中下]旬)?` +
    // (and now: `郑州目前新就业群体超40万人`)
    String.raw`|目前|当前|如今|眼下|现阶段` +
    // (and the end or the span of a five-year plan: `“十四五”末村集体收入`, `十三五期间新建党组织`;
    // not the plan itself, `十四五规划项目`)
    String.raw`|“?十[一二三四五六七八九]五”?(?:末|期间|初|以来|时期)`,
  'g',
);

/** A time closing a noun before its figure, two characters of the noun before it at least (`收入年内`, `党员今年`; not `当年`, `全年` alone). */
const TIME_CLOSING_SUBJECT = /(?<=[\u4e00-\u9fff”]{2})(?:年内|年底前?|年末|当年|今年|全年)$/;

/** An aside of what is included or left out closing a noun: `(含预备党员)`, `（包括流动党员）`. */
const INCLUDING_ASIDE_END = /\((?:含|包括|包含|不含|不包括|其中)[^()]*\)$/;
/**
 * An aside closing a noun that names it again, four Chinese characters or more and no list:
 * `暖新驿站(综合服务站点)`; a name's own brackets are shorter or list items (`党组(党委)`, `县(市、区)`).
 */
const GLOSS_END = /\([\u4e00-\u9fff]{4,}\)$/;
/** An aside closing a noun that lists names, two characters or more each: `(恒达新材、凤鸣硅化)`, `(凤鸣科技等)`. */
function namesListedInAside(noun: string): { index: number } | null {
  const open = noun.lastIndexOf('(');
  if (open < 0) return null;
  const inside = noun.slice(open + 1, -1);
  if (!/、|等$/.test(inside)) return null;
  return inside.replace(/等$/, '').split('、').every((name) => name.length >= 2) ? { index: open } : null;
}

function withoutTimeInSubject(text: string, bound: Bound): Bound {
  const subject = bound.subject;
  if (!subject || bound.carried || !/[\d年季月前今下段五]/.test(subject)) return bound;
  // (a time closing it says when the figure was reached, after what is counted: `集体经济收入年内均达`)
  const closing = TIME_CLOSING_SUBJECT.exec(subject);
  if (closing) return { ...bound, subject: subject.slice(0, closing.index) };
  const time = lastMatch(TIME_IN_SUBJECT, subject);
  if (!time) return bound;
  const cut = time.index + time[0].length;
  const rest = subject.slice(cut);
  // (a noun in Latin letters after the time too: `余杭区2024年GDP`)
  if (rest.length < 2 || !/^[\u4e00-\u9fff“"A-Za-z]/.test(rest)) return bound;
  // (the evidence starts at the rest when it started at the subject)
  const start = text.startsWith(subject, bound.start) ? bound.start + cut : bound.start;
  return { ...bound, subject: rest, start };
}

/**
 * A demonstrative opening a noun (`该项目总投资`, `上述企业`, `这次分红款`): the one spoken of, not
 * part of its name; so is the writer's own place (`我市“两新”组织`, `本县企业`, `我国非公企业`), which the record
 * names as the locality, and the place spoken of (`该村合作社社员`, `该县企业`; not before a level, a
 * committee or the village's collective: `该村级组织`, `该县委`, `该村集体经济`).
 */
const DEMONSTRATIVE_OPENING = /^(?:这次|此次|本次|该(?:[省区县镇乡](?![级委])|村(?![级委集])|市(?![场级委]))?|上述|这些|这个|这项|这一|那些|[我本](?:[省区县镇乡州旗国]|市(?!场)))(?=[\u4e00-\u9fff“]{2})/;

/** The subject without a demonstrative opening it (the evidence starts after it where it started at the subject). */
function withoutDemonstrative(text: string, bound: Bound): Bound {
  const m = bound.subject && !bound.carried ? DEMONSTRATIVE_OPENING.exec(bound.subject) : null;
  return m ? withoutOpening(text, bound, m[0].length) : bound;
}

/** The subject without its first `length` characters (the evidence starts after them where it started at the subject). */
function withoutOpening(text: string, bound: Bound, length: number): Bound {
  const subject = bound.subject!;
  const start = text.startsWith(subject, bound.start) ? bound.start + length : bound.start;
  return { ...bound, subject: subject.slice(length) || null, start };
}

/** The clause around the count, read for a noun after the figure first, then for one before it. */
function bindPhrase(text: string, c: RawCount, prev: (RawCount & Bound) | null, nextStart: number): Bound {
  const { left, right } = clauseBounds(text, c.start, c.end, prev?.end ?? 0, nextStart);
  const after = bindNounAfter(text, c, prev, left, right);
  if (after.bound) return after.bound;
  const before = withoutMarksOpening(text, bindNounBefore(text, c, prev, left, right, after.verbAfter));
  // `活动累计630人次参与`: where a linking word before the figure left no action, a verb alone
  // after it says what the counted did
  return before.subject && !before.action && after.verbAfter ? { ...before, action: after.verbAfter } : before;
}

/** A closing bracket or a list mark an aside before the noun left at its start (`…22家(净增18家)、规上服务业企业3家`). */
const MARKS_OPENING = /^[)）\]】、,，;；\s]+/;

/** The subject without marks opening it (the evidence starts after them where it started at the subject). */
function withoutMarksOpening(text: string, bound: Bound): Bound {
  const m = bound.subject ? MARKS_OPENING.exec(bound.subject) : null;
  return m ? withoutOpening(text, bound, m[0].length) : bound;
}
