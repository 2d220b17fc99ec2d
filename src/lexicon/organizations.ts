// Endings of organization names and the kind each makes. Data, read by
// src/rules/organizations. Longest ending wins.
import type { OrganizationKind } from '../schema.js';

export const ORG_ENDINGS: Array<[string, OrganizationKind]> = [
  ['股份有限公司', 'enterprise'], ['有限责任公司', 'enterprise'], ['有限公司', 'enterprise'], ['集团', 'enterprise'], ['公司', 'enterprise'],
  ['组织部', 'party'], ['宣传部', 'party'], ['统战部', 'party'], ['社会工作部', 'party'], ['社工部', 'party'],
  // (a street's or town's party-building office, and its party-and-government office: 街道党建办, 镇党政办)
  ['党建办', 'party'], ['党政办', 'government'], ['党群工作部', 'party'], ['群众工作部', 'party'], ['综合党委', 'party'], ['党工委', 'party'], ['非公工委', 'party'],
  // (a general branch written in full: 凤鸣中学党总支部)
  ['党总支部', 'party'], ['党总支', 'party'], ['党支部', 'party'], ['党委', 'party'], ['团工委', 'party'], ['团委', 'party'], ['纪委', 'party'], ['区委', 'party'],
  ['县委', 'party'], ['市委', 'party'], ['工委', 'party'],
  // the full forms of 党工委, 纪委 and 管委会, as formal notices write them
  ['工作委员会', 'party'], ['纪律检查委员会', 'party'], ['管理委员会', 'government'],
  ['区委员会', 'party'], ['县委员会', 'party'], ['市委员会', 'party'],
  // (and of a branch's and a general branch's: `…兼合式支部委员会`)
  ['支部委员会', 'party'], ['总支部委员会', 'party'],
  ['发改委', 'government'], ['发展和改革委员会', 'government'], ['卫健委', 'government'], ['卫生健康委员会', 'government'], ['经信委', 'government'], ['经济和信息化委员会', 'government'], ['管委会', 'government'], ['经贸部', 'government'], ['办公室', 'government'], ['研究室', 'government'], ['局', 'government'],
  // (a province's departments: 省商务厅, 江苏省教育厅; the rule asks for the province)
  ['厅', 'government'],
  // (commissions a city names in short: 市科委, 市教委)
  ['科委', 'government'], ['教委', 'government'], ['农委', 'government'], ['建委', 'government'],
  // universities, schools, hospitals and institutes: partners of parks and firms (校企合作, 产学研)
  ['大学', 'other'], ['学院', 'other'], ['党校', 'other'], ['医院', 'other'], ['研究院', 'other'], ['研究所', 'other'], ['科学院', 'other'],
  ['事务所', 'enterprise'], ['合作社', 'enterprise'],
  ['街道', 'government'], ['政府', 'government'], ['人大常委会', 'government'], ['政协', 'government'], ['人民法院', 'government'],
  ['人民检察院', 'government'], ['派出所', 'government'],
  ['农商银行', 'enterprise'], ['农商行', 'enterprise'], ['银行', 'enterprise'], ['分行', 'enterprise'], ['支行', 'enterprise'], ['信用社', 'enterprise'],
  // (a county's union of credit cooperatives: 凤鸣县农村信用合作联社)
  ['信用合作联社', 'enterprise'],
  ['妇联', 'association'], ['工商联', 'association'], ['总工会', 'association'], ['联合会', 'association'], ['促进会', 'association'],
  ['商会', 'association'], ['协会', 'association'], ['联盟', 'association'], ['联席会议', 'association'],
  // social organizations named so (太极拳研究会, 县慈善总会, 市红十字会); not 学会 or 总会 alone, also words (学会了, 总会有)
  ['研究会', 'association'], ['慈善总会', 'association'], ['红十字会', 'association'],
  // the united front's associations of new social strata and non-party intellectuals (县新的社会阶层人士联谊会,
  // 区新联会, 市党外知识分子联谊会); not 联谊会 alone, a social evening as often (举办青年联谊会)
  // (the 的 of its full name is no clause's: the ending holds it)
  ['新的社会阶层人士联谊会', 'association'], ['人士联谊会', 'association'], ['知识分子联谊会', 'association'], ['新联会', 'association'],
  // county bodies county news names as often as its bureaus: the science and disabled persons'
  // federations, the politics-and-law and state-assets commissions, the discipline commission
  // together with the supervision commission, the veterans' bureau (its 退役 read as a verb)
  ['科协', 'association'], ['残联', 'association'], ['政法委', 'party'], ['纪委监委', 'party'], ['国资委', 'government'],
  ['退役军人事务局', 'government'], ['供销社', 'other'],
  // (a discipline group stationed in a body or zone, 区纪委监委驻开发区纪检监察组; a township's
  // tax, justice and market-supervision offices, 青石税务所, 城关司法所)
  ['纪检监察组', 'party'],
  // (a body's leading party group: 县工商联党组, 区政府党组; 党组织 is none: the rule's STARTS_A_LONGER_WORD)
  ['党组', 'party'],
  ['税务所', 'government'], ['司法所', 'government'], ['市场监管所', 'government'],
  // (a city's or a port's customs office: 凤城海关, 黄埔海关)
  ['海关', 'government'],
  // (a bureau's branch, read whole: the 分 of 园区分局 read as a verb cut the name before it)
  ['分局', 'government'],
  // (centres that are institutions, by their full kind: not 中心 alone, which is as often a facility, 党群服务中心)
  ['融媒体中心', 'other'], ['政务服务中心', 'government'], ['投资促进中心', 'government'], ['公共资源交易中心', 'government'],
  ['疾病预防控制中心', 'government'], ['疾控中心', 'government'],
  // (schools, media, public institutions and brigades)
  ['中学', 'other'], ['小学', 'other'], ['电视台', 'other'], ['广播电视台', 'other'], ['日报社', 'other'], ['报社', 'other'],
  // (not memorials and museums: sites a visit goes to, 参观…纪念馆, more than bodies that act)
  ['档案馆', 'other'], ['图书馆', 'other'], ['文化馆', 'other'],
  ['消防救援大队', 'government'], ['交警大队', 'government'],
  // (a street's office, named in full: 凤鸣街道办事处; and the committees villagers and residents elect:
  // 凤鸣村村民委员会, 凤鸣社区居民委员会, 凤鸣村委会)
  ['办事处', 'government'],
  ['村民委员会', 'other'], ['居民委员会', 'other'], ['村委会', 'other'], ['居委会', 'other'],
];

/** Words that end a name on its left: verbs and function words before an organization. */
export const ORG_LEFT_STOPS = ['供给', '成立', '组建', '推进', '联系', '依托', '通过', '由', '在', '与', '和', '及', '向', '对', '为', '将', '把', '被', '是', '的', '以及', '属地', '周边', '附近', '按照', '根据', '依照', '遵照', '积极', '全力', '持续', '其中', '同时', '此外', '接到', '邀请', '推动', '召开', '设置', '设立', '吸纳', '担任', '兼任', '深入', '协同', '会同', '领导', '到', '赴', '前往', '来到', '走进', '走出', '落实', '贯彻', '压实', '加强', '强化', '完善', '隶属', '下设', '设有', '今年', '去年', '目前', '日前', '近日', '近年来', '当前', '现在', '已经', '期间', '以来', '以后', '之后',
  // verbs jieba tags otherwise (宣告/n, 明确/ad)
  '宣告', '明确', '包括',
  // verbs of helping along what a body does (助推商会发展, 助力企业…); of hearing a body report
  // (县委听取两新工委工作汇报)
  '助推', '助力', '听取',
  // verbs of filling, crossing or cleaning a place, whose object a street's or a village's ending may
  // close (电动车停满街道, 走遍街道, 打扫街道)
  '停满', '堆满', '挤满', '摆满', '走遍', '跑遍', '打扫', '清扫',
  // verbs of putting up (架起商会和乡村联系的桥梁, 搭起联盟与企业沟通的平台), which jieba tags otherwise (架起/s)
  '架起', '搭起', '建起', '筑起', '撑起',
  // what a place does its work by, before it (鹰潭市以基层商会建设为抓手; inside a word, 以色列, 以上, it is read there)
  '以',
  // where a voice or a person comes from (声音来自…街道, 党员来自…公司)
  '来自',
  // what a place has (全国现有基层党委17.9万个, 全县共有商会12家); what a share is of (占整个街道…)
  '现有', '共有', '占',
  // verbs of asking a body to act, before it (县委要求公司…, 鼓励集团上市, 建议公司把…); not 指导,
  // which names a body's work (就业指导中心)
  '要求', '鼓励', '建议', '督促', '敦促', '责令', '支持', '帮助', '协助', '动员', '号召', '倡议', '推荐',
  // thanks owed to a body, said before it (多亏恒达公司提供了…, 得益于县委组织部…)
  '多亏', '得益于', '感谢', '感恩',
  // where the body is, said before it (辖区内工商银行, 区域内建设银行)
  '辖区内', '辖区', '区域内', '境内',
  // a list closed by 等 before a kind of body (共青团、纪检等办公室)
  '等',
  // 是 with the adverb jieba reads it in one word with (正是新罗区…党委, 就是县委组织部, 而是…)
  '正是', '就是', '也是', '更是', '都是', '还是', '便是', '乃是', '即是', '才是', '只是', '而是', '不是', '均是',
  // 暨, a formal and, joining two events or bodies (启动暨物业行业协会党委成立仪式, 区委组织部暨区委两新工委); a
  // place's character elsewhere (诸暨, 暨阳, 暨南: see stopInsideName)
  '暨',
  // one post held with another, the second's body after it (党总支书记兼村委会主任; not 兼合式, a kind of branch)
  '书记兼', '主任兼', '董事长兼', '经理兼', '部长兼', '局长兼', '会长兼',
  // one body working with another (区委社会工作部联合区市场监管局; 联合党委 is a name: see stopInsideName)
  '联合',
  // the writer's own body, pointed at (我院行政二党支部, 我局机关党委, 本公司党委: the body is named after it)
  '我院', '我局', '我校', '我司', '我行', '我所', '我厂', '我公司', '我单位', '我中心', '本院', '本局', '本单位'];

/** What one character alone may be in a pair joined by 和 (党和政府, 镇和村): 和 after any other opens no pair (元和街道). */
export const ONE_CHARACTER_CONJUNCTS = new Set('党政省市县区镇乡村街企校院');

/**
 * Industry words companies are called by in short (万华化学, 冠捷电子, 奥卡包装):
 * a short name is a few characters before one of these, standing alone.
 */
export const INDUSTRY_WORDS = [
  '科技', '电子', '化学', '化工', '材料', '新材', '机械', '汽车', '食品', '药业', '医药', '物流', '能源', '包装', '电气', '重工', '装备',
  '光电', '智能', '环保', '纺织', '建材', '钢铁', '水泥', '玻璃', '实业', '制造', '电器', '家居', '生物', '农业', '传媒', '置业', '控股',
  '证券', '通信', '软件',
];

/** Words before an industry word that make a field, not a company (先进制造, 新能源汽车, 高端装备). */
export const NOT_COMPANY_PREFIXES = [
  '先进', '高端', '新型', '现代', '绿色', '传统', '战略', '新兴', '数字', '智慧', '高新', '信息', '新能源', '精细', '生物', '汽车', '食品',
  '装备', '电子', '工业', '农业', '科技', '产业', '企业', '中小', '民营', '规上', '龙头', '重点', '特色', '区域', '全区', '全市', '全县',
  '园区', '本地', '海洋', '低碳', '节能', '循环', '通用', '专用', '基础', '化学', '党建', '城市', '乡村', '社区', '文化', '旅游',
  '智能', '新能源', '高科技', '金融', '服务', '人工', '数字化', '网络', '光伏', '锂电', '半导体', '家居', '上下游', '上游', '下游', '全链',
  // (fields of the industry words 通信 and 软件: 移动通信, 卫星通信, 应用软件, 开源软件)
  '移动', '卫星', '应用', '开源', '嵌入式',
  // (kinds of products before their industry word: 保健食品, 医疗器械, 绿色食品, 休闲食品)
  '保健', '医疗', '休闲', '健康', '有机',
];

/**
 * Fields joined by 和 in the official names of bureaus and committees (人力资源和社会保障局,
 * 住房和城乡建设局, 发展和改革委员会, 文化广电和旅游局, 非公有制经济组织和社会组织工作委员会, 非公和社会组织党工委, 国资和金融系统党委):
 * one name, not two joined.
 */
export const OFFICIAL_FIELDS_JOINED = /(?:人力资源|住房|文化(?:广电)?(?:体育)?|发展|工业|经济|自然资源|教育|科技|商务|经济组织|非公|企业|国资|城市管理|海洋|林业|粮食|卫生|党史)和(?:社会保障|地方志|地志|文献|城乡建设|旅游|改革|信息化|规划|体育|工业信息化|投资促进|社会组织|金融|综合执法|行政执法|渔业|草原|物资储备|计划生育)/g;

/**
 * `泰山创业投资有限公司`, `华通融资担保有限公司`: up to six characters before a company's
 * legal ending are its name, verbs among them too (投资, 融资, 担保 are not actions there).
 */
export const COMPANY_NAME = /[\u4e00-\u9fff]{2,6}?(?:股份有限公司|有限责任公司|有限公司)/g;
/**
 * Endings of alliances, joint conferences and associations: a name ending so is a body
 * (organizations), not a program, and a quotation right before one names it (`“红色物业”联盟`).
 */
export const ASSOCIATION_ENDINGS = ['联盟', '联席会议', '协会', '商会', '联合会', '促进会'];

/**
 * Firms the genre names by their brand alone: the platforms and couriers of the new trades (骑手,
 * 快递员), `美团`, `饿了么`, `顺丰`. A brand is a firm wherever it stands as a word of its own (not
 * the 京东 of 北京东路). Only brands whose first character is rare in running text: the pattern
 * is tried at every such character of every article, and with 中 (中通, 中国邮政), 华, 比, 阿, 百,
 * 快, 达 among them it took four times as long (11 µs an article against 3, measured).
 */
export const BRAND_FIRMS = [
  '美团', '饿了么', '滴滴', '顺丰', '京东', '货拉拉', '闪送', '圆通', '申通', '韵达', '极兔', '德邦', '盒马', '拼多多', '叮咚买菜', '哈啰', '曹操出行', '蜂鸟即配',
];

