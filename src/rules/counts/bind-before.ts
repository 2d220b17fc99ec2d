// Binding a count whose noun phrase stands before its figure: the phrase before it in its
// clause, its verbs (which one acts, what is the topic, what settled where, what changed), and
// what carries over from the count before when nothing is named.
import { BODY_HEADS, CHANGE_TO_VERBS, PERSON_HEADS, STUDIED_BEFORE } from '../../lexicon/words.js';
import {
  AFTER_HOU,
  changeVerbs,
  endsWithPreposition,
  helperVerbs,
  isClauseEndAt,
  leadingFunctionWords,
  lightVerbs,
  nounEndingLengthAt,
  nounsWithVerbsIn,
  startsWithPreposition,
  unquote,
  verbsIn,
  type Word,
} from './clause.js';
import { OUTLINE_NUMBER, alternation, lastMatch } from '../../text/patterns.js';
import { tagWords, wordTag } from '../../text/segment.js';
import {
  PER_UNIT_ONLY,
  OWN_PLACE,
  SETTLING_VERBS,
  namesOnlyAPlace,
  settlingVerbIn,
  GOING_OR_STAYING,
  insideBrackets,
  stripComplement,
  withoutLocative,
  verbSaidOf,
  measureNounSubject,
  withoutTrailingAdverbs,
  withoutComparison,
  countsTheSame,
  inOneSentence,
  relativeClauseHead,
  stripPreposition,
  withoutChangeStart,
  insideBookTitle,
  insideClosedQuote,
  PARTAKING_VERBS,
  DOER_HEADS,
  PER_UNIT_END,
  clauseBounds,
  isHanAt,
  FUND_WORD,
  FUND_NAMING_VERBS,
  ASIDE_OPENING,
  endsWithPersonHead,
  FOUNDING_BODIES,
} from './phrase.js';
import { EXISTENTIAL, ONE_BODY_BEFORE_RATIO, RATIO, linking, VERB_AND_OBJECT, boundBySetPhrasing, onlyTimeReached } from './set-phrasings.js';
import { BECOMING_VERBS } from './noun-after.js';
import type { RawCount, Bound } from './bind.js';

/** A break inside a clause: a phrase of whom across one is no longer the phrase. */
const CLAUSE_BREAK_IN = /[、,，;；]/;
/** A 在-phrase of place or field opening a clause (在生产和工作第一线, 在企业中, 在各园区内). */
const IN_PLACE = /^在[^,，。;；]{1,12}?(?:第一线|一线|中|上|里|内|期间|方面|领域)/;
/** Verbs of one character that do something to things or people counted right after them (not 建, 设, 开: read elsewhere). */
const ONE_CHARACTER_DEEDS = new Set([...'跑送修卖买收来挖栽运印接办帮救养招']);

/** A verb of ONE_CHARACTER_DEEDS closing `seg` as a word of its own, jieba says (`骑手|跑`, `来|了`), after something; else null. */
export function loneDeedClosing(seg: string): { verb: string; at: number } | null {
  const at = seg.endsWith('了') ? seg.length - 2 : seg.length - 1;
  if (at < 1 || !ONE_CHARACTER_DEEDS.has(seg[at])) return null;
  const word = tagWords(seg).find((w) => w.start === at);
  return word && word.word.length === 1 && word.tag === 'v' ? { verb: word.word, at } : null;
}

/** An aside's closing bracket, a list mark and the next item's noun, right after a count inside the aside (`…12%)、企业`). */
const CLOSING_ASIDE_THEN_ITEM = /^[)）]\s*、[^,，。;；:：、()（）]*$/;

/**
 * The first verb of the clause before the aside that holds `at` (`新增市场主体2356户(同比增长12%`:
 * 新增), or null: no bracket opened shortly before it, or no verb in that clause.
 */
function verbBeforeAside(text: string, at: number): string | null {
  const window = text.slice(Math.max(0, at - 30), at);
  const open = Math.max(window.lastIndexOf('('), window.lastIndexOf('（'));
  if (open < 0 || /[)）]/.test(window.slice(open))) return null;
  const before = window.slice(0, open);
  const clause = before.slice(Math.max(...[...',，。;；:：\n'].map((mark) => before.lastIndexOf(mark))) + 1);
  return verbsIn(clause.slice(leadingFunctionWords(clause)))[0]?.text ?? null;
}

/** A figure and a word of at least or at most closing a phrase (`5000万元以上`, `100人以下`). */
const FIGURE_BOUND_CLOSING = /[\d〇零一二两三四五六七八九十百千万亿][^\d\u4e00-\u9fff]?[\u4e00-\u9fff]{0,2}(?:以上|以下|以内)$/;
/** A phrase of manner leading the clause (`通过联合组建方式`, `采取单独建立形式`): a verb inside says how. */
// (or with no preposition, after a list of manners: `挂靠依托等其他方式覆盖社会组织66家`)
const BY_MANNER = /^(?:(?:通过|采取|采用|以)[^,，。;；]{1,10}?|[^,，。;；]{1,10}?等(?:其他|其它)?)(?:方式|形式|办法|途径)/;
/** A role people take right after their count (`141人担任党建指导员`, `30名作为联络员`): what they are counted as. */
const ROLE_AFTER = /^(?:担任|出任|兼任|作为|成为)([\u4e00-\u9fff“”()（）]{2,16}?)(?=[,，。;；、]|$)/;
/** Deeds money is given for, right before the verb naming it (`助学捐款`, `扶贫捐款`). */
const DEEDS_FUNDED = new Set(['助学', '扶贫', '助残', '救灾', '助困', '济困']);
/** Verbs that name the money they raise, lend, give or save (集资1200元 is money raised: 集资; 减税降费3200万元, taxes and fees cut). */
const MONEY_VERBS = new Set(['融资', '集资', '筹资', '募资', '募捐', '筹款', '捐款', '捐资', '出资', '贷款', '放贷', '减税降费', '减税', '降费', '减负', '增收', '创收', '多挣', '多赚', '赚取', '挣得', '赚得', '挣', '赚']);
/** Verbs of building and rebuilding places, said side by side of one object (新建改建, 新建扩建). */
const BUILDING_VERBS = new Set(['新建', '改建', '扩建', '改造', '提升', '建成', '建设', '修缮', '维修', '改扩建']);
/** Where things lie: 分布在, 集中于, 位于 (a place after it). */
const LOCATED_IN = /(?:分布|集中|坐落)[在于]|位于/;
/** Verbs of drafting and issuing rules and documents, which pair side by side (制定出台, 印发出台, 修订完善). */
const DRAFTING_VERBS = new Set(['制定', '出台', '印发', '修订', '完善', '起草', '编制', '发布', '下发']);
/** Verbs of bringing something about, whose object is a noun and what happens to it (`助力村集体经济收入突破`). */
const CAUSING_VERBS = new Set(['助力', '助推', '带动', '推动', '促进', '驱动']);
/**
 * Verbs that name the people who do them (参培, 参训, 参会: those who took part), or whose object is
 * the people (招工, 用工: workers), or a change (多出, 增加).
 */
const PEOPLE_NAMED_BY_VERB = /^(?:参[\u4e00-\u9fff]|招工|用工|多出|增加|减少|新增|净增|增长)$/;
/** Two or more of them listed with 、 opening the phrase before a figure (`新建、改扩建`). */
const BUILDING = alternation(BUILDING_VERBS);
/** Verbs of visiting, listed likewise (`走访、调研企业130余家`). */
const VISITING = alternation(['走访', '调研', '拜访', '慰问', '看望', '考察']);
const BUILDING_LIST = new RegExp(`^(?:${BUILDING})(?:、(?:${BUILDING}))+|^(?:${VISITING})(?:、(?:${VISITING}))+`);
/** Nouns that name events (an object ending in one is what `场`, `次` count). */
export const EVENT_NOUN_END = /(?:活动|服务|培训|讲座|会议|党课|宣讲|比赛|大赛|竞赛|义诊|演出|展览|沙龙|论坛|课程|课堂|讲堂|夜校|[会赛班])(?:[等共累计约近超达]{0,3})$/;

/** Words that end a name of people, kinds and titles (党员, 同志, 领导, 书记, 负责人). */
const PEOPLE_WORDS = [...PERSON_HEADS.filter((h) => h.length > 1), '同志', '领导', '负责人', '主任', '会长', '董事长', '总经理', '成员(?!单位)'].join('|');
/** People who do what a verb after them names (党政负责同志, 党员志愿者, 县领导). */
const DOERS_IN = new RegExp(`(?:${PEOPLE_WORDS})`, 'g');
/** Bodies people go into, alone after a verb of going: `深入企业`, `走进重点企业`, `下沉车间`. */
const BODIES_GONE_TO = /^[\u4e00-\u9fff]{0,4}(?:企业|车间|工地|班组|项目)$/;

/**
 * People alone between two verbs (`选派干部走访企业`), or people and where they went (`分包干部深入企业`):
 * whom the first sent, who did the second.
 */
const PEOPLE_BETWEEN_VERBS = new RegExp(`^[\\u4e00-\\u9fff]{0,4}?(?:${PEOPLE_WORDS})(?<going>(?:${alternation([...GOING_OR_STAYING, '到', '赴'])})[\\u4e00-\\u9fff]{1,8})?$`);

/** How people did what a verb after them names, right after them (`书记带头`, `班子成员亲自`). */
const DOER_MANNERS = '带头|亲自|主动|定期|经常|分别|共同';
const DOERS_MANNER = new RegExp(`^(?:${DOER_MANNERS})`);
/** People, how they did it, and 与: whom they did it with follows (`书记带头与企业负责人`). */
const DOERS_WITH_PARTNER = new RegExp(`(?:${PEOPLE_WORDS})(?:${DOER_MANNERS})?与`);

/** Verbs of what is done to people, who stand before them as its objects (`党员技能培训`, `老党员慰问`). */
const DONE_TO_PEOPLE = new Set(['培训', '轮训', '慰问', '表彰', '接待', '服务', '教育', '培养', '帮扶', '救助', '体检', '义诊', '关爱', '走访']);

/** Venues, events and teams: before a verb of serving or drawing people, they did it (驿站, 服务中心, 活动, 宣讲团). */
const VENUE_OR_TEAM_END = /(?:站|中心|活动|基地|平台|[展场]馆|展厅|阵地|课堂|讲堂|之家|家园|书屋|队|团)$/;

/** A year closing the noun before a change (`村集体年增收`: a year's; `今年`, `2023年`), not the 年 of a noun (青年, 老年). */
const TIME_BEFORE_CHANGE = /(?<=[\u4e00-\u9fff]{2})(?:\d{2,4}|[今去前明本当全同每])?(?<![青老少中成周童幼晚壮新])年$/;
/** A span of time ending a topic before its verb (全年, 半年来, 年内). */
const SPAN_OF_TIME_END = /(?:全年|半年|年内|当年|今年|去年|本年|年来|以来|期间)$/;


/** A person's title or kind opening a phrase (书记, 负责人, 代表). */
const PERSON_HEAD_AT = new RegExp(`^(?:${PEOPLE_WORDS})`);

/** Only a noun that names events, where it and a figure follow a verb (`活动`, `志愿服务`: 关爱活动, 帮扶志愿服务). */
const EVENTS_NOUN_ONLY = /^(?:活动|志愿服务|座谈会|宣讲会|培训班)(?:[等共累计约近超达]{0,3})$/;
/** Verbs of gathering things in (收集, 征集), and of sorting them after (汇总, 整理, 梳理). */
const GATHERING_VERBS = new Set(['收集', '征集', '搜集', '采集', '归集']);
const SORTING_VERBS = new Set(['汇总', '整理', '汇总整理', '梳理', '分类']);
/** `s` with its quoted names (“…”) left out: what a verb outside them does. */
const withoutQuotedNames = (s: string) => s.replace(/“[^“”]*”/g, '');
/** What says more than whom events were for, between a light verb and the events' verb: a preposition or a place's mark. */
const NOT_ONLY_WHOM = /[赴到在去往向对为给与跟同于从]/;

/** Prepositions of whom a deed is for (为企业, 给群众, 帮商户, 替职工). */
const FOR_WHOM = /[为给替帮]/;

/** 接受 (and its 了) before the verb of events counted and who did them: the counted were received. */
const RECEIVED_THEN = /接受了?(?=[\u4e00-\u9fff]{0,8}$)/;

/** A word of totals in the phrase before a figure (共计, 累计): a verb may follow it. */
const TOTAL_THEN = /(?:共计|累计|合计|总计)/;

/**
 * `党员为企业办理事项240件`, `“红色代办员”为企业代办事项`: the doers, a preposition of whom it was
 * for and its noun, then the deed and its things: those are what is counted. Read where no verb of
 * ours was found before the figure (办理事项 is a noun of ours); the doers are people, bodies or a
 * quoted name (or none: `为企业代办事项`), and a noun, then a verb, follow the preposition.
 */
function withoutBeneficiary(subject: string, afterPreposition: boolean): string {
  let rest = subject;
  // (the preposition may have been read off already, opening the clause: `为企业代办事项240余件`)
  if (!afterPreposition) {
    const at = subject.search(FOR_WHOM);
    if (at < 0) return subject;
    const doers = subject.slice(0, at);
    if (doers && !endsWithBodyOrPerson(doers) && !/[”’」』]$/.test(doers)) return subject;
    rest = subject.slice(at + 1);
  }
  const words = tagWords(rest);
  // (the deed's verb as jieba tags it, or as our lexicon knows it: jieba reads 办理 before 事项 as a noun)
  const deed = words[1];
  if (words.length < 3 || !/^(?:n|r)/.test(words[0].tag) || !(deed.tag === 'v' || verbsIn(deed.word)[0]?.text === deed.word)) return subject;
  return rest.slice(deed.start);
}

/** What stands before the figure in its clause: the post-position reading's phrase, and where it starts. */
export function phraseBefore(text: string, c: RawCount, prev: (RawCount & Bound) | null, left: number): { segStart: number; seg: string } {
  // (not the noun the count before counts: `19个机关事业所、24家` names nothing before 24家)
  let from = prev?.evidenceEnd !== undefined && prev.evidenceEnd > left && prev.evidenceEnd <= c.start ? prev.evidenceEnd : left;
  // (but where the count before cut its bodies from the people named right after them, those
  // people, of those bodies, open this count's noun: `46家开发区党工委书记以及…书记等共约180人`)
  // (but where a 、 lists them apart from this count's own noun, they are the bodies' before it and
  // no part of this one: `12家企业党组织书记、党建指导员38名`, `9个网格支部书记、楼栋长38个`)
  if (from === prev?.evidenceEnd && prev.subject && prev.kind !== 'people' && isHanAt(text, from) && text.endsWith(prev.subject, from)) {
    const people = PERSON_HEAD_AT.exec(text.slice(from, from + 4));
    if (people && text[from + people[0].length] === '、') from += people[0].length;
    else if (people && c.kind === 'people') from -= prev.subject.length;
  }
  const rest = text.slice(from, c.start);
  // (and the bracket of an aside it opens: `党委12个【社区党委8个…】`)
  // (and a 的 the count before left: `三个园区的党员人数`, with the 之间 that closed its range: `3至5人之间的支部`,
  // or the bound after its noun: `80名职工以上的企业有12家`)
  let lead = rest.length - rest.replace(/^(?:[\s、和及与的(（【\[［]|以及|之间|(?:以上|以下)(?=的))+/, '').length;
  // (and a clause of when, a verb and 以来 or 后 before the doing: `联盟成立以来吸纳成员单位36家`)
  // (tested for the characters first: most phrases hold neither)
  if (rest.includes('以来') || rest.includes('后')) {
    const when = lastMatch(WHEN_CLAUSE, rest);
    if (when && when.index + when[0].length > lead && verbsIn(rest.slice(when.index + when[0].length)).length > 0) {
      const before = rest.slice(0, when.index);
      // (or a verb further back, where jieba reads 后 as a word of its own, "after": `投产达产后可为
      // 企业新增产值`, 达产 none of ours)
      const verbs = verbsIn(before);
      if (verbs.at(-1)?.end === before.length || (verbs.length > 0 && when[0] === '后' && tagWords(rest).some((w) => w.start === when.index && w.word === '后' && w.tag === 'f'))) {
        lead = when.index + when[0].length;
      }
    }
  }
  // (a clause the count before ended with 的 names that count's thing first, one of a list:
  // `总投资30亿元的凤悦项目、总投资1亿元的…`, `…的凤特设备等亿元以上项目8个`: this count's noun
  // starts after the list's mark)
  // (so one that ended with a bound after its noun and 的: `80名职工以上的企业、从业50——79人`)
  if (prev && ((text.charCodeAt(prev.end) === 0x7684 /* 的 */ && from <= prev.end + 1) || BOUND_THEN_DE.test(rest))) {
    const mark = lastMatch(LIST_MARK_AFTER_HEAD, rest);
    if (mark && mark.index + 1 > lead && mark.index + 1 < rest.length) lead = mark.index + 1;
  }
  return { segStart: from + lead, seg: rest.slice(lead).replace(/\s+$/, '') };
}
/** A bound and 的 after a noun (`以上的`, `以下的`). */
const BOUND_THEN_DE = /^(?:以上|以下)的/;
/** A list's mark after the thing a clause with 的 named: 、, or 等 closing the examples (not 等级, 等同, 等待). */
const LIST_MARK_AFTER_HEAD = /、|等(?![级同待于])/g;
/** What ends a clause of when after its verb: `以来`, `后`, `之后`, `以后` (the verb is checked apart). */
const WHEN_CLAUSE = new RegExp(`(?:以来|之后|以后|${AFTER_HOU})`, 'g');

/** Whether `phrase` names something: two Han characters in a row once its verbs, adverbs and function words are taken out (`组织党员`, not `单独成立、`). */
export function namesSomething(phrase: string): boolean {
  // (a list mark left at its end would hide the verb before it: verbsIn takes a verb before 、 for a listed noun)
  // (nor does a word of existence: `另有630人次参与`)
  const trimmed = withoutTrailingAdverbs(phrase.replace(/[、,，\s]+$/, '').replace(/[另共现拥已尚还]?有$/, ''));
  let core = trimmed.slice(leadingFunctionWords(trimmed));
  for (const v of verbsIn(core).reverse()) core = core.slice(0, v.start) + ' ' + core.slice(v.end);
  return /[\u4e00-\u9fff]{2}/.test(core);
}

/** Verbs of reaching bodies and people, which go on over both: `覆盖企业1200余家,党员3600余名`. */
const COVERING_VERBS = new Set(['覆盖', '惠及', '辐射', '联系', '带动']);
const BODIES_OR_PEOPLE = new Set(['organizations', 'people']);

/**
 * `覆盖企业1200余家,党员3600余名`: after a comma, bodies and people named bare before their figures
 * closing the sentence go on with a verb of reaching that counted the item before, whatever their
 * classifiers.
 */
function coveredListed(prev: RawCount & Bound, c: RawCount, seg: string, text: string): boolean {
  if (!prev.action || !COVERING_VERBS.has(prev.action) || !BODIES_OR_PEOPLE.has(prev.kind) || !BODIES_OR_PEOPLE.has(c.kind)) return false;
  const next = text[c.end] ?? '';
  return (next === '' || '。;；!！\n'.includes(next)) && /^[\u4e00-\u9fff]{2,}$/.test(seg) && verbsIn(seg).length === 0;
}

/** Whether a noun named before its figure, after a comma, goes on a list of things of the count before's unit. */
function commaListed(prev: RawCount, c: RawCount, written: string, text: string): boolean {
  // (short asides in brackets are no part of it: `市(州)律协党委(党总支)21个`)
  const seg = written.includes('(') || written.includes('（') ? written.replace(BRACKETED_ASIDE, '') : written;
  // (a whole before 的 is what a share after it is of, no item listed: `党员的30%参加培训`)
  if (prev.kind !== c.kind || prev.unit !== c.unit || !/^[\u4e00-\u9fff“”]{2,}$/.test(seg) || seg.endsWith('的') || linking.some((w) => seg.includes(w))) return false;
  // (nor where a comparison opens the figure, said of the second: `新增经营主体6800家,总数已突破4万家`)
  if (COMPARED_AT.test(text.slice(c.start, c.start + 2))) return false;
  // (nor where a verb after the figure makes the second a clause of its own: `园区党工委每季度召开1次
  // 党委会议,党工委委员每月至少1次到企业走访调研`)
  let clauseEnd = c.end;
  while (clauseEnd < text.length && clauseEnd - c.end < 40 && !isClauseEndAt(text, clauseEnd)) clauseEnd += 1;
  if (verbsIn(text.slice(c.end, clauseEnd)).length > 0) return false;
  // (jieba's verbs, but not inside a noun that holds one: `社会组织`, 组织/v; nor one a noun's ending
  // closes: `党员示范岗`, 示范/v 岗)
  const nouns = nounsWithVerbsIn(seg);
  const endedByNoun = (end: number) => end < seg.length && nounEndingLengthAt(seg, end) === seg.length - end;
  return !tagWords(seg).some((w) => w.tag === 'v' && !nouns.some(([a, b]) => w.start >= a && w.start + w.word.length <= b) && !endedByNoun(w.start + w.word.length));
}

/** A short aside in brackets (`(州)`, `(党总支)`). */
const BRACKETED_ASIDE = /[(（][^()（）]{1,8}[)）]/g;
/** Grades of how people did in a test or a review (jieba reads 合格 a noun). */
const GRADES = new Set(['合格', '不合格', '优秀', '良好', '达标', '通过', '满分', '称职', '基本称职']);
/**
 * `参加培训人员29人,合格13人`: a word of how those counted did, alone before the figure (合格, 优秀), is
 * no thing of a list the verb before goes on to.
 */
function saysHowTheyDid(subject: string): boolean {
  if (GRADES.has(subject)) return true;
  const words = tagWords(subject);
  return words.length === 1 && (words[0].tag === 'a' || words[0].tag === 'v');
}

/** What stands between two bare figures of one list: `120名、98名和76名`, `200万元和150万元`. */
const BARE_LIST_MARK = /^(?:、|和|及|以及)$/;

/**
 * The last of two deeds before a figure, each a verb with its object (`走访企业解决问题12个`): the
 * second verb, where a noun alone stands between the verbs and after the second (no list, no 的,
 * no 并 joining verbs, no break), and it is no verb of becoming or settling.
 */
function secondDeed(text: string, verbs: Word[], figureAt: number): Word | null {
  const [first, second] = verbs;
  if (second.start - first.end < 2 || figureAt - second.end < 2) return null;
  if (BECOMING_VERBS.has(second.text) || SETTLING_VERBS.has(second.text)) return null;
  // (the first's object may hold a quoted name: `开展“红色领航”活动覆盖企业120家`)
  const object = text.slice(first.end, second.start).replace(/“([^“”]+)”/g, '$1');
  const own = text.slice(second.end, figureAt);
  // (in `上报并跟踪整改问题` the verbs joined by 并 share one object)
  return /^[\u4e00-\u9fff]+$/.test(object + own) && !/[的和与及等并]/.test(object + own) ? second : null;
}
/** A preposition of whom or what a deed is for opening the clause, then its object (`为商圈`, `给企业`). */
const FOR_WHOM_OPENING = /^[为给替][\u4e00-\u9fff]{1,10}$/;
/** What a deed is for, named by a verb after whose it is (`为商圈发展`, `为乡村振兴`): no deed of the clause. */
const AIMS = new Set(['发展', '建设', '治理', '振兴', '转型', '升级', '转型升级', '高质量发展']);
/** An adverb right before a verb that makes what stands before it the topic (分别下拨, 均已建立). */
const ADVERB_BEFORE_OWN_VERB = /(?:分别|均已?|都已?|统一|先后|累计|共同|主动|积极|及时)$/;

/** A quoted title closing with the noun of events right before their figure (`“走进企业”活动`). */
const QUOTED_EVENT_END = /“[^“”]{2,}”(?:主题)?(?:活动|行动|服务|宣讲|比赛|竞赛|大赛|讲座|论坛|沙龙|培训)(?:[等共累计约近超达]{0,3})$/;
/**
 * What bodies go through, said after them and before their figure: an election, a rectification, a
 * check (`完成换届`, `整改到位`, `通过验收`), adverbs before it aside.
 */
const BODY_STATE_CHANGE = /(?:已经|已|均|全部|顺利)?((?:完成|通过)?(?:换届(?:选举)?|整顿(?:提升)?|整改(?:到位)?|验收|达标|晋位升级|提档升级|转化提升))$/;
const BODY_STATE_CHANGE_ENDS = new Set('届举顿升改位收标级');
/** A fund's word alone (资金, 经费, 基金, 款, 金), maybe with a linking word after it. */
const FUND_WORD_ONLY = new RegExp(`^${FUND_WORD}(?:共计|累计|合计|总计|达到?|超过?|约|近|从|由)?$`);
/** A comparison opening a figure's span (超, 突破, 逾, 达): the figure is the predicate of what stands before it. */
const COMPARED_AT = /^(?:超|突破|逾|达)/;
/** Verbs of bringing a state about (实现, 确保): before a share's noun and its figure compared, they act on the clause. */
const BRINGING_ABOUT_CLAUSE = new Set(['实现', '确保']);

/** Whether a noun phrase of two characters or more ends in a body or a person (企业, 社会组织, 党务干部). */
function endsWithBodyOrPerson(phrase: string): boolean {
  return phrase.length >= 2 && verbsIn(phrase).length === 0 && (BODY_HEADS.some((h) => phrase.endsWith(h)) || endsWithPersonHead(phrase));
}

/** Words of a total (共计3673人). */
const TOTALS = new Set(['共计', '合计', '总计']);

/** 其中 earlier in the sentence, its parts listed since clause by clause. */
const AMONG_THEM_BEFORE = /其中[^。;；!?！？]*$/;

/**
 * A count whose noun phrase stands before its figure (`解决问题352件` → 问题, 解决), in a set
 * phrasing (set-phrasings.ts) or led by a verb; or carried over from the count before;
 * `verbAfter`, a verb said right after the figure, is the action when nothing else is.
 */
export function bindNounBefore(text: string, c: RawCount, prev: (RawCount & Bound) | null, left: number, right: number, verbAfter: string | null): Bound {
  const { segStart, seg } = phraseBefore(text, c, prev, left);
  // `覆盖率达90%,100%实现收支平衡`: a bare share opening its clause, a verb right after it, is a share
  // of things doing that, no figure of a ratio named before; it is named by its verb, as with nothing before
  if (c.kind === 'percent' && seg === '' && prev?.subject && RATIO.test(prev.subject)) {
    const verb = verbsIn(text.slice(c.end, c.end + 4), c.end)[0];
    if (verb?.start === c.end) return { subject: verb.text, action: verb.text, start: c.start, end: verb.end, carried: false };
  }
  const phrased = boundBySetPhrasing(text, c, prev, seg, segStart, right);
  if (phrased) return phrased;
  const none: Bound = { subject: null, action: null, start: c.start, end: c.end, carried: false };
  // `其中:5000万元以上25个`: a figure bounded right before the count is the class of things counted
  // (projects of so much or more), no noun of them: they are of the kind counted just before in
  // the sentence, in the same unit (`签约项目70个(其中:…)`), if any
  // (its last character first: most phrases end in none of 上, 下, 内)
  const lastOfSeg = seg.charCodeAt(seg.length - 1);
  if ((lastOfSeg === 0x4e0a || lastOfSeg === 0x4e0b || lastOfSeg === 0x5185) && FIGURE_BOUND_CLOSING.test(seg)) {
    return prev?.subject && prev.unit === c.unit && inOneSentence(text, prev, c) ? { ...none, subject: prev.subject, carried: true } : none;
  }
  // `村党组织完成换届15个`, `软弱涣散党组织整改到位8个`: bodies named before what they went through
  // (an election, a rectification: nothing of their own is counted) are what the figure counts
  if ((c.kind === 'organizations' || c.kind === 'items') && BODY_STATE_CHANGE_ENDS.has(seg[seg.length - 1])) {
    const change = BODY_STATE_CHANGE.exec(seg);
    const from = segStart + leadingFunctionWords(seg);
    const bodies = change ? unquote(withoutTrailingAdverbs(text.slice(from, segStart + change.index))) : '';
    if (bodies.length >= 2 && verbsIn(bodies).length === 0 && BODY_HEADS.some((h) => bodies.endsWith(h))) {
      return { subject: bodies, action: change![1], start: from, end: c.end, carried: false };
    }
  }
  // `帮助企业招工、融资1.2亿元`: a verb naming money that closes a list of doings right before the
  // figure names the money, as it does alone (`融资1.2亿元`)
  // (so after a deed it is done for, a verb itself: `商会助学捐款120万元`, 助学 was the action)
  if (c.kind === 'money' && seg.length > 3 && MONEY_VERBS.has(seg.slice(-2)) && (seg.charCodeAt(seg.length - 3) === 0x3001 /* 、 */ || DEEDS_FUNDED.has(seg.slice(-4, -2)))) {
    const verb = seg.slice(-2);
    return { subject: verb, action: verb, start: segStart + seg.length - 2, end: c.end, carried: false };
  }
  // (a helper verb right before a verb naming money is the doing, the money verb its object: `协调贷款1850万元`)
  // `新建、改扩建市级党群活动中心12个`: verbs of building listed with 、 before the noun all act on it
  // (so do verbs of visiting: `走访、调研企业130余家`)
  // (past adverbs and times opening the phrase: `截至目前已走访、调研企业130余家`)
  const lead = leadingFunctionWords(seg);
  const built = BUILDING_LIST.exec(seg.slice(lead));
  if (built && verbsIn(seg.slice(lead + built[0].length)).length === 0) {
    const subject = unquote(withoutTrailingAdverbs(seg.slice(lead + built[0].length)));
    if (subject.length >= 2) return { subject, action: built[0], start: segStart + lead, end: c.end, carried: false };
  }
  // `吸纳“小哥”加入志愿服务队伍210人`, `组织党员参加培训120人`: people a verb acts on, then what
  // they did: the people are counted; the first verb is the action, or, a helper's, the second
  // (the phrase's verbs read once, for this and what follows)
  // (not those inside a book title closed before the figure: `《凤鸣培训系统》授权软著2项`)
  const allVerbs = seg.includes('《') ? verbsIn(seg, segStart).filter((v) => !insideBookTitle(text, v.start, c.start)) : verbsIn(seg, segStart);
  // `每名骑手跑30至50单`, `村里来了50人`: a verb of one character, a word of its own right before
  // the figure (its aspect particle between), with none of ours in the phrase, is what was done; who
  // did it stands before it, and names nothing counted
  // (before 了 it is read as a verb already, the phrase's only one)
  if (allVerbs.length <= 1 && (c.kind === 'items' || c.kind === 'people')) {
    const lone = loneDeedClosing(seg);
    if (lone && (allVerbs.length === 0 || allVerbs[0].start === segStart + lone.at)) return { subject: null, action: lone.verb, start: segStart + lone.at, end: c.end, carried: false };
  }
  if (c.kind === 'people' && allVerbs.length >= 2) {
    // (where the second verb's object is people too, those are counted: `选派党员干部帮扶困难群众200人`
    // counts those helped; not after a verb of serving or settling, whose object or place says what
    // or where)
    const people = allVerbs[1].start > allVerbs[0].end ? unquote(text.slice(allVerbs[0].end, allVerbs[1].start)) : '';
    const object = people ? unquote(text.slice(allVerbs[1].end, c.start)) : '';
    const isPeople = (s: string) => s.length >= 2 && endsWithPersonHead(s) && verbsIn(s).length === 0;
    if (isPeople(people) && !BECOMING_VERBS.has(allVerbs[1].text) && !SETTLING_VERBS.has(allVerbs[1].text)) {
      if (allVerbs.length === 2 && isPeople(object)) return { subject: object, action: allVerbs[1].text, start: allVerbs[1].start, end: c.end, carried: false };
      if (!endsWithPersonHead(object)) {
        return { subject: people, action: helperVerbs.has(allVerbs[0].text) ? allVerbs[1].text : allVerbs[0].text, start: allVerbs[0].start, end: c.end, carried: false };
      }
    }
  }
  // (a light verb before events named by their own verb right before the figure, with only whom
  // they were for between, stays theirs: `组织党员培训12次` counts 党员培训 that were organized, not
  // 组织党员 trained; where a place or a preposition stands between, `组织党员赴延安学习3次`, the trips
  // are named by their verb)
  // (so with a noun of events after that verb: `组织关爱活动20场` counts 关爱活动 organized, no 关爱)
  const eventsNamedByVerb = (i: number, all: Word[]) =>
    c.kind === 'events' && lightVerbs.has(all[i].text) && i === all.length - 2 && all[i + 1].start >= all[i].end &&
    (all[i + 1].end === c.start ? all[i + 1].start > all[i].end && !NOT_ONLY_WHOM.test(text.slice(all[i].end, all[i + 1].start)) : !lightVerbs.has(all[i + 1].text) && EVENTS_NOUN_ONLY.test(text.slice(all[i + 1].end, c.start)));
  // `组织党员“走进企业、服务发展”活动36次`: the verbs of a quoted title right before the events'
  // noun are the title's, not what was done; people between the verb before it and the title are
  // whom the events were for, no part of them
  let titleAt = -1;
  let verbsOutsideTitle = allVerbs;
  if (c.kind === 'events' && seg.includes('”')) {
    const title = QUOTED_EVENT_END.exec(seg);
    if (title) {
      titleAt = segStart + title.index;
      const titleEnd = segStart + seg.lastIndexOf('”');
      verbsOutsideTitle = allVerbs.filter((v) => v.end <= titleAt || v.start >= titleEnd);
    }
  } else if (seg.includes('”') && allVerbs.length > 1) {
    // `“红链共建”活动覆盖产业链上企业35家`: a verb inside a quoted name does nothing to the counted
    // where one outside it does (共建 was the action, 活动覆盖… the noun)
    const outside = allVerbs.filter((v) => !insideClosedQuote(text, v.start, c.start));
    if (outside.length > 0 && outside.length < allVerbs.length) verbsOutsideTitle = outside;
  }
  // (and so is one studied or planned right before: `研究解决…问题19项`, `谋划实施重点项目12个`)
  let verbs = verbsOutsideTitle.filter(
    (v, i, all) =>
      !(helperVerbs.has(v.text) && i < all.length - 1 && !(MONEY_VERBS.has(all[i + 1].text) && all[i + 1].start === v.end) && !eventsNamedByVerb(i, all)) &&
      !(all[i + 1]?.start === v.end && STUDIED_BEFORE.get(v.text)?.includes(all[i + 1].text)),
  );
  // `在生产和工作第一线发展党员5.20万名`: a verb inside a 在-phrase of place says where, not what
  // was done (the action is the verb after it)
  // (so does one inside a phrase of manner: `通过联合组建方式建立党组织28个`)
  const where = IN_PLACE.exec(seg) ?? BY_MANNER.exec(seg);
  if (where && verbs.some((v) => v.start >= segStart + where[0].length)) verbs = verbs.filter((v) => v.start >= segStart + where[0].length);
  // `(商会)为对口帮扶地区筹集助学款80万元`: verbs right after a preposition of whom it was done for
  // (为, 给), before the noun naming them, describe them; the doing is the verb after that noun
  // (not `为企业争取贷款`, where the verb follows the noun)
  const forWhom = verbs.length >= 2 && verbs[0].start - 1 >= segStart ? text[verbs[0].start - 1] : '';
  if ((forWhom === '为' || forWhom === '给') && !/[作成认因]/.test(text[verbs[0].start - 2] ?? '')) {
    let chain = 0;
    while (chain + 1 < verbs.length && verbs[chain + 1].start === verbs[chain].end) chain += 1;
    const doing = verbs[chain + 1];
    if (doing && !CLAUSE_BREAK_IN.test(text.slice(verbs[0].start, doing.start))) verbs = verbs.slice(chain + 1);
  }
  let action: Word | null = null;
  let subjectFrom = segStart + leadingFunctionWords(seg);
  if (verbs.length) {
    if (c.kind === 'events') {
      // (完成 too, before events it completed: `完成入户走访120次` counts 入户走访)
      const light = verbs.find((v) => lightVerbs.has(v.text) || v.text === '完成');
      action = light ?? verbs[0];
      // `选派干部走访企业50次`, `帮扶干部走访企业`: people alone between the first verb and a second
      // with an object of its own did the second: the events are its (not `组织党员培训12次`, trainings
      // of the members, nor a verb right after the people: that one names them, `党员服务`)
      // (where the people went, the second verb alone names the events: `分包干部深入企业走访调研`)
      const second = verbs[1];
      const between = second && !light && second.start > action.end ? PEOPLE_BETWEEN_VERBS.exec(text.slice(action.end, second.start)) : null;
      if (between && (between.groups!.going || second.end < c.start) && verbsIn(text.slice(second.end, c.start)).length === 0) action = second;
      // `走访企业50次`: the visits are counted, the verb names them; `推出义诊活动70场`: the
      // object names the events itself, as after a light verb
      subjectFrom = light || EVENT_NOUN_END.test(unquote(text.slice(action.end, c.start))) ? action.end : action.start;
      if (titleAt > action.end && endsWithBodyOrPerson(text.slice(action.end, titleAt))) subjectFrom = titleAt;
      // `该活动已开展11场`: events named before a light verb right before the figure, adverbs and a
      // demonstrative aside, are what it counts (not a body that held them: `党支部已开展8场`)
      // (its aspect particle between too: `党员冬训班已举办了3期`)
      // (the verbs inside a quoted name before it aside)
      if (light && (light.end === c.start || (light.end + 1 === c.start && text[light.end] === '了')) && verbs.every((v) => v === light || insideClosedQuote(text, v.start, light.start))) {
        const from = segStart + leadingFunctionWords(seg);
        const written = withoutTrailingAdverbs(text.slice(from, light.start)).replace(/^(?:该|此|这些|这个|这项|上述)/, '');
        const named = unquote(written);
        // (the verbs of a quoted title aside: `“送政策进企业”活动开展12次`; a quoted name alone is
        // the events' whatever it ends in: `“空巢老人帮扶”开展了11期`)
        const quotedAlone = /^“[^“”]{2,}”$/.test(written);
        if (named.length >= 2 && (EVENT_NOUN_END.test(named) || quotedAlone) && verbsIn(written.includes('“') ? written.replace(/“[^“”]*”/g, '') : named).length === 0) {
          return { subject: named, action: light.text, start: from, end: c.end, carried: false };
        }
      }
    } else {
      action = verbs[0];
      // `全域覆盖助力村集体经济收入突破30万元`: a verb of bringing about right after the first verb
      // is the deed; the first one, with nothing after it to act on, says how
      if (verbs[1]?.start === action.end && CAUSING_VERBS.has(verbs[1].text) && !CAUSING_VERBS.has(action.text)) action = verbs[1];
      // `对18个规范化建设支部分别下拨党费1000元`: a verb after an adverb of distribution or
      // time, with its own object before the figure, is the figure's; what stands before the
      // adverb is whom it was done to (the topic)
      const later = verbs.findLast((v, i) => i > 0 && ADVERB_BEFORE_OWN_VERB.test(text.slice(segStart, v.start)) && verbsIn(text.slice(v.end, c.start)).length === 0);
      if (later) action = later;
      // `为商圈发展及治理等提出问题建议50余条`: after a preposition of whom it was for opening the clause,
      // a verb of what it was for (发展, 振兴) is its object's; the last verb, with its own noun before
      // the figure, is the deed (not a deed's verb there: `为企业解决发展难题217个`)
      else if (verbs.length >= 2 && AIMS.has(verbs[0].text) && FOR_WHOM_OPENING.test(text.slice(subjectFrom, verbs[0].start)) && c.start - verbs.at(-1)!.end >= 2 && !/[,，、的]/.test(text.slice(verbs.at(-1)!.end, c.start))) action = verbs.at(-1)!;
      // `党员研发的项目已获得专利授权超百项`: the verb of a clause closed by 的 describes the noun after
      // it; a verb after that noun, with an object of its own before the figure, is the figure's
      else if (verbs.length >= 2) {
        const last = verbs[verbs.length - 1];
        const de = text.indexOf('的', verbs[0].end);
        if (de >= 0 && de + 2 < last.start && verbs[verbs.length - 2].end <= de && c.start - last.end >= 2 && !/[,，、]/.test(text.slice(de, c.start))) action = last;
      }
      // `走访企业解决问题12个`: a second deed, its verb after the first one's object, with a noun of
      // its own before the figure, is what the figure counts (not 企业解决问题 by 走访); not a verb of
      // becoming, which says what those chosen serve as (`选聘…担任党建指导员126名`)
      // (things and bodies only: a verb before money names the fund, `发放企业帮扶资金20万元`)
      const deedAfter = verbs.length === 2 && (c.kind === 'items' || c.kind === 'organizations') ? secondDeed(text, verbs, c.start) : null;
      if (deedAfter) action = deedAfter;
      // `新建改建党群服务阵地12处`: two verbs of building side by side both act on the noun after them
      let second = verbs.find((v) => v.start === action!.end);
      // `部门参与建设的驿站12个`: taking part in or paying for a deed, right before its verb and the
      // 的 of a clause describing the noun, is no action on the noun: the deed's verb is (not where
      // the noun did the taking part: `参与建设的企业12家`)
      if (second && PARTAKING_VERBS.has(action.text) && text[second.end] === '的' && !endsWithBodyOrPerson(text.slice(second.end + 1, c.start))) {
        action = second;
        second = undefined;
      }
      // (so do two of drafting and issuing: `制定出台措施15条`, `修订完善制度12项`)
      if (second && ((BUILDING_VERBS.has(action.text) && BUILDING_VERBS.has(second.text)) || (DRAFTING_VERBS.has(action.text) && DRAFTING_VERBS.has(second.text)))) {
        action = { text: action.text + second.text, start: action.start, end: second.end };
      }
      subjectFrom = action.end;
      // `选聘退休干部、党建专员等担任党建指导员126名`: those chosen serve as what is counted; the
      // noun after the verb of serving is it (the first verb stays the action)
      const serving = verbs.findLast((v) => v.start > action!.end && BECOMING_VERBS.has(v.text));
      if (serving && c.start - serving.end >= 2 && verbsIn(text.slice(serving.end, c.start)).length === 0) subjectFrom = serving.end;

      // `联系服务企业1580家次`, `孵化培育社区社会组织4860个`: a second verb right after the first,
      // before bodies or people, acts on them too and is no part of them (the first stays the
      // action, as the gold has it: `走访服务企业400余家` → 走访); not before what the second names
      // with its noun (帮扶资金, 慰问金), nor a verb of settling, which says which firms (`新增落户企业32家`)
      // (nor after a verb of founding, where the second names the kind of body: `成立销售合作社5家`)
      if (second && second.text.length >= 2 && action.end === second.start && !SETTLING_VERBS.has(second.text) && !FOUNDING_BODIES.has(action.text) && endsWithBodyOrPerson(unquote(text.slice(second.end, c.start)))) {
        subjectFrom = second.end;
      }
      // `收集汇总问题145个`: a verb of sorting right after one of gathering acts on what was gathered,
      // and is no part of it (汇总问题 was counted)
      else if (second && action.end === second.start && GATHERING_VERBS.has(action.text) && SORTING_VERBS.has(second.text) && c.start - second.end >= 2) {
        subjectFrom = second.end;
      }
      // `收集意见、解决问题56个`: doings listed with 、, each a verb and its object, before the figure:
      // it counts the last object, by the last verb (verbs listed before one object, `走访、调研企业`, have
      // nothing between the first and the 、)
      // (not a 、 inside a quoted title before the noun: `培育“党建强、发展强”行业协会商会30个`)
      const listed = text.slice(subjectFrom, c.start);
      const mark = listed.lastIndexOf('、');
      // (nor names listed and closed by 等 before their head noun: `协调解决用地难、融资难等突出问题12件`)
      const deng = listed.indexOf('等', mark);
      if (mark > 0 && listed.indexOf('、') === mark && !insideClosedQuote(text, subjectFrom + mark, c.start) && !(deng > 0 && listed.length - deng > 2)) {
        const last = verbsIn(listed.slice(mark + 1), subjectFrom + mark + 1)[0];
        const object = last ? text.slice(last.end, c.start) : '';
        // (not a field of the noun named by a verbal noun, listed with another: `解决生产、销售问题17个`,
        // `用工、融资问题`, where jieba reads 销售 and 融资 as nouns of doing, not verbs)
        if (last?.start === subjectFrom + mark + 1 && object.length >= 2 && verbsIn(object).length === 0 && wordTag(last.text) !== 'vn') {
          action = last;
          subjectFrom = last.end;
        }
      }
      // `帮扶资金300万元`, `统筹帮扶资金…`: the only verb, right before a fund's word and the figure,
      // names the fund (帮扶资金) and does nothing to it
      if (c.kind === 'money' && verbs.length === 1 && FUND_NAMING_VERBS.has(action.text) && FUND_WORD_ONLY.test(text.slice(action.end, c.start))) {
        // (a helper verb right before it handles the fund: `统筹帮扶资金`)
        const handling = verbsOutsideTitle.find((v) => v.end === action!.start);
        return { subject: withoutChangeStart(unquote(text.slice(action.start, c.start))), action: handling?.text ?? null, start: handling?.start ?? action.start, end: c.end, carried: false };
      }
    }
    // `党员创业就业技能培训1426.7万人次`, `企业走访50次`: a verb naming the events right before
    // their figure, with what they are of in front of it, names them with it (the verb is the action)
    if (verbs.length === 1 && action.end === c.start && (c.kind === 'person-times' || c.kind === 'events')) {
      const from = segStart + leadingFunctionWords(seg);
      const topic = text.slice(from, action.start);
      // `组织培训6期`: a helper verb right before the events' verb does them; the verb names them
      // (it read 组织培训 as what was counted)
      const helper = c.kind === 'events' ? verbsIn(topic, from).at(-1) : undefined;
      if (helper && helper.end === action.start && helperVerbs.has(helper.text)) {
        return { subject: action.text, action: helper.text, start: helper.start, end: c.end, carried: false };
      }
      // `接受走访20次`, `企业接受指导站集中指导6次`: what was received (接受) is counted, with who gave
      // it and how; 接受 is the action (it read 接受走访 as the events)
      const received = c.kind === 'events' ? RECEIVED_THEN.exec(topic) : null;
      if (received && (!helper || helper.end <= from + received.index)) {
        const start = from + received.index + received[0].length;
        return { subject: text.slice(start, c.start), action: '接受', start: from + received.index, end: c.end, carried: false };
      }
      // (not where the verb goes: `至少到联系企业走访1次` counts visits; nor who or where did it:
      // `我县先后组织3批次`; nor the topic an adverb or a per-unit word parts from the verb, who
      // did it: `驿站年均服务超3万人次`, `活动共吸引500人次`)
      // (nor a venue, an event or a team before the verb, which served, received or drew the people:
      // `驿站接待1200人次`, `活动吸引500人次`, `宣讲团宣讲20场`; nor a topic a span of time parts
      // from the verb, as an adverb does: `驿站全年接待`, `党员半年来培训`)
      // (nor where the doers went: `党员深入企业走访300余次` counts visits, as `到企业走访` does)
      if (topic.length >= 2 && !(c.kind === 'events' && verbsIn(topic).some((v) => GOING_OR_STAYING.has(v.text))) && withoutTrailingAdverbs(topic) === topic && !PER_UNIT_END.test(topic) && !SPAN_OF_TIME_END.test(topic) && /^[\u4e00-\u9fff]+$/.test(topic) && !/[到在向对为给从于至往赴的]/.test(topic) && !namesOnlyAPlace(topic) && !OWN_PLACE.test(topic) && !VENUE_OR_TEAM_END.test(topic)) {
        subjectFrom = from;
        // (but people opening it did them, and are no part of what they did: `党政负责同志外出招商6次`
        // counts 外出招商; `党员培训300人次` names only whom they were for)
        const doers = DONE_TO_PEOPLE.has(action.text) ? null : lastMatch(DOERS_IN, topic);
        // (so are they with a word of how they did it and 与 and whom they did it with, who stay:
        // `书记带头与企业负责人谈心谈话56次` counts 企业负责人谈心谈话, `书记带头谈心谈话` 谈心谈话)
        const withPartner = doers && topic.includes('与') ? DOERS_WITH_PARTNER.exec(topic) : null;
        const manner = doers ? DOERS_MANNER.exec(topic.slice(doers.index + doers[0].length)) : null;
        if (withPartner && topic.length - withPartner.index - withPartner[0].length >= 2) subjectFrom = from + withPartner.index + withPartner[0].length;
        else if (manner && doers!.index + doers![0].length + manner[0].length === topic.length) subjectFrom = action.start;
        else if (doers && topic.length - doers.index - doers[0].length >= 2) subjectFrom = from + doers.index + doers[0].length;
      }
    }
    // `推动企业营收突破1亿元`: a helper verb before a noun and its figure compared (超, 突破)
    // acts on that clause, not on the figure: the noun is counted, no action; so does a verb of
    // bringing a share about (`确保党员比例超过50%`, `实现党组织覆盖率超过60%`, as when 达 links them;
    // a sum it achieved is its object: `实现营业收入突破12亿元`)
    if (verbs.length === 1 && (helperVerbs.has(action.text) || (c.kind === 'percent' && BRINGING_ABOUT_CLAUSE.has(action.text))) && COMPARED_AT.test(text.slice(c.start, c.start + 2))) action = null;
    // `成立由12名党员组成的突击队3支`: a clause of whom the counted are made (由…组成的), the count
    // before standing in it, says what they are; the verb before 由, if any, is what was done to them
    else if (prev && action.start === segStart && text[action.end] === '的' && text[prev.start - 1] === '由') {
      // (read from the clause's start: the count's own bounds stop at the count before)
      const from = clauseBounds(text, prev.start - 1, prev.start - 1, 0, prev.start).left;
      subjectFrom = action.end + 1;
      action = verbsIn(text.slice(from, prev.start - 1), from).at(-1) ?? null;
    }
  }
  // `企业落户园区32家`: a verb of settling with only a place after it says where the counted
  // went; what settled is named before the verb (not `入驻园区企业15家`: those are the park's firms)
  // (or nothing: `企业落户32家`, `科技型中小企业注册入库58家`)
  // (so does one of going or staying, said of people counted: `党员干部下沉一线2300余人次`)
  const going = action !== null && (c.kind === 'people' || c.kind === 'person-times') && GOING_OR_STAYING.has(action.text);
  // (people go into bodies too: `深入企业120人次`)
  const goneTo = (s: string) => namesOnlyAPlace(s) || (going && BODIES_GONE_TO.test(s));
  if (action && verbs.length === 1 && (going || SETTLING_VERBS.has(action.text)) && (action.end === c.start || goneTo(text.slice(action.end, c.start)))) {
    let from = segStart + leadingFunctionWords(seg);
    // (after a helper verb before it: `引导党员扎根一线`)
    // (not one inside a quoted name: `重点“项目建设”落地24家`)
    const helper = verbsIn(seg, segStart).filter((v) => v.end <= action!.start && !insideClosedQuote(text, v.start, action!.start)).at(-1);
    if (helper) from = Math.max(from, helper.end);
    const exists = lastMatch(EXISTENTIAL, text.slice(from, action.start));
    if (exists) from += exists.index + exists[0].length;
    const settled = unquote(withoutTrailingAdverbs(text.slice(from, action.start)));
    // (a verb inside a quoted name there is the name's)
    if (settled.length >= 2 && verbsIn(withoutQuotedNames(text.slice(from, action.start))).length === 0) return { subject: settled, action: action.text, start: from, end: c.end, carried: false };
    // (no one named before it: people who went are counted, the place is none of them, `深入企业120人次`)
    if (settled === '' && going) return { subject: null, action: action.text, start: action.start, end: c.end, carried: false };
  }
  // `运输成本减少10万余元`, `入驻后仓储成本降低3万元`: a change said right before the figure
  // measures the noun in front of it
  const change = verbs[verbs.length - 1];
  // (its aspect particle may stand between: `覆盖率提升了3.5个百分点`; or the time it reached,
  // `收入提高到目前的28.8万元`)
  if (change && changeVerbs.has(change.text) && (change.end === c.start || (text[change.end] === '了' && change.end + 1 === c.start) || (CHANGE_TO_VERBS.includes(change.text) && onlyTimeReached(text.slice(change.end, c.start))))) {
    let from = verbs.length > 1 ? verbs[verbs.length - 2].end : segStart + leadingFunctionWords(seg);
    from += /^(?:之后|以后|以来|后|时)?/.exec(text.slice(from, change.start))![0].length;
    const said = withoutTrailingAdverbs(text.slice(from, change.start));
    // (`为我市…上榜数增加至23家`: a preposition opening it is no part of what changed)
    const bare = stripPreposition(said);
    from += said.length - bare.length;
    // (a headless 的 closes what changed, as it does before a bare figure: `大专及以上学历的增加到0.45万名`)
    // (nor a time between it and the change: `村集体年增收20万元`, `村集体2023年增收`)
    let topic = unquote(withoutTrailingAdverbs(withoutComparison(bare))).replace(/(?<=..)的$/, '').replace(TIME_BEFORE_CHANGE, '');
    // (a verb leading it is the sentence's, whose object changed: `推动党组织覆盖率提高12%`)
    const leading = topic.length > 3 ? verbsIn(topic) : [];
    if (leading.length === 1 && leading[0].start === 0 && topic.length - leading[0].end >= 2 && bare.startsWith(topic)) {
      topic = topic.slice(leading[0].end);
      from += leading[0].end;
    }
    // `推动12个…薄弱村均增收11.2万元`, `15户群众人均增收2万元`: a change said right after the noun
    // of the count before, an adverb of each or per head between at most, is of what that count
    // counted (whatever its unit)
    if (
      (!topic || PER_UNIT_ONLY.test(topic)) && prev?.subject && prev.evidenceEnd === segStart &&
      /^(?:[人户]?均|各|都|平均|共)?$/.test(text.slice(segStart, change.start)) && inOneSentence(text, prev, c)
    ) {
      return { subject: prev.subject, action: change.text, start: change.start, end: c.end, carried: true };
    }
    // (a place or a whole area before the change is where, not what: `全县新增12家` names nothing)
    if (topic.length >= 2 && verbsIn(topic).length === 0 && !namesOnlyAPlace(topic)) return { subject: topic, action: change.text, start: from, end: c.end, carried: false };
    // `全市党员33.81万名,比2019年底净增1.2万名`: compared with a time and nothing else, the
    // change is one of what was counted just before
    // (a share's change goes with any figure before it: `完成总产值122.63亿元,同比增长1.83%`)
    // (so does a change opening its clause, compared with nothing: `实现税收18.6亿元,增长9.1%`)
    if (!topic && (said || change.start === segStart) && prev?.subject && (countsTheSame(text, prev, c) || (c.kind === 'percent' && inOneSentence(text, prev, c)))) {
      return { subject: prev.subject, action: change.text, start: change.start, end: c.end, carried: true };
    }
  }
  // (`2.年营业收入…`, `(一)…`: an outline number opening the clause is not part of the noun)
  subjectFrom += OUTLINE_NUMBER.exec(text.slice(subjectFrom, c.start))?.[0].length ?? 0;
  // (`接受巡察1次`: what was received, as above, named by a verb our lexicon lacks; so by the people
  // it came from, counted by their visits: `接受群众咨询800余人次`)
  const received = !action && (c.kind === 'events' || c.kind === 'person-times') ? RECEIVED_THEN.exec(text.slice(subjectFrom, c.start)) : null;
  if (received && c.start - (subjectFrom + received.index + received[0].length) >= 2) {
    action = { text: '接受', start: subjectFrom + received.index, end: subjectFrom + received.index + 2 };
    subjectFrom += received.index + received[0].length;
  }
  // `全镇共计排出外出创业成功人士255人`: a verb our lexicon lacks (jieba's) right after a word of
  // totals is the action, and what follows it is counted; `全镇共计党员255人`: with no verb, the
  // word of totals and the scope before it are no part of the noun
  if (!action) {
    const total = TOTAL_THEN.exec(text.slice(subjectFrom, c.start));
    const after = total ? subjectFrom + total.index + total[0].length : -1;
    // (a word of its own, as jieba reads it: not the 总计 of 总计划)
    if (total && c.start - after >= 2 && tagWords(text.slice(subjectFrom, c.start)).some((w) => w.start === total.index && w.word === total[0])) {
      const verb = tagWords(text.slice(after, c.start))[0];
      if (verb.tag === 'v' && verb.word.length >= 2 && c.start - (after + verb.word.length) >= 2) {
        action = { text: verb.word, start: after, end: after + verb.word.length };
        subjectFrom = action.end;
      } else subjectFrom = after;
    }
  }
  // `“两新”组织中已建立党组织的35家`: a headless relative clause right before the figure
  // counts among what is named before 中, not the object of its verb
  if (action && seg.endsWith('的')) {
    const skip = leadingFunctionWords(seg);
    const among = /^([^，,。；;]{2,12}?)中/.exec(seg.slice(skip));
    // (中 right before the verb, adverbs aside: 党群服务中心已建立的 is no “among”)
    const between = among ? text.slice(segStart + skip + among[0].length, action.start) : '';
    if (among && /^(?:已经|已|均|都|共)?$/.test(between)) {
      return { subject: unquote(among[1]), action: action.text, start: segStart + skip, end: c.end, carried: false };
    }
    // `规上企业86家,其中建立党组织的72家`: after 其中, such a clause counts some of what the count
    // before counted, with its unit, those that did the clause's deed (as `…的有72家` does)
    if (prev?.subject && prev.unit === c.unit && seg.startsWith('其中') && /^[,，]\s*$/.test(text.slice(prev.evidenceEnd ?? prev.end, segStart)) && inOneSentence(text, prev, c)) {
      return { subject: prev.subject, action: action.text, start: segStart, end: c.end, carried: true };
    }
  }
  // `党员发展计划完成率100%`: a share's ratio whose name holds the verb, a noun before it, is named
  // whole, and nothing acts on it (发展 was the action, 计划完成率 the subject)
  // (its last character first: most nouns before a share end in no ratio)
  if (c.kind === 'percent' && action && text.charCodeAt(c.start - 1) === 0x7387 /* 率 */ && action.start > segStart) {
    const lead = segStart + leadingFunctionWords(seg);
    const noun = text.slice(lead, action.start);
    // (not a place or a scope, where the figure stands, and its adverbs: `全区已实现党组织覆盖率82.35%`)
    if (noun.length >= 2 && /^[\u4e00-\u9fff]+$/.test(noun) && verbsIn(noun).length === 0 && c.start - action.end >= 2 && !namesOnlyAPlace(withoutTrailingAdverbs(noun))) {
      subjectFrom = lead;
      action = null;
    }
  }
  // `组建起了一支党员占比超90%的招商队伍`: a share's ratio named after a verb and the one body it is
  // of is the body's; the verb made the body, nothing acts on the ratio
  if (c.kind === 'percent' && action && c.start - action.end >= 4) {
    const one = ONE_BODY_BEFORE_RATIO.exec(text.slice(action.end, c.start));
    if (one && RATIO.test(text.slice(action.end, c.start))) {
      subjectFrom = action.end + one[0].length;
      action = null;
    }
  }
  // (a 的 left at the start by the count before, `…79人的企业都100%`, is no part of the noun)
  if (text[subjectFrom] === '的' && subjectFrom + 1 < c.start) subjectFrom += 1;
  let subject = unquote(stripComplement(text.slice(subjectFrom, c.start)).replace(/的$/, '')).trim();
  // `…非公有制企业中6家`: among them, not in them
  subject = withoutLocative(subject);
  // `引进项目落地经开区20个`, `新增企业落户32家`: a verb of settling after the counted noun,
  // with where it settled or nothing after it, is no part of the noun
  if (action && !SETTLING_VERBS.has(action.text)) {
    const settling = settlingVerbIn(subject);
    if (settling > 0) subject = subject.slice(0, settling);
  }
  // `企业党组织分布在江苏59.9万个`: where the counted lie, said after them with a place alone, is no
  // part of the noun (the place says where the figure is of)
  const located = LOCATED_IN.exec(subject);
  if (located && located.index >= 2 && namesOnlyAPlace(subject.slice(located.index + located[0].length))) subject = subject.slice(0, located.index);
  // `上报并跟踪整改问题`: verbs joined to the action by 并 act on the same noun, which is the subject
  // (`新建和换届党支部24个`: a verb the lexicon lacks, as jieba reads it, after 和)
  if (action && /^[并且及和与]/.test(subject)) {
    const joined = verbsIn(subject);
    // (和/与 join a verb only right after them: in `走访和企业对接` they say with whom)
    if (joined.length && (!/^[和与]/.test(subject) || joined[0].start === 1)) subject = subject.slice(joined[joined.length - 1].end);
    else if (!joined.length) {
      const words = tagWords(subject);
      const verb = words[1];
      if (words[0].word.length === 1 && verb?.tag === 'v' && verb.word.length >= 2 && subject.length - (verb.start + verb.word.length) >= 2) subject = subject.slice(verb.start + verb.word.length);
    }
  }
  if (!action && subject) {
    // (a preposition of whom opening the clause, before the subject or read off it as a complement)
    const forWhomRead = FOR_WHOM.test(text[subjectFrom - 1] ?? '') || (FOR_WHOM.test(text[subjectFrom] ?? '') && !subject.startsWith(text[subjectFrom]));
    subject = unquote(stripPreposition(withoutBeneficiary(subject, forWhomRead)));
  }
  // `党委和联合党委各1个`, `专家学者等260多人`: each / and others, not part of the noun;
  // `总产值可突破2000亿元`: nor an adverb before the figure
  // (an adverb may follow them: `…书记等共约300人`)
  subject = withoutTrailingAdverbs(withoutTrailingAdverbs(subject).replace(/(?:各|等)$/, ''));
  // (nor 从 or 由 opening a change from the figure: `办理费用从93元降至75元`)
  const changeStart = withoutChangeStart(subject);
  // (`推动村集体收入由不到5万元提高到28.8万元`: the figure a change starts from is no object of a
  // verb before its noun, which acts on the change, as none acts on it with no verb there)
  if (changeStart !== subject && action && action.end <= subjectFrom) action = null;
  subject = changeStart;
  // `符合组建条件的非公企业99.6%`, `新加入党组织的党员120名`: the verb found first and its
  // object before 的 describe the noun after it, a body or a person, which is what is counted
  if (action && subject.indexOf('的') > 0 && subject.indexOf('的') === subject.lastIndexOf('的')) {
    const tail = subject.slice(subject.indexOf('的') + 1);
    if (tail.length >= 2 && (endsWithPersonHead(tail) || BODY_HEADS.some((h) => tail.endsWith(h)))) {
      subject = tail;
      // (a share's verb is then none: `…的非公企业99.6%建立了党组织` says what the share did, to
      // another object, as `规模以上非公企业95%建立了党组织` does; the evidence still reads from the clause's verb)
      if (c.kind === 'percent') {
        subjectFrom = Math.min(subjectFrom, action.start);
        action = null;
      }
    }
  }
  // `解决…方面存在的难点问题86个`, `来自各部门的代表150人`: what a relative clause
  // before 的 describes is what is counted
  const head = relativeClauseHead(subject);
  if (head !== subject) {
    // (the evidence then starts at that noun, unless a verb leads it)
    if (!action) subjectFrom = text.lastIndexOf('的', c.start - 1) + 1;
    subject = head;
  }
  if (startsWithPreposition(subject) && endsWithPreposition(subject) && subject.length <= 2) subject = '';
  // (a linking word is no noun: `…,达16.93万名`)
  if (linking.includes(subject)) subject = '';
  if (subject) {
    const measured = measureNounSubject(subject);
    // `新增团组织19个、妇联组织76个`: after 、 the verb of the item before goes on
    // (from where the count before ends with its noun: `18个“歇歇角”驿站、幸福驿站4个`)
    // (an aside after it, naming what it counts, is no part of what joins them: `上市企业3家(恒达新材、
    // 凤鸣硅化),领军企业4家`)
    const between = text.slice(Math.max(prev?.end ?? 0, prev?.evidenceEnd ?? 0), segStart).trim().replace(ASIDE_OPENING, '');
    // (so after a comma, between things of one unit named before their figures, where no linking
    // word or verb is said of the second: `下设企业党委2个,党支部17个`; not `问题138个,闭环销号127个`)
    // (not a verb that named the thing before it too, where nothing was done to it: `股份分红8000元,
    // 门面房租金5万多元` lists two incomes, the rent no dividend)
    const listed =
      !action && prev?.action && !prev.carried &&
      (/^[、和及]$/.test(between) || (/^[,，]$/.test(between) && prev.subject !== prev.action && !saysHowTheyDid(subject) && (commaListed(prev, c, seg, text) || coveredListed(prev, c, seg, text))));
    // `新增市场主体2356户,其中企业812家`: a part named after 其中 was counted by the same verb
    // (and so are the parts after it, one to a clause: `其中党委34家,党总支36家,党支部2390家`)
    // (其中 and a colon before them too: `下辖47个党支部,其中:机关党支部1个`; or an aside opening
    // with 其中: `发展党员120名(其中女性45名)`)
    const part =
      !action && prev?.action && !prev.carried && prev.kind === c.kind &&
      ((/^[,，(（]$/.test(between) && (seg.startsWith('其中') || AMONG_THEM_BEFORE.test(text.slice(Math.max(0, segStart - 60), segStart)))) || /^[,，(（]?\s*其中\s*[:：]$/.test(between));
    // `新增市场主体2356户(同比增长12%)、企业812家`: after an aside closing the item before, the
    // list goes on from that item, past the aside: its clause's verb goes on
    const pastAside = !action && !listed && !part && prev && CLOSING_ASIDE_THEN_ITEM.test(text.slice(Math.max(prev.end, prev.evidenceEnd ?? 0), c.start)) ? verbBeforeAside(text, prev.start) : null;
    const verb = action?.text ?? (listed || part ? prev!.action : null) ?? pastAside ?? measured ?? verbAfter;
    // `为群众办实事好事1200余件`: a verb of one character read with its object as one word, and more
    // objects after it, counts them all (实事好事), done by the verb
    const deed = action ? VERB_AND_OBJECT.get(action.text) : undefined;
    if (action && deed && text.startsWith(subject, action.end)) {
      return { subject: deed + subject, action: action.text.slice(0, action.text.length - deed.length), start: action.start, end: c.end, carried: false };
    }
    return { subject, action: verb, start: Math.min(subjectFrom, action?.start ?? subjectFrom), end: c.end, carried: false };
  }
  // `网约配送员累计注册超1.3万人`, `外卖骑手报名300人`: people counted right after what they did
  // are named before the verb, when people are named there (before any carried over)
  // (what stands before the verb, function words and adverbs aside, and where it starts: read
  // only for the two cases below)
  const namedFrom = () => segStart + leadingFunctionWords(seg);
  const nameBeforeAction = (verb: Word, from = namedFrom()) => unquote(withoutTrailingAdverbs(text.slice(from, verb.start)));
  if (action && (c.kind === 'people' || c.kind === 'person-times')) {
    const namedBefore = nameBeforeAction(action);
    if (namedBefore.length >= 2 && verbsIn(namedBefore).length === 0 && endsWithPersonHead(namedBefore)) {
      return { subject: namedBefore, action: action.text, start: namedFrom(), end: c.end, carried: false };
    }
  }
  // `问题解决352件`, `设备更新12台`: a verb right before the figure with a noun before it, the
  // topic it was done to (no doers, no place): the noun is counted
  // (not people or bodies, who do it: `企业投资5000万元`; not a place or a manner: `全县新增`, `联合组建`)
  // (a noun as jieba tags it: n…, or a verbal noun, vn)
  // (after a helper verb, from its end: `推动亿元以上项目签约3个`)
  if (action && action.end === c.start && (c.kind === 'items' || c.kind === 'organizations')) {
    const helper = verbsIn(seg, segStart).findLast((v) => v.end <= action!.start && helperVerbs.has(v.text));
    const from = helper ? Math.max(helper.end, namedFrom()) : namedFrom();
    const topic = nameBeforeAction(action, from);
    if (
      topic.length >= 2 && verbsIn(topic).length === 0 && !/[的在对为向从到于把将被由]/.test(topic) &&
      !DOER_HEADS.some((h) => topic.endsWith(h)) && !namesOnlyAPlace(topic) && /^(?:n|vn$)/.test(tagWords(topic).at(-1)!.tag)
    ) {
      return { subject: topic, action: action.text, start: from, end: c.end, carried: false };
    }
  }
  // Nothing named before the number: the clause before named it (same unit), or a verb is all there is.
  // (a carried subject carries on along a 、-list: `其中单独组建92个、联合组建54个`)
  // and inside the brackets of an aside: `(其中单独组建92个、联合组建54个,2025年新建6个)`
  // never across a sentence: `…投入60万元,…。据统计,全市共投入5000余万元` names nothing carried
  const sameSentence = !/[。!?！？;；]/.test(text.slice(prev?.end ?? 0, c.start));
  // (so along parts after 其中, one to a clause: `其中37个单独建,3个联合建`)
  // (not money a verb names, raised, lent or saved: `…扶持资金,每户群众集资1200元`, `…资金1.6亿元,减税降费3200万元`;
  // but a part of the sum before it: `为企业减负1.2亿元,其中减税6000万元`)
  const amongThem = AMONG_THEM_BEFORE.test(text.slice(Math.max(0, c.start - 60), c.start));
  // `总投资50亿元,其中一期投资20亿元`, `其中设备投资20亿元`: a part named before the verb naming the
  // money is that part's money, as `工业投资20亿元` is, not the whole's
  // (so after a 、 listing it with another part: `工业投资50.94亿元、服务业投资37.55亿元`)
  const listedPart = prev !== null && /^\s*、\s*$/.test(text.slice(prev.end, segStart + leadingFunctionWords(seg)));
  if ((amongThem || listedPart) && c.kind === 'money' && action && action.end === c.start && (MONEY_VERBS.has(action.text) || action.text === '投资' || action.text === '投入')) {
    const part = nameBeforeAction(action).replace(/^其中/, '');
    if (part.length >= 2 && verbsIn(part).length === 0 && !/[的在对为向从到于把将被由]/.test(part)) {
      return { subject: part + action.text, action: action.text, start: action.start - part.length, end: c.end, carried: false };
    }
  }
  // (things of another unit listed bare right after, nothing named after them: `发放宣传资料5000余份、1.2万册`)
  const otherUnitListed = prev !== null && prev.unit !== c.unit && prev.kind === 'items' && c.kind === 'items' && !action && BARE_LIST_MARK.test(text.slice(prev.end, c.start)) && !isHanAt(text, c.end);
  if (
    prev && prev.subject && (prev.unit === c.unit || otherUnitListed) && sameSentence && !(c.kind === 'money' && action && MONEY_VERBS.has(action.text) && !amongThem) &&
    // (nor a verb read with its own object: `…,为企业办实事45件`)
    !(action && VERB_AND_OBJECT.has(action.text)) &&
    // (nor a subject that was only the verb before, to a figure with a verb of its own: `列支1000万元,县级财政
    // 再配套2000万元` is 配套's, not 列支's)
    // (a part of it after 其中 is still of that sum: `减负1.2亿元,其中减税6000万元`)
    !(action && prev.subject === prev.action && action.text !== prev.action && !amongThem) &&
    // (after a part carried over, another part with a verb of its own is of the same whole: `收集问题531个,
    // 已解决439个,已办结400个`)
    (!prev.carried || BARE_LIST_MARK.test(text.slice(prev.end, c.start)) || text[prev.end] === '、' || insideBrackets(text, prev.end, c.start) || amongThem || (action !== null && prev.action !== null))
  ) {
    // (a bare figure listed right after the one before shares its verb too: `分别增收60万元、150万元`)
    const listedRightAfter = !action && BARE_LIST_MARK.test(text.slice(prev.end, c.start));
    // (with no verb before it, one said of it after it, closing the clause, is its action: `其中5个已开工`)
    const said = action || listedRightAfter ? null : verbSaidOf(text, c.end, right);
    // (or one whose object is what is carried, the counted itself: `收集问题15个,其中12个解决问题`)
    const saidOf = said?.verb && (said.intransitive || text.startsWith(prev.subject, said.verb.end)) ? said.verb : null;
    return {
      subject: prev.subject,
      action: action?.text ?? (listedRightAfter ? prev.action : saidOf?.text ?? null),
      start: action?.start ?? c.start,
      end: saidOf?.end ?? c.end,
      carried: true,
    };
  }
  // `…,另有810名党员来自个体工商户,共计3673人`: a total said alone is of what was counted
  // just before, whatever its classifier (名, 人)
  if (TOTALS.has(seg) && prev?.subject && prev.kind === c.kind && inOneSentence(text, prev, c)) {
    return { subject: prev.subject, action: null, start: segStart, end: c.end, carried: true };
  }
  // `…超过一半,达16.93万名`: a linking word alone says what the figure is of nowhere
  if (action && linking.includes(action.text) && seg === action.text) return none;
  if (action) {
    // `选派141人担任党建指导员`: people put in a role are counted as what they became
    const role = c.kind === 'people' ? ROLE_AFTER.exec(text.slice(c.end, right)) : null;
    if (role) {
      // (up to the verb of what they then do: `担任指导员开展工作`)
      const then = verbsIn(role[1]).find((v) => v.start >= 2);
      const named = then ? role[1].slice(0, then.start) : role[1];
      const end = c.end + role[0].length - role[1].length + named.length;
      return { subject: unquote(named), action: action.text, start: action.start, end, carried: false };
    }
    // `为企业办实事45件`: a verb of one character and its object, read as one word, count the object
    const object = VERB_AND_OBJECT.get(action.text);
    if (object) return { subject: object, action: action.text.slice(0, action.text.length - object.length), start: action.start, end: c.end, carried: false };
    // (people a verb was done to are counted by nothing but their figure: `选派150人`, `可容纳150人`,
    // as RECORD.md asks; a verb they do themselves names them, `参培96人`, and a change, `多出120人`)
    if (c.kind === 'people' && !PEOPLE_NAMED_BY_VERB.test(action.text)) return { subject: null, action: action.text, start: action.start, end: c.end, carried: false };
    return { subject: action.text, action: action.text, start: action.start, end: c.end, carried: false };
  }
  const follow = verbSaidOf(text, c.end, right);
  if (follow.verb) {
    // `630人次参与`; `为39人解决就业问题` counts people and names nothing else.
    const subject = c.kind === 'people' ? null : follow.verb.text;
    return { subject, action: follow.verb.text, start: c.start, end: c.kind === 'people' ? c.end : follow.verb.end, carried: false };
  }
  // `企业数量:120家;党员人数:860名`: a label and a colon right before the figure name what it counts
  // (a label opening its line or clause; not a sentence before a colon: `据统计:…`)
  // (or a table's cell before the figure's: `| 党员人数 | 690名 |`; a label may be a verb and its
  // object: `开展活动:120场` → 活动, 开展)
  const label = seg === '' ? LABEL_BEFORE.exec(text.slice(Math.max(0, c.start - 16), c.start)) : null;
  if (label && leadingFunctionWords(label[1]) === 0 && !TIME_LABEL.test(label[1])) {
    const start = c.start - (label[1].length + label[2].length);
    const verbs = verbsIn(label[1]);
    if (!verbs.length) return { subject: label[1], action: null, start, end: c.end, carried: false };
    // (the object may be a verbal noun: `举办培训:16期`)
    if (verbs[0].start === 0 && label[1].length - verbs[0].end >= 2) {
      return { subject: label[1].slice(verbs[0].end), action: verbs[0].text, start, end: c.end, carried: false };
    }
  }
  return none;
}
/** A label of a few characters and a colon (or a table cell's bar), opening a line, clause or cell, right before a figure. */
const LABEL_BEFORE = /(?:^|[\n。;；,，|｜])[ \t]*([\u4e00-\u9fff]{2,8})([:：]\s*|[ \t]*[|｜][ \t]*)$/;
/** Labels of when, not of what (`截至目前:`). */
const TIME_LABEL = /(?:截至|截止|目前|当前|今年|去年|以来|[年月日])/;
