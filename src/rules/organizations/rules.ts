// Organizations: party bodies, government bureaus, companies, party branches,
// associations and alliances, named as written, with their kind.
import { BODY_HEADS } from '../../lexicon/words.js';
import { ASSOCIATION_ENDINGS, BRAND_FIRMS, INDUSTRY_WORDS, NOT_COMPANY_PREFIXES, ORG_ENDINGS } from '../../lexicon/organizations.js';
import { STRIVEN_FOR_AT } from '../../lexicon/programs.js';
import type { OrganizationKind } from '../../schema.js';
import { longestNonOverlapping, type Found, type Module, type Rule } from '../types.js';
import type { Doc } from '../../text/document.js';
import { verbsIn } from '../counts/clause.js';
import { ZONE_NAME } from '../places/rules.js';
import { fullNameAt, longestAt } from '../places/gazetteer.js';
import { alternation, hanRunBefore, isHan, longestFirst, startsAt } from '../../text/patterns.js';
import { tagWords, wordTag } from '../../text/segment.js';
import {
  stops,
  notABureau,
  placeNameAtStart,
  settlementAtStart,
  zoneNamedAtStart,
  namesAPlace,
  KIND_OF_INSTITUTION,
  PROVINCE_DEPARTMENT,
  opensWithAProvince,
  LEFT_UNNAMED,
  leftUnnamed,
  PROGRAM_WORD_STARTS,
  nameBefore,
  companyName,
} from './names.js';

export interface OrgValue {
  name: string;
  kind: OrganizationKind;
}

const endings = [...ORG_ENDINGS].sort((a, b) => b[0].length - a[0].length);
/**
 * Endings are found from their last character and read back by a look-behind: a pattern
 * starting with any of their first characters (公, 党, 区, 市, 大…) was tried wherever those
 * stand (measured: the pattern alone took 1.7 times as long). Each last character has a
 * look-behind of its own endings only (`会(?<=…会|…)|司(?<=公司|…)|…`): one of them all,
 * tried at every such character, took half as long again. Which ending stands there is
 * then read by code (see endingBefore), and one a longer ending starting at the same place
 * runs on from (区委 in 区委员会) is left to be read where that one ends, as a pattern
 * reading from the first character would.
 */
const byLastChar = groupBy(endings.map(([e]) => e), (e) => e.at(-1)!);
/**
 * An ending that is the start of a longer word is no ending: 组织部门 (departments
 * in general), 良好局面, 集团化, 集团军 (a figure of speech), 台商会馆, 专题研究会议 (a meeting), 园区委员会, 大学生, 研究院士,
 * 学院路, 合作社区, 党组织, 细分行业, 银行业 and 街道级 (a level): by an ending's last character, the characters that make it so after it.
 * (Said in the pattern, not tested after a match: with 党组 an ending, every 党组织, the genre's
 * commonest word, would call the rule's extract for nothing.)
 */
const STARTS_A_LONGER_WORD: Record<string, string> = { 行: '业', 部: '门', 局: '面势部限促', 团: '化军', 会: '馆议', 委: '员', 学: '生', 院: '士路', 社: '区', 组: '织成建', 道: '级' };
const ENDING = [...byLastChar]
  .map(([last, words]) => `${last}(?<=${words.join('|')})${STARTS_A_LONGER_WORD[last] ? `(?![${STARTS_A_LONGER_WORD[last]}])` : ''}`)
  .join('|');
const byFirstChar = groupBy(endings.map(([e]) => e), (e) => e[0]);
function groupBy(words: string[], key: (w: string) => string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const w of words) map.set(key(w), [...(map.get(key(w)) ?? []), w]);
  return map;
}
/**
 * The longest ending that ends at `end`, or null where a longer one starts at its start and
 * runs on past it, or where none ends there. Not the look-behind's group: in two-byte text V8 (Node 20) does not try a
 * look-behind's alternatives in their order (`院(?<=(科学院|学院|医院))` on 中国科学院 gives 学院).
 */
function endingBefore(text: string, end: number): string | null {
  // (none where only the last character is an ending's: 机关, asked about by namedFirmEndingAt before
  // 党工委书记, ends as 海关 does and is none; every match of the pattern finds one)
  const ending = byLastChar.get(text[end - 1])?.find((e) => text.startsWith(e, end - e.length));
  if (ending === undefined) return null;
  const at = end - ending.length;
  // (one that 长 follows is no ending there, as the pattern says: the shorter one stands)
  const longer = byFirstChar.get(text[at])!.some((e) => e.length > ending.length && text.startsWith(e, at) && text[at + e.length] !== '长');
  return longer ? null : ending;
}
const kindOf = new Map(endings);
/**
 * Generic heads that name no body on their own; so are firms named only by their role
 * (平台公司, 园区运营公司, 物业公司党支部: 东湖物业公司 has a name); 总商会 alone is a federation's
 * other name in parentheses after it (工商业联合会(总商会)), or any place's; so is a committee's
 * department named by no committee (组织部部长, or 委组织部 cut off by a bracket: 各县(市、区)委组织部),
 * and a rating's level read as a name (4A级商会组织: 级商会).
 */
const TOO_GENERIC = /^(?:(?:村级|镇级|乡镇|县级|市级|省级|社区|城市|农村|全县|全市|全区|各级|公益|农家)?(?:图书馆|文化馆|档案馆|电视台|广播电视台|报社|日报社|中学|小学|融媒体中心|政务服务中心|供销社)|各?(?:相关|有关|职能|牵头|主管)?(?:(?:部门|单位)(?:党组|党委)?|局|党委|公司|集团|企业)|(?:基层|直属)?(?:局|分局|税务所|司法所|派出所|市场监管所)(?:党支部|党总支|党委|党组)?|(?:园区|开发区|平台|运营|管理|物业|服务|国有|国资|投资|建设|施工|劳务|第三方|专业|强村|共富|村级|村属|镇属|物流|运输|快递|货运|配送|外卖|餐饮|电商|家政|保安|保洁)+(?:公司|企业)(?:党支部|党总支|党委)?|大企业大集团|上市公司|(?:行业|专业)协会|总商会|委?(?:组织部|宣传部|统战部)|级(?:商会|协会|社会组织)|全街道|人民政府|办公室|管委会|商协会|(?:乡镇|街道|乡镇\((?:街道)\)|镇级|村级|镇村|村镇|县级|地市|市级|省级|异地|驻外|基层)商会|(?:园区|辖区)?(?:律师|会计师|税务师|资产评估)?事务所|(?:园区|辖区)?(?:非公|非公企业|非公有制企业|民营企业|私营企业|外资企业|小微企业|中小企业|中小微企业|规上企业|链主企业|链上企业|上下游企业|龙头企业|骨干企业|重点企业|头部企业|会员企业|成员企业|入驻企业|平台企业|个体工商户|企业|公司|社区|楼宇|社会组织|非公经济组织|律师事务所|律所|商会|协会|商协会)(?:党支部|党总支|党委)|(?:全国|全省|全市|全县|全区)?(?:城市|农村|城乡|乡镇)街道|镇街|(?:乡|镇|乡镇|镇街|村|社区|街道)(?:党委|党工委|党总支|党支部)|(?:园区|楼宇|商圈|区域|村村|村企|联村|片区|城乡|企业|非公企业)?(?:[\u4e00-\u9fff]{1,3}型|联合|临时|流动|实体|功能|兼合式|单建|联建|网格化|网格){1,2}(?:党支部|党总支|党委)|(?:流动|离退休|退休|离休|在职|外出务工|农民工)党员(?:党支部|党总支|党委)|(?:优秀|先进|示范|标杆|过硬|红旗|模范|[三四五]星级?|星级)(?:基层)?(?:党支部|党总支|党委|党组织)|(?:省级|市级|县级)?(?:标准化|规范化)+(?:基层)?(?:党支部|党总支|党委|党组织)|(?:产业链|产业|行业|非公企业|非公|企业|园区|楼宇|区域|商圈)?党建联盟|(?:产业链|产业|行业)联盟|(?:产业链|产业|联盟|产业联盟|产业链联合|楼宇|商务楼宇|商圈|(?:经济|党建|区域)?联合体)党委|行业协会商会|(?:党建)?(?:工作)?联席会议|(?:新的?社会阶层|党外知识分子|知识分子)(?:人士)?联谊会|新联会|党组织|基层党组织|基层(?:党委|党支部|党总支)|(?:党|党总)?支部委员会|本公司|该公司|子公司|(?:股份)?有限(?:责任)?公司|分公司|总公司|母公司|各级党委|[省市县区乡镇]级?以上(?:党委|党组织|党组|部门|单位|人民政府|政府)|党组|党支部|支部|党总支|党工委|工委|行业党委|工会|公司工会|企业工会|银行|分行|支行|工作委员会|管理委员会|纪律检查委员会|(?:党委)?(?:社会工作部|党群工作部|群众工作部)|(?:街道)?办事处|(?:社区)?(?:(?:村民|居民)委员会|[村居]委会))$/;

/** What a 银行 of good deeds is of: time given, morals, love, points (时间银行, 道德银行). */
const SCHEME_BANK_BEFORE = /(?:时间|道德|爱心|积分|志愿|孝心|善行|善德)$/;

/** Endings of alliances and associations a quotation may name (`“红色物业”联盟`, `“同心”商会`). */
const QUOTED_ASSOCIATION_ENDINGS = new Set(ASSOCIATION_ENDINGS);
/** A rating a body strives for, as a quoted name (`四好`, `五星`, `双优`): a kind of body, none named. */
const RATING = /^(?:[一二三四五六七八九十]星级?|[二两三四五六七八九十双][好优佳强])$/;
/** A short quoted name closing right where the ending starts, or its field (`“1+N”党建联盟`). */
const QUOTED_BEFORE = /[“‘]([\u4e00-\u9fffA-Za-z0-9+]{2,10})[”’]((?:产业链|产业|行业)?(?:党建)?)$/;

/** A level and a short name of two or three characters before an office's ending (`县人社`, `市财政`). */
const LEVEL_AND_SHORT_NAME_END = /(?:^|[^\u4e00-\u9fff]|[和及与、])[省市县区州旗][\u4e00-\u9fff]{2,3}$/;
/** The same, read as the name before the ending (`县人社`, `市财政`), whole. */
const LEVEL_AND_SHORT_NAME = /^[省市县区州旗][\u4e00-\u9fff]{2,3}$/;
/** A person's title after a body's ending (党委书记, 党支部副书记, 党组成员). */
const PERSON_TITLE_AT = /[\u4e00-\u9fff]?(?:书记|委员|成员(?!单位)|负责人|主任|干部)/y;

/** A rating, and a body's standing, right before a kind of body: an honour's name (优秀直属商会, 先进基层商会). */
const HONOUR_BEFORE_KIND = /(?:优秀|先进|标杆|模范|五星|四星|三星|四好|五好)(?:直属|基层|会员|示范)?$/;
/** What follows a body's name inside an honour's (…称号, …示范单位) or a periodical's title (…报》). */
// (words of the honour only: a body named before being awarded one, `…被评为先进集体`, is named)
const HONOUR_OR_PERIODICAL_AFTER = /^(?:(?:(?![被评获授荣为])[\u4e00-\u9fff”’、“‘]){0,12}?(?:荣誉称号|称号|示范单位|先进单位|先进集体)|[\u4e00-\u9fff]{0,2}(?:报|刊|杂志)\s*》)/;

const byEnding: Rule<OrgValue> = {
  name: 'organization: name + ending',
  // (长 right after an ending names a person, 区公安分局局长 — but 分局 itself stands named before it)
  pattern: new RegExp(`(?:${ENDING})(?!长)`, 'g'),
  extract(m, doc) {
    // (found from its last character: the ending starts before the match)
    const end = m.index + m[0].length;
    const ending = endingBefore(doc.content, end);
    if (ending === null) return null;
    const at = end - ending.length;
    // a person's title after a body names the person (公司党委书记, 开发区党工委书记), unless the
    // body is named in full, from its place on (中山市环境科学学会党支部书记王奎, 马营村党支部书记): that names both
    // (a company's own head names the company, as 总经理 does: 金星钛白集团负责人)
    const titled = kindOf.get(ending) !== 'enterprise' && startsAt(PERSON_TITLE_AT, doc.content, end);
    // (a named firm's or institution's party body is named before its secretary as before anything:
    // 恒达公司党委书记 names 恒达公司 and 恒达公司党委, 凤鸣中学党总支书记 凤鸣中学党总支; a bare
    // 公司党委书记 names none)
    if (titled && kindOf.get(ending) === 'party') {
      const firm = namedFirmEndingAt(doc, at);
      if (firm) return { start: firm.start, end, value: { name: doc.content.slice(firm.start, end), kind: 'party' } };
    }
    // (no place named in what stands before: nothing to read, and most titles are such: 公司党委书记)
    // (a body named by a quoted brand after its place is named in full too: `县委“两新”工委书记`)
    if (titled) {
      const run = hanRunBefore(doc.content, at, 18);
      // (the settlement may be the ending's own: 凤鸣村委会主任)
      // (or a zone's, named in full: 凤鸣经开区综合党委书记)
      // (or a government office named by its level and short name: 县人社局负责人, 市财政局负责人)
      if (!namesAPlace(run) && !/(?:村|社区|镇|乡|街道)/.test(run + ending) && !brandedBodyBefore(doc.content, at) && zoneNamedAtStart(run) === 0 && !(kindOf.get(ending) === 'government' && LEVEL_AND_SHORT_NAME_END.test(run))) return null;
    }
    // `…党建工作联席会议制度`: a body's name before 制度 names a system, not the body; before
    // 大厦, 大楼 it names a building (总商会大厦, 建工大厦)
    if (/^(?:制度|大厦|大楼|大院|广场)/.test(doc.content.slice(end, end + 2))) return null;
    // `爱心时间银行`, `道德银行`, `积分银行`: a scheme of points for good deeds, no bank
    if (ending === '银行' && SCHEME_BANK_BEFORE.test(doc.content.slice(Math.max(0, at - 2), at))) return null;
    // `全国“四好”商会称号`, `全国工商联商会党建工作示范单位`: a body's name inside an honour names
    // the honour; `《人民政协报》`: inside a periodical's title it names the periodical
    if (HONOUR_OR_PERIODICAL_AFTER.test(doc.content.slice(end, end + 12))) return null;
    // `山东省工商联优秀直属商会`: a rating right before the kind names an honour of that kind, no body
    if (HONOUR_BEFORE_KIND.test(doc.content.slice(Math.max(0, at - 4), at))) return null;
    // `凤鸣街道“楼宇红帆”联合党委`, `凤城经开区“红色引擎”产业链党委`: a body named by a quoted brand
    // between the place it is of and its kind, named from the place on, without the quotes
    const branded = kindOf.get(ending) === 'party' || kindOf.get(ending) === 'association' ? brandedBodyBefore(doc.content, at) : null;
    if (branded && !PROGRAM_WORD_STARTS.startsAt(doc.content, end)) return { start: branded.start, end, value: { name: branded.name + ending, kind: kindOf.get(ending)! } };
    // `行业协会商会`: 协会 before 商会 is one half of a kind of bodies (associations and chambers),
    // which the ending after it names as a whole
    if (ending === '协会' && doc.content.startsWith('商会', end)) return null;
    // `组建“红色物业”联盟`: an alliance named by a quotation right before its ending
    const quotedName = QUOTED_ASSOCIATION_ENDINGS.has(ending) ? QUOTED_BEFORE.exec(doc.content.slice(Math.max(0, at - 14), at)) : null;
    if (quotedName) {
      // (not one a program word follows: `打造“1+N”党建联盟矩阵` names the program's form, no body)
      if (PROGRAM_WORD_STARTS.startsAt(doc.content, end)) return null;
      // (nor a rating in quotes, a kind striven for: `“四好”商会建设`)
      if (RATING.test(quotedName[1])) return null;
      const start = at - quotedName[0].length;
      return { start, end, value: { name: quotedName[1] + quotedName[2] + ending, kind: kindOf.get(ending)! } };
    }
    let prefix = ending === '公司' ? companyName(doc.content, at) : nameBefore(doc.content, at, 24, kindOf.get(ending) === 'enterprise', ending.includes('有限'));
    // `凤城市委市政府`, `县委县政府`: a place's party committee and its government, two bodies (as
    // with 、 between them); the committee is named where its own ending is read
    if (ending === '政府' && /[省市县区旗]委[省市县区旗](?:人民)?$/.test(prefix)) prefix = prefix.slice(prefix.lastIndexOf('委') + 1);
    // `牵线搭桥帮公司输送人才`, `替集团跑腿`: a verb of helping or acting for a body right before its
    // ending says what is done for a body of that kind, and names none (inside a name, 帮达物流, it stands elsewhere)
    if (ACTING_FOR.has(prefix.at(-1)!)) return null;
    // (an association's ending alone names none: `促进会召开会议`; a party body's may, 综合党委)
    if (prefix === '' && kindOf.get(ending) === 'association') return null;
    const name = prefix + ending;
    // `开展“红色商会”创建活动`: a quoted name of a title striven for names no body
    if (doc.content[end - name.length - 1] === '“' && doc.content[end] === '”' && STRIVEN_FOR_AT.test(doc.content.slice(end + 1, end + 3))) return null;
    // (a city's or a county's own committee, its name run on into 委, is named in full: 泉州市委副书记)
    if (titled && placeNameAtStart(prefix) === 0 && !(LEVEL_COMMITTEE_END.test(name) && placeNameAtStart(name) > 0) && settlementAtStart(name) === 0 && zoneNamedAtStart(name) === 0 && !(kindOf.get(ending) === 'government' && LEVEL_AND_SHORT_NAME.test(prefix))) return null;
    // `某生物科技公司`, `这家新材料公司`: a body left unnamed on purpose
    if (leftUnnamed(doc.content, name, end - name.length)) return null;
    // `新建和换届党支部`, `示范党支部`: a verb of two characters before a party body's ending
    // makes a kind of body, and names none (jieba is asked only for such short names)
    if (prefix.length === 2 && kindOf.get(ending) === 'party') {
      const first = tagWords(name)[0];
      if (first.word === prefix && first.tag === 'v') return null;
    }
    // `集中学习`, `中学生`: 中学 and 小学 inside a longer word (集中, 学习, 学生) are no school
    if ((ending === '中学' || ending === '小学') && (/^[习生]/.test(doc.content[end] ?? '') || /[集其之当空心高初]$/.test(prefix))) return null;
    // `省商务厅`, `安徽省教育厅`: only a province has departments (厅); elsewhere a 厅 is a hall (服务大厅, 展厅)
    if (ending === '厅' && !PROVINCE_DEPARTMENT.test(name) && !opensWithAProvince(name)) return null;
    // `重点大学`, `三甲医院`, `科研院所`: a kind of school, hospital or institute names none
    if (KIND_OF_INSTITUTION.test(name)) return null;
    // (nor bodies of a whole area or an era: 全市乡镇商会, 新时代乡镇商会)
    // (a place's name opening with such a character is a name: 本溪市, 那坡县, 本溪高新区)
    // (nor such a kind with its alternatives in brackets: `楼宇(园区)党委`)
    // (nor a body named by where it stands to another: 上级党委, 所在党支部, 当地党委, 同级纪委)
    // (nor the whole of one: 整个街道)
    if (name.length < 3 || TOO_GENERIC.test(name) || (name.includes('(') && TOO_GENERIC.test(name.replace(/\([^()]{1,6}\)/g, ''))) || (/^(?:[各该本其这那每]|多个|多家|一些|部分|整个|全[省市县区镇]|新时代|[上下]一?级|同级|所在|所属|当地|属地)/.test(name) && longestAt(name, 0) === null)) return null;
    // (nor all of a kind of a place's: `吴江各大商会`, `全县各类商会`)
    if (ALL_OF_A_KIND.test(name)) return null;
    // (nor such kinds of bodies, all of a place's: `凤城市行业协会商会`, `全市商协会`)
    if (/(?:行业协会商会|商协会)$/.test(name) && TOO_GENERIC.test(name.slice(placeNameAtStart(name)))) return null;
    // (nor a place's firms of a profession, no firm's name between: `四川省律师事务所建设规模…`; a
    // place's association of them is one body, 四川省律师协会)
    if (name.endsWith('事务所')) {
      const place = placeNameAtStart(name);
      if (place > 0 && PROFESSION_FIRMS_AFTER_PLACE.test(name.slice(place))) return null;
    }
    // (nor a kind with one character of a word before it: `发展强行业协会` read 强行业协会; a level is a
    // body's own, 县工商联)
    // (no kind is longer than twelve characters: longer names are not tested)
    // (nor a place's name whose last characters open a generic kind: 凤城市融媒体中心 is no 城市融媒体中心)
    if (name.length <= 13 && !/^[省市县区镇乡村]/.test(name) && TOO_GENERIC.test(name.slice(1)) && placeNameAtStart(name) === 0) return null;
    // `12家公司`, `新增5家科技公司`, `3家农商银行`: firms counted by their kind are no firm named
    // (and chambers and associations: `41家直属商会`, `5家行业协会`)
    // (not a place's name opening with a count's characters: 五家渠市工商联)
    if ((kindOf.get(ending) === 'enterprise' || kindOf.get(ending) === 'association') && ((COUNTED_AT_START.test(name) && fullNameAt(name, 0) === 0) || COUNTED_BEFORE.test(doc.content.slice(Math.max(0, end - name.length - 8), end - name.length)) || (ending === '商会' && CHAMBERS_COUNTED_BEFORE.test(doc.content.slice(Math.max(0, end - name.length - 10), end - name.length))))) return null;
    // (nor towns and streets counted: `江汉区所辖三个街道`, `5个乡镇`)
    if (kindOf.get(ending) === 'government' && TOWNS_COUNTED_AT_START.test(name)) return null;
    // (nor a firm of a trade listed after firms counted by their kind: `动员多家餐饮企业、饮用水公司`; its
    // trade a common noun, as jieba reads it: a brand listed so is named, `12家企业、恒达公司`)
    if (ending === '公司' && doc.content[end - name.length - 1] === '、' && KINDS_COUNTED_BEFORE_LIST.test(doc.content.slice(Math.max(0, end - name.length - 14), end - name.length)) && wordTag(prefix) === 'n') return null;
    // `2个国企党支部`, `3个机关党支部`: party and government bodies right after a figure and its
    // classifier are counted by their kind, none named (not an ordinal: 第1个); not where a noun
    // follows, which is what the figure counts: `18家县委非公工委成员单位`; a title following counts the
    // bodies' people, the bodies still of a kind: `141家国家级开发区党工委书记`)
    if ((kindOf.get(ending) === 'party' || kindOf.get(ending) === 'government') && BODIES_COUNTED_BEFORE.test(doc.content.slice(Math.max(0, end - name.length - 8), end - name.length)) && (!nounFollows(doc.content, end) || startsAt(PERSON_TITLE_AT, doc.content, end))) return null;
    // (nor are bodies of any kind a figure right after counts: `行业商会18家`, `功能性党支部32家`)
    if (COUNTED_AFTER.test(doc.content.slice(end, end + 8))) return null;
    // `一园区一党委`, `一产业一支部`: a slogan of one body per unit names none; nor does a rating
    // (五星级党支部, “四好”商会: four goods a chamber strives for) nor a kind the nation's way (中国特色商会)
    if (/^一[^一]{1,4}一|^[一二三四五六七八九十]星级|^[二两三四五六七八九十双][好优佳](?=商会|协会|党支部|党委|支部)|^中国特色/.test(name)) return null;
    // words of two characters ending in 局 are no bureau (大局, 布局, 格局, 政局), as jieba
    // reads them, nor a new or broken situation (开新局, 破局); a bureau is one word of
    // three or more (财政局) or 局 on its own after its field (审批 局, 经发 局)
    // (jieba is asked only after the characters such words start with)
    // `中交二航局`, `中建八局`, `中铁十局`: a central firm's numbered engineering bureau is a company, named
    // from the group's short name on (the 局 of a government's bureau otherwise)
    if (ending === '局') {
      const bureau = STATE_FIRM_BUREAU_BEFORE.exec(doc.content.slice(Math.max(0, at - 12), at));
      if (bureau) return { start: at - bureau[0].length, end, value: { name: bureau[0] + '局', kind: 'enterprise' } };
    }
    if (ending === '局' && (prefix.length < 2 || (/[布大格全新开结当僵残时政棋变破好]$/.test(prefix) && notABureau(prefix)))) return null;
    // an office of research is a party committee's or a government's (市委党史研究室, 县政府研究室); a
    // firm's or a field's laboratory (公司研究室, 技术研究室) is none of ours
    if (ending === '研究室' && !/[委府局厅]/.test(prefix)) return null;
    // a government is a place's: 县政府, 浦口区人民政府, not 对接政府 (government in general)
    if (ending === '政府' && !/(?:[省市县区镇乡旗州]|人民)$/.test(prefix)) return null;
    // alliances and joint conferences are bodies when they name a field: 集成电路产业党建联盟, not 资源联盟;
    // or when quoted whole, as names are (`“上元路爱心商户联盟”`)
    // (not a brand so named: `“红色联盟”品牌` is the program's)
    const quotedWhole =
      /[“‘「『]/.test(doc.content[end - name.length - 1] ?? '') && /[”’」』]/.test(doc.content[end] ?? '') && !PROGRAM_WORD_STARTS.startsAt(doc.content, end + 1);
    if ((ending === '联盟' || ending === '联席会议') && !/党建|产业|行业|链/.test(prefix) && !quotedWhole) return null;
    return { start: end - name.length, end, value: { name, kind: kindOf.get(ending)! } };
  },
};

/** Verbs of one character of helping or acting for someone (帮, 替, 让). */
const ACTING_FOR = new Set('帮替让');

/** A central state firm's short name and the number of its engineering bureau, right before 局 (中交二航, 中建八, 中铁十). */
const STATE_FIRM_BUREAU_BEFORE = /(?:中建|中铁|中交|中冶|中水|中电建|中铁建)[一二三四五六七八九十]{1,3}(?:航务工程|航|公|工程)?$/;

/** Words of all of a kind (各大, 各类, 各级) inside what stands before an ending. */
const ALL_OF_A_KIND = /各大|各类|各级|各个/;

/** A level's party committee closing a name (县委, 凤城市委). */
const LEVEL_COMMITTEE_END = /[省市县区旗]委$/;
/** A quoted brand and the kind of body after it, closing right before a body's ending (`“楼宇红帆”联合`, `“红色引擎”产业链`). */
// (组织: `珠海市“两新”组织党工委`, the quoted term and its noun)
const BRAND_KINDS = ['产业链', '产业', '行业', '片区', '区域', '楼宇', '商圈', '联合', '综合', '党建', '组织'];
const QUOTED_BRAND_BEFORE = new RegExp(`“([^“”\\n]{2,10})”((?:${BRAND_KINDS.join('|')})*)$`);
const BRAND_KIND_ENDS = new Set(BRAND_KINDS.map((k) => k.at(-1)!));
/** A level alone (省, 市, 县, 区): the writer's own place. */
const LONE_LEVEL = /^[省市县区]$/;

/**
 * The place and brand a body is named by before its ending (`凤鸣街道“楼宇红帆”联合`), the
 * quotes left out, with where it starts; null unless a place, a zone or a town stands right
 * before the opening quote (`成立“红帆”联合党委` names no body).
 */
function brandedBodyBefore(text: string, at: number): { start: number; name: string } | null {
  // (the quote or a kind's last character right before the ending, or there is nothing to read)
  if (text[at - 1] !== '”' && !BRAND_KIND_ENDS.has(text[at - 1])) return null;
  const quoted = QUOTED_BRAND_BEFORE.exec(text.slice(Math.max(0, at - 24), at));
  if (!quoted) return null;
  const open = at - quoted[0].length;
  const place = nameBefore(text, open, 16, false, false);
  // (or a level's party committee, whose working committee it is: `县委“两新”工委`)
  // (or a level alone, the writer's own: `市“两新”组织党委`)
  if (!LONE_LEVEL.test(place) && (place.length < 2 || !(placeNameAtStart(place) > 0 || settlementAtStart(place) > 0 || ZONE_NAME.test(place) || LEVEL_COMMITTEE_END.test(place)))) return null;
  return { start: open - place.length, name: place + quoted[1] + quoted[2] };
}

/**
 * The firm or institution our rules name ending right at `at` (恒达公司, 江苏恒达集团有限公司, 海螺水泥;
 * 凤鸣中学, 凤鸣县人民医院), or null.
 */
function namedFirmEndingAt(doc: Doc, at: number): { start: number } | null {
  const text = doc.content;
  const ending = at > 0 && byLastChar.has(text[at - 1]) ? endingBefore(text, at) : null;
  if (ending !== null && (kindOf.get(ending) === 'enterprise' || kindOf.get(ending) === 'other')) return only(byEnding.extract(matchAt(ending, at - ending.length), doc));
  const industry = INDUSTRY_WORDS.filter((w) => text.startsWith(w, at - w.length)).sort((a, b) => b.length - a.length)[0];
  return industry ? only(shortCompany.extract(matchAt(industry, at - industry.length), doc)) : null;
}

function only<T>(found: T | T[] | null): T | null {
  return Array.isArray(found) ? (found[0] ?? null) : found;
}

/** A match of `text` at `index`, for asking another rule about a place it was not run at. */
function matchAt(text: string, index: number): RegExpExecArray {
  return Object.assign([text], { index, input: '', groups: undefined }) as RegExpExecArray;
}

/**
 * `中共华信大厦委员会`, `中共恒达集团有限公司委员会`: a party committee named in full, from the
 * party's name to 委员会, whatever body it is of (a building, a firm, a zone). 委员会 alone is
 * no ending of ours (村民委员会, 居民委员会 are no party bodies); after 中共 it is one.
 */
const partyCommitteeInFull: Rule<OrgValue> = {
  name: 'organization: 中共 … 委员会 (a party committee in full)',
  // (the body's name: Han characters and brackets, no clause mark, ending at the first 委员会)
  pattern: /(?:中共|中国共产党)[\u4e00-\u9fff()（）]{2,30}?委员会/g,
  extract(m) {
    const inner = m[0].slice(m[0].startsWith('中共') ? 2 : 5, -3);
    // (a committee's own bodies are named from their endings: 中共…委员会组织部 is read there)
    if (/^[省市县区]?$/.test(inner) || TOO_GENERIC.test(m[0])) return null;
    return { start: m.index, end: m.index + m[0].length, value: { name: m[0], kind: 'party' } };
  },
};

/** A count of firms opening a name, or standing right before it: `3家有限公司`, `5家|科技公司`. */
const COUNTED_AT_START = /^[\d一二两三四五六七八九十百千]+(?:多|余)?家/;
/** A profession's firms named by their kind alone (律师事务所), what may follow a place's name. */
const PROFESSION_FIRMS_AFTER_PLACE = /^(?:律师|会计师|税务师|资产评估)?事务所$/;
/** Towns or streets counted, nothing named: `三个街道`, `12个乡镇`. */
const TOWNS_COUNTED_AT_START = /^[\d一二两三四五六七八九十百千]+(?:多|余)?个(?:乡镇|镇|乡|街道|镇街|社区|村)$/;
const COUNTED_BEFORE = /[\d一二两三四五六七八九十百千]+(?:多|余)?家$/;
/** Firms counted by their kind (`多家餐饮企业`, `12家建筑公司`), then a list mark. */
const KINDS_COUNTED_BEFORE_LIST = /(?:[\d一二两三四五六七八九十百千]+(?:多|余)?|多|数)家[\u4e00-\u9fff]{2,8}、$/;
/** Whether a noun follows at `at`: not punctuation, the text's end, nor a word of another part of speech (凝聚, 均, 在, 和). */
function nounFollows(text: string, at: number): boolean {
  if (at >= text.length || !isHan(text.charCodeAt(at))) return false;
  const first = tagWords(text.slice(at, at + 6))[0];
  // (全部, which jieba tags a noun, says all of them did what follows: `7个机关党委全部成立了…`)
  return first !== undefined && !/^[vdpc]/.test(first.tag) && first.word !== '全部';
}

/** A figure and a classifier of bodies right before a name, not an ordinal's (`2个|国企党支部`, not `第1个`). */
const BODIES_COUNTED_BEFORE = /(?<![第\d一二两三四五六七八九十百千])[\d一二两三四五六七八九十百千]+(?:多|余)?[个家支]$/;
/** … and chambers counted with where they stand between (`27家驻鲁地市闽籍商会`, `15家在京凤城籍商会`). */
const CHAMBERS_COUNTED_BEFORE = /[\d一二两三四五六七八九十百千]+(?:多|余)?家[驻在][\u4e00-\u9fff]{0,4}$/;
/**
 * A figure and a classifier of bodies right after a name, closing the clause (`商会18家、`,
 * `党支部5个。`); not where a noun follows, which is what the figure counts: `发改委、经信局2家成员单位`.
 */
const COUNTED_AFTER = /^(?:共|有|达)?[\d一二两三四五六七八九十百千]+(?:多|余)?[家个所](?=[,，。;；、:：)）\n]|$)/;

/**
 * Industry words, each not where another one overlapping its end runs on past it: 光电 before 子
 * (华光电子 is 华光 + 电子; the pattern took 光电, and 子 after it is no boundary), 生物 before 流
 * (物流), 智能 before 源 (能源). Not 新材 before 料: 新材料 is one word, 新材 its short form.
 */
const RUNS_ON: Record<string, string> = { 光电: '子气器', 生物: '流', 智能: '源' };
const INDUSTRY = new RegExp(
  longestFirst(INDUSTRY_WORDS)
    .map((w) => (RUNS_ON[w] ? `${w}(?![${RUNS_ON[w]}])` : w))
    .join('|'),
  'g',
);
const notCompanyPrefix = new Set(NOT_COMPANY_PREFIXES);
/** What may stand after a short company name: a list mark, a conjunction, its own body, or a verb of business. */
// (or what a firm does or has, named after it: `在青山管业调研`, `帮助恒力机械解决…`, `恒力机械党员`)
const AFTER_COMPANY = /^(?:[与和及、,，。;；:：等]|公司|集团|党支部|党总支|党委|工会|有限|签订|签约|投资|落户|成立|获评|荣获|入选|董事长|总经理|负责人|调研|召开|举办|解决|参加|参与|捐赠|捐款|党员|职工|员工|车间|厂区)/;
/** What may stand before it: a boundary, a conjunction, or the park or place it is in (高新区奥卡包装). */
const BEFORE_COMPANY = /(?:^|[^\u4e00-\u9fff]|[与和及、的业]|[区县市镇园])$/;

/** jieba's tags of words that sort or point, no name: b (主要, 大型), r (其他, 这些), d, m, q. */
const SORTING_WORD_TAG = /^(?:b|r|d|m|q)$/;

/** What closes 集…于一体 (bringing things together into one), ahead in its clause. */
const BROUGHT_INTO_ONE_AHEAD = /^[^。;；!?！？]*?于一体/;
/** Words of what a place has (已有, 共有, 拥有), before the names of what it has. */
const EXISTS_BEFORE = /(?:已|共|现|拥|还|尚|均|都)有/;

/** `高新区奥卡包装与海底捞签订订单`: a short company name, two to four characters before an industry word. */
const shortCompany: Rule<OrgValue> = {
  name: 'organization: short company name + industry word',
  pattern: INDUSTRY,
  extract(m, doc) {
    const text = doc.content;
    const end = m.index + m[0].length;
    if (!AFTER_COMPANY.test(text.slice(end, end + 3))) return null;
    const run = hanRunBefore(text, m.index, 6);
    // the name starts after the park or place it stands in, or after a conjunction
    // (or after a word of what a place has: `楼内已有明远科技…`)
    const has = EXISTS_BEFORE.exec(run);
    const cut = Math.max(has && run.length - has.index - has[0].length >= 2 ? has.index + 1 : -1, ...['区', '县', '市', '镇', '园', '与', '和', '及', '业', '的'].map((c) => run.lastIndexOf(c)));
    let prefix = cut >= 0 ? run.slice(cut + 1) : run;
    // `向万华化学…`, `将恒力机械、…列为`: a preposition before the name is not part of it
    // (nor a verb of ours opening it, with two characters after it: `指导恒力机械`, `帮助恒力机械`)
    // (or inside it, with its aspect particle, when two characters or more follow: `活动吸引了青岩科技等…`)
    const opening = verbsIn(prefix)[0];
    const particle = opening && /^[了过着]/.test(prefix.slice(opening.end)) ? 1 : 0;
    const lead =
      opening && (opening.start === 0 || particle) ? [prefix.slice(0, opening.end + particle)] : /^(?:向|对|为|在|给|帮|助|同|跟|由|让|把|被|将)/.exec(prefix);
    if (lead && prefix.length - lead[0].length >= 2) prefix = prefix.slice(lead[0].length);
    const start = m.index - prefix.length;
    if (prefix.length < 2 || prefix.length > 4 || notCompanyPrefix.has(prefix) || INDUSTRY_WORDS.includes(prefix)) return null;
    if (leftUnnamed(text, prefix, start)) return null;
    // `集观光农业、休闲旅游于一体`: 集 opening what is brought together into one, no name
    if (prefix.charCodeAt(0) === 0x96c6 /* 集 */ && BROUGHT_INTO_ONE_AHEAD.test(text.slice(end, end + 30))) return null;
    // `高端装备制造`: a field named by its words (高端 装备) is no company either
    if (NOT_COMPANY_PREFIXES.some((p) => prefix.startsWith(p))) return null;
    // `以PVC为主要原材料`, `其他电子`, `大型物流`: a word that sorts or points (主要, 大型, 其他, 这些)
    // opening it, as jieba reads it, names no firm
    const opener = tagWords(prefix)[0];
    if (opener.word.length >= 2 && SORTING_WORD_TAG.test(opener.tag)) return null;
    // `“泉新制造,智创未来”`: a slogan opening a quotation, not a company
    if (/[“‘"]/.test(text[start - 1] ?? '') && /^[,，]/.test(text.slice(end, end + 1))) return null;
    // a verb is no name (加强科技, 推动制造): our lexicon first, jieba for the verbs it lacks
    // (a lone character jieba calls a verb is one of a name it does not know: 启/v 奥 in 启奥科技)
    if (verbsIn(prefix).length > 0 || tagWords(prefix).some((w) => w.tag === 'v' && w.word.length > 1)) return null;
    if (cut < 0 && !lead && run.length > prefix.length) return null; // glued to a longer word we cannot split
    // (a verb or preposition cut off before it is the boundary: `在青山机械调研`, `帮助恒力机械`)
    if (!BEFORE_COMPANY.test(text.slice(Math.max(0, start - 1), start)) && cut < 0 && !(lead && prefix.length < run.length)) return null;
    return { start, end, value: { name: prefix + m[0], kind: 'enterprise' } };
  },
};

/** A firm's business or form after its brand, part of its name: 顺丰速运, 京东物流, 华为公司. */
const AFTER_BRAND = '(?:速运|速递|快递|物流|集团|公司|控股|科技|出行|外卖)?';

/** A place or building named after a brand: the rest of its name, then its kind (智慧物流园, 骑手之家). */
const FACILITY_AFTER_BRAND = /^[^\s、,，。;；:：等在和与及的到于为对向了\d]{0,6}?(?:园|园区|中心|大厦|大楼|广场|基地|驿站|之家|小镇)/;

/** `美团`, `饿了么`, `顺丰速运`: a firm named by a brand the lexicon knows, standing as a word of its own. */
const brandFirm: Rule<OrgValue> = {
  name: 'organization: known brand',
  pattern: new RegExp(`(?:${alternation(BRAND_FIRMS)})${AFTER_BRAND}`, 'g'),
  extract(m, doc) {
    const start = m.index;
    const end = start + m[0].length;
    // `建成申通智慧物流园`, `美团骑手之家`: a brand opening the name of a place or a building names that
    // (not where a verb or a word of place stands between: `美团进驻园区`, `饿了么在园区…`)
    // (read first: it needs jieba less often than the test of words below)
    const facility = FACILITY_AFTER_BRAND.exec(doc.content.slice(end, end + 10));
    if (facility && verbsIn(facility[0]).length === 0 && !tagWords(facility[0]).some((w) => w.tag === 'v' && w.word.length > 1)) return null;
    // jieba's words over the brand and what is around it: one must start where it starts and one
    // end where it ends (北京东路 holds 京东 across two words)
    const from = Math.max(0, start - 6);
    const words = tagWords(doc.content.slice(from, end + 4));
    if (!words.some((w) => from + w.start === start) || !words.some((w) => from + w.start + w.word.length === end)) return null;
    return { start, end, value: { name: m[0], kind: 'enterprise' } };
  },
};

/** Everything up to the last word that ends what stands before a name. */
// (a stop with a name of two characters or more after it: `润和` ends in 和, and is a name)
const UP_TO_A_STOP = new RegExp(`^.*(?:${stops.join('|')})(?=[\u4e00-\u9fff]{2})`);

/**
 * `联合华钢、博顿等企业`, `以华钢、…为龙头`: the clause's verb (two characters or more) or
 * preposition (one), as jieba reads them, before the first listed name is not the name's.
 * (A lone verb is kept: jieba reads lone characters of names it does not know as verbs, 鑫达.)
 */
function withoutClauseOpening(name: string): string {
  // (a verb of our lexicon first: jieba may read its last character with the name's first, 拜/访华/钢)
  const verb = verbsIn(name)[0];
  if (verb?.start === 0 && name.length - verb.end >= 2) return name.slice(verb.end);
  const first = tagWords(name)[0];
  const opens = (first.tag === 'v' && first.word.length >= 2) || (first.tag === 'p' && first.word.length === 1);
  if (!opens || name.length - first.word.length < 2) return name;
  // (not where what is left is a trade named by its verb, no name: `成立了振兴铸造、…` names 振兴铸造)
  const rest = name.slice(first.word.length);
  const restWords = tagWords(rest);
  return first.tag === 'v' && restWords.length === 1 && restWords[0].tag.startsWith('v') ? name : rest;
}

/** Endings of party and government offices, which no company's short name has. */
const OFFICE_ENDING = /(?:部|局|委|办|厅|署)$/;

/**
 * `向万华化学、冠捷电子等…企业`, `瑞丰科技、天成控股2家企业`: short company names
 * listed before 等 or their count, then 企业 or 公司; and `组建尚德、正泰等6个非公党支部`,
 * `选树阿喜、明德、小岗盼盼3个党组织`: before 等 or a count and party bodies, the bodies those firms'
 * (group `bodies`; one scan of the list for both).
 */
const listedCompanies: Rule<OrgValue> = {
  name: 'organization: companies listed before 等…企业 or their party bodies',
  // matched from the first 、; the first name is read back before it (see hanRunBefore)
  // (after a count, 企业 follows within a few characters: `5家非公企业`, `12个企业党支部`, not `10家开发园区…企业`)
  // (a name's characters are Han but 等, U+7B49: one class, no look-ahead per character)
  // (`赴北京、上海、深圳等地考察拜访重点企业`: places listed, 等地 says so; `医药、电商等各类企业`:
  // kinds of firm, 各类 says so)
  // (`银泰中心、星河广场等有大型企业入驻的楼宇`: 等 then 有 and firms with no 的 between says where
  // firms are, the list names places; `等有实力的企业`, `等有关企业` name the firms)
  // (`部门、局等机关单位分别与企业…`: what 等 closes is named before any body word or
  // preposition, which ends the list's noun: those are no companies)
  // (before party bodies the count or 等 is needed, and a kind of firm may stand before the body)
  pattern: /(?<rest>(?:、[\u4e00-\u7b48\u7b4a-\u9fff]{2,6}){1,6})(?:(?:等(?![地省市县区城]|国(?!内)|各类|各种|类|领域|行业|产业(?!链)|有(?!关)(?:(?!的)[\u4e00-\u9fff]){0,8}企业)(?:(?!单位(?!企业)|部门|机关|分别|[与和同向为对])[\u4e00-\u9fff]){0,16}?|等?(?:\d+|[两三四五六七八九十]{1,2})[家个][\u4e00-\u9fff]{0,4}?)(?:企业|公司)|(?<bodies>(?:等(?:\d+|[两三四五六七八九十]{1,2})?|(?:\d+|[两三四五六七八九十]{1,2}))[家个](?:非公|非公企业|企业)?(?:党支部|党组织|党委|党总支)))/g,
  extract: (m, doc) => companiesListed(m, doc, m.groups!.bodies !== undefined),
};

/**
 * The short names listed in a match of listedCompanies, each one a firm; null
 * for fewer than two. `unknownWordsOnly`: where the list stands before party bodies, which kinds of
 * body (机关、学校) are listed before too, only names no dictionary knows as a word and no kind of
 * body or place are firms' (尚德, 正泰, 阿喜, 小岗盼盼).
 */
function companiesListed(m: RegExpExecArray, doc: Doc, unknownWordsOnly: boolean): Array<Omit<Found<OrgValue>, 'rule'>> | null {
  const first = hanRunBefore(doc.content, m.index, 6);
  if (first.length < 2) return null;
  const list = first + m.groups!.rest;
  const out: Array<Omit<Found<OrgValue>, 'rule'>> = [];
  // (a conjunction inside an item after the first joins two names of two characters or more:
  // `华钢、博顿和润丰等企业`; not a name's character, 润和光伏)
  const pieces: Array<{ raw: string; at: number }> = [];
  let next = m.index - first.length;
  for (const [k, raw] of list.split('、').entries()) {
    const joined = k > 0 ? TWO_JOINED.exec(raw) : null;
    if (joined) pieces.push({ raw: joined[1], at: next }, { raw: joined[2], at: next + raw.length - joined[2].length });
    else pieces.push({ raw, at: next });
    next += raw.length + 1;
  }
  for (const { raw, at } of pieces) {
    // (`汇集了比亚迪、…`: a verb and its aspect particle are no part of the first name)
    let name = raw.replace(UP_TO_A_STOP, '').replace(/^(?:向|对|为|兑现|推动|[已共现拥还尚均都]有(?=[\u4e00-\u9fff]{2}))/, '').replace(/^[\u4e00-\u9fff]{1,3}[了着]/, '');
    if (at === m.index - first.length) name = withoutClauseOpening(name);
    // (a conjunction closing the last before a count: `行业协会和8家企业`; a short name may end in
    // its character, 润和)
    if (name.length > 3 && /[和及与]$/.test(name)) name = name.slice(0, -1);
    const start = at + raw.length - name.length;
    // (before party bodies: no word a dictionary knows, no kind of body, no place: 机关、学校, 苏州、无锡)
    if (unknownWordsOnly && (wordTag(name) !== undefined || BODY_HEADS.some((h) => name.endsWith(h)) || longestAt(name, 0)?.length === name.length)) continue;
    // (a zone listed beside companies is none of them)
    // (nor is a field of industry on its own: 医药, 新能源; or a kind of product and its field: 健康食品)
    // (nor a department or bureau named among them: 党群工作部, 应急管理局)
    // (nor a kind of body: 上市公司, 行业协会)
    // (nor a village or a community, which a firm listed beside may be set up by: `滩龙桥村、方家庄村等六村联合成立…公司`)
    // (nor a building, where firms are: 星河广场, 银泰中心)
    if (
      name.length >= 2 && !LEFT_UNNAMED.test(name) && !SETTLEMENT_END.test(name) && !BUILDING_END.test(name) && !OFFICE_ENDING.test(name) && !TOO_GENERIC.test(name) && verbsIn(name).length === 0 && !ZONE_NAME.test(name) &&
      !INDUSTRY_WORDS.includes(name) && !notCompanyPrefix.has(name) && !namesAField(name)
    ) out.push({ start, end: start + name.length, value: { name, kind: 'enterprise' } });
  }
  return out.length >= 2 ? out : null;
}

/** A building's word closing a name: where firms are, no firm (星河广场, 银泰中心, 建工大厦). */
const BUILDING_END = /(?:广场|大厦|大楼|中心|商城|楼宇)$/;

/** A settlement's word closing a name: a village, a community, a town (滩龙桥村, 凤鸣社区). */
const SETTLEMENT_END = /(?:村|社区|镇|乡|街道)$/;

/** A kind of product or a field, then an industry word (`健康食品`, `高端装备`): a field of industry, no firm. */
function namesAField(name: string): boolean {
  return NOT_COMPANY_PREFIXES.some((p) => name.startsWith(p) && INDUSTRY_WORDS.includes(name.slice(p.length)));
}

/** Two names joined by a conjunction inside a listed item (`博顿和润丰`). */
const TWO_JOINED = /^([\u4e00-\u9fff]{2,})(?:和|及|与)([\u4e00-\u9fff]{2,})$/;

/** What a full name adds to its short form: a place (苏州姑苏区, 南京, 马尾区). */
const PLACE_PREFIX = /^(?:[\u4e00-\u9fff]{1,10}(?:省|市|区|县|镇|乡|旗|州|街道)|[\u4e00-\u9fff]{2,3})$/;

/** Of overlapping names keep the longest; each name once, a short form merged into its full name. */
function refine(found: Found<OrgValue>[]): Found<OrgValue>[] {
  const byName = new Map<string, Found<OrgValue>>();
  for (const f of longestNonOverlapping(found)) if (!byName.has(f.value.name)) byName.set(f.value.name, f);
  // `白洋湾街道` and `苏州姑苏区白洋湾街道`: a short form is the full name without its
  // place prefix; the article names one body, listed once under its full name
  const names = [...byName.keys()];
  const shortForm = (name: string) =>
    names.some((other) => other !== name && other.endsWith(name) && PLACE_PREFIX.test(other.slice(0, other.length - name.length)));
  return [...byName.values()].filter((f) => !shortForm(f.value.name));
}

export const organizationsModule: Module<OrgValue> = {
  name: 'organizations',
  view: 'content',
  rules: [byEnding, partyCommitteeInFull, listedCompanies, shortCompany, brandFirm],
  refiners: [refine],
};
