// Counts in set phrasings, whose noun stands before the figure and is read from the phrasing:
// a linking word (`比例达40%`), a share (`占…的52.7%`), existence (`园区共有党组织61个`), a
// change from one figure to another (`每人费用从93元降至75元`), deeds listed (`办好事、解难题300余件`),
// times counted before where they go (`每月1次到挂钩企业走访`), some among those counted before.
import { CHANGE_TO_VERBS, CHANGE_VERBS, LINKING_VERBS, MEASURE_NOUNS } from '../../lexicon/words.js';
import { helperVerbs, isClauseEndAt, leadingFunctionWords, unquote, verbsIn } from './clause.js';
import { lastMatch, longestFirst, startsAt } from '../../text/patterns.js';
import { tagWords, wordTag } from '../../text/segment.js';
import {
  measureNounSubject,
  withoutTrailingAdverbs,
  withoutComparison,
  countsTheSame,
  inOneSentence,
  relativeClauseHead,
  stripPreposition,
  DOER_HEADS,
  FUND_AFTER_VERB_AT,
  FUND_NAMING_VERBS,
  PARTAKING_VERBS,
  partysDe,
  WHOLE_AMONG_BEFORE,
  namesOnlyAPlace,
} from './phrase.js';
import type { RawCount, Bound } from './bind.js';

/** A preposition of whom or what a deed was for, with its noun after it (向社会各界, 为困难群众, 对口). */
const FOR_WHOM_BEFORE_DEED = /[向为给对](?=[\u4e00-\u9fff]{2})/;

/** Words of a figure's change and time only (上升到目前的): nothing named of its own. */
const CHANGE_ONLY = /^(?:[上下]升|提高|提升|增长|增加|下降|降低|减少|达到|达|到|至|为|了|从|由|目前|现在|当前|今年|去年|年底|年初|的|[\d年月底末])*$/;
/** A subject that names a ratio: the count is of the ratio, verbs inside it included. */
// (and how far the work reaches, 覆盖面: `党的工作覆盖面达到98%`)
export const RATIO = /(?:比例|比率|比重|占比|率|覆盖面)$/;

/** Verbs of bringing a state about, which lead a clause and never name a ratio (实现, 推动; 服务 does: 服务覆盖率). */
const BRINGING_ABOUT = new Set(['实现', '促进', '带动', '确保']);
/**
 * Where a ratio's own name starts in `phrase`, past a verb leading it that is the sentence's, not the
 * ratio's (`实现党组织覆盖率`, `推动物业服务企业党组织覆盖率`): 0 where none does. A verb right before
 * a bare ratio word names it (`服务覆盖率`, `培训覆盖率`) unless it only brings the state about.
 */
function ratioNameStart(phrase: string): number {
  const leading = verbsIn(phrase)[0];
  // (a place or a scope and adverbs may stand before the verb: `全区已实现党组织覆盖率达82.35%`)
  if (!leading || (leading.start !== 0 && !namesOnlyAPlace(withoutTrailingAdverbs(phrase.slice(0, leading.start))))) return 0;
  const rest = phrase.length - leading.end;
  if (rest < 3) return 0;
  return rest > 3 || helperVerbs.has(leading.text) || BRINGING_ABOUT.has(leading.text) ? leading.end : 0;
}
/** A verb's complement and aspect, then one body (`起了一支`, `了一个`, `一批`), opening what follows a verb before a ratio's name. */
export const ONE_BODY_BEFORE_RATIO = /^(?:[起出成]?了)?一[支个批家所座](?=[\u4e00-\u9fff]{2})/;
/** What 有 opens as a word of its own (有效, 有关, 有力, 有的…): no existence. */
const HAS_OPENING_A_WORD = '[效关力序机限益利偿形的所]';
/**
 * Verbs of existence: after them stands what exists (a bare 有 only after a place, 园区有…, 站点有…, a time,
 * 目前有…, or among those named, 理事中有…), or its
 * size (拥有5000平方米以上商务楼宇); with an adverb before it (两个园区分别有党员120名和86名). Not the 有
 * opening a word: 有效样本, 有关部门, 有力保障, 有的企业.
 */
export const EXISTENTIAL = new RegExp(`(?:共有|现有|实有|拥有|已有|尚有|还有|分别有|均有|都有|各有|另有|仍有|(?<=^|[区县市镇园省村内中点站场]|全国|我国|本国|目前|当前|现在|如今|至今)有(?!${HAS_OPENING_A_WORD}))(?=[\\u4e00-\\u9fff\\d“‘])`, 'g');
/** 有 after a body's last character (企业有, 支部有, 公司有, 商会有), before what it has; not 有的 or a clause closed by 的. */
const BODY_HAS = new RegExp(`(?<=[业司部位会社])有(?!${HAS_OPENING_A_WORD})(?=[\\u4e00-\\u9fff\\d“‘])(?![^，,。的]{0,12}的)`, 'g');
export const linking = longestFirst(LINKING_VERBS);
/** 占 of a share (占全省的80%, 占地区生产总值的55%), not of a word of its own (占地面积, 占用, 占领, 占据, 占有, 占比). */
const SHARE_OF = '占(?![用领据有比]|地(?!区))';
/** `占全国…的52.7%`: a share opening the phrase before its figure. */
const SHARE_OPENS = new RegExp(`^(?:约|近|仅|超)?${SHARE_OF}`);
/** A share of a whole inside a phrase (`党员占职工总数的`). */
const SHARE_OF_IN = new RegExp(`[\\u4e00-\\u9fff]${SHARE_OF}`);
/** `城市基层党组织和党员占总数的70%`: the part, then its share. */
const PART_THEN_SHARE = new RegExp(`^(.{2,24}?)${SHARE_OF}`);
/** `党员人数超过职工总数的`: the part, a word of how near, the whole and 的 (not a time: 近年). */
const PART_THEN_NEAR_SHARE = /^([\u4e00-\u9fff“”]{2,16}?)(?:超过|接近|将近|近|不到|不足|逾|高于|低于)(?![年期日来些])[\u4e00-\u9fff]{2,12}的$/;
/** Linking words that sum up what was done (`走访企业共计120家`). */
const SUMMING_UP = new Set(['共计', '合计', '总计', '累计']);
/** Linking words of what was reached (`开展活动为48场次`, `走访企业达120家`). */
const REACHING = new Set(['为', '达', '达到', '达到了']);
/** Verbs of change (增收, 增长, 新增…). */
const CHANGE_VERB_SET = new Set(CHANGE_VERBS);
/** A verb that only carries the change after it: `实现增长`, `保持增长`. */
const LIGHT_VERB_BEFORE_CHANGE = /(?<=[\u4e00-\u9fff]{2})(?:实现|保持)$/;

/** Verbs of one character with their object, listed as verbs (办实事): the object is what a figure after them counts. */
export const VERB_AND_OBJECT = new Map([['办实事', '实事'], ['办好事', '好事'], ['解难题', '难题'], ['解难事', '难事']]);
/** Two or more of them listed with 、 right before a figure (`办好事、解难题`). */
const DEEDS = [...VERB_AND_OBJECT.keys()].join('|');
// (a word of reaching or summing up may stand between: `办实事、办好事、解难题达500余件`)
const VERB_AND_OBJECT_LIST = new RegExp(`(?:${DEEDS})(?:、(?:${DEEDS}))+(?=(?:达到|达|共计|合计|共|累计)?$)`);

/** A likeness opening a phrase (`和刘学东一样`, `像他们一样`; its 和 may be read off before): whom those counted are like, no part of them (not 不一样). */
const LIKENESS_OPENING = /^(?:和|与|跟|同|像)?[\u4e00-\u9fff]{1,8}?(?<!不)一样/;

/** Going somewhere, said right after a count of times (`1次到挂钩企业…`). */
const GOING_TO = /^(?:到|去|赴|进)/;

/** A noun, where it is (在, a place, a locative at most), then 有 closing the phrase: `党员在园区有`, `村支部在烟台市内共有`. */
const PLACED_THEN_HAS = /([^,，。;；:：]{2,}?)在[\u4e00-\u9fff]{1,8}?[内里中]?(?:共|已|还|现|仍)?有$/;

/** A locative and 有 alone between two counts: the second is of some among the first (`…中有35家`), or the rest of them (`其余39户没有党员的…`). */
const AMONG_THOSE = /^(?:(?:[中里内](?:已经|已|共|还)?|另外?|还)有|其余的?|剩余的?|剩下的?)$/;

/** A change to a figure, said between the figure it started from and the one it reached (`从93元降至75元`). */
const CHANGED_TO = new Set(CHANGE_TO_VERBS);
/** When a figure stood or stands, said before 的 between the change and the figure (`由2019年的`, `增加到目前的`). */
// (or when it began: `成立之初的8家`, `建立时的3个`)
// (or at first: `由最初的十几家`, `从起初的3个`)
// (or before something began, named or not: `从成立前的5038元`, `从联村党委成立前的`, `从项目实施前的3家`)
const CHANGE_TIME_SOURCE = String.raw`(?:原来|原先|过去|以前|此前|最初|起初|当初|目前|现在|当前|如今|去年底?|上年底?|年初|今年|\d{4}年(?:底|末|初)?|[\u4e00-\u9fff“”]{0,8}?(?:成立|建立|组建|创建|起步|实施|启动)(?:之初|初期|时|之?前|以前))的`;
/** How often, when what changes is a frequency: `从每月1次提高到每季度3次`. */
const CHANGE_FREQUENCY_SOURCE = String.raw`每个?(?:月|年|周|天|日|季度|半年)`;
// (a time and then how often: `从去年的每月400万元`)
const CHANGE_TIME = new RegExp(`(?:${CHANGE_TIME_SOURCE}(?:${CHANGE_FREQUENCY_SOURCE})?|${CHANGE_FREQUENCY_SOURCE})$`);
/** The investment of a phase or a plan, closing a phrase (`一期投资`, `年度计划投资`; 固定资产投资 is an indicator, read elsewhere). */
const INVESTMENT_MEASURE_END = /总?(?:[一二三四五六七八九十\d]期|年度计划|年度|计划|实际|协议|意向)投资$/;
/** Only a time a change reached, before 的 and its figure (`提高到目前的`: `目前的`). */
const TIME_REACHED = new RegExp(`^${CHANGE_TIME_SOURCE}$`);
/** Whether `s`, between a verb of change and its figure, is only the time it reached (`目前的`, `去年的`). */
export function onlyTimeReached(s: string): boolean {
  return s.length > 2 && s.endsWith('的') && TIME_REACHED.test(s);
}
/** What changes, named before 从/由 and the time it started from: `每人费用从`, `党组织由2019年的`. */
const CHANGE_FROM = new RegExp(`^(.{2,16}?)(?:从|由)(?:${CHANGE_TIME_SOURCE}(?:${CHANGE_FREQUENCY_SOURCE})?|${CHANGE_FREQUENCY_SOURCE})?$`);

/** A whole named before 中, then adverbs of time or aspect at most before the clause (`非公企业中已`, `两新组织中`). */
const WHOLE_AMONG_THEN_CLAUSE = /^([^中]{2,16})中(?:已经|已|均|都|共|现)?/;

/** A noun's total by number, closing a phrase (`科研机构总数`, `党员数量`). */
const COUNT_TOTAL_END = /[\u4e00-\u9fff]{2}(?:总数|数量|总量)$/;

/** Whether a plain noun of two to four characters, and 的 and a noun, stand at `at` (`党员的企业`, not `35岁以下的党员`, `凤城的企业`). */
function hasANounBeforeDe(seg: string, at: number): boolean {
  const m = NOUN_BEFORE_DE.exec(seg.slice(at));
  return m !== null && /^(?:n|nt|nz|j)$/.test(wordTag(m[1]) ?? '');
}
const NOUN_BEFORE_DE = /^([\u4e00-\u9fff]{2,4})的[\u4e00-\u9fff]/;

/** Whether a phrase holds no verb, or only one opening it before a body or people (`入驻企业`). */
function verbsDescribeHead(phrase: string): boolean {
  const verbs = verbsIn(phrase);
  if (verbs.length === 0) return true;
  if (verbs.length > 1 || verbs[0].start !== 0) return false;
  const head = phrase.slice(verbs[0].end);
  return head.length >= 2 && DOER_HEADS.some((h) => head.endsWith(h));
}

/** The binding of a count in one of the set phrasings above, or null. */
export function boundBySetPhrasing(text: string, c: RawCount, prev: (RawCount & Bound) | null, seg: string, segStart: number, right: number): Bound | null {
  // `一期投资20亿元`, `年度计划投资39.2亿元`: the investment of a phase or a plan is named whole, by the
  // verb with it, and is no part of a sum before it (总投资 was carried to it after a comma)
  // (its last character first: most phrases before money end otherwise)
  if (c.kind === 'money' && seg.charCodeAt(seg.length - 1) === 0x8d44 /* 资 */) {
    const measure = INVESTMENT_MEASURE_END.exec(seg);
    if (measure) {
      const at = segStart + measure.index;
      // (a verb right before it acts on it: `完成年度计划投资12亿元`)
      const verb = verbsIn(seg.slice(0, measure.index), segStart).at(-1);
      const done = verb?.end === at ? verb : undefined;
      return { subject: measure[0], action: done?.text ?? '投资', start: done?.start ?? at, end: c.end, carried: false };
    }
  }
  // `为群众办好事、解难题300余件`: one-character verbs with their objects listed before the figure
  // count the objects (listed as written), done by the first verb
  const deeds = VERB_AND_OBJECT_LIST.exec(seg);
  if (deeds) {
    const listed = deeds[0].split('、');
    const first = listed[0];
    const subject = listed.map((deed) => VERB_AND_OBJECT.get(deed)!).join('、');
    return { subject, action: first.slice(0, first.length - VERB_AND_OBJECT.get(first)!.length), start: segStart + deeds.index, end: c.end, carried: false };
  }
  // `每月至少1次到挂钩企业走访调研`: times counted before where they go and what is done there,
  // which closes the clause: the verb names them
  const goingTo = c.kind === 'events' ? GOING_TO.exec(text.slice(c.end, c.end + 2)) : null;
  if (goingTo) {
    const there = c.end + goingTo[0].length;
    const done = verbsIn(text.slice(there, right), there);
    const first = done[0];
    let last = first;
    for (const v of done.slice(1)) if (v.start === last.end) last = v;
    if (first && first.start - there >= 2 && isClauseEndAt(text, last.end)) {
      const named = text.slice(first.start, last.end);
      return { subject: named, action: first.text, start: c.start, end: last.end, carried: false };
    }
  }
  // `38家规上企业中有35家`: some among those counted just before (or more of them: `另有5家`)
  if (prev?.subject && prev.unit === c.unit && AMONG_THOSE.test(seg)) return { subject: prev.subject, action: null, start: segStart, end: c.end, carried: true };
  // `党员在园区有120名`, `…的村支部在烟台市有1400多个`: what is somewhere, then 有 and the figure:
  // the noun before the place is counted (its last character first: most phrases end otherwise)
  if (seg.charCodeAt(seg.length - 1) === 0x6709 /* 有 */) {
    const placed = PLACED_THEN_HAS.exec(seg);
    if (placed) {
      // (the head after a 的, what describes it aside: `像…领办合作社的村支部`)
      const de = placed[1].lastIndexOf('的');
      const from = de > 0 && placed[1].length - de > 2 && !partysDe(placed[1], de) ? de + 1 : leadingFunctionWords(placed[1]);
      const noun = unquote(placed[1].slice(from));
      if (noun.length >= 2 && verbsIn(noun).length === 0) return { subject: noun, action: null, start: segStart + placed.index + from, end: c.end, carried: false };
    }
  }
  // `比例达40%`, `总额共计572亿元`: the phrase before the linking word is the subject
  // (`人数达到了12.6万人`: with an aspect particle after it; `覆盖率仅为41.5%`: adverbs before it).
  const linked = seg.replace(/了$/, '');
  // (not a linking word's last character, where the phrase is the word: `合计57名` is no 合 计)
  const link = linking.includes(linked) ? undefined : linking.find((w) => linked.endsWith(w) && linked.length > w.length);
  if (link) {
    // (a linking word of change is said of what changed, and is its action, as 减少 and 降低 are:
    // `税收收入较上年增加1.8亿元`, `营业收入同比增长15%`)
    const change = link.replace(/了$/, '');
    const changeAction = CHANGE_VERBS.includes(change) ? change : null;
    // (`生产总值预计实现增长17.5%`: 实现 before a change is light, the change the figure's)
    const compared = withoutTrailingAdverbs(withoutTrailingAdverbs(linked.slice(0, linked.length - link.length)).replace(LIGHT_VERB_BEFORE_CHANGE, ''));
    const phrase = withoutTrailingAdverbs(withoutComparison(compared));
    // `…33.81万名,比2019年底增加1.2万名`: compared with a time and nothing else, the change
    // is one of what was counted just before
    if (!phrase && compared && prev?.subject && countsTheSame(text, prev, c)) {
      return { subject: prev.subject, action: changeAction, start: segStart, end: c.end, carried: true };
    }
    // `征集微心愿320个,认领完成298个`: a verb alone before 完成 (its result) is done to what was
    // counted just before
    if (link === '完成' && prev?.subject && countsTheSame(text, prev, c)) {
      const alone = verbsIn(phrase);
      if (alone.length === 1 && alone[0].start === 0 && alone[0].end === phrase.length) {
        return { subject: prev.subject, action: alone[0].text, start: segStart, end: c.end, carried: true };
      }
    }
    // (and a likeness opening it: `和刘学东一样担任单元长的还有4000多人` counts those who serve, not 刘学东)
    const lead = LIKENESS_OPENING.exec(phrase)?.[0].length ?? leadingFunctionWords(phrase);
    // `其中已建立党支部的有21家`: a headless relative clause; the bodies are those counted before
    // (one with no verb describes the part itself: `…,大专学历的占76%` is of 大专学历)
    // (people of any classifier: `386名党员人才参加…,达成用工意向的达到了184人`)
    // (in the count's sentence: one before it counted something else, `…4000多人。担任楼栋长的还有1600多人`)
    if (phrase.endsWith('的') && prev?.subject && (prev.unit === c.unit || (prev.kind === 'people' && c.kind === 'people')) && inOneSentence(text, prev, c)) {
      const verb = verbsIn(phrase.slice(lead))[0];
      if (verb) return { subject: prev.subject, action: verb.text, start: segStart + lead, end: c.end, carried: true };
    }
    const stripped = stripPreposition(phrase.slice(lead));
    /** Where `stripped` starts in the text. */
    const strippedAt = segStart + lead + (phrase.length - lead - stripped.length);
    // `为企业减免租金达560余万元`: a verb after a noun acts on what follows it — not
    // one that leads the phrase (`签约项目投资总额`: signed projects), nor inside a
    // ratio (`…担任党组织书记比例达40%` counts the ratio itself)
    // `参与志愿服务的党员在300人以上`: a relative clause before 的; the head noun after it is counted
    // (not the party's of a term: `实现党的工作覆盖面达到98%`)
    const lastDe = stripped.lastIndexOf('的');
    const de = lastDe > 0 && partysDe(stripped, lastDe) ? -1 : lastDe;
    // (a ratio after one is of the clause, whole: `书记参加培训班的比例达到100%`, `建立党组织的企业比例`;
    // so after a share of a whole: `党员占职工总数的比例为8.5%`)
    if (de > 0 && de < stripped.length - 1 && (verbsIn(stripped.slice(0, de)).length > 0 || SHARE_OF_IN.test(stripped.slice(0, de))) && RATIO.test(stripped)) {
      return { subject: unquote(stripped), action: null, start: strippedAt, end: c.end, carried: false };
    }
    if (de > 0 && de < stripped.length - 1 && verbsIn(stripped.slice(0, de)).length > 0) {
      const subject = unquote(stripped.slice(de + 1));
      // (`党员研发的项目已获得专利授权超百项`: a verb of its own after the noun 的 heads, with a noun
      // after it, is the deed, and that noun what is counted)
      const own = verbsIn(stripped.slice(de + 1), de + 1).at(-1);
      if (own && own.start > de + 1 && stripped.length - own.end >= 2 && verbsIn(stripped.slice(own.end)).length === 0) {
        return { subject: unquote(stripped.slice(own.end)), action: own.text, start: strippedAt + own.start, end: c.end, carried: false };
      }
      // (the clause's first verb, unless it takes part in the deed of the verb right after it,
      // closing the clause, and the noun is no doer: `部门参与建设的驿站有近70处` → 建设, as
      // `参与建设的企业有12家` → 参与)
      const clauseVerbs = verbsIn(stripped.slice(0, de));
      const partaking = clauseVerbs.length === 2 && PARTAKING_VERBS.has(clauseVerbs[0].text) && clauseVerbs[0].end === clauseVerbs[1].start && clauseVerbs[1].end === de;
      const deed = partaking && !DOER_HEADS.some((h) => subject.endsWith(h)) ? clauseVerbs[1] : clauseVerbs[0];
      return { subject, action: deed.text, start: strippedAt, end: c.end, carried: false };
    }
    const inner = verbsIn(stripped);
    // `实现党组织覆盖率达95%`: a verb leading a ratio is the sentence's, not the ratio's
    let ratioStart = RATIO.test(stripped) ? ratioNameStart(stripped) : 0;
    if (ratioStart > 0) {
      // (`组建起了一支党员占比超90%的招商队伍`: the verb's complement and the one body the ratio is
      // of, before its name, are no part of it)
      ratioStart += ONE_BODY_BEFORE_RATIO.exec(stripped.slice(ratioStart))?.[0].length ?? 0;
      const start = strippedAt + ratioStart;
      return { subject: unquote(stripped.slice(ratioStart)), action: null, start, end: c.end, carried: false };
    }
    // `新发展党员中35岁以下的占78%`: a share of a part named after the whole and its 中 is of the part
    // (not a ratio's: `非公企业中党组织覆盖率` is the whole's)
    if (c.kind === 'percent' && stripped.includes('中')) {
      const words = tagWords(stripped);
      const among = words.find((w) => w.word === '中' && w.tag === 'f' && w.start >= 2);
      const part = among ? stripped.slice(among.start + 1).replace(/的$/, '') : '';
      if (part.length >= 2 && !RATIO.test(part)) {
        const start = strippedAt + among!.start + 1;
        return { subject: unquote(part), action: changeAction, start, end: c.end, carried: false };
      }
    }
    // `走访企业共计120家`, `发放稳岗补贴共计126.5万元`: before a word of summing up, a verb leading the
    // phrase acts on the noun after it (not before a measure or a total: `参与人数共计300人`,
    // `签约项目总投资共计35.6亿元`)
    // (a verb closing the phrase is its noun: 发放补贴, 发放稳岗补贴)
    // (or one naming a fund with what follows it: 发放慰问金, 发放帮扶资金)
    // (so before a word of reaching, for things, bodies and events: `开展主题党日活动分别为48场次`)
    if ((SUMMING_UP.has(link) || (REACHING.has(link) && c.kind !== 'money' && c.kind !== 'percent')) && inner[0]?.start === 0 && inner.slice(1).every((v) => (v.end === stripped.length || startsAt(FUND_AFTER_VERB_AT, stripped, v.end)) && v.start >= inner[0].end) && stripped.length - inner[0].end >= 2 && !RATIO.test(stripped) && !MEASURE_NOUNS.some((n) => stripped.endsWith(n)) && !stripped.includes('总', inner[0].end)) {
      return { subject: unquote(stripped.slice(inner[0].end)), action: inner[0].text, start: strippedAt, end: c.end, carried: false };
    }
    // `(合作社)带动村民收入增加210多万元`: a change said of a noun a verb leads (带动, 促进) is the
    // noun's; the verb is the sentence's
    if (changeAction && inner.length === 1 && stripped.length - inner[0].end >= 2 && !RATIO.test(stripped)) {
      return { subject: unquote(stripped.slice(inner[0].end)), action: changeAction, start: strippedAt + inner[0].end, end: c.end, carried: false };
    }
    // `组建各类科研机构总数达78家`: a verb leading a noun and the total of it (总数, 数量) did that to
    // what the total counts; it leads no name (`签约项目投资总额` is money, a measure of another kind)
    if (inner.length === 1 && inner[0].start === 0 && c.kind !== 'money' && c.kind !== 'percent' && COUNT_TOTAL_END.test(stripped) && stripped.length - inner[0].end >= 4) {
      return { subject: unquote(stripped.slice(inner[0].end)), action: inner[0].text, start: strippedAt, end: c.end, carried: false };
    }
    let innerVerb = inner[inner.length - 1];
    // `为企业争取各类补贴资金共计560万元`: a last verb naming the fund after it (补贴资金) does nothing
    // to it; the verb before it does (it read 补贴 as the action, 资金 as the subject)
    if (innerVerb && inner.length >= 2 && FUND_NAMING_VERBS.has(innerVerb.text) && startsAt(FUND_AFTER_VERB_AT, stripped, innerVerb.end) && FUND_AFTER_VERB_AT.lastIndex === stripped.length) {
      innerVerb = inner[inner.length - 2];
    }
    // `全区非公企业中已建立党组织的有2011个`: a headless clause after a whole and its 中 counts some
    // of that whole, those that did the clause's deed (a share is the part's: see above)
    if (innerVerb && c.kind !== 'percent' && stripped.endsWith('的')) {
      const among = WHOLE_AMONG_THEN_CLAUSE.exec(stripped);
      const whole = among ? unquote(among[1]) : '';
      const deed = among ? verbsIn(stripped.slice(among[0].length))[0] : undefined;
      if (whole.length >= 2 && verbsIn(whole).length === 0 && deed) {
        return { subject: whole, action: deed.text, start: strippedAt, end: c.end, carried: false };
      }
      // (so with a comma after 中: `全区非公企业中,已建立党组织的有2011个`, `…书记中,由出资人担任的有128人`)
      const before = WHOLE_AMONG_BEFORE.exec(text.slice(Math.max(0, segStart - 14), segStart));
      const amongBefore = before ? unquote(before[1]) : '';
      // (bodies or people, not a frame: `在工作中,`)
      if (amongBefore.length >= 2 && verbsIn(amongBefore).length === 0 && DOER_HEADS.some((h) => amongBefore.endsWith(h)) && !/^[在从于]/.test(amongBefore)) {
        return { subject: amongBefore, action: innerVerb.text, start: segStart - before![0].length, end: c.end, carried: false };
      }
    }
    // `由企业高管担任党组织书记的占62.5%`: a headless clause with its verb is what the figure is of, whole
    if (innerVerb && stripped.endsWith('的') && stripped.length > 3) {
      return { subject: unquote(stripped.slice(0, -1)), action: null, start: strippedAt, end: c.end, carried: false };
    }
    if (innerVerb && innerVerb.start > 0 && stripped.length - innerVerb.end >= 2 && !RATIO.test(stripped)) {
      const after = unquote(stripped.slice(innerVerb.end));
      // (a measure after the verb is of it, as when the verb opens the phrase: `开展培训次数达6次` → 培训次数)
      const subject = MEASURE_NOUNS.includes(after) ? innerVerb.text + after : after;
      const start = strippedAt + innerVerb.start;
      return { subject, action: innerVerb.text, start, end: c.end, carried: false };
    }
    // `集体收入增收达18万元`, `营业收入同比增长超20%`: a change closing the phrase before a linking
    // word is said of the noun in front of it, as with the figure right after it (`集体收入增收18万元`)
    if (innerVerb && innerVerb.end === stripped.length && CHANGE_VERB_SET.has(innerVerb.text) && !RATIO.test(stripped)) {
      const changed = withoutComparison(withoutTrailingAdverbs(stripped.slice(0, innerVerb.start)));
      if (changed.length >= 2 && verbsIn(changed).length === 0) {
        return { subject: unquote(changed), action: innerVerb.text, start: strippedAt, end: c.end, carried: false };
      }
    }
    // `将求职人员数量控制在50人左右`, `覆盖率保持在95%以上`: a verb closing the phrase before 在 keeps
    // the noun before it at the figure: that noun is counted, and the verb is the action
    if (innerVerb && innerVerb.end === stripped.length && link === '在') {
      const kept = withoutTrailingAdverbs(stripped.slice(0, innerVerb.start));
      if (kept.length >= 2 && verbsIn(kept).length === 0) return { subject: unquote(kept), action: innerVerb.text, start: strippedAt, end: c.end, carried: false };
    }
    // `商会向社会各界捐款累计达7000多万元`: a deed closing the phrase, a preposition and whom it was for
    // before it, is the doers' deed, as with nothing between them (`全县商会捐款达…`); a helper verb
    // before the doers is the sentence's (`引导会员企业向…捐款`)
    if (innerVerb && innerVerb.end === stripped.length && !RATIO.test(stripped)) {
      const before = stripped.slice(0, innerVerb.start);
      const preposition = before.search(FOR_WHOM_BEFORE_DEED);
      if (preposition >= 2) {
        let doersAt = 0;
        const helper = verbsIn(before.slice(0, preposition)).filter((v) => helperVerbs.has(v.text)).at(-1);
        if (helper) doersAt = helper.end;
        const doers = before.slice(doersAt, preposition);
        if (doers.length >= 2 && verbsIn(doers).length === 0) {
          return { subject: unquote(doers) + innerVerb.text, action: null, start: strippedAt + doersAt, end: c.end, carried: false };
        }
      }
    }
    // (`…产业园涉及的科创孵化、…的生产性服务业项目或总部经济高达600多个`: a long relative clause names the noun after it)
    // (`大专及以上学历的占48.2%`: a headless 的 closes what the figure is of)
    const subject = relativeClauseHead(unquote(stripped.replace(/的$/, '')));
    if (subject) {
      const measured = measureNounSubject(subject);
      // (the evidence starts at the head noun when the clause before it was cut off)
      const headAt = subject.length < stripped.length && stripped.endsWith(subject) ? stripped.length - subject.length : 0;
      const start = strippedAt + headAt;
      return { subject, action: measured ?? changeAction, start, end: c.end, carried: false };
    }
  }

  if (c.kind === 'percent') {
    // `覆盖率从2014年底的30.7%上升到目前的87.3%`: the ratio named first is what both figures measure
    let skip = leadingFunctionWords(seg);
    const ratio = /^(.{2,24}?(?:率|比例|比重|占比))(?:从|由|自|在|已|将)/.exec(seg.slice(skip));
    if (ratio) {
      // (a verb leading it is the sentence's, as before a ratio linked to its figure: `推动…覆盖率从41%提升至86%`)
      const cut = ratioNameStart(ratio[1]);
      skip += cut;
      return { subject: unquote(ratio[1].slice(cut)), action: null, start: segStart + skip, end: c.end, carried: false };
    }
    // (only when nothing else is named before it: `上升到目前的87.3%`, not `实现了…覆盖100%`)
    // (the change is its action, as for other figures: `由12%提高到18%` → 提高到)
    if (prev?.kind === 'percent' && prev.subject && RATIO.test(prev.subject) && CHANGE_ONLY.test(seg) && inOneSentence(text, prev, c)) {
      // (or the change alone: `覆盖率达85%,提高17个百分点`)
      const changedTo = CHANGE_TO_VERBS.find((v) => seg.includes(v)) ?? CHANGE_VERBS.find((v) => seg.includes(v));
      const start = changedTo ? segStart + seg.indexOf(changedTo) : c.start;
      // (a bare figure listed right after shares the change before it: `覆盖率分别提升4.1%、2.7%`)
      const listed = !seg && /^[、和及]$/.test(text.slice(prev.end, c.start));
      return { subject: prev.subject, action: changedTo ?? (listed ? prev.action : null), start, end: c.end, carried: true };
    }
  }
  // `占全国非公企业职工的52.7%`, `党员3150名,占47.18%`: a share of a whole; what it is a share
  // of was counted just before (not 占地, 占用…: words of their own)
  // (`约占…的97%`: about a share is still a share)
  if (SHARE_OPENS.test(seg) && prev?.subject && inOneSentence(text, prev, c)) {
    return { subject: prev.subject, action: null, start: segStart, end: c.end, carried: true };
  }
  // `城市基层党组织和党员占总数的70%左右`: the part named before 占 is the share
  const share = PART_THEN_SHARE.exec(seg);
  if (share && c.kind === 'percent') {
    const skip = leadingFunctionWords(share[1]);
    // (an adverb before 占 is no part of it: `企业共占股七成`; nor, alone, a part: `分别占总数的6%`)
    const part = unquote(withoutTrailingAdverbs(share[1].slice(skip)));
    if (part) return { subject: part, action: null, start: segStart + skip, end: c.end, carried: false };
    // (the parts were counted just before, in the sentence: `三个星级分别占总数的6%、4%、2%`)
    const before = prev?.subject && inOneSentence(text, prev, c) ? prev.subject : null;
    return { subject: before, action: null, start: segStart, end: c.end, carried: before !== null };
  }
  // `律师数量近全市律师人数的三分之一`, `党员人数超过职工总数的30%`: the part, how near, then the
  // whole before 的 (how near is the count's approximation)
  const nearShare = c.kind === 'percent' ? PART_THEN_NEAR_SHARE.exec(seg) : null;
  if (nearShare) {
    const skip = leadingFunctionWords(nearShare[1]);
    const part = unquote(withoutTrailingAdverbs(nearShare[1].slice(skip)));
    if (part && verbsIn(part).length === 0) return { subject: part, action: null, start: segStart + skip, end: c.end, carried: false };
  }
  // `园区共有党组织61个`, `全国各类园区有非公企业约100万户`: what exists is what is counted
  // (and 有 after a body, `该企业有党员12名`, `每个支部有党员8名`, where no 的 after the figure makes
  // the clause a condition: `企业有党员20名以上的,单独建立党支部`)
  const existential = lastMatch(EXISTENTIAL, seg) ?? (text.charCodeAt(c.end) !== 0x7684 /* 的 */ ? lastMatch(BODY_HAS, seg) : null);
  if (existential) {
    // (a bare 有 opening the clause, 的 and a noun after it, says what that noun has:
    // `有党员的企业103家` counts firms with members, not 党员的企业; after a place it is of existence,
    // `全县有35岁以下的党员162名`, and with no noun after 的 the clause names none, `有党员的12家`)
    // (after a place too when what it has is a plain noun before 的: `园区有党员的企业103家`)
    const has = existential[0] === '有' && seg.includes('的') && !seg.endsWith('的') && (existential.index === 0 || hasANounBeforeDe(seg, existential.index + 1));
    const from = has ? existential.index : existential.index + existential[0].length;
    // (an adverb of summing up before the figure is no part of it: `现有企业共75家`)
    const after = withoutTrailingAdverbs(seg.slice(from));
    if (after.length >= 2 && (has || verbsIn(after).length === 0)) {
      return { subject: unquote(after), action: null, start: segStart + from, end: c.end, carried: false };
    }
  }

  // `每人费用从93元降至75元`: what changes is named before 从/由, and the second figure goes on with it
  // (`由2019年的120个`, `从原来的1200名`: the time it started from may stand between)
  // (a verb may stand in a 的-phrase before what changes, or name what a measure is of:
  // `走访企业的频次从`, `联系频次由`)
  // (or a verb that describes the bodies or people after it: `入驻企业由2019年的35家`)
  const changeFrom = CHANGE_FROM.exec(seg);
  if (changeFrom && (MEASURE_NOUNS.some((m) => changeFrom[1].endsWith(m)) || verbsDescribeHead(changeFrom[1].slice(changeFrom[1].lastIndexOf('的') + 1)))) {
    let skip = leadingFunctionWords(changeFrom[1]);
    // (`帮助企业从3家发展到12家`, `推动人均收入从3000元…`: a helper verb opening it brought the
    // change about; what changes is named after it)
    const helper = changeFrom[1].slice(skip, skip + 2);
    if (helperVerbs.has(helper) && changeFrom[1].length - skip - 2 >= 2) skip += 2;
    const subject = unquote(withoutTrailingAdverbs(changeFrom[1].slice(skip)));
    if (subject.length >= 2) return { subject, action: null, start: segStart + skip, end: c.end, carried: false };
  }
  // (`增加到目前的286个`: with the time it reached, before 的; a comma may part the two figures,
  // `由不到5万元,提高到去年的28.8万元`)
  const changedTo = seg.replace(CHANGE_TIME, '');
  if (prev?.subject && CHANGED_TO.has(changedTo) && countsTheSame(text, prev, c) && /^[\s,，]*$/.test(text.slice(prev.end, segStart))) {
    return { subject: prev.subject, action: changedTo, start: segStart, end: c.end, carried: true };
  }
  return null;
}
