// Binding a count whose noun phrase follows its classifier: which noun (noun-after.ts reads
// it), and which verb acts on it — the verb before the figure, one after the noun said of it,
// the verb of a 将/把 construction, or the one a list shares.
import { BODY_HEADS, CHANGE_TO_VERBS, PERSON_HEADS, SETTING_UP_MANNERS } from '../../lexicon/words.js';
import { AFTER_HOU, changeVerbs, endsWithPreposition, helperVerbs, isClauseEndAt, leadingFunctionWords, lessonVerbClosing, nounEndingLengthAt, unquote, verbsIn } from './clause.js';
import type { UnitKind } from '../../lexicon/units.js';
import { lastMatch, startsAt } from '../../text/patterns.js';
import { tagWords } from '../../text/segment.js';
import { clauseBounds, inOneSentence, insideClosedQuote, sentenceEnd, verbSaidOf, isHanAt, withoutComparison, ASIDE_OPENING, FUND_AFTER_VERB_AT, POSSESSION_BEFORE, PAIR_JOIN, DOER_HEADS, endsWithPersonHead, WHOLE_AMONG_BEFORE } from './phrase.js';
import { phraseAfter, MEASURED_UP_TO, ONLY_QUALITIES_BEFORE_DE, QUANTIFIED_JOIN, SERVICE_VERBS } from './noun-after.js';
import { loneDeedClosing, phraseBefore, namesSomething } from './bind-before.js';
import { linking, onlyTimeReached } from './set-phrasings.js';
import type { RawCount, Bound } from './bind.js';

/** Verbs of finding out (发现, 获悉): what is then said to exist was found, not done to. */
const FINDING_OUT = new Set(['发现', '获悉', '了解到']);
/** A word of there being closing what stands before the figure (`共有`, `现有`, `有`). */
const THERE_BEING_END = /(?:共|现|已|尚|还)?有$/;

/** An indicator a sum of money measures, named right before it (总投资2.2亿元, 年产值5000万元; the verb 投资 is none: 投资10亿元的项目). */
// (a comparing verb may stand between: `年利税突破10亿元的大型民营科技企业` measures 年利税)
const INDICATOR_BEFORE = /(?:总投资|资产投资|投资额|产值|营收|收入|税收|利税|销售额|利润|资金|经费|金额|总额|总资产|资产)(?:超过|超|突破|达到|达|逾)?$/;

/** `/家`, `/人`, `/月`: a rate's unit written after a sum of money. */
const RATE_UNIT = /^\/(?:人次|平方米|平米|小时|[家人个户名次月年天周亩吨件单])/;

/** A numeral's first character (a span opening otherwise opens with a word of approximation: 超过, 近, 约). */
const NUMERAL_AT = /[\d零〇一二两三四五六七八九十百千万]/;

/** What a company's name ends in, after the verb of what it does (建设公司, 发展集团, 投资有限公司). */
const COMPANY_ENDING_AT = /^(?:公司|集团|有限)/;

/** Whether jieba reads `s` as one word, a verb. */
function isJiebaVerb(s: string): boolean {
  const words = tagWords(s);
  return words.length === 1 && words[0].tag === 'v';
}

/** A head after 的 that a figure is measured up to (`达95%的目标`), not one it is a share or sum of. */
const NOT_SHARE_HEADS = new RegExp(`^${MEASURED_UP_TO}`);
/** A word of there being or reaching so many, opening what follows a 的 (`…的有21个`, `…的占30%`): no noun. */
const THERE_BEING_OPENS = /^(?:共?有|达|为|占)/;
/** A ratio of a doing, named by its verb (`参与率`, `办结率`, `覆盖率`), whole. */
const RATIO_NAMED_BY_VERB = /^[\u4e00-\u9fff]{2,4}率$/;
/** Nouns of one character a share after 的 is of (`三分之一的村`, `30%的户`): most one-character words after a figure are none. */
const SHARED_ONE_CHARACTER_NOUNS = new Set(['村', '户', '人', '镇', '乡', '厂', '店', '校']);
/**
 * What bodies earn or make, or need, after their count (16家企业总产值, 5家链主企业共性需求):
 * not what the count is of.
 */
const AMOUNT_OF_BODIES = /(?:总产值|产值|营业收入|营收|收入|税收|销售额|利润|产量|需求|诉求|难题|问题|困难|资源|力量)$/;
/**
 * What bodies and things produce or earn, after their count (22个行业增加值, 8个村集体经济收入,
 * 3个项目总投资): the things are counted, not the output.
 */
const OUTPUT_OF_THINGS = /(?:总产值|产值|增加值|营业收入|营业额|营收|收入|税收|销售额|利润|总投资|投资额)$/;
/** Whether a preposition of whom or what (对, 向, 给, 为), as jieba reads it, stands between a verb's object and a figure. */
function prepositionBetween(between: string): boolean {
  // (tested for the characters first: most phrases between a verb and its figure hold none)
  return between.length > 1 && /[对向给为]/.test(between) && tagWords(between).some((w, k) => k > 0 && w.tag === 'p' && /^(?:对|向|给|为|对于|针对)$/.test(w.word));
}

/** When, right after a verb: `推广后`, `成立以来`, `签约之前`. */
const AFTER_THE_DEED = /^了?(?:之?后|以后|以来|之?前|以前|时)\s*$/;

/**
 * What follows the last clause of when (`在全县推广后`): a preposition inside that clause (在)
 * puts its own verb somewhere, not the figure after it.
 */
const sinceWhen = (s: string) => {
  const when = lastMatch(WHEN_CLOSE, s);
  return when ? s.slice(when.index + when[0].length) : s;
};
const WHEN_CLOSE = new RegExp(`(?:以后|之后|以来|${AFTER_HOU})`, 'g');

/** A preposition of place (在, 于, 到), not the 在 of 现在, 存在, 所在, 正在…, nor the 于 of a comparison (高于). */
const PLACE_PREPOSITION = /(?<![现存所正实自内好])在|(?<![对关属等由位高低大小多少])于|(?<![达受得])到/;

/** A verb setting bodies up right before their figure (`成立了`, `组建`). */
const SET_UP_RIGHT_BEFORE = /(?:成立|组建|建立|新建|创建|筹建|组织成立)了?\s*$/;

/** Kinds of count that are things made or set up, which one verb may govern a list of. */
const THINGS = new Set(['organizations', 'items']);

/** An article's 一 and a classifier right before a figure: `一支`, `一个`. */
const ARTICLE_BEFORE = /一[个支只批]\s*$/;

/**
 * `91家非公企业党建指导员`: a body classifier before a person: the count is of the bodies;
 * so it is before what the bodies earn or make (`16家企业总产值超过2000亿元`).
 */
function cutToBody(phrase: string, kind: UnitKind): { phrase: string; cut: boolean } {
  if (kind === 'people' || kind === 'person-times' || kind === 'percent' || kind === 'money') return { phrase, cut: false };
  const output = kind === 'organizations' || kind === 'items' ? OUTPUT_OF_THINGS.exec(phrase) : null;
  if (!endsWithPersonHead(phrase) && !(kind === 'organizations' && AMOUNT_OF_BODIES.test(phrase)) && !output) return { phrase, cut: false };
  let best = -1;
  for (const h of BODY_HEADS) {
    let at = phrase.lastIndexOf(h);
    // (not a body's word that opens the person's: the 村 of 村民, `72户村民`, `12个村村民`)
    while (at > 0 && opensPersonWord(phrase, at)) at = phrase.lastIndexOf(h, at - 1);
    if (at >= 0 && at + h.length < phrase.length && !opensPersonWord(phrase, at)) best = Math.max(best, at + h.length);
  }
  if (best > 0) return { phrase: phrase.slice(0, best), cut: true };
  // `22个行业增加值`, `3个项目总投资`: with no body named, what earns it is what stands before the output
  return output && output.index >= 2 ? { phrase: phrase.slice(0, output.index), cut: true } : { phrase, cut: false };
}

/** Whether a word of people of two characters or more (村民, 居民) opens at `at` of `phrase`. */
const opensPersonWord = (phrase: string, at: number) => PERSON_HEADS.some((h) => h.length >= 2 && phrase.startsWith(h, at));

/** What bodies or people have that a share of them is said by: `面积`, `营收`, `收入`, `年龄`. */
const MEASURE_OF_OWNER = /(?:面积|营收|收入|产值|税收|利润|年龄|人数|规模|学历)$/;

/**
 * `99.2%的社区办公及活动场所面积达到…`, `60%的党员年龄在35岁以下`: a share of bodies or people
 * told by what they have: the bodies or people are counted (the longest stretch of the phrase
 * that ends in one, before a measure of theirs); null where the phrase is not so.
 */
function ownersOfMeasure(phrase: string): string | null {
  if (!MEASURE_OF_OWNER.test(phrase)) return null;
  let best = -1;
  for (const h of DOER_HEADS) {
    const at = phrase.lastIndexOf(h);
    if (at >= 0 && phrase.length - (at + h.length) >= 2) best = Math.max(best, at + h.length);
  }
  return best >= 1 ? phrase.slice(0, best) : null;
}

/**
 * `将美团、饿了么等`, `将链上`: 将 before a list closed by 等, or a few words of where or which
 * (链上, 全县), with no verb after it, puts what is counted before its verb.
 */
const DISPOSED_LIST = /将(?:[^，,。；;：:将]{2,30}等|[^，,。；;：:将等\d]{1,4})$/;

/** Classifiers of groups of people, whose count is of the groups, not of bodies named in them. */
const PEOPLE_GROUP_UNITS = new Set(['组', '批']);

/** A preposition of partners opening a clause (与, 同, 跟): what follows it is whom it was done with. */
const PARTNER_OPENING = /^[与同跟]/;

/**
 * Whether a preposition of partners (与, 同, 跟) or of whom (对, 向, 给, 为, 针对, as jieba reads
 * it) opens the clause before a figure.
 */
function opensWithPartnersOrWhom(opening: string): boolean {
  if (PARTNER_OPENING.test(opening)) return true;
  // (whom tested for the characters first: most clauses open with none)
  if (!/^[对向给为针]/.test(opening)) return false;
  const first = tagWords(opening)[0];
  return first !== undefined && first.tag === 'p' && /^(?:对|向|给|为|对于|针对)$/.test(first.word);
}

/**
 * Whether 对 or 针对 stands before the figure past `from` (the end of any verb before it) as a
 * preposition: what follows it is what the verb closing the clause is done to (`对辖区20家企业进行
 * 走访` visits them, `组织干部对40个项目进行评审` reviews them), unlike 向, 给 and 为 (to or for
 * whom: `向120名党员发出倡议`).
 */
function objectMarkedIn(before: string, from: number): boolean {
  let at = before.lastIndexOf('对');
  if (at < from) return false;
  if (at > 0 && before[at - 1] === '针') at -= 1;
  const first = tagWords(before.slice(at))[0];
  return first !== undefined && first.tag === 'p' && (first.word === '对' || first.word === '针对');
}



/** A word of existence closing what stands before a figure: 有, 共有, 现有, 拥有, 已有. */
const EXISTENCE_END = /(?:^|[共现已尚还另拥])有\s*$/;

/**
 * Whether what stands between a verb and the figure goes on with a 、-list whose later items open
 * with verbs of their own, like the first one the verb opens (`搭建活动载体、强化组织保障等5个方面`):
 * a list of deeds, which the figure counts; the first deed's verb is no action done to them
 * (组建先锋队、服务队等12支队伍 lists nouns).
 */
function listsDeeds(between: string): boolean {
  if (!between.includes('、')) return false;
  const [object, ...items] = between.replace(/等\s*$/, '').split('、');
  // (our verbs: jieba calls deeds named as services verbs too, `提供就餐饮水、休憩充电等12余种服务`)
  const opensWithVerb = (item: string) => verbsIn(item)[0]?.start === 0;
  // (the verb's own object is the first item: where that is a deed too, the verb governs the list)
  if (opensWithVerb(object)) return false;
  // (half of the items or more open with our verbs, and none with a noun: a verb our lexicon lacks may
  // open the others, `创设服务平台`)
  const deeds = items.filter(opensWithVerb).length;
  return deeds > 0 && deeds * 2 >= items.length && !items.some((item) => tagWords(item)[0]?.tag.startsWith('n'));
}

/**
 * Whether every item of the 、-list `listed` is a verb of ours and a noun it acts on (`建立“流动党员报到站”`,
 * `通过建立报到站、设立服务岗`): deeds listed, not kinds (`设置常设、应急`).
 */
function deedsListedBefore(listed: string): boolean {
  // (the means they were: `通过建立报到站、选派…`)
  return listed
    .slice(leadingFunctionWords(listed))
    .replace(/^(?:通过|依托|借助|凭借)/, '')
    .split('、')
    .every((item) => {
      const verb = verbsIn(item)[0];
      const object = verb?.start === 0 ? unquote(item.slice(verb.end)) : '';
      // (a noun by jieba's tag or by its ending: jieba reads 报到站 as 报/到/站)
      return object.length >= 2 && ((tagWords(object).at(-1)?.tag.startsWith('n') ?? false) || nounEndingLengthAt(object, object.length - 1) === 1);
    });
}

/** Groups and teams set up, which a list before their figure names (`活力群团、学习创新技术等3个党小组`), doing no deeds. */
const GROUP_END = /(?:小组|组|队|队伍|团|联盟|中心|站|委员会)$/;
/** Whether `subject` ends in a body or a group: a 、-list before its figure names them, whatever verbs open its items. */
function namesBodiesOrGroups(subject: string): boolean {
  return GROUP_END.test(subject) || BODY_HEADS.some((h) => subject.endsWith(h));
}

/** A ratio right before its figure, a linking word between at most (`党员占比`, `覆盖率达`). */
const RATIO_RIGHT_BEFORE = /(?:占比|比例|比重|率)(?:达到?|为|在|超过?)?$/;

/** Where people come from, a clause holding a figure and its classifier, closed by 的 (`来自18家企业的`). */
const FROM_WHERE_WITH_COUNT = /^来自[^,，。;；的]{0,8}?\d+[^,，。;；的]{1,8}?的/;

/** Whether people are named from `from` on, no place they are in among the words (`的党员`, not `的微信群里大家`). */
function peopleNamedAfter(text: string, from: number, right: number): boolean {
  const head = phraseAfter(text, from, right).text;
  return endsWithPersonHead(head) && !tagWords(head).some((w) => w.tag === 'f');
}

/** Whether `name` ends in a noun ending of one to three characters (宣传接待部, 服务站, 工作室). */
function endsAsABody(name: string): boolean {
  for (let k = 1; k <= 3 && k < name.length; k++) if (nounEndingLengthAt(name, name.length - k) === k) return true;
  return false;
}

/** A 、-list closed by 等, in one clause, at the end of a phrase (`活力群团、讲习学习创新技术等`). */
const LIST_CLOSED_BY_DENG = /[^,，;；。:：、]*(?:、[^,，;；。:：、]+)+等$/;

/** How a body was set up, said right after its figure and closing its item (`单独组建、`, `挂靠,`): the verb in group 1. */
const SET_UP_HOW_AT = /^(?:单独|联合|独立|分别)?(组建|成立|建立|建|挂靠|联建|单建)(?=[、,，;；。)）]|$)/;
const SET_UP_HOW_STARTS = new Set('单联独分组成建挂');

/** A word of varying after a range, closing its clause (`不等`, `之间`, `不一`), or 之间 before 的 (`3至5人之间的支部`). */
const VARYING_AFTER = /^(?:不等|之间|不一)(?![\u4e00-\u9fff])|^之间(?=的)/;

/** A conjunction, then names up to the figure (no clause mark between): `和凤鸣公司党支部、恒达公司党支部`. */
const NAMES_LISTED_AFTER_JOIN = /^\s*(?:和|及|以及)[^,，。;；!！?？\n]{2,60}$/;

/** Verbs of issuing or setting up, whose object may be a noun a relative clause opening with a verb describes. */
const ISSUING_OR_SETTING_UP = new Set(['出台', '制定', '印发', '推出', '发布', '建立', '成立', '组建', '打造']);

/**
 * A count whose noun phrase follows its classifier (`选派206名党员干部职工` → 党员干部职工, 选派):
 * its binding, or none, and then any verb said right after the figure of what stood before
 * it (`指导员共3000多人参加`), for the reading of the noun before the figure.
 */
export function bindNounAfter(text: string, c: RawCount, prev: (RawCount & Bound) | null, left: number, right: number): { bound: Bound; verbAfter?: undefined } | { bound: null; verbAfter: string | null } {
  const before = text.slice(left, c.start);
  // `每户补贴500至2000元不等`: a word of varying after a range names nothing; the noun is before
  // (its first characters first: most figures have neither after them)
  if ((text[c.end] === '不' || text[c.end] === '之') && VARYING_AFTER.test(text.slice(c.end, c.end + 3))) return { bound: null, verbAfter: null };
  // `其中16个单独组建、17个联合组建`, `16家单独成立、17家挂靠`: how a part was set up, right after its
  // figure and closing its item, is said of the things counted just before in the sentence (or of
  // what is left unnamed, nothing before the figure): one listed after it would read it as a noun
  // (its first character first: most figures have none of these after them)
  if (SET_UP_HOW_STARTS.has(text[c.end])) {
    const how = SET_UP_HOW_AT.exec(text.slice(c.end, c.end + 7));
    const carried = prev?.subject && prev.unit === c.unit && inOneSentence(text, prev, c) ? prev.subject : null;
    const unnamed = /^[\s,，、:：]*(?:其中[\s:：]*)?$/.test(text.slice(Math.max(left, prev?.evidenceEnd ?? 0), c.start));
    if (how) {
      const action = SETTING_UP_MANNERS.includes(how[0]) ? how[0] : how[1];
      if (unnamed) return { bound: { subject: carried, action, start: c.start, end: c.end + how[0].length, carried: carried !== null } };
      // (with the things named before the figure, `企业16家单独成立`, it is their verb; nothing after the figure names them)
      return { bound: null, verbAfter: action };
    }
  }

  // --- pre-position: a noun phrase follows the classifier --------------------
  // `八成以上的会员企业`, `70%的企业`: a share of the noun after 的 (not of `…95%的目标`)
  // (nor where a ratio stands right before the figure, which measures it: `党员占比30%以上的企业`)
  const shareOf = c.kind === 'percent' && text[c.end] === '的' && !NOT_SHARE_HEADS.test(text.slice(c.end + 1, c.end + 3)) && !RATIO_RIGHT_BEFORE.test(before);
  // `36名来自18家企业的青年代表`: people before where they come from, a clause with a count of its
  // own closed by 的, are the people named after it (the inner count ends no phrase of theirs)
  // (read past the inner count, which bounds this one's clause, to the clause's end)
  if ((c.kind === 'people' || c.kind === 'person-times') && text.startsWith('来自', c.end)) {
    const from = FROM_WHERE_WITH_COUNT.exec(text.slice(c.end, c.end + 40));
    const clauseEnd = from ? clauseBounds(text, c.end, c.end + from[0].length, 0, text.length).right : 0;
    if (from && peopleNamedAfter(text, c.end + from[0].length, clauseEnd)) {
      const head = phraseAfter(text, c.end + from[0].length, clauseEnd);
      // (the verb right before the figure, or one said of them closing the clause: `…青年代表参加`)
      const verb = verbsIn(before).at(-1);
      const done = verb && verb.end === before.length ? verb.text : null;
      const said = done ? null : verbSaidOf(text, head.end, clauseEnd);
      const action = done ?? (said?.verb && said.intransitive ? said.verb.text : null);
      return { bound: { subject: head.text, action, start: done ? left + verb!.start : c.start, end: head.end, carried: false } };
    }
  }
  // `推进20个左右的现代服务聚集区`: an approximate figure before 的, right after a verb or at the
  // clause's start, counts the noun after it; after a noun it measures that noun, and what follows
  // 的 is what it describes (`员工100人以上的企业`, `得分在85分以上的党组织`)
  // (or after one before it, `超过50名的党员`, where people are named after 的: `近200人的微信群` says
  // how big the group is; not after a linking verb, whose noun before it the figure measures:
  // `党员人数达到50名以上的党组织`)
  const approxWordBefore = c.approx !== 'exact' && !NUMERAL_AT.test(text[c.start]);
  // (the verb before the figure is read only where the rest holds: most counts have no 的 after them)
  // (or a word of existence: `全县共有50名以上的党员参加`)
  const verbRightBefore = () => {
    if (EXISTENCE_END.test(before)) return true;
    const verb = verbsIn(before).at(-1);
    return verb?.end === before.length && !linking.includes(verb.text);
  };
  let approxOf =
    !shareOf && text[c.end] === '的' && (approxWordBefore || /(?:左右|以上|以下|上下)$/.test(text.slice(c.start, c.end))) && !NOT_SHARE_HEADS.test(text.slice(c.end + 1, c.end + 3)) &&
    (/^[\s、,，和及]*$/.test(text.slice(Math.max(left, prev?.evidenceEnd ?? 0), c.start)) || verbRightBefore());
  if (approxOf && approxWordBefore && !/(?:左右|以上|以下|上下)$/.test(text.slice(c.start, c.end))) {
    const head = phraseAfter(text, c.end + 1, right).text;
    // (people named, not a place they are in: `近200人的微信群里大家…`)
    const names = c.kind === 'people' || c.kind === 'person-times' ? endsWithPersonHead(head) : head.length >= 2;
    approxOf = names && !tagWords(head).some((w) => w.tag === 'f');
  } else if (approxOf && c.kind === 'people') {
    // (people bounded, before 的 and what is no people, say how big those are: `10人以上的非公企业`)
    approxOf = endsWithPersonHead(phraseAfter(text, c.end + 1, right).text);
  }
  // `给予2000元的奖励`, `筹集100万元的帮扶资金`: money before 的 is the sum of the noun after it
  // (a noun, not a verb's clause: `投入50万元的用于…`; not what it measures up to: `…万元的目标`)
  // (not where an indicator names the sum right before it: `前往总投资2.2亿元的项目现场` measures 总投资)
  // (nor a word of there being, after a threshold: `超过5万元的有21个` counts what passes it)
  const sumOf = c.kind === 'money' && text[c.end] === '的' && !NOT_SHARE_HEADS.test(text.slice(c.end + 1, c.end + 3)) && !THERE_BEING_OPENS.test(text.slice(c.end + 1, c.end + 3)) && !INDICATOR_BEFORE.test(before);
  // `组建一支50人的志愿服务队`, `有一个近200人的微信群`: people after an article's 一 and a
  // classifier, before 的, are the size of the group named after 的, which is what is counted
  const sizeOf = c.kind === 'people' && text[c.end] === '的' && ARTICLE_BEFORE.test(before);
  // `选聘335人的非公党建工作指导员`: people before 的, and people named after it, are those people
  // (not a group's size, `200人的微信群`, nor a size that describes, `员工100人以上的企业`)
  // (exact figures: an approximate one was read above)
  const peopleOf = c.kind === 'people' && c.approx === 'exact' && text[c.end] === '的' && !sizeOf && peopleNamedAfter(text, c.end + 1, right);
  // `下拨2000元/家党建经费`: a rate's unit after the figure is no part of the noun
  const rate = RATE_UNIT.exec(text.slice(c.end, right));
  // (a verb before the figure, or 将/把 putting it before one, takes the counted as an object)
  // (things and events only: after people or bodies a verb with its object is what they did, `选派干部141人担任…`,
  // after money what it paid for, `投资5000万元建设厂房`)
  // (whether a verb stands before the figure in its clause: read once, and only when asked)
  let verbBeforeRead: boolean | undefined;
  const verbBefore = () => (verbBeforeRead ??= verbsIn(before).length > 0);
  // (bodies too right after a verb setting them up: what was set up is counted, `成立了843家党支部领办专业合作社`)
  const governed = ((c.kind === 'items' || c.kind === 'events') && (verbBefore() || /[将把]\s*$/.test(before))) || (c.kind === 'organizations' && SET_UP_RIGHT_BEFORE.test(before));
  let following = phraseAfter(text, shareOf || approxOf || sumOf || sizeOf || peopleOf ? c.end + 1 : rate ? c.end + rate[0].length : c.end, right, governed);
  let after = following.text;
  // `90%的人表示满意`: after a share's 的, a noun of one character jieba reads alone, a verb of jieba's
  // after it (none of ours ended the noun), is the head; the verb is what they did
  if (shareOf && after.length > 2 && SHARED_ONE_CHARACTER_NOUNS.has(after[0])) {
    const words = tagWords(after);
    if (words[0].word.length === 1 && words[1]?.tag.startsWith('v')) {
      following = { text: after[0], end: c.end + 2 };
      after = after[0];
    }
  }
  // `签约项目10个,其中5个开工`: a verb alone after the classifier, with no verb before the figure
  // to take it as an object, is said of the things counted just before (events are named by
  // their verb: `其中3场培训`; with a verb before, it is its object: `举办7期培训`)
  // (so is a verb and its object after some of them said to exist: `118家规上企业中,已有96家建立党组织`)
  // (whether the count before, in this sentence, is of the same unit: read only when asked)
  const sameUnitBefore = () => Boolean(prev?.subject && prev.unit === c.unit && !/[。!?！？;；]/.test(text.slice(prev.end, c.start)));
  if (
    after && c.kind !== 'events' && sameUnitBefore() &&
    !verbBefore() && (verbsIn(after).some((v) => v.text === after) || (/有\s*$/.test(before) && verbsIn(after)[0]?.start === 0))
  ) {
    after = '';
  }
  // `规上企业中,已有95家建立党组织`: with none of them counted before, a verb and its object after
  // some said to exist are said of some of the whole named before 中, which is what is counted
  if (/有\s*$/.test(before) && !sameUnitBefore() && verbsIn(text.slice(c.end, right))[0]?.start === 0) {
    const window = text.slice(Math.max(0, left - 14), left);
    const whole = WHOLE_AMONG_BEFORE.exec(window);
    // (past a preposition of place: `在这些企业中,`)
    const stripped = whole ? whole[1].replace(/^[在于]/, '') : '';
    // (a whole counted itself is what that count counts, its classifier no part of it:
    // `3.6万家个体工商户中,已有1200余户…` read 万家个体工商户)
    const counted = whole && prev?.subject && stripped.endsWith(prev.subject) && /[\d万亿]$/.test(window.slice(0, whole.index)) ? prev.subject : null;
    const named = counted ?? stripped.slice(leadingFunctionWords(stripped));
    if (named.length >= 2 && !verbsIn(named).length) return { bound: { subject: named, action: null, start: left + before.search(/\S*有\s*$/), end: c.end, carried: true } };
  }
  // `捐资70万元修建的公益图书馆`: money spent on what a relative clause names is not that thing
  if (c.kind === 'money' && !sumOf && text.slice(c.end, following.end).includes('的')) after = '';
  // `出资15万元提升阵地建设`: money before a verb and its object paid for that, which is no thing
  // counted (but a verb before a fund's noun names it: `100万元帮扶资金`)
  // (a verb as jieba reads it: ours make a noun before 阵地, 基地…)
  // (so does a verbal noun alone closing the clause: `由凤鸣公司投资33亿元建设` paid for building)
  if (c.kind === 'money' && !sumOf && after) {
    const words = tagWords(after);
    const first = words[0];
    const doing = first.tag === 'v' || (first.tag === 'vn' && words.length === 1);
    if (doing && first.word.length > 1 && !startsAt(FUND_AFTER_VERB_AT, after, first.word.length)) after = '';
  }
  // `近400人欢聚一堂`: an idiom after the figure says what they did, and names nothing counted
  if (after.length === 4 && isHanAt(text, following.end - 1)) {
    const words = tagWords(after);
    if (words.length === 1 && words[0].tag === 'i') after = '';
  }
  // `选派党员干部206名深入企业`: after a figure of people a verb, then a body or a place, is what
  // they did, where they went; no body is counted by a people's classifier (`3名结对干部` is people)
  // (a verb alone is read below, as what they did)
  if ((c.kind === 'people' || c.kind === 'person-times') && after && !endsWithPersonHead(after)) {
    const verb = verbsIn(after)[0];
    if (verb?.start === 0 && verb.end < after.length) after = '';
  }
  // `规上企业12家建立党组织`: so after bodies named before their figure, a verb and its object is
  // what they did; with none named there the verb describes the noun after it (`12家帮扶单位`)
  if (c.kind === 'organizations' && after) {
    const verb = verbsIn(after)[0];
    if (verb?.start === 0 && verb.end < after.length && BODY_HEADS.some((h) => phraseBefore(text, c, prev, left).seg.endsWith(h))) after = '';
  }
  // `年产值突破10亿元大关`: a milestone (大关) names no thing; what reached it stands before the figure
  if (after === '大关' || after === '关口') after = '';
  // `推动项目12个落地`: a verb of ours alone after things or bodies counted, closing the clause, with
  // their noun before the figure, is what they did; it names none of them (落地 was counted)
  // (not a list closed by 等 before the figure, whose head follows it, nor a service, a noun as often:
  // `提供法律援助、爱心义诊等20余项服务`)
  // (nor where a verb right before the figure takes it as its object: `开展3项探索` counts 探索)
  if ((c.kind === 'items' || c.kind === 'organizations') && after.length >= 2 && isHanAt(text, c.start - 1) && text[c.start - 1] !== '等' && !SERVICE_VERBS.has(after) && isClauseEndAt(text, following.end)) {
    const alone = verbsIn(after);
    if (alone.length === 1 && alone[0].start === 0 && alone[0].end === after.length && verbsIn(before).at(-1)?.end !== before.length) after = '';
  }
  // a percentage counts the noun after it (`70%以上非公企业`), never a verb (`30.7%上升到…`);
  // after 的 the head noun may open with a verb's character (`85%以上的就业岗位`): only a verb alone is none
  // (`三分之一的村`: after 的 a village, a household is a noun of one character)
  // (a ratio named by a verb, right after its figure, is what it measures: `100%参与率`)
  if (c.kind === 'percent' && after && ((after.length < 2 && !(shareOf && SHARED_ONE_CHARACTER_NOUNS.has(after))) || (shareOf ? verbsIn(after).some((v) => v.text === after) : (tagWords(after)[0]?.tag === 'v' || verbsIn(after).some((v) => v.start === 0)) && !RATIO_NAMED_BY_VERB.test(after)))) after = '';
  // `上榜数增加至23家作出积极贡献`: a verb jieba knows (our lexicon does not), acting on an object
  // after it, starts the next predicate; it names nothing counted
  // (a word is at most four characters: jieba is asked only about phrases that short)
  // (`800多人成功被企业录用`: so does a word of manner alone, 成功, 顺利, before what people did)
  if (after.length >= 2 && after.length <= 4 && c.kind !== 'percent' && !shareOf && isHanAt(text, following.end)) {
    const words = tagWords(after);
    const ofPeople = c.kind === 'people' || c.kind === 'person-times';
    // (people named as jieba tags a verb, after a figure of people, are people: `900余名考生`)
    const people = ofPeople && endsWithPersonHead(after);
    if (isJiebaVerb(after) && verbsIn(after).length === 0 && !people) after = '';
    else if (words.length === 1 && ofPeople && /^(?:a|ad|d)$/.test(words[0].tag)) after = '';
  }
  // `先后4次召开联席会议`: times, then a verb and its object to the clause's end, count that doing
  // by its object, as `召开联席会议4次` does (whoever stands before the figure did it)
  if (c.kind === 'events' && after === '') {
    const verb = verbsIn(text.slice(c.end, right), c.end)[0];
    const object = verb?.start === c.end ? text.slice(verb.end, right).replace(/[\s。,，;；]+$/, '') : '';
    // (not a verb of change or a linking one: `从每月1次提高到每月2次` changes a frequency)
    const doing = verb !== undefined && !changeVerbs.has(verb.text) && !linking.includes(verb.text);
    if (doing && object.length >= 2 && object.length <= 12 && /^[\u4e00-\u9fff]+$/.test(object) && verbsIn(object)[0]?.start !== 0) {
      return { bound: { subject: object, action: verb!.text, start: c.start, end: verb!.end + object.length, carried: false } };
    }
  }
  // `指导员共3000多人参加`: a verb alone after the figure says what the counted did, and a noun
  // before the figure is what is counted (with nothing before it, `630人次参与` is the verb's)
  let verbAfter: string | null = null;
  const afterWords = unquote(after);
  // (people and bodies only: after a count of events the word is their name, `参加了2次培训`)
  if ((c.kind === 'people' || c.kind === 'person-times' || c.kind === 'organizations') && afterWords && verbsIn(afterWords).some((v) => v.text === afterWords) && namesSomething(phraseBefore(text, c, prev, left).seg)) {
    verbAfter = afterWords;
    after = '';
  }
  // `党员共51人参加培训`: so does a verb said of them with a short object no noun of its own, as after
  // a noun after the figure (`85名党务工作者参加培训`); not one with a noun for its object (参加大会)
  if ((c.kind === 'people' || c.kind === 'organizations') && after === '' && verbAfter === null && isHanAt(text, c.end)) {
    const done = verbSaidOf(text, c.end, right);
    if (done.verb && done.intransitive && done.verb.start === c.end && namesSomething(phraseBefore(text, c, prev, left).seg)) verbAfter = done.verb.text;
  }
  // `企业反映问题36个已全部解决`: things with no noun after them, then a verb closing the clause
  // (adverbs before it aside), had that done to them
  if (c.kind === 'items' && after === '' && verbAfter === null) {
    const done = verbSaidOf(text, c.end, right);
    if (done.verb && done.intransitive && (done.verb.end >= text.length || isClauseEndAt(text, done.verb.end))) verbAfter = done.verb.text;
  }
  // (a share's head may be an abbreviation: `60%以上的GDP`)
  if (/[\u4e00-\u9fff]/.test(unquote(after)) || (shareOf && /^[A-Z]{2,}/.test(after))) {
    // (groups and batches count the people in them: `12组商协会和乡镇代表`, `3批企业负责人`)
    const owners = shareOf && !/[“”]/.test(after) ? ownersOfMeasure(after) : null;
    // (a comparison closing it, `12家企业比上年增加`, dates the change and is no part of the noun)
    const uncompared = withoutComparison(after) || after;
    const { phrase, cut } = owners ? { phrase: owners, cut: true } : PEOPLE_GROUP_UNITS.has(c.unit) ? { phrase: after, cut: false } : cutToBody(uncompared, c.kind);
    // where the noun phrase ends in the text (past a relative clause: `24名…的党员`; past 的 after a share)
    const phraseEnd = owners ? c.end + 1 + owners.length : cut || (phrase === uncompared && uncompared !== after) ? c.end + phrase.length : following.end;
    const subject = unquote(phrase);
    let action: string | null = null;
    const beforeTrim = before.replace(/\s+$/, '');
    // (not a verb inside a quoted name or a title: `发布了“经融助企”“浦法惠企”三个品牌` is 发布,
    // `报送了《…助力文创产业腾飞》6个素材` 报送; a quotation
    // still open at the figure is speech the figure is part of, and its verbs are the figure's:
    // `“我们为企业解决了36个难题”`; nor one a company's name ends in, listed before the figure:
    // `甲建设公司等9个项目`)
    const quoted = beforeTrim.includes('“') || beforeTrim.includes('《');
    let verbs = verbsIn(beforeTrim, left).filter((v) => (!quoted || !insideClosedQuote(beforeTrim, v.start - left, beforeTrim.length)) && !COMPANY_ENDING_AT.test(text.slice(v.end, v.end + 2)));
    // (nor one inside the names of a 、-list closed by 等 right before the figure, past its first
    // 、: `成立活力群团、讲习学习创新技术等3个党小组` was done by 成立, not 学习)
    if (beforeTrim.endsWith('等')) {
      const list = LIST_CLOSED_BY_DENG.exec(beforeTrim);
      const firstMark = list ? left + list.index + list[0].indexOf('、') : -1;
      if (list && verbs.some((v) => v.end <= firstMark)) verbs = verbs.filter((v) => v.end <= firstMark);
      // (nor one opening the first name, which ends as bodies do: `下设宣传接待部、…等四个部门` was
      // done by 下设, not 宣传)
      const last = verbs.at(-1);
      if (list && verbs.length >= 2 && last!.end < firstMark && endsAsABody(text.slice(last!.start, firstMark))) verbs = verbs.slice(0, -1);
    }
    // `每天能送30到40单外卖`: with none of ours, a verb of one character right before the figure (bind-before.ts)
    if (verbs.length === 0 && (c.kind === 'items' || c.kind === 'people')) {
      const lone = loneDeedClosing(beforeTrim);
      if (lone) verbs.push({ text: lone.verb, start: left + lone.at, end: left + lone.at + 1 });
    }
    // (a verb between a 、 and the figure is this figure's, not a listed noun: `选派12名干部、组建3支队伍`;
    // only where a count before stands in the list, or deeds done to things named: in `设置常设、应急、派驻4类岗位`
    // it lists kinds of posts, in `建立报到站、选派5名指导员` deeds)
    const listMark = beforeTrim.lastIndexOf('、');
    const countListed = prev !== null && prev.end <= left + listMark && (prev.evidenceEnd ?? prev.end) >= left;
    if (listMark >= 0 && (verbs.at(-1)?.end ?? 0) <= left + listMark && (countListed || deedsListedBefore(beforeTrim.slice(0, listMark)))) {
      const joined = verbsIn(beforeTrim.slice(listMark + 1), left + listMark + 1);
      if (joined.length === 1 && joined[0].start === left + listMark + 1 && joined[0].end === left + beforeTrim.length) verbs.push(joined[0]);
    }
    // `书记讲2次党课`: a party lesson after the figure makes a verb of 讲 or 上 right before it
    if (/党课$/.test(subject) && (verbs.at(-1)?.end ?? 0) < left + beforeTrim.length) {
      const lesson = lessonVerbClosing(beforeTrim, left);
      if (lesson) verbs.push(lesson);
    }
    const lastVerb = verbs[verbs.length - 1];
    let follow = verbSaidOf(text, following.end, right);
    // `12个部门和各镇街参加`: past a noun joined after a word of how many (it ended the phrase), a
    // verb is said of both
    if (!follow.verb && QUANTIFIED_JOIN.test(text.slice(following.end, following.end + 4))) {
      const verb = verbsIn(text.slice(following.end, right), following.end)[0];
      if (verb) follow = verbSaidOf(text, verb.start, right);
    }
    // `将160名党组织书记和70名指导员纳入备案管理`: 将/把 puts the counted things before their verb
    // (把 may stand further back, before a list: `把宁波建工、宁波建设等10家企业列为试点`)
    // (将 may too, before a list closed by 等: `将美团、饿了么等6家平台…纳入`; elsewhere a 将 back
    // in the phrase says what will be: `将建成…`, where a verb follows it)
    // (the count after one so placed goes with it, joined or not: `6家平台1848名骑手、35名党员`)
    const disposal =
      /(?:将|把)$/.test(beforeTrim) ||
      beforeTrim.lastIndexOf('把') > (lastVerb ? lastVerb.end - left : -1) ||
      (beforeTrim.lastIndexOf('将') > (lastVerb ? lastVerb.end - left : -1) && DISPOSED_LIST.test(beforeTrim)) ||
      Boolean(prev?.disposal && /^[、和及与\s]*$/.test(text.slice(prev.evidenceEnd ?? prev.end, c.start)));
    const disposalVerb = disposal ? verbAfterListedCounts(text, following.end, sentenceEnd(text, c.end)) : undefined;
    // `覆盖260余家企业、2300余名党员`: after 、/和 one verb governs both, whatever they count
    // (from where the count before ends with its noun: after it, `…18个“歇歇角”驿站、`, or before it,
    // `司机驿站1个。`, where its figure ends it)
    const between = prev ? text.slice(Math.min(c.start, prev.evidenceEnd ?? prev.end + (prev.subject?.length ?? 0)), c.start) : '';
    // (after a comma too, between kinds of things, where nothing is said of the second:
    // `打造5处党建示范点,7个党建品牌`)
    // (not after a comma where a verb is said of the second, a clause of its own:
    // `培养入党积极分子36名,30名党员积极参与`)
    // (not a count of where the next figure's things are, right before it: `16个区256家商会`)
    // (`邀请到5家央企`: 到 between a verb and the figure is the verb's complement, not the preposition)
    // (and 为/成 after a verb of dividing or making: `将社会组织划分为6个网格`, `打造成3个示范点`)
    const complementTo = lastVerb !== undefined && /^[到为成]$/.test(text.slice(lastVerb.end, c.start));
    // (or between any kinds, where the second alone closes the sentence: `表彰了120个先进基层党组织,
    // 350名优秀共产党员。`, or only more figures and their nouns follow it to the sentence's end:
    // `…,350名优秀共产党员,21名优秀党务工作者。`)
    // (not a verb standing for the noun, which says what the counted did: `…活动4期,312人次参加。`)
    // (read only where the kinds differ)
    const closesSentence = () =>
      !follow.verb && (following.end >= text.length || /[。；;！!]/.test(text[following.end]) || onlyFiguresListedAfter(text, following.end)) && verbsIn(phrase).length === 0;
    // (or past names listed after the conjunction, which the figure counts: `组建2个党支部和凤鸣公司党支部等3个党小组`)
    const namesListedBetween = () => NAMES_LISTED_AFTER_JOIN.test(between) && (between.endsWith('等') || between.includes('、')) && verbsIn(between).length === 0;
    // (an aside after the count before, naming what it counts, is no part of what joins them:
    // `上市企业3家(恒达新材、凤鸣硅化),领军企业4家`)
    const joinAfterAside = between.replace(ASIDE_OPENING, '');
    const coordinated =
      prev && prev.action && !prev.carried && !/\d/.test(text[following.end] ?? '') &&
      ((prev.kind === c.kind || (THINGS.has(prev.kind) && THINGS.has(c.kind) && !follow.verb) || closesSentence()
        ? /^[,，、和与及以\s]*$/.test(joinAfterAside) && !(follow.verb && /[,，]/.test(joinAfterAside))
        : /^\s*(?:、|和|及|以及)\s*$/.test(between)) ||
        (prev.kind === c.kind && namesListedBetween()));
    if (follow.verb && follow.intransitive && text[follow.verb.end] === '的') action = follow.verb.text;
    else if (disposalVerb) action = disposalVerb.text;
    // `推动发改、人社等30个部门组建“服务团”`: a helper verb's listed object does the next verb
    else if (lastVerb && helperVerbs.has(lastVerb.text) && /等$/.test(beforeTrim) && follow.verb) action = follow.verb.text;
    else if (cut) action = null;
    // `建成2个服务中心,28个活动中心`, `成立9个…和27个…`: the second phrase shares the first one's verb
    else if (coordinated) action = prev!.action;
    // `105家企业和105个村结对签约`: after a conjunction joining it to the count before, what
    // the pair then does, said of it, is its action
    else if (follow.verb && follow.intransitive && prev && PAIR_JOIN.test(text.slice(prev.evidenceEnd ?? prev.end, c.start))) action = follow.verb.text;
    // (a list closed by 等 stays with the verb before it: `组建A、B和C等4支骨干队伍` → 组建)
    // (`走访有着300名员工的企业`: what has the counted is what the verb before acts on)
    // (but a verb before only qualities and 的 acts on the counted they describe: `选派政治素质好、
    // 业务能力强的86名党员`)
    else if (lastVerb && beforeTrim.endsWith('的') && ONLY_QUALITIES_BEFORE_DE.test(text.slice(lastVerb.end, left + beforeTrim.length))) {
      return { bound: { subject, action: lastVerb.text, start: lastVerb.start, end: phraseEnd, carried: false, disposal } };
    }
    // (and a verb opening the clause before a relative clause with its own verb: `表彰作出突出贡献的30名党员`;
    // a relative clause alone opens with its verb, `参加培训的200名党员`, and leaves none)
    // (right before the relative clause's verb only one of issuing or setting up, which takes the whole as
    // its object: `出台加强快递员、网约配送员服务管理的15条措施`; two verbs of one deed are the clause's,
    // `参与建设的12家企业`, `组织开展培训的200名党员`)
    else if (
      beforeTrim.endsWith('的') && verbs.length >= 2 && verbs[0].start === left + leadingFunctionWords(beforeTrim) && !/[,，]/.test(beforeTrim) &&
      ((verbs[0].end < verbs[1].start && !beforeTrim.includes('、')) || (verbs[0].end === verbs[1].start && ISSUING_OR_SETTING_UP.has(verbs[0].text)))
    ) {
      return { bound: { subject, action: verbs[0].text, start: verbs[0].start, end: phraseEnd, carried: false, disposal } };
    // (a preposition's character closing a verb right before the figure is the verb's: 收到, 来到)
    // (after 的 a verb said of the counted that closes the clause is still theirs: `来自18家企业的36名青年代表参加`)
    // (or one with a short object, no noun of its own, as with no clause: `即将上岗的85名指导员参加培训`;
    // not one with a noun for its object, `…的350名党员参加大会`)
    // (`发展到如今的46名党员`: the time a change reached, before 的, leaves the change the action)
    } else if (/的$/.test(beforeTrim) && lastVerb && CHANGE_TO_VERBS.includes(lastVerb.text) && onlyTimeReached(text.slice(lastVerb.end, left + beforeTrim.length))) {
      return { bound: { subject, action: lastVerb.text, start: lastVerb.start, end: phraseEnd, carried: false, disposal } };
    } else if (/的$/.test(beforeTrim)) action = follow.verb && (follow.intransitive || follow.verb.end >= text.length || isClauseEndAt(text, follow.verb.end)) ? follow.verb.text : null;
    // (`对辖区20家企业进行走访`, `针对15个软弱涣散党组织开展整顿`: 对 puts what the verb closing the
    // clause is done to before it)
    else if (follow.verb && follow.intransitive && objectMarkedIn(beforeTrim, lastVerb ? lastVerb.end - left : 0)) action = follow.verb.text;
    // (nor a verb of finding out before what exists: `调查发现全市共有2000余名外卖小哥`)
    else if ((endsWithPreposition(beforeTrim) && !complementTo && lastVerb?.end !== left + beforeTrim.length) || (lastVerb && (POSSESSION_BEFORE.test(beforeTrim) || (FINDING_OUT.has(lastVerb.text) && THERE_BEING_END.test(beforeTrim))))) action = null;
    // (`推广后120家企业参与`: a verb and 后 before the figure say when, in a clause of their own;
    // `组织党员干部对40个项目…`: a preposition after the verb's object puts the figure in a phrase of its own)
    else if (
      lastVerb && (complementTo || !endsWithPreposition(text.slice(lastVerb.end, c.start))) && !(prev && prev.end > lastVerb.start) &&
      !AFTER_THE_DEED.test(text.slice(lastVerb.end, c.start)) && !prepositionBetween(text.slice(lastVerb.end, c.start)) && !(listsDeeds(text.slice(lastVerb.end, c.start)) && !namesBodiesOrGroups(subject))
    ) {
      action = lastVerb.text;
      // the evidence reads from the verb: 选派206名党员干部职工
      return { bound: { subject, action, start: lastVerb.start, end: phraseEnd, carried: false, disposal } };
    // (not where a preposition of place puts the counted before it: `在全市25个乡镇推广` says
    // where something else is spread)
    // (nor where a preposition of partners or of whom opens the clause: `积极与电力、发改等9个部门进行对接`
    // says with whom something else was done, `对辖区20家企业进行走访` to whom)
    } else if (
      follow.verb && follow.intransitive && !PLACE_PREPOSITION.test(sinceWhen(beforeTrim.slice(lastVerb ? lastVerb.end - left : 0))) &&
      !opensWithPartnersOrWhom(beforeTrim.slice(leadingFunctionWords(beforeTrim)))
    ) action = follow.verb.text;
    // `630人次参与`: the verb names the person-times; people it names not (`不少于50人参加`: nothing is
    // counted but people, RECORD.md)
    // (for people also a verb jieba knows and our lexicon does not: `200余人应聘`; not people it tags as one, 考生)
    else if (verbsIn(subject).some((v) => v.text === subject) || (c.kind === 'people' && subject.length <= 4 && !endsWithPersonHead(subject) && isJiebaVerb(subject))) {
      action = subject;
      if (c.kind === 'people') return { bound: { subject: null, action, start: c.start, end: phraseEnd, carried: false, disposal } };
    }
    return { bound: { subject, action, start: c.start, end: phraseEnd, carried: false, disposal } };
  }
  return { bound: null, verbAfter };
}

/** Figures opening every item after a comma or 、 at `at`, with no verb in them, to the sentence's end: `,21名优秀党务工作者。` */
function onlyFiguresListedAfter(text: string, at: number): boolean {
  if (!/[,，、]/.test(text[at] ?? '')) return false;
  // (to the sentence's end, or 80 characters at most)
  const rest = text.slice(at + 1, at + 81);
  const end = rest.search(/[。；;！!？?\n]/);
  if (end < 0 && at + 81 < text.length) return false;
  const items = rest.slice(0, end < 0 ? rest.length : end).split(/[,，、]/);
  return items.every((item) => FIGURE_OPENS.test(item) && verbsIn(item).length === 0);
}
/** A figure opening an item: digits or Chinese numerals, rounded or not, and the classifier after it. */
const FIGURE_OPENS = /^[\d一二两三四五六七八九十百千万]+(?:\.\d+)?[余多]?[\u4e00-\u9fff]/;

/** A figure and a classifier of things, bodies or people, read where a list of counts goes on (`、63个`, `和70名`). */
const LISTED_COUNT = /[\d零〇一二两三四五六七八九十百千万]+[余多]?[个家名位条项所处座支户人]/g;

/**
 * The first verb from `from` to `end` that stands in none of the nouns the counts listed there
 * count: after 将 and a list, what disposes of them (`将11个重点项目、16家区级重点帮扶企业,确定为…`:
 * 确定, not the 帮扶 of a later noun).
 */
function verbAfterListedCounts(text: string, from: number, end: number): { text: string; start: number; end: number } | undefined {
  const clause = text.slice(from, end);
  const verbs = verbsIn(clause, from);
  // (most lists hold no later count: the first verb is the one; figures are looked for in the clause only)
  const counts = [...clause.matchAll(LISTED_COUNT)];
  if (verbs.length === 0 || counts.length === 0 || from + counts[0].index! >= verbs[0].start) return verbs[0];
  const nouns: Array<[number, number]> = [];
  for (const m of counts) {
    const noun = phraseAfter(text, from + m.index! + m[0].length, end);
    if (noun.text) nouns.push([noun.end - noun.text.length, noun.end]);
  }
  const outside = verbs.find((v) => !nouns.some(([a, b]) => v.start >= a && v.end <= b));
  if (outside) return outside;
  // (the list may close with a comma before the verb: `…16家区级重点帮扶企业,确定为…`)
  if (text[end] !== ',' && text[end] !== '，') return verbs[0];
  const next = verbsIn(text.slice(end + 1, sentenceEnd(text, end + 1)), end + 1)[0];
  return next?.start === end + 1 ? next : verbs[0];
}
