// Counts corpus: sentences in the style of county and park party-building
// reports, written for these rules (not taken from the seed articles), with the
// span each count must come from. Negative cases are look-alikes that must not count.
import type { ItemCase, ItemCorpus } from '../corpus.js';

/**
 * The corpus in groups, one per rule family (numerals, classifiers, each way of
 * binding a subject, approximations, exclusions); each group has at least a
 * dozen cases (test/corpus.test.ts checks it).
 */
export const groups: Record<string, Array<ItemCase<'counts'>>> = {
  'numerals': [
    { text: '开发区党工委选派35名党建指导员进驻企业。', expect: [{ span: '选派35名党建指导员', value: 35, unit: '名', subject: '党建指导员', action: '选派', approx: 'exact' }] },
    { text: '全县共发展党员1,020名。', expect: [{ span: '发展党员1,020名', value: 1020, unit: '名', subject: '党员', action: '发展' }] },
    { text: '街道组建两支志愿服务队。', expect: [{ span: '组建两支志愿服务队', value: 2, unit: '支', subject: '志愿服务队', action: '组建' }] },
    { text: '园区先后成立十二个联合党支部。', expect: [{ span: '成立十二个联合党支部', value: 12, unit: '个', subject: '联合党支部', action: '成立' }] },
    { text: '今年共培训入党积极分子一百二十人。', expect: [{ span: '培训入党积极分子一百二十人', value: 120, unit: '人', subject: '入党积极分子', action: '培训' }] },
    { text: '活动吸引三千五百名职工参与。', expect: [{ span: '吸引三千五百名职工', value: 3500, unit: '名', subject: '职工' }], partial: true },
    { text: '线上微党课累计参学党员职工超1.2万人次。', expect: [{ span: '参学党员职工超1.2万人次', value: 12000, unit: '人次', approx: 'over' }] },
    { text: '全省民营企业职工达3100多万人。', expect: [{ span: '全省民营企业职工达3100多万人', value: 31000000, unit: '人', approx: 'over', subject: '全省民营企业职工' }] },
    { text: '累计为企业争取贴息贷款3万4000元。', expect: [{ span: '争取贴息贷款3万4000元', value: 34000, unit: '元', subject: '贴息贷款', action: '争取' }] },
    { text: '全年拨付党建工作经费壹佰贰拾万元。', expect: [{ span: '拨付党建工作经费壹佰贰拾万元', value: 1200000, unit: '元', action: '拨付' }] },
    { text: '全年发放慰问金8.6万元。', expect: [{ span: '发放慰问金8.6万元', value: 86000, unit: '元', subject: '慰问金', action: '发放' }] },
    { text: '争取上级资金1.5亿元。', expect: [{ span: '争取上级资金1.5亿元', value: 150000000, unit: '元', subject: '上级资金', action: '争取' }] },
    { text: '全区各类园区有非公企业约100万户。', expect: [{ span: '非公企业约100万户', value: 1000000, unit: '户', approx: 'about', subject: '非公企业', action: null }] },
    { text: '筹集帮扶资金近千万元。', expect: [{ span: '筹集帮扶资金近千万元', value: 10000000, unit: '元', approx: 'under', subject: '帮扶资金', action: '筹集' }] },
  ],
  'classifiers and units': [
    { text: '目前,商务区共有商务楼宇82幢。', expect: [{ span: '商务楼宇82幢', value: 82, unit: '幢', subject: '商务楼宇' }] },
    { text: '帮助企业申请技改补贴260余万元。', expect: [{ span: '申请技改补贴260余万元', value: 2600000, unit: '元', approx: 'over', subject: '技改补贴', action: '申请' }] },
    { text: '签约项目总投资共计35.6亿元。', expect: [{ span: '签约项目总投资共计35.6亿元', value: 3560000000, unit: '元', subject: '签约项目总投资', action: null }] },
    { text: '全区非公企业党组织覆盖率达85.6%。', expect: [{ span: '全区非公企业党组织覆盖率达85.6%', value: 85.6, unit: '%', subject: '全区非公企业党组织覆盖率' }] },
    { text: '厦门等地70%以上非公企业集中在园区。', expect: [{ span: '70%以上非公企业', value: 70, unit: '%', approx: 'over', subject: '非公企业' }], partial: true },
    { text: '规上企业党组织覆盖率达到百分之九十。', expect: [{ span: '规上企业党组织覆盖率达到百分之九十', value: 90, unit: '%' }] },
    { text: '目前八成以上的会员企业建立了党组织。', expect: [{ span: '八成以上的会员企业', value: 80, unit: '%', approx: 'over', subject: '会员企业' }] },
    { text: '惠及企业5成以上,实现党组织覆盖率达95%的目标。', expect: [
      { span: '惠及企业5成以上', value: 50, unit: '%', approx: 'over', subject: '企业', action: '惠及' },
      { span: '党组织覆盖率达95%', value: 95, unit: '%', subject: '党组织覆盖率' },
    ] },
    { text: '对考核得分在85分以上的党组织给予奖励。', expect: [{ span: '考核得分在85分以上', value: 85, unit: '分', approx: 'over', subject: '考核得分', action: null }], partial: true },
    { text: '累计接待群众来访1200余人次。', expect: [{ span: '接待群众来访1200余人次', value: 1200, unit: '人次', approx: 'over', subject: '群众来访', action: '接待' }] },
    { text: '全年走访企业1200家次。', expect: [{ span: '走访企业1200家次', value: 1200, unit: '家次', subject: '企业', action: '走访' }] },
    { text: '排查化解矛盾纠纷37起。', expect: [{ span: '化解矛盾纠纷37起', value: 37, unit: '起', subject: '矛盾纠纷', action: '化解' }] },
    { text: '发放宣传资料3000余份。', expect: [{ span: '发放宣传资料3000余份', value: 3000, unit: '份', approx: 'over', subject: '宣传资料', action: '发放' }] },
    { text: '为党员活动室配备电脑12台。', expect: [{ span: '配备电脑12台', value: 12, unit: '台', subject: '电脑', action: '配备' }] },
    { text: '编印学习手册2000册。', expect: [{ span: '编印学习手册2000册', value: 2000, unit: '册', subject: '学习手册', action: '编印' }] },
    { text: '开展主题党日活动36场。', expect: [{ span: '开展主题党日活动36场', value: 36, unit: '场', subject: '主题党日活动', action: '开展' }] },
    { text: '群众满意度达98.5%。', expect: [{ span: '群众满意度达98.5%', value: 98.5, unit: '%', subject: '群众满意度', action: null }] },
    { text: '年度考核测评得分92分。', expect: [{ span: '考核测评得分92分', value: 92, unit: '分' }] },
  ],
  'binding: the noun after the numeral': [
    { note: 'adverbs after the noun end it (紧紧); 联合党支部 is a noun', text: '2个国企党支部、1个非公企业联合党支部紧紧凝聚起来。', expect: [
      { span: '2个国企党支部', value: 2, subject: '国企党支部' },
      { span: '1个非公企业联合党支部', value: 1, subject: '非公企业联合党支部' },
    ] },
    { note: 'a longer list of qualities before 的', text: '选派24名政治素质好、党务经验丰富、责任心强的党员担任指导员。', expect: [{ span: '选派24名政治素质好、党务经验丰富、责任心强的党员', value: 24, subject: '党员', action: '选派' }] },
    { note: 'qualities before 的 describe the noun that is counted', text: '选派24名政治素质好、责任心强的党员担任非公党建指导员。', expect: [{ span: '选派24名政治素质好、责任心强的党员', value: 24, unit: '名', subject: '党员', action: '选派' }] },
    { note: '将/把 puts the counted things before their verb', text: '县里将160名党组织书记和70名专兼职党建指导员纳入备案管理。', expect: [
      { span: '160名党组织书记', value: 160, subject: '党组织书记', action: '纳入' },
      { span: '70名专兼职党建指导员', value: 70, subject: '专兼职党建指导员', action: '纳入' },
    ] },
    { text: '组建6支党员突击队深入企业一线开展服务。', expect: [{ span: '组建6支党员突击队', value: 6, unit: '支', subject: '党员突击队', action: '组建' }] },
    { note: 'jieba finds the verb the lexicon lacks (挂职)', text: '选派3名党员干部挂职企业党建指导员。', expect: [{ span: '选派3名党员干部', value: 3, unit: '名', subject: '党员干部', action: '选派' }] },
    { text: '新建12个党群服务中心。', expect: [{ span: '新建12个党群服务中心', value: 12, unit: '个', subject: '党群服务中心', action: '新建' }] },
    { text: '成立3个产业链党建联盟推动上下游协作。', expect: [{ span: '成立3个产业链党建联盟', value: 3, unit: '个', subject: '产业链党建联盟', action: '成立' }] },
    { text: '建成3个党员活动室并投入使用。', expect: [{ span: '建成3个党员活动室', value: 3, unit: '个', subject: '党员活动室', action: '建成' }] },
    { note: 'a verb-like word at the end of the phrase is part of the noun', text: '年内打造5处“连心驿”职工共享阵地。', expect: [{ span: '打造5处“连心驿”职工共享阵地', value: 5, unit: '处', subject: '连心驿职工共享阵地', action: '打造' }] },
    { text: '确定了意愿强烈的9家民营企业建立党支部。', expect: [{ span: '9家民营企业', value: 9, unit: '家', subject: '民营企业', action: null }] },
    { text: '引导4名专职党建工作指导员转入组织关系。', expect: [{ span: '引导4名专职党建工作指导员', value: 4, unit: '名', subject: '专职党建工作指导员', action: '引导' }] },
    { text: '街道为13名困难学子发放助学金。', expect: [{ span: '13名困难学子', value: 13, unit: '名', subject: '困难学子', action: null }], partial: true },
    { text: '全镇45名网格员持证上岗。', expect: [{ span: '45名网格员', value: 45, subject: '网格员', action: '持证上岗' }] },
    { text: '为26人解决就业问题。', expect: [{ span: '26人', value: 26, unit: '人', subject: null, action: '解决' }] },
    { text: '开发区党工委选派35名党建指导员进驻企业。', expect: [{ span: '选派35名党建指导员', value: 35, unit: '名', subject: '党建指导员', action: '选派', approx: 'exact' }] },
    { text: '“目前,园区已建立26个党支部,覆盖企业120家。”他说。', expect: [
      { span: '建立26个党支部', value: 26, subject: '党支部', action: '建立' },
      { span: '覆盖企业120家', value: 120, subject: '企业', action: '覆盖' },
    ] },
    { note: 'a verb before an aspect particle ends the noun', text: '百名干部带着任务奔赴各家企业开展服务。', expect: [{ span: '百名干部', value: 100, unit: '名', subject: '干部', action: null }] },
    { note: 'a locative after the noun is not part of it; a word ending in 中 is (初中)', text: '全区3260户个体工商户中已组建党组织128个,新建2所初中。', expect: [
      { span: '3260户个体工商户', value: 3260, unit: '户', subject: '个体工商户' },
      { span: '组建党组织128个', value: 128, unit: '个', subject: '党组织', action: '组建' },
      { span: '新建2所初中', value: 2, unit: '所', subject: '初中', action: '新建' },
    ] },
    { note: 'a clause led by a verb before 的 describes the counted noun; 作为 ends a noun; a verb jieba sees inside a noun we know is none', text: '确定38个企业和12个社会组织作为试点,目前已有22名符合条件的人员,选拔9名非公经济组织党建指导员。', expect: [
      { span: '确定38个企业', value: 38, unit: '个', subject: '企业', action: '确定' },
      { span: '12个社会组织', value: 12, unit: '个', subject: '社会组织', action: '确定' },
      { span: '22名符合条件的人员', value: 22, unit: '名', subject: '人员' },
      { span: '选拔9名非公经济组织党建指导员', value: 9, unit: '名', subject: '非公经济组织党建指导员', action: '选拔' },
    ] },
    { note: '共 starting a word (共产党员) is no topic marker after a verb', text: '社区为首批4家经营户挂牌共产党员经营户。', expect: [{ span: '4家经营户', value: 4, unit: '家', subject: '经营户' }], partial: true },
    { note: 'a verb right after a quoted noun ends the phrase; 每天 is a time word', text: '全县180名“红色骑手”穿梭于大街小巷,3条自动分拣线每天运转。', expect: [
      { span: '180名“红色骑手”', value: 180, unit: '名', subject: '红色骑手' },
      { span: '3条自动分拣线', value: 3, unit: '条', subject: '自动分拣线' },
    ] },
    { note: 'the preposition 就 ends the noun; 就业 is a word', text: '全市12家产业园区就园区发展签订合作协议,帮助35名退役军人就业。', expect: [
      { span: '12家产业园区', value: 12, unit: '家', subject: '产业园区', action: null },
      { span: '帮助35名退役军人', value: 35, unit: '名', subject: '退役军人' },
    ], partial: true },
    { note: 'an approximate figure before 的, right after a verb, counts the noun after 的', text: '推进20个左右的现代服务聚集区建设。覆盖849幢商务楼宇、30个以上的产业园区。', expect: [
      { span: '推进20个左右的现代服务聚集区', value: 20, approx: 'about', subject: '现代服务聚集区', action: '推进' },
      { span: '覆盖849幢商务楼宇', value: 849, subject: '商务楼宇', action: '覆盖' },
      { span: '30个以上的产业园区', value: 30, approx: 'over', subject: '产业园区', action: '覆盖' },
    ] },
    { note: 'right after the classifier a verb’s first character (从业) is no preposition; a noun ending jieba tags otherwise (集合 点) keeps the verb in the noun', text: '对1个外卖员集合点进行摸底,为60名从业人员建立台账,3名党员从严要求。', expect: [
      { span: '1个外卖员集合点', value: 1, subject: '外卖员集合点' },
      { span: '60名从业人员', value: 60, subject: '从业人员' },
      { span: '3名党员', value: 3, subject: '党员' },
    ] },
  ],
  'binding: the noun before the numeral': [
    { note: 'a result complement stays with its verb; 出资人 is a word', text: '评选出“十佳”党组织书记10名,招募出资人代表10名。', expect: [
      { span: '评选出“十佳”党组织书记10名', value: 10, subject: '十佳党组织书记', action: '评选' },
      { span: '招募出资人代表10名', value: 10, subject: '出资人代表', action: '招募' },
    ] },
    { note: 'list markers, ordinals and 一批/一支 are no counts', text: '一是强化组织建设,二是抓好队伍建设;选派第一书记,建设一批示范点,打造一支过硬队伍。', expect: [] },
    { note: 'a figure grows: what grew is counted (生产总值 is a noun)', text: '地区生产总值增长了250亿元。', expect: [{ span: '地区生产总值增长了250亿元', value: 25000000000, unit: '元', subject: '地区生产总值', action: null }] },
    { note: 'a time inside the phrase before a figure dates it: what is counted is named after it, the place before it is the topic; 年度/年产值 with no figure are nouns', text: '某高新区2021年营业收入达45亿元,全区1-6月规上工业产值达120亿元,该区今年上半年税收收入达12亿元,年度党建考核达90分以上。', expect: [
      { span: '营业收入达45亿元', value: 4500000000, unit: '元', subject: '营业收入', action: null },
      { span: '规上工业产值达120亿元', value: 12000000000, unit: '元', subject: '规上工业产值', action: null },
      { span: '税收收入达12亿元', value: 1200000000, unit: '元', subject: '税收收入', action: null },
      { span: '年度党建考核达90分以上', value: 90, unit: '分', subject: '年度党建考核', approx: 'over' },
    ] },
    { note: '实现 or 保持 before a change only carries it, and 预计 says it is forecast: neither is part of what grew', text: '园区2019年生产总值预计实现增长17.5%,全县生产总值保持增长8.5%。', expect: [
      { span: '生产总值预计实现增长17.5%', value: 17.5, unit: '%', subject: '生产总值', action: null },
      { span: '全县生产总值保持增长8.5%', value: 8.5, unit: '%', subject: '全县生产总值', action: null },
    ] },
    { text: '累计入企走访指导360次,为企业解决问题467项。', expect: [
      { span: '走访指导360次', value: 360, unit: '次', subject: '走访指导', action: '走访' },
      { span: '解决问题467项', value: 467, unit: '项', subject: '问题', action: '解决' },
    ] },
    { text: '共收集企业诉求210条,已办结198条。', expect: [
      { span: '收集企业诉求210条', value: 210, subject: '企业诉求', action: '收集' },
      { span: '办结198条', value: 198, subject: '企业诉求', action: '办结' },
    ] },
    { text: '选聘党建工作指导员46名,实现应派尽派。', expect: [{ span: '选聘党建工作指导员46名', value: 46, subject: '党建工作指导员', action: '选聘' }] },
    { text: '园区辖内有32家非公企业,其中已建立党支部的有21家。', expect: [
      { span: '32家非公企业', value: 32, unit: '家', subject: '非公企业' },
      { span: '建立党支部的有21家', value: 21, unit: '家', subject: '非公企业', action: '建立' },
    ], partial: true },
    { text: '新吸纳入党积极分子15人。', expect: [{ span: '吸纳入党积极分子15人', value: 15, unit: '人', subject: '入党积极分子', action: '吸纳' }] },
    { text: '共收到意见建议58条。', expect: [{ span: '收到意见建议58条', value: 58, unit: '条', subject: '意见建议', action: '收到' }] },
    { text: '制定党建工作制度8项。', expect: [{ span: '制定党建工作制度8项', value: 8, unit: '项', subject: '党建工作制度', action: '制定' }] },
    { text: '设置党员先锋岗46个。', expect: [{ span: '设置党员先锋岗46个', value: 46, unit: '个', subject: '党员先锋岗', action: '设置' }] },
    { text: '组建党员志愿服务队9支。', expect: [{ span: '组建党员志愿服务队9支', value: 9, unit: '支', subject: '党员志愿服务队', action: '组建' }] },
    { text: '新增就业岗位2300个。', expect: [{ span: '新增就业岗位2300个', value: 2300, unit: '个', subject: '就业岗位', action: '新增' }] },
    { text: '今年已慰问困难党员45名。', expect: [{ span: '慰问困难党员45名', value: 45, unit: '名', subject: '困难党员', action: '慰问' }] },
    { text: '为企业办理各类证照260件。', expect: [{ span: '办理各类证照260件', value: 260, unit: '件', subject: '各类证照', action: '办理' }] },
    { note: 'a verb in the phrase before 达 acts on what follows it', text: '累计为企业减免租金达560余万元。', expect: [{ span: '减免租金达560余万元', value: 5600000, unit: '元', approx: 'over', subject: '租金', action: '减免' }] },
    { note: 'an aspect particle after the linking word, adverbs before it', text: '全县个体经营者从业人数达到了12.6万人,非公企业党组织覆盖率仅为41.5%,人均达3万元。', expect: [
      { span: '全县个体经营者从业人数达到了12.6万人', value: 126000, unit: '人', subject: '全县个体经营者从业人数' },
      { span: '非公企业党组织覆盖率仅为41.5%', value: 41.5, unit: '%', subject: '非公企业党组织覆盖率' },
      { span: '人均达3万元', value: 30000, unit: '元', subject: '人均' },
    ] },
    { note: 'a preposition is stripped from the subject only where it is a word of its own (从业, not 从)', text: '去年园区从业人数达到了4.3万人,由党员干部30人组成服务队。', expect: [
      { span: '园区从业人数达到了4.3万人', value: 43000, unit: '人', subject: '园区从业人数' },
      { span: '由党员干部30人', value: 30, unit: '人', subject: '党员干部', action: null },
    ] },
    { note: 'a modal before the figure is not part of the subject (可); 增加值 is a noun; 许可 keeps its 可', text: '预计到年底,园区工业总产值可突破800亿元,高新技术产业增加值达120.5亿元,新取得生产许可3项。', expect: [
      { span: '园区工业总产值可突破800亿元', value: 80000000000, unit: '元', approx: 'over', subject: '园区工业总产值' },
      { span: '高新技术产业增加值达120.5亿元', value: 12050000000, unit: '元', subject: '高新技术产业增加值', action: null },
      { span: '取得生产许可3项', value: 3, unit: '项', subject: '生产许可', action: '取得' },
    ] },
    { note: 'a change said of the noun before it measures that noun; with no noun, the subject carries over', text: '入驻后仓储成本降低3万余元、运输成本减少8万余元,新增就业岗位120个、新增60个。', expect: [
      { span: '仓储成本降低3万余元', value: 30000, unit: '元', subject: '仓储成本', action: '降低' },
      { span: '运输成本减少8万余元', value: 80000, unit: '元', subject: '运输成本', action: '减少' },
      { span: '新增就业岗位120个', value: 120, unit: '个', subject: '就业岗位', action: '新增' },
      { span: '新增60个', value: 60, unit: '个', subject: '就业岗位', action: '新增' },
    ] },
    { note: 'a verb before 园区 is a verb (纳入园区), not part of a noun ending in 园 (孵化园)', text: '将390名流动党员纳入园区内非公党组织实行“双重管理”,新建孵化园2个。', expect: [
      { span: '390名流动党员', value: 390, unit: '名', subject: '流动党员', action: '纳入' },
      { span: '新建孵化园2个', value: 2, unit: '个', subject: '孵化园', action: '新建' },
    ] },
    { note: 'a verb ending in 入 is one word (融入企业 is not 融 + 入企)', text: '选树阿喜、明德、小岗盼盼3个党组织融入企业内部治理典型案例,组织12名党员入企服务。', expect: [
      { span: '选树阿喜、明德、小岗盼盼3个党组织', value: 3, unit: '个', subject: '党组织', action: '选树' },
      { span: '组织12名党员', value: 12, unit: '名', subject: '党员', action: '组织' },
    ] },
    { note: 'a verb in brackets of its own is a gloss inside the noun, not the action', text: '2022年全区经营(销售)收入346.62亿元,规上工业总产值283.67亿元。', expect: [
      { span: '全区经营(销售)收入346.62亿元', value: 34662000000, unit: '元', subject: '全区经营(销售)收入', action: null },
      { span: '规上工业总产值283.67亿元', value: 28367000000, unit: '元', subject: '规上工业总产值', action: null },
    ] },
    { note: 'an amount after 过 qualifies the noun (过亿元项目); 辐射 is a verb; a meeting named 发展大会 is one noun', text: '引进甘肃某纸制品基地等5个过亿元项目,辐射链上园区企业28家,每年举办1次全县发展大会。', expect: [
      { span: '引进甘肃某纸制品基地等5个过亿元项目', value: 5, unit: '个', subject: '过亿元项目', action: '引进' },
      { span: '辐射链上园区企业28家', value: 28, unit: '家', subject: '链上园区企业', action: '辐射' },
      { span: '举办1次全县发展大会', value: 1, unit: '次', subject: '全县发展大会', action: '举办' },
    ] },
    { note: 'how often (每月, 每个季度) stands between the doers and the figure; times counted before where they go and what is done there (到企业走访) are of that deed, not of the doers', text: '党工委委员每月至少1次到企业走访,党员每年参加培训不少于2次,全年2次到园区。', expect: [
      { span: '至少1次到企业走访', value: 1, unit: '次', approx: 'over', subject: '走访', action: '走访' },
    ], partial: true },
    { note: 'a verb inside a quoted name is no action (助企 in “经融助企”); 颁发 is a verb', text: '现场发布了“经融助企”“浦法惠企”三个红盟品牌,为4位主席团成员颁发聘书。', expect: [
      { span: '发布了“经融助企”“浦法惠企”三个红盟品牌', value: 3, unit: '个', subject: '红盟品牌', action: '发布' },
      { span: '4位主席团成员', value: 4, unit: '位', subject: '主席团成员' },
    ] },
    { note: 'a verb and its object before 的 describe the body or person counted after it; a share that does something to another object has no action, with a relative clause before it or without', text: '符合组建条件的非公企业99.6%建立了党组织。新加入党组织的党员120名。规模以上非公企业95%建立了党组织。', expect: [
      { span: '组建条件的非公企业99.6%', value: 99.6, unit: '%', subject: '非公企业', action: null },
      { span: '加入党组织的党员120名', value: 120, unit: '名', subject: '党员', action: '加入' },
      { span: '规模以上非公企业95%', value: 95, unit: '%', subject: '规模以上非公企业', action: null },
    ] },
    { note: 'look-alike: 的 of a possession before what is not a body or person stays in the subject', text: '新建党的工作阵地12个。', expect: [
      { span: '新建党的工作阵地12个', value: 12, unit: '个', subject: '党的工作阵地', action: '新建' },
    ] },
    { note: 'right after the classifier an adjective, not an adverb, opens the noun (正式党员); later the adverb still ends it', text: '对园区有3名以上正式党员的企业单独建立党组织,12名党员积极参与。', expect: [
      { span: '3名以上正式党员', value: 3, unit: '名', approx: 'over', subject: '正式党员' },
      { span: '12名党员', value: 12, unit: '名', subject: '党员' },
    ], partial: true },
    { note: '专题 opens a noun (专题会), it is no adverb there; 集中 after a noun still is (企业集中在园区)', text: '派驻企业党建指导员每个季度召开1次专题会,80%的企业集中在园区。', expect: [
      { span: '召开1次专题会', value: 1, unit: '次', subject: '专题会', action: '召开' },
      { span: '80%的企业', value: 80, unit: '%', subject: '企业' },
    ] },
    { note: 'a verb inside a company’s name (创业投资有限公司, 融资担保有限公司) is no action: the helper 组织 hands on to 开展', text: '组织泰山创业投资有限公司党支部、华通融资担保有限公司党支部等100余名志愿者开展活动。', expect: [
      { span: '100余名志愿者', value: 100, unit: '名', approx: 'over', subject: '志愿者', action: '开展' },
    ] },
    { note: 'a verb before a unit of a team (服务分队, 巡逻大队) is part of the noun', text: '作为10支志愿服务分队之一,组建2个巡逻大队。', expect: [
      { span: '10支志愿服务分队', value: 10, unit: '支', subject: '志愿服务分队' },
      { span: '组建2个巡逻大队', value: 2, unit: '个', subject: '巡逻大队', action: '组建' },
    ] },
    { note: 'a change from one figure to another: what changes is named before 从, and goes on to the second figure; money as it is spoken (块钱)', text: '每人费用从93元降至75元,平均每天能多挣30块钱左右。', expect: [
      { span: '费用从93元', value: 93, unit: '元', subject: '费用' },
      { span: '降至75元', value: 75, unit: '元', subject: '费用', action: '降至' },
      { span: '能多挣30块钱左右', value: 30, unit: '元', approx: 'about' },
    ], partial: true },
    { note: 'look-alike: 从 after a verb is a preposition of the clause (从企业中选派), not a change of a figure', text: '从园区企业中选派12名党员。', expect: [
      { span: '选派12名党员', value: 12, unit: '名', subject: '党员', action: '选派' },
    ] },
    { note: 'what the counted are like (像朱师傅这样的) stands before 的; the noun after it is counted', text: '每天有近两千名像朱师傅这样的骑手穿梭于楼宇巷陌。', expect: [
      { span: '近两千名像朱师傅这样的骑手', value: 2000, unit: '名', approx: 'under', subject: '骑手' },
    ] },
    { note: 'what the counted are mostly made of (以…为主的, 以…为骨干的) describes the noun after it, before the figure or after it; the 就 of 新就业形态 is no adverb', text: '全区3000余名以快递员、网约配送员为主的新就业形态劳动者穿梭街巷。组建以党员为骨干的志愿服务队12支。', expect: [
      { span: '3000余名以快递员、网约配送员为主的新就业形态劳动者', value: 3000, unit: '名', approx: 'over', subject: '新就业形态劳动者' },
      { span: '组建以党员为骨干的志愿服务队12支', value: 12, unit: '支', subject: '志愿服务队', action: '组建' },
    ] },
    { note: 'people counted right after what they did are named before the verb (累计 no part of them); where no people are named there, the verb stays (服务超5000人次)', text: '网约配送员累计注册超1.3万人,外卖骑手先后报名300人。累计服务超5000人次。', expect: [
      { span: '网约配送员累计注册超1.3万人', value: 13000, unit: '人', approx: 'over', subject: '网约配送员', action: '注册' },
      { span: '外卖骑手先后报名300人', value: 300, unit: '人', subject: '外卖骑手', action: '报名' },
      { span: '服务超5000人次', value: 5000, unit: '人次', approx: 'over', subject: '服务', action: '服务' },
    ] },
    { note: 'orders are counted by 单 (单位, 单独, 单元 are words)', text: '日配送量高达35万单,组织3单位参加,单独组建2个党支部。', expect: [
      { span: '日配送量高达35万单', value: 350000, unit: '单', subject: '日配送量', action: null },
      { span: '组建2个党支部', value: 2, unit: '个', subject: '党支部', action: '组建' },
    ] },
    { note: '将 before a list closed by 等 puts the counted before their verb, and the counts joined after it go with it; 将 before a verb says what will be', text: '行业党委将美团、饿了么等6家平台1848名骑手、35名党员纳入工作范围。将建设、维护等12个项目列入清单。园区将建成职工之家等5个阵地。', expect: [
      { span: '6家平台', value: 6, unit: '家', subject: '平台', action: '纳入' },
      { span: '1848名骑手', value: 1848, unit: '名', subject: '骑手', action: '纳入' },
      { span: '35名党员', value: 35, unit: '名', subject: '党员', action: '纳入' },
      { span: '12个项目', value: 12, unit: '个', subject: '项目', action: '列入' },
      { span: '建成职工之家等5个阵地', value: 5, unit: '个', subject: '阵地', action: '建成' },
    ] },
    { note: 'surveys handed back (收回), and a verb of putting into before a list word (列入清单) stays a verb; 服务清单 is a noun', text: '收回1327份问卷,制定服务清单12项。', expect: [
      { span: '收回1327份问卷', value: 1327, unit: '份', subject: '问卷', action: '收回' },
      { span: '制定服务清单12项', value: 12, unit: '项', subject: '服务清单', action: '制定' },
    ] },
    { note: 'right after the classifier a verb before the bodies or people it describes is part of the noun (帮扶企业, 结对干部); elsewhere it acts on them (走访企业)', text: '25个帮扶企业共走访30个村,选派3名结对干部,开展3次走访企业活动。', expect: [
      { span: '25个帮扶企业', value: 25, unit: '个', subject: '帮扶企业', action: null },
      { span: '走访30个村', value: 30, unit: '个', subject: '村', action: '走访' },
      { span: '选派3名结对干部', value: 3, unit: '名', subject: '结对干部', action: '选派' },
      { span: '开展3次走访企业活动', value: 3, unit: '次', subject: '走访企业活动', action: '开展' },
    ] },
    { note: 'a quoted name right after the classifier is read whole (共, 强 inside it are no adverb or adjective), with the noun after it; a verb after the quote ends the phrase, one a body follows does not (示范村)', text: '成立12个“共富工坊”,打造30个左右党建强、产业强的“双强”示范村,2000余名“快递小哥”穿梭街巷。', expect: [
      { span: '成立12个“共富工坊”', value: 12, unit: '个', subject: '共富工坊', action: '成立' },
      { span: '打造30个左右党建强、产业强的“双强”示范村', value: 30, unit: '个', approx: 'about', subject: '双强示范村', action: '打造' },
      { span: '2000余名“快递小哥”', value: 2000, unit: '名', approx: 'over', subject: '快递小哥', action: '穿梭' },
    ] },
    { note: 'a manner of meeting (面对面) ends the counted noun; a pair joined by 和 does what is said of it after (结对签约, 参加), both of them; a verb before the pair is not after it', text: '12个村党支部书记与18名企业家面对面交流。当日,105家企业和105个村结对签约,30名党员和50名群众一起参加。选派10名干部和20名党员。', expect: [
      { span: '18名企业家', value: 18, unit: '名', subject: '企业家' },
      { span: '105家企业', value: 105, unit: '家', subject: '企业', action: '结对签约' },
      { span: '105个村', value: 105, unit: '个', subject: '村', action: '结对签约' },
      { span: '30名党员', value: 30, unit: '名', subject: '党员', action: '参加' },
      { span: '选派10名干部', value: 10, unit: '名', subject: '干部', action: '选派' },
      { span: '20名党员', value: 20, unit: '名', subject: '党员', action: '选派' },
    ], partial: true },
    { note: 'a verb before 类 or 型 makes a kind (科技服务类企业, 服务型党组织); 类似 is no ending', text: '写字楼里聚集着50多家科技服务类企业,培育12家服务型党组织,处理类似问题20个。', expect: [
      { span: '聚集着50多家科技服务类企业', value: 50, unit: '家', approx: 'over', subject: '科技服务类企业', action: '聚集' },
      { span: '培育12家服务型党组织', value: 12, unit: '家', subject: '服务型党组织', action: '培育' },
      { span: '处理类似问题20个', value: 20, unit: '个', subject: '类似问题', action: '处理' },
    ] },
    { note: '增收 is a change said of the noun before it; bare figures listed right after one share its subject and its verb, or its lack of one (达 links)', text: '带动村集体增收20万元。两村分别增收60万元、150万元。企业创收分别达70万元、90万元。', expect: [
      { span: '村集体增收20万元', value: 200000, unit: '元', subject: '村集体', action: '增收' },
      { span: '150万元', value: 1500000, unit: '元', action: '增收' },
      { span: '90万元', value: 900000, unit: '元', subject: '企业创收', action: null },
    ], partial: true },
    { note: 'an idiom after the counted noun says what they are like (星罗棋布, 遍地开花), and is no part of it', text: '商圈内1600余户大小商家星罗棋布,全区200余家小微企业遍地开花。', expect: [
      { span: '1600余户大小商家', value: 1600, unit: '户', approx: 'over', subject: '大小商家' },
      { span: '200余家小微企业', value: 200, unit: '家', approx: 'over', subject: '小微企业' },
    ] },
    { note: 'a change from one figure to another with the times they stood at (由2019年的, 到目前的): what changes is named before 由/从 for both', text: '全区非公企业党组织由2019年的120个增加到目前的286个,党员人数从原来的1200名增至3500名。', expect: [
      { span: '全区非公企业党组织由2019年的120个', value: 120, unit: '个', subject: '全区非公企业党组织', action: null },
      { span: '增加到目前的286个', value: 286, unit: '个', subject: '全区非公企业党组织', action: '增加到' },
      { span: '党员人数从原来的1200名', value: 1200, unit: '名', subject: '党员人数', action: null },
      { span: '增至3500名', value: 3500, unit: '名', subject: '党员人数', action: '增至' },
    ] },
    { note: 'a bare 万 before 余/多 is ten thousand and more, as 千余 is a thousand; a bare 亿 or 万 elsewhere is no number', text: '惠及群众万余人,服务企业职工万多人次,亿元以上项目12个。', expect: [
      { span: '惠及群众万余人', value: 10000, unit: '人', approx: 'over', subject: '群众', action: '惠及' },
      { span: '服务企业职工万多人次', value: 10000, unit: '人次', approx: 'over', subject: '企业职工', action: '服务' },
      { span: '亿元以上项目12个', value: 12, unit: '个', subject: '亿元以上项目' },
    ] },
    { note: 'a count whose noun is a level alone (市级) shares the head of the next count joined to it, and its evidence runs on to that head; a level with its own noun keeps it', text: '已在12条市级、23条县级关键产业链上建起联合党委,打造市级示范点2处、县级示范点10处。', expect: [
      { span: '12条市级、23条县级关键产业链', value: 12, unit: '条', subject: '市级关键产业链' },
      { span: '23条县级关键产业链', value: 23, unit: '条', subject: '县级关键产业链' },
      { span: '打造市级示范点2处', value: 2, unit: '处', subject: '市级示范点', action: '打造' },
      { span: '县级示范点10处', value: 10, unit: '处', subject: '县级示范点', action: '打造' },
    ] },
    { note: 'what bodies need after their count is not what is counted (5家链主企业共性需求); 将 before a few words of where puts the counted before their verb (将链上…凝聚)', text: '回应5家链主企业共性需求,将链上182家企业凝聚在党组织周围,园区将新建12个党群服务中心。', expect: [
      { span: '5家链主企业', value: 5, unit: '家', subject: '链主企业' },
      { span: '182家企业', value: 182, unit: '家', subject: '企业', action: '凝聚' },
      { span: '新建12个党群服务中心', value: 12, unit: '个', subject: '党群服务中心', action: '新建' },
    ] },
    { note: 'verbs of stationing (驻链) end the people counted before them; winning back (挽回, 追回) and putting in force (实行) are verbs', text: '选派27名党建指导员驻链服务,为企业挽回损失超100万元,追回10余万元违约金,实行联席会议等6项协同机制。', expect: [
      { span: '选派27名党建指导员', value: 27, unit: '名', subject: '党建指导员', action: '选派' },
      { span: '挽回损失超100万元', value: 1000000, unit: '元', approx: 'over', subject: '损失', action: '挽回' },
      { span: '追回10余万元违约金', value: 100000, unit: '元', approx: 'over', subject: '违约金', action: '追回' },
      { span: '实行联席会议等6项协同机制', value: 6, unit: '项', subject: '协同机制', action: '实行' },
    ] },
    { note: 'bare figures listed with 和 share the subject and verb of the first (分别投入…和…); a 的 the count before left opens no noun; a ratio changed to a figure has the change as its action; a level alone after a count takes its head', text: '两个基地分别投入资金200万元和150万元。三个园区的党员人数分别为120名、98名和76名。党员占职工总数的比例由12%提高到18%。获评省级先进基层党组织2个、市级5个。', expect: [
      { span: '150万元', value: 1500000, unit: '元', subject: '资金', action: '投入' },
      { span: '党员人数分别为120名', value: 120, unit: '名', subject: '党员人数', action: null },
      { span: '76名', value: 76, unit: '名', subject: '党员人数', action: null },
      { span: '提高到18%', value: 18, unit: '%', subject: '党员占职工总数的比例', action: '提高到' },
      { span: '获评省级先进基层党组织2个、市级5个', value: 5, unit: '个', subject: '市级先进基层党组织', action: '获评' },
    ], partial: true },
    { note: 'a part named after 其中 was counted by the whole’s verb, and the list after it too; with no verb for the whole, none for the part', text: '新增市场主体2356户,其中企业812家。新建党组织56个,其中党委3个、党总支5个。园区现有党组织40个,其中党委2个。', expect: [
      { span: '企业812家', value: 812, unit: '家', subject: '企业', action: '新增' },
      { span: '党委3个', value: 3, unit: '个', subject: '党委', action: '新建' },
      { span: '党总支5个', value: 5, unit: '个', subject: '党总支', action: '新建' },
      { span: '党委2个', value: 2, unit: '个', subject: '党委', action: null },
    ], partial: true },
    { note: 'verbs of building and fitting out (安装, 增设, 维修, 更新, 购置); lamps are counted by 盏', text: '安装充电桩80个,增设停车位30个,维修路灯120盏,更新智能设备30台,购置电脑12台。', expect: [
      { span: '更新智能设备30台', value: 30, unit: '台', subject: '智能设备', action: '更新' },
      { span: '购置电脑12台', value: 12, unit: '台', subject: '电脑', action: '购置' },
      { span: '安装充电桩80个', value: 80, unit: '个', subject: '充电桩', action: '安装' },
      { span: '增设停车位30个', value: 30, unit: '个', subject: '停车位', action: '增设' },
      { span: '维修路灯120盏', value: 120, unit: '盏', subject: '路灯', action: '维修' },
    ] },
    { note: 'a verb right after an aside in brackets makes a noun with the word inside or before it (经济(社会)组织: no verb 组织), as 经营(销售)收入 glosses a word', text: '全市经济(社会)组织党委达到12个,经营(销售)收入346亿元。', expect: [
      { span: '全市经济(社会)组织党委达到12个', value: 12, unit: '个', subject: '全市经济(社会)组织党委', action: null },
      { span: '经营(销售)收入346亿元', value: 34600000000, unit: '元', subject: '经营(销售)收入', action: null },
    ] },
    { note: 'steps of membership and honours (确定, 评选表彰) are verbs; so is 参赛, but 参赛队伍 a noun; films and books are counted by 部, not 部门', text: '确定入党积极分子42名,评选表彰优秀共产党员50名,吸引32支代表队参赛,32支参赛队伍同台竞技,组织党员观看教育片12部,12部门联合检查。', expect: [
      { span: '确定入党积极分子42名', value: 42, unit: '名', subject: '入党积极分子', action: '确定' },
      { span: '评选表彰优秀共产党员50名', value: 50, unit: '名', subject: '优秀共产党员', action: '评选表彰' },
      { span: '吸引32支代表队', value: 32, unit: '支', subject: '代表队', action: '吸引' },
      { span: '32支参赛队伍', value: 32, unit: '支', subject: '参赛队伍', action: '同台竞技' },
      { span: '观看教育片12部', value: 12, unit: '部', subject: '教育片', action: '观看' },
    ] },
    { note: 'a one-character verb with its object (办实事): the figure after counts the object; 办实事项目 is a noun', text: '三是强化服务保障,为企业办实事45件,确定办实事项目12个。', expect: [
      { span: '办实事45件', value: 45, unit: '件', subject: '实事', action: '办' },
      { span: '确定办实事项目12个', value: 12, unit: '个', subject: '办实事项目', action: '确定' },
    ] },
    { note: 'a size before 的 describes the noun counted after it, before the figure or after it, and is no count; a milestone (大关) names nothing, what reached it does', text: '建成3个面积超500平方米的活动阵地,建成面积1200平方米的党群服务中心1个,年产值突破10亿元大关。', expect: [
      { span: '建成3个面积超500平方米的活动阵地', value: 3, unit: '个', subject: '活动阵地', action: '建成' },
      { span: '建成面积1200平方米的党群服务中心1个', value: 1, unit: '个', subject: '党群服务中心', action: '建成' },
      { span: '年产值突破10亿元', value: 1000000000, unit: '元', approx: 'over', subject: '年产值' },
    ] },
    { note: 'a figure compared (超, 以上) before 的, between a count and its noun, says which things are counted and is no count; before what a figure is measured up to (目标) it is one', text: '培育12家年营收2000万元以上的规上企业,建成3个投资超500万元的党群服务中心,共有34座税收超亿元的高端楼宇;8家企业营收超1000万元的目标已实现。', expect: [
      { span: '培育12家年营收2000万元以上的规上企业', value: 12, unit: '家', subject: '规上企业', action: '培育' },
      { span: '建成3个投资超500万元的党群服务中心', value: 3, unit: '个', subject: '党群服务中心', action: '建成' },
      { span: '34座税收超亿元的高端楼宇', value: 34, unit: '座', subject: '高端楼宇', action: null },
      { span: '8家企业', value: 8, unit: '家', subject: '企业' },
      { span: '营收超1000万元', value: 10000000, unit: '元', approx: 'over', subject: '营收' },
    ] },
    { note: '成/上/数 ending a word before a Chinese numeral that is no round number make nothing vague (建成三个, 线上三场)', text: '建成三个党群服务中心,组成两支志愿服务队,线上开展三场培训,建成十个服务站。', expect: [
      { span: '建成三个党群服务中心', value: 3, unit: '个', subject: '党群服务中心', action: '建成' },
      { span: '组成两支志愿服务队', value: 2, unit: '支', subject: '志愿服务队', action: '组成' },
      { span: '开展三场培训', value: 3, unit: '场', subject: '培训', action: '开展' },
      { span: '建成十个服务站', value: 10, unit: '个', subject: '服务站', action: '建成' },
    ] },
    { note: 'money before 的 is the sum of the noun after it (not of what it is measured up to: 目标); a rate’s unit (/家) is no part of the noun; a verb before a fund’s noun is part of it (慰问金, 帮扶资金); 经费 (jieba: vn) is one word, 用于 no part of a noun', text: '给予2000元的奖励,发放5000元的慰问金,筹集100万元帮扶资金,下拨2000元/家党建经费,投入50万元的资金用于阵地建设,实现营收2000万元的目标。', expect: [
      { span: '给予2000元的奖励', value: 2000, unit: '元', subject: '奖励', action: '给予' },
      { span: '发放5000元的慰问金', value: 5000, unit: '元', subject: '慰问金', action: '发放' },
      { span: '筹集100万元帮扶资金', value: 1000000, unit: '元', subject: '帮扶资金', action: '筹集' },
      { span: '下拨2000元/家党建经费', value: 2000, unit: '元', subject: '党建经费', action: '下拨' },
      { span: '投入50万元的资金', value: 500000, unit: '元', subject: '资金', action: '投入' },
      { span: '实现营收2000万元', value: 20000000, unit: '元', subject: '营收', action: '实现' },
    ] },
    { note: 'a verb of what is new right after the classifier describes the noun after it (新建, 新入驻); alone it is the verb', text: '共有16家新建社会组织党组织,引进5家新入驻企业,全年新建12个。', expect: [
      { span: '16家新建社会组织党组织', value: 16, unit: '家', subject: '新建社会组织党组织', action: null },
      { span: '引进5家新入驻企业', value: 5, unit: '家', subject: '新入驻企业', action: '引进' },
      { span: '新建12个', value: 12, unit: '个', action: '新建' },
    ] },
    { note: 'a verb after 分别/统一/先后, with its own object before the figure, is the figure’s; what stands before the adverb is whom it was done to', text: '对支部建设示范点分别下拨党费1000元,为企业支部统一配发党旗120面,组织党员先后走访企业50家。', expect: [
      { span: '下拨党费1000元', value: 1000, unit: '元', subject: '党费', action: '下拨' },
      { span: '配发党旗120面', value: 120, unit: '面', subject: '党旗', action: '配发' },
      { span: '走访企业50家', value: 50, unit: '家', subject: '企业', action: '走访' },
    ] },
    { note: 'adverbs that are adjectives before a noun are part of it (重点企业, 专项资金, 统一战线); 统一 before a verb is the verb’s', text: '重点企业120家,专项资金50万元,成立3个统一战线工作小组,为12家企业支部统一配发党旗。', expect: [
      { span: '重点企业120家', value: 120, unit: '家', subject: '重点企业', action: null },
      { span: '专项资金50万元', value: 500000, unit: '元', subject: '专项资金', action: null },
      { span: '成立3个统一战线工作小组', value: 3, unit: '个', subject: '统一战线工作小组', action: '成立' },
      { span: '12家企业支部', value: 12, unit: '家', subject: '企业支部', action: null },
    ] },
    { note: 'a kind of work (机制, 举措) closing the clause is named with the verbs before it; people before a verb do it; a verb’s first character that ends the word before it (工商联|建立) starts no verb', text: '市工商联建立走企连心等3项亲企助企工作机制,推出5项惠企服务举措,建立3项联系服务企业机制,组织12名党员服务企业发展机制。', expect: [
      { span: '建立走企连心等3项亲企助企工作机制', value: 3, unit: '项', subject: '亲企助企工作机制', action: '建立' },
      { span: '推出5项惠企服务举措', value: 5, unit: '项', subject: '惠企服务举措', action: '推出' },
      { span: '建立3项联系服务企业机制', value: 3, unit: '项', subject: '联系服务企业机制', action: '建立' },
      { span: '组织12名党员', value: 12, unit: '名', subject: '党员', action: '组织' },
    ] },
    { note: 'a change to a figure said right before it measures the noun in front of it (a preposition before that aside); a verb jieba knows acting on an object after the figure starts the next predicate', text: '园区企业数增至120家,为全市上榜数增加至23家作出积极贡献。', expect: [
      { span: '园区企业数增至120家', value: 120, unit: '家', subject: '园区企业数', action: '增至' },
      { span: '全市上榜数增加至23家', value: 23, unit: '家', subject: '全市上榜数', action: '增加至' },
    ] },
    { note: 'verbs of gathering, pushing out and covering', text: '归集产权保护等问题138个,推送惠企政策800多条,成立涵盖27家商会的联盟。', expect: [
      { span: '归集产权保护等问题138个', value: 138, unit: '个', subject: '产权保护等问题', action: '归集' },
      { span: '推送惠企政策800多条', value: 800, unit: '条', approx: 'over', subject: '惠企政策', action: '推送' },
      { span: '涵盖27家商会', value: 27, unit: '家', subject: '商会', action: '涵盖' },
    ] },
    { note: 'indicators named by a verb are nouns (年销售收入, 开票销售, 销售额); a rate’s unit after money (/亩) names nothing; 服务事项 is a noun; a quotation after a whole noun closing the clause is its predicate (“自助办”), one after the classifier a name', text: '项目年销售收入2.6亿元,园区工业开票销售超百亿元,产出强度343.81万元/亩,实现946项服务事项“一窗通办”,168项高频事项“自助办”,建成5个“党员之家”。', expect: [
      { span: '项目年销售收入2.6亿元', value: 260000000, unit: '元', subject: '项目年销售收入', action: null },
      { span: '园区工业开票销售超百亿元', value: 10000000000, unit: '元', approx: 'over', subject: '园区工业开票销售', action: null },
      { span: '产出强度343.81万元', value: 3438100, unit: '元', subject: '产出强度', action: null },
      { span: '实现946项服务事项', value: 946, unit: '项', subject: '服务事项', action: '实现' },
      { span: '168项高频事项', value: 168, unit: '项', subject: '高频事项', action: null },
      { span: '建成5个“党员之家”', value: 5, unit: '个', subject: '党员之家', action: '建成' },
    ] },
    { note: 'bodies’ resources or strength after their count are not counted: the bodies are, and the verb acts on the resources', text: '整合泰隆银行、上海电信等十家单位资源,凝聚12家单位力量。', expect: [
      { span: '十家单位', value: 10, unit: '家', subject: '单位', action: null },
      { span: '12家单位', value: 12, unit: '家', subject: '单位', action: null },
    ] },
    { note: 'the parts listed clause by clause after 其中 were all counted by the whole’s verb; 组建 after a verb is no noun ending (推进组建), 推进组 is a noun', text: '共建立党组织2460家,其中党委34家,党总支36家,党支部2390家。通过5种形式推进组建,成立推进组3个。', expect: [
      { span: '建立党组织2460家', value: 2460, unit: '家', subject: '党组织', action: '建立' },
      { span: '党委34家', value: 34, unit: '家', subject: '党委', action: '建立' },
      { span: '党总支36家', value: 36, unit: '家', subject: '党总支', action: '建立' },
      { span: '党支部2390家', value: 2390, unit: '家', subject: '党支部', action: '建立' },
      { span: '5种形式', value: 5, unit: '种', subject: '形式' },
      { span: '成立推进组3个', value: 3, unit: '个', subject: '推进组', action: '成立' },
    ] },
    { note: 'a locative and 有 after a count say that some among them are counted next: the noun is the first count’s', text: '园区38家规上企业中有35家建立了党组织,全县120家非公企业中已有98家成立党支部。', expect: [
      { span: '38家规上企业', value: 38, unit: '家', subject: '规上企业', action: null },
      { span: '中有35家', value: 35, unit: '家', subject: '规上企业', action: null },
      { span: '120家非公企业', value: 120, unit: '家', subject: '非公企业', action: null },
      { span: '中已有98家', value: 98, unit: '家', subject: '非公企业', action: null },
    ] },
    { note: 'ten thousand alone after a word of approximation is a figure (超万人, 近万名); 上万 stays vague; 试点 is a verb after what it is tried in, a noun after the classifier', text: '服务群众逾万人次,惠及职工近万名,上万人参加;在6幢重点楼宇试点推出楼事会制度,选取3个试点社区,建成13个试点。', expect: [
      { span: '服务群众逾万人次', value: 10000, unit: '人次', approx: 'over', subject: '群众', action: '服务' },
      { span: '惠及职工近万名', value: 10000, unit: '名', approx: 'under', subject: '职工', action: '惠及' },
      { span: '6幢重点楼宇', value: 6, unit: '幢', subject: '重点楼宇', action: null },
      { span: '选取3个试点社区', value: 3, unit: '个', subject: '试点社区', action: '选取' },
      { span: '建成13个试点', value: 13, unit: '个', subject: '试点', action: '建成' },
    ] },
    { note: 'bodies before a verb setting up a kind of work do it: the kind is its object, not part of the counted noun', text: '为近万家会员企业搭建资源共享平台。', expect: [
      { span: '近万家会员企业', value: 10000, unit: '家', approx: 'under', subject: '会员企业', action: null },
    ] },
    { note: 'an aside the phrase opens, ended by a verb inside it, is no part of the noun; a name’s bracket closed inside the phrase is', text: '3个联合党支部(覆盖13个社会组织),成立12个县(市、区)工作专班。', expect: [
      { span: '3个联合党支部', value: 3, unit: '个', subject: '联合党支部' },
      { span: '覆盖13个社会组织', value: 13, unit: '个', subject: '社会组织', action: '覆盖' },
      { span: '成立12个县(市、区)工作专班', value: 12, unit: '个', subject: '县(市、区)工作专班', action: '成立' },
    ] },
    { note: 'one-character verbs with their objects listed before the figure count the objects, as listed, done by the first verb', text: '为群众办好事、解难题300余件。', expect: [
      { span: '办好事、解难题300余件', value: 300, unit: '件', approx: 'over', subject: '好事、难题', action: '办' },
    ] },
    { note: 'times counted before where they go and what is done there: the verbs, run together, name them', text: '党工委委员每月至少1次到挂钩企业走访调研,3次到北京学习。', expect: [
      { span: '至少1次到挂钩企业走访调研', value: 1, unit: '次', approx: 'over', subject: '走访调研', action: '走访调研' },
      { span: '3次到北京学习', value: 3, unit: '次', subject: '学习', action: '学习' },
    ] },
    { note: 'setting up party bodies with 设 alone; 设 ending a word (建设, 下设, 创设) is that word', text: '在机关设党委1个、党支部12个,在车间设党员示范岗12个,下设4个职能支部,创设服务平台等5个方面。', expect: [
      { span: '设党委1个', value: 1, unit: '个', subject: '党委', action: '设' },
      { span: '党支部12个', value: 12, unit: '个', subject: '党支部', action: '设' },
      { span: '设党员示范岗12个', value: 12, unit: '个', subject: '党员示范岗', action: '设' },
      { span: '下设4个职能支部', value: 4, unit: '个', subject: '职能支部', action: '下设' },
      { span: '5个方面', value: 5, unit: '个', subject: '方面', action: null },
    ] },
    { note: '设 before a few words naming which party bodies (设机关党委和…党委各1个); the words 设 opens (设计院) set up nothing', text: '高新区党工委设机关党委和经济(社会)组织党委各1个,市建筑设计院党委下设党支部3个。', expect: [
      { span: '设机关党委和经济(社会)组织党委各1个', value: 1, unit: '个', subject: '机关党委和经济(社会)组织党委', action: '设' },
      { span: '下设党支部3个', value: 3, unit: '个', subject: '党支部', action: '下设' },
    ] },
    { note: 'a quoted name right after the classifier that ends as bodies do is whole: the word after it goes on with the clause; one that does not end so is followed by its noun', text: '组建13个“天目共富联盟”定向帮扶薄弱村,培育3个“双强”示范村,成立3个“红色联盟”党支部。', expect: [
      { span: '组建13个“天目共富联盟”', value: 13, unit: '个', subject: '天目共富联盟', action: '组建' },
      { span: '培育3个“双强”示范村', value: 3, unit: '个', subject: '双强示范村', action: '培育' },
      { span: '成立3个“红色联盟”党支部', value: 3, unit: '个', subject: '红色联盟党支部', action: '成立' },
    ] },
    { note: 'an indicator named right before a sum is what it measures, whatever noun follows 的; a verb after 主动 is the figure’s, not one inside a noun before it (项目建设党员先锋队)', text: '项目建设党员先锋队主动前往总投资2.2亿元的项目现场服务,引进总投资5亿元的新能源项目3个。', expect: [
      { span: '前往总投资2.2亿元', value: 220000000, unit: '元', subject: '总投资', action: '前往' },
      { span: '引进总投资5亿元', value: 500000000, unit: '元', subject: '总投资', action: '引进' },
      { span: '新能源项目3个', value: 3, unit: '个', subject: '新能源项目' },
    ] },
    { note: 'the verb 投资 before a sum names no indicator: the noun after 的 is what the sum is of', text: '企业投资10亿元的生产基地项目开工。', expect: [
      { span: '投资10亿元的生产基地项目', value: 1000000000, unit: '元', subject: '生产基地项目', action: '投资' },
    ] },
    { note: 'a figure inside the title of a document or periodical is part of its name; one after it counts', text: '县委制定下发了《两新党建十项扶持措施的通知》,编印《党建工作手册》500册。', expect: [
      { span: '编印《党建工作手册》500册', value: 500, unit: '册', subject: '《党建工作手册》', action: '编印' },
    ] },
    { note: 'a word of approximation before tenths (近九成, 超八成) is read as before other figures; the 近 of 附近 is none', text: '近九成企业完成组建,超八成党员参加,附近九成商户加入。', expect: [
      { span: '近九成企业', value: 90, unit: '%', approx: 'under', subject: '企业' },
      { span: '超八成党员', value: 80, unit: '%', approx: 'over', subject: '党员' },
      { span: '九成商户', value: 90, unit: '%', approx: 'exact', subject: '商户' },
    ] },
    { note: 'a fraction in words is a share, as a percentage to two places (三分之二 → 66.67), its approximation read on either side', text: '全县三分之二以上的民营企业建立了党组织,近三分之一的党员担任班组长,不良品率在千分之三以内,百分之百的企业完成年检。', expect: [
      { span: '三分之二以上的民营企业', value: 66.67, unit: '%', approx: 'over', subject: '民营企业' },
      { span: '近三分之一的党员', value: 33.33, unit: '%', approx: 'under', subject: '党员' },
      { span: '不良品率在千分之三以内', value: 0.3, unit: '%', approx: 'under', subject: '不良品率' },
      { span: '百分之百的企业', value: 100, unit: '%', approx: 'exact', subject: '企业' },
    ] },
    { note: '半数 is half (50 %), 过半数 over it; 半数字化 and 十分之 (an adverb) are no shares', text: '半数以上党员参加了培训,过半数企业建立工会,超过半数的社区设立服务站。推进半数字化改造十分之重要。', expect: [
      { span: '半数以上党员', value: 50, unit: '%', approx: 'over', subject: '党员' },
      { span: '过半数企业', value: 50, unit: '%', approx: 'over', subject: '企业' },
      { span: '超过半数的社区', value: 50, unit: '%', approx: 'over', subject: '社区' },
    ] },
    { note: 'the copula 是, a word of its own, ends the noun after a share', text: '超过60%的党员是青年,三分之二的职工是90后。', expect: [
      { span: '超过60%的党员', value: 60, unit: '%', approx: 'over', subject: '党员' },
      { span: '三分之二的职工', value: 66.67, unit: '%', subject: '职工' },
    ] },
    { note: 'parts after 其中, one to a clause, carry the whole’s noun, and how each was set up (单独建, 联合建) is its action; 单独组建 stays 组建', text: '建立非公企业党组织40个,其中37个单独建,3个联合建。单独组建2个党支部。', expect: [
      { span: '建立非公企业党组织40个', value: 40, unit: '个', subject: '非公企业党组织', action: '建立' },
      { span: '37个单独建', value: 37, unit: '个', subject: '非公企业党组织', action: '单独建' },
      { span: '3个联合建', value: 3, unit: '个', subject: '非公企业党组织', action: '联合建' },
      { span: '组建2个党支部', value: 2, unit: '个', subject: '党支部', action: '组建' },
    ] },
    { note: 'a verb said after a part with no verb before it (5个开工, 3个已投产) is said of the noun counted before; events are named by their verb (3场培训)', text: '签约项目10个,其中5个开工,3个已投产;开展活动12场,其中3场培训;发展党员12名,其中8名是一线职工。', expect: [
      { span: '签约项目10个', value: 10, unit: '个', subject: '项目', action: '签约' },
      { span: '5个开工', value: 5, unit: '个', subject: '项目', action: '开工' },
      { span: '3个已投产', value: 3, unit: '个', subject: '项目', action: '投产' },
      { span: '开展活动12场', value: 12, unit: '场', subject: '活动', action: '开展' },
      { span: '3场培训', value: 3, unit: '场', subject: '培训' },
      { span: '发展党员12名', value: 12, unit: '名', subject: '党员', action: '发展' },
      { span: '8名', value: 8, unit: '名', subject: '党员', action: null },
    ] },
    { note: 'after a verb that takes the counted as its object, a verb right after the classifier with a noun after it describes the noun (帮扶活动, 服务热线, 共建项目); 将 puts the object first', text: '开展12场帮扶活动,开通2条服务热线,实施8个帮扶项目,推动45个共建项目落地,将6个招商项目纳入管理。', expect: [
      { span: '开展12场帮扶活动', value: 12, unit: '场', subject: '帮扶活动', action: '开展' },
      { span: '开通2条服务热线', value: 2, unit: '条', subject: '服务热线', action: '开通' },
      { span: '实施8个帮扶项目', value: 8, unit: '个', subject: '帮扶项目', action: '实施' },
      { span: '推动45个共建项目', value: 45, unit: '个', subject: '共建项目', action: '推动' },
      { span: '6个招商项目', value: 6, unit: '个', subject: '招商项目', action: '纳入' },
    ] },
    { note: 'look-alike: with no verb before the figure, a verb and its object after the classifier say what the counted did (其中20名参加培训); a verb jieba reads with its object as one word (解决问题) is no noun', text: '发展入党积极分子30名,其中20名参加培训。收集问题15个,其中12个解决问题。', expect: [
      { span: '发展入党积极分子30名', value: 30, unit: '名', subject: '入党积极分子', action: '发展' },
      { span: '20名参加', value: 20, unit: '名', subject: '入党积极分子', action: '参加' },
      { span: '收集问题15个', value: 15, unit: '个', subject: '问题', action: '收集' },
      { span: '12个解决', value: 12, unit: '个', subject: '问题', action: '解决' },
    ] },
    { note: '以上/以下 after a word of size or level is part of the noun (规模以上企业, 市级以上示范点); after a figure it is the figure’s approximation', text: '12家规模以上企业建立了党组织,培育5个市级以上示范点,建成8个县级及以上示范点,新建党组织30个以上。', expect: [
      { span: '12家规模以上企业', value: 12, unit: '家', subject: '规模以上企业' },
      { span: '培育5个市级以上示范点', value: 5, unit: '个', subject: '市级以上示范点', action: '培育' },
      { span: '建成8个县级及以上示范点', value: 8, unit: '个', subject: '县级及以上示范点', action: '建成' },
      { span: '新建党组织30个以上', value: 30, unit: '个', approx: 'over', subject: '党组织', action: '新建' },
    ] },
    { note: 'an age or a generation right after the classifier is part of the noun (35岁以下党员, 90后党员, 18-35周岁青年); 约有 is about', text: '选派3名35岁以下党员,培养12名90后党员,招募30名18-35周岁青年志愿者,约有90人参加了座谈会。', expect: [
      { span: '选派3名35岁以下党员', value: 3, unit: '名', subject: '35岁以下党员', action: '选派' },
      { span: '培养12名90后党员', value: 12, unit: '名', subject: '90后党员', action: '培养' },
      { span: '招募30名18-35周岁青年志愿者', value: 30, unit: '名', subject: '18-35周岁青年志愿者', action: '招募' },
      { span: '约有90人', value: 90, unit: '人', approx: 'about' },
    ] },
    { note: 'a quoted name of a class or a course before the figure names the events itself, the verb is not part of it (红色课堂, 培训班, 夜校)', text: '开设“红色课堂”12期,举办青年干部培训班3期,开办“红色夜校”8期,走访企业50次。', expect: [
      { span: '开设“红色课堂”12期', value: 12, unit: '期', subject: '红色课堂', action: '开设' },
      { span: '举办青年干部培训班3期', value: 3, unit: '期', subject: '青年干部培训班', action: '举办' },
      { span: '开办“红色夜校”8期', value: 8, unit: '期', subject: '红色夜校', action: '开办' },
      { span: '走访企业50次', value: 50, unit: '次', subject: '走访企业', action: '走访' },
    ] },
    { note: 'people counted after what was done for them (就业) are named by the people before it or by nothing; a verb founding bodies is not done to people', text: '解决群众就业410人,带动就业3000余人,新组建非公企业党支部书记80多人参加了培训,新增兼职党建指导员24名。', expect: [
      { span: '解决群众就业410人', value: 410, unit: '人', subject: '群众', action: '解决' },
      { span: '带动就业3000余人', value: 3000, unit: '人', approx: 'over', subject: null, action: '带动' },
      { span: '非公企业党支部书记80多人', value: 80, unit: '人', approx: 'over', subject: '非公企业党支部书记', action: null },
      { span: '新增兼职党建指导员24名', value: 24, unit: '名', subject: '兼职党建指导员', action: '新增' },
    ] },
    { note: 'money before a verb and its object paid for that (出资15万元提升阵地建设), which names nothing counted; a verb before a fund’s noun names it; opening, raising and putting in place are verbs', text: '企业出资15万元提升阵地建设,筹集100万元帮扶资金,落实300万元扶持资金,每户群众集资1200元,打通断头路9条,帮助企业招工1200余人。', expect: [
      { span: '出资15万元', value: 150000, unit: '元', subject: '出资', action: '出资' },
      { span: '筹集100万元帮扶资金', value: 1000000, unit: '元', subject: '帮扶资金', action: '筹集' },
      { span: '落实300万元扶持资金', value: 3000000, unit: '元', subject: '扶持资金', action: '落实' },
      { span: '集资1200元', value: 1200, unit: '元', subject: '集资', action: '集资' },
      { span: '打通断头路9条', value: 9, unit: '条', subject: '断头路', action: '打通' },
      { span: '招工1200余人', value: 1200, unit: '人', approx: 'over', subject: '招工', action: '招工' },
    ] },
    { note: '等 closes a list whose figure follows after 共/约, and the list (from 以及 on) is no part of the count before it; 共 before the next figure is no part of a noun', text: '86家园区党工委书记以及部分企业党组织书记等共约220人参加,组织3家银行共12家参加对接。', expect: [
      { span: '86家园区党工委', value: 86, unit: '家', subject: '园区党工委' },
      { span: '书记以及部分企业党组织书记等共约220人', value: 220, unit: '人', approx: 'about' },
      { span: '组织3家银行', value: 3, unit: '家', subject: '银行', action: '组织' },
      { span: '12家参加', value: 12, unit: '家', action: '参加' },
    ] },
    { note: 'a helper verb right before a verb naming money (协调贷款) is the doing and the money verb its object; what a body has under it (下辖) and what work yields (形成) are verbs', text: '为企业协调贷款1850万元,园区党委下辖党总支3个、党支部42个,梳理形成问题清单32条。', expect: [
      { span: '协调贷款1850万元', value: 18500000, unit: '元', subject: '贷款', action: '协调' },
      { span: '下辖党总支3个', value: 3, unit: '个', subject: '党总支', action: '下辖' },
      { span: '党支部42个', value: 42, unit: '个', subject: '党支部', action: '下辖' },
      { span: '形成问题清单32条', value: 32, unit: '条', subject: '问题清单', action: '形成' },
    ] },
    { note: 'nouns listed before 分别 share out the figures listed after it, one to each, when their numbers match', text: '党员先锋岗、党员责任区分别达到46个、38个,先锋岗、示范岗和责任区分别有12个、8个和5个。', expect: [
      { span: '党员先锋岗、党员责任区分别达到46个', value: 46, unit: '个', subject: '党员先锋岗' },
      { span: '38个', value: 38, unit: '个', subject: '党员责任区' },
      { span: '先锋岗、示范岗和责任区分别有12个', value: 12, unit: '个', subject: '先锋岗' },
      { span: '8个', value: 8, unit: '个', subject: '示范岗' },
      { span: '5个', value: 5, unit: '个', subject: '责任区' },
    ] },
    { note: 'look-alike: more figures after 分别 than nouns listed before it: none is shared out', text: '党支部、党小组分别为12个、30个、8个。', expect: [
      { span: '党支部、党小组分别为12个', value: 12, unit: '个', subject: '党支部、党小组' },
      { span: '30个', value: 30, unit: '个', subject: '党支部、党小组' },
      { span: '8个', value: 8, unit: '个', subject: '党支部、党小组' },
    ] },
    { note: '与/同 before a partner and a verb of doing together is a preposition: the partner is no part of what is counted; 与 joining two nouns before a head is', text: '全镇有14个村居与企业结成共建对子,5个党支部同社区党组织结对共建,建成3个科研与检测平台。', expect: [
      { span: '14个村居', value: 14, unit: '个', subject: '村居' },
      { span: '5个党支部', value: 5, unit: '个', subject: '党支部' },
      { span: '建成3个科研与检测平台', value: 3, unit: '个', subject: '科研与检测平台', action: '建成' },
    ] },
    { note: 'a verb before 生 makes a student (研究生, 培训生), not before a word 生 opens (研究生产难题); 招录/招收 are verbs; what exists may be quoted (现有“两新”党组织)', text: '新招录大学生120名,其中研究生18名,招收培训生30名,研究生产难题12个,全县现有“两新”党组织326个。', expect: [
      { span: '招录大学生120名', value: 120, unit: '名', subject: '大学生', action: '招录' },
      { span: '研究生18名', value: 18, unit: '名', subject: '研究生' },
      { span: '招收培训生30名', value: 30, unit: '名', subject: '培训生', action: '招收' },
      { span: '研究生产难题12个', value: 12, unit: '个', subject: '生产难题', action: '研究' },
      { span: '“两新”党组织326个', value: 326, unit: '个', subject: '两新党组织' },
    ] },
    { note: 'after people, who do it, 联系企业 is the verb and its object; elsewhere the firms so linked are a noun; 上市 is a verb, 上市企业 a noun', text: '每名指导员联系企业5至8家,到联系企业走访12次,推动8家企业上市,新增上市企业3家。', expect: [
      { span: '联系企业5至8家', value: 5, unit: '家', subject: '企业', action: '联系' },
      { span: '走访12次', value: 12, unit: '次', action: '走访' },
      { span: '推动8家企业', value: 8, unit: '家', subject: '企业', action: '推动' },
      { span: '新增上市企业3家', value: 3, unit: '家', subject: '上市企业', action: '新增' },
    ] },
    { note: 'a per-head word before a change (户均增加, 人均增收) is said of the figure: no part of the noun before it, and alone it names nothing (the change does); before a noun it is the noun’s (人均收入)', text: '村集体经济收入户均增加2000元,人均增收800元,人均收入达3.5万元。', expect: [
      { span: '村集体经济收入户均增加2000元', value: 2000, unit: '元', subject: '村集体经济收入' },
      { span: '人均增收800元', value: 800, unit: '元', subject: '增收', action: '增收' },
      { span: '人均收入达3.5万元', value: 35000, unit: '元', subject: '人均收入' },
    ] },
    { note: 'a quoted kind before 组织 makes one noun with it: 组织 is no verb ending the phrase there; a verb after a quoted noun still does (穿梭)', text: '选聘18名“两新”组织党建工作指导员,300名“快递小哥”穿梭于大街小巷。', expect: [
      { span: '选聘18名“两新”组织党建工作指导员', value: 18, unit: '名', subject: '两新组织党建工作指导员', action: '选聘' },
      { span: '300名“快递小哥”', value: 300, unit: '名', subject: '快递小哥' },
    ] },
    { note: 'the doer or its place before a verb naming events (我县先后组织) names none of them; 赴 goes to a place, and ends the people counted before it', text: '我县先后组织3批次120名干部赴浙江学习,组织党员赴延安学习3次,企业走访50次。', expect: [
      { span: '组织3批次', value: 3, unit: '批次', subject: '组织', action: '组织' },
      { span: '120名干部', value: 120, unit: '名', subject: '干部' },
      { span: '学习3次', value: 3, unit: '次', subject: '学习', action: '学习' },
      { span: '企业走访50次', value: 50, unit: '次', subject: '企业走访', action: '走访' },
    ] },
    { note: '几 after tens is some more than they (十几, 三十几: over); before them (几十) or after anything else it is vague', text: '三十几名党员报名,十几家企业签约,几十家企业参加,一百几十人观看。', expect: [
      { span: '三十几名党员', value: 30, unit: '名', approx: 'over', subject: '党员' },
      { span: '十几家企业', value: 10, unit: '家', approx: 'over', subject: '企业' },
    ] },
    { note: 'the 约 of a word before the figure (签约) is no approximation; after a helper verb the thing a verb was done to is counted (亿元以上项目签约3个)', text: '成功推动亿元以上项目签约3个,节约资金20万元,约5家企业参加。', expect: [
      { span: '亿元以上项目签约3个', value: 3, unit: '个', approx: 'exact', subject: '亿元以上项目', action: '签约' },
      { span: '节约资金20万元', value: 200000, unit: '元', approx: 'exact', subject: '资金', action: '节约' },
      { span: '约5家企业', value: 5, unit: '家', approx: 'about', subject: '企业' },
    ] },
    { note: 'going to school is a verb (圆梦, 考入), 自愿 an adverb; a conjunction right after the classifier names nothing after it; 中有 after the noun opens a part of it', text: '资助3名贫困留守学生圆梦大学,吸纳650个优秀企业和民营经济人士自愿加入商会,两会会员210人及部分成员家属参加,该县90多个村中有32个为贫困村。', expect: [
      { span: '资助3名贫困留守学生', value: 3, unit: '名', subject: '贫困留守学生', action: '资助' },
      { span: '吸纳650个优秀企业和民营经济人士', value: 650, unit: '个', subject: '优秀企业和民营经济人士', action: '吸纳' },
      { span: '两会会员210人', value: 210, unit: '人', subject: '两会会员' },
      { span: '90多个村', value: 90, unit: '个', approx: 'over', subject: '村' },
      { span: '中有32个', value: 32, unit: '个', subject: '村' },
    ] },
    { note: 'an idiom after the figure (欢聚一堂) says what the counted did and names nothing; the 等 closing a list before its figure is no part of the noun', text: '会员及部分成员家属等合计近400人欢聚一堂,1600余户大小商家星罗棋布。', expect: [
      { span: '会员及部分成员家属等合计近400人', value: 400, unit: '人', approx: 'under', subject: '会员及部分成员家属' },
      { span: '1600余户大小商家', value: 1600, unit: '户', approx: 'over', subject: '大小商家' },
    ] },
    { note: 'pairs are counted by 对, not where 对 opens a word (对接, 对口) or pairs figures (1对1); cutting taxes and fees is a verb; verbs in a row right after the classifier before a body’s head describe it (对口帮扶村)', text: '结成帮扶对子320对,3对夫妻参加,开展1对1帮扶,5家企业对接项目,累计为企业减税降费2.3亿元,确定12个对口帮扶村。', expect: [
      { span: '结成帮扶对子320对', value: 320, unit: '对', subject: '帮扶对子', action: '结成' },
      { span: '3对夫妻', value: 3, unit: '对', subject: '夫妻' },
      { span: '5家企业', value: 5, unit: '家', subject: '企业', action: '对接' },
      { span: '减税降费2.3亿元', value: 230000000, unit: '元', subject: '减税降费', action: '减税降费' },
      { span: '确定12个对口帮扶村', value: 12, unit: '个', subject: '对口帮扶村', action: '确定' },
    ] },
    { note: 'a level alone after 其中 takes the head of the count before it, without that count’s range (以上)', text: '全区累计培育市级以上党建示范点56个,其中省级12个。', expect: [
      { span: '培育市级以上党建示范点56个', value: 56, unit: '个', subject: '市级以上党建示范点', action: '培育' },
      { span: '培育市级以上党建示范点56个,其中省级12个', value: 12, unit: '个', subject: '省级党建示范点' },
    ] },
    { note: 'a headless 的-phrase with no verb before a share describes the part itself, not those counted before; one with a verb is of those (已建立党支部的)', text: '新发展党员中,35岁以下的占82%,大专以上学历的占76%。共有企业52家,其中已建立党支部的有21家。', expect: [
      { span: '35岁以下的占82%', value: 82, unit: '%', subject: '35岁以下' },
      { span: '大专以上学历的占76%', value: 76, unit: '%', subject: '大专以上学历' },
      { span: '企业52家', value: 52, unit: '家', subject: '企业' },
      { span: '建立党支部的有21家', value: 21, unit: '家', subject: '企业', action: '建立' },
    ] },
    { note: 'two verbs of building side by side both act on the noun after them (新建改建); one alone keeps its own', text: '新建改建党群服务阵地12处,新建扩建厂房3栋,改扩建党群服务中心5个,新建党群服务站点6个。', expect: [
      { span: '新建改建党群服务阵地12处', value: 12, unit: '处', subject: '党群服务阵地', action: '新建改建' },
      { span: '新建扩建厂房3栋', value: 3, unit: '栋', subject: '厂房', action: '新建扩建' },
      { span: '改扩建党群服务中心5个', value: 5, unit: '个', subject: '党群服务中心', action: '改扩建' },
      { span: '新建党群服务站点6个', value: 6, unit: '个', subject: '党群服务站点', action: '新建' },
    ] },
    { note: 'a verb jieba reads between two nouns that our lexicon does not know is half of an industry’s name (智能制造产业园); one we know still ends the noun (挂职)', text: '投资3.5亿元的智能制造产业园项目正式开工,选派12名干部挂职企业。', expect: [
      { span: '投资3.5亿元的智能制造产业园项目', value: 350000000, unit: '元', subject: '智能制造产业园项目', action: '投资' },
      { span: '选派12名干部', value: 12, unit: '名', subject: '干部', action: '选派' },
    ] },
    { note: 'some of those counted before said to exist (已有) with a verb and its object after them are of those; with nothing counted before the verb describes bodies (新建社会组织党组织); what a place holds (容纳) is a verb', text: '在全县118家规上企业中,已有96家建立党组织。共有16家新建社会组织党组织。阵地可同时容纳200人开展活动。', expect: [
      { span: '118家规上企业', value: 118, unit: '家', subject: '规上企业' },
      { span: '96家', value: 96, unit: '家', subject: '规上企业', action: null },
      { span: '16家新建社会组织党组织', value: 16, unit: '家', subject: '新建社会组织党组织' },
      { span: '容纳200人', value: 200, unit: '人', subject: '容纳', action: '容纳' },
    ] },
    { note: 'names quoted side by side in a subject are a list: their quote marks become a list mark, not nothing', text: '选树“最美骑手”“最美快递员”等典型32名,打造“六亮”示范点2个。', expect: [
      { span: '选树“最美骑手”“最美快递员”等典型32名', value: 32, unit: '名', subject: '最美骑手、最美快递员等典型', action: '选树' },
      { span: '打造“六亮”示范点2个', value: 2, unit: '个', subject: '六亮示范点', action: '打造' },
    ] },
    { note: 'a change of how often: the frequency (每月, 每季度) stands between 从 or the change and the figure; what changes may hold a verb before 的 or name the doing it measures (联系频次), and a verb before 的 in what changes is no action', text: '走访企业的频次从每月1次提高到每月2次,联系频次由每季度1次增加到每月1次,参加活动的党员从120名增至186名。', expect: [
      { span: '走访企业的频次从每月1次', value: 1, unit: '次', subject: '走访企业的频次', action: null },
      { span: '提高到每月2次', value: 2, unit: '次', subject: '走访企业的频次', action: '提高到' },
      { span: '联系频次由每季度1次', value: 1, unit: '次', subject: '联系频次', action: null },
      { span: '增加到每月1次', value: 1, unit: '次', subject: '联系频次', action: '增加到' },
      { span: '参加活动的党员从120名', value: 120, unit: '名', subject: '参加活动的党员', action: null },
      { span: '增至186名', value: 186, unit: '名', subject: '参加活动的党员', action: '增至' },
    ] },
    { note: 'gathering (齐聚, 相聚) is said of the people counted and is no part of their noun, with a place after it or not; a name opening with the same character (齐鲁工匠) keeps it', text: '近千名群众齐聚一堂,200名职工齐聚广场,评选出30名齐鲁工匠。', expect: [
      { span: '近千名群众', value: 1000, unit: '名', subject: '群众', action: '齐聚', approx: 'under' },
      { span: '200名职工', value: 200, unit: '名', subject: '职工', action: '齐聚' },
      { span: '评选出30名齐鲁工匠', value: 30, unit: '名', subject: '齐鲁工匠', action: '评选' },
    ] },
    { note: 'how the counted are spread or move (分布零散, 流动性强), said after them, is no part of their noun; a kind of branch named by it (流动党员党支部) still is', text: '辖区内600余名快递员、外卖骑手等新就业群体分布零散,全区1200名流动党员流动性强,建立3个流动党员党支部。', expect: [
      { span: '600余名快递员、外卖骑手等新就业群体', value: 600, unit: '名', subject: '快递员、外卖骑手等新就业群体', approx: 'over' },
      { span: '1200名流动党员', value: 1200, unit: '名', subject: '流动党员' },
      { span: '建立3个流动党员党支部', value: 3, unit: '个', subject: '流动党员党支部', action: '建立' },
    ] },
    { note: 'people after an article (一支, 一个) and before 的 are the size of the group named after 的; without the article the figure counts the people (300名员工的企业), and a verb before what has them (走访有着…的企业) acts on that, not on them', text: '组建了一支50人的志愿服务队,他手机里有一个近200人的微信群,走访有着300名员工的企业。', expect: [
      { span: '组建了一支50人的志愿服务队', value: 50, unit: '人', subject: '志愿服务队', action: '组建' },
      { span: '近200人的微信群', value: 200, unit: '人', subject: '微信群', action: null, approx: 'under' },
      { span: '300名员工', value: 300, unit: '名', subject: '员工', action: null },
    ] },
    { note: 'less or more than (少于, 低于, 不超过, 高于) are approximations; a figure so compared in a clause before 的 says which things the count before counts, and is none of its own', text: '帮扶8家员工少于50人的小微企业,全县有15个集体收入低于10万元的村,每场活动不超过30人。', expect: [
      { span: '帮扶8家员工少于50人的小微企业', value: 8, unit: '家', subject: '小微企业', action: '帮扶' },
      { span: '15个集体收入低于10万元的村', value: 15, unit: '个', subject: '村' },
      { span: '每场活动不超过30人', value: 30, unit: '人', approx: 'under' },
    ], partial: true },
    { note: 'a change said right after the noun of the count before (均, 人均, 户均 between at most) is of what that count counted; in a sentence of its own a per-head change names nothing but itself', text: '推动12个薄弱村均增收11.2万元,引导15户群众人均增收2万元。人均增收800元。', expect: [
      { span: '推动12个薄弱村', value: 12, unit: '个', subject: '薄弱村', action: '推动' },
      { span: '增收11.2万元', value: 112000, unit: '元', subject: '薄弱村', action: '增收' },
      { span: '引导15户群众', value: 15, unit: '户', subject: '群众', action: '引导' },
      { span: '增收2万元', value: 20000, unit: '元', subject: '群众', action: '增收' },
      { span: '人均增收800元', value: 800, unit: '元', subject: '增收', action: '增收' },
    ] },
    { note: 'an adverb before the share (共, 均) is no part of the part that holds it; 公 of 公共 is no 共', text: '村集体占股三成、企业共占股七成,党组织和党员均占总数的60%,公共服务占40%。', expect: [
      { span: '村集体占股三成', value: 30, unit: '%', subject: '村集体' },
      { span: '企业共占股七成', value: 70, unit: '%', subject: '企业' },
      { span: '党组织和党员均占总数的60%', value: 60, unit: '%', subject: '党组织和党员' },
      { span: '公共服务占40%', value: 40, unit: '%', subject: '公共服务' },
    ] },
    { note: 'an amount in 万 or 亿 with 元 left out is money after a word of money (收入, 税收, 产值, 贷款), with an approximation or a linking verb between; not after other words (人口12万), nor before another unit (1.2万人)', text: '近两年实现收入近15亿,上交税收近1亿,年产值突破3.5亿,获得贷款800万。全县人口12万,带动就业1.2万人。', expect: [
      { span: '实现收入近15亿', value: 1500000000, unit: '元', subject: '收入', action: '实现', approx: 'under' },
      { span: '上交税收近1亿', value: 100000000, unit: '元', subject: '税收', action: '上交', approx: 'under' },
      { span: '年产值突破3.5亿', value: 350000000, unit: '元', subject: '年产值', approx: 'over' },
      { span: '获得贷款800万', value: 8000000, unit: '元', subject: '贷款', action: '获得' },
      { span: '带动就业1.2万人', value: 12000, unit: '人', subject: null, action: '带动' },
    ] },
    { note: 'after a comma, things of another kind with nothing said of them share the verb before (打造…处…,…个); not where a verb follows them, nor people after things', text: '打造5处党建示范点,7个党建品牌。建成3个党群服务中心,12家企业参与。组建3支志愿服务队,200名党员。', expect: [
      { span: '打造5处党建示范点', value: 5, unit: '处', subject: '党建示范点', action: '打造' },
      { span: '7个党建品牌', value: 7, unit: '个', subject: '党建品牌', action: '打造' },
      { span: '建成3个党群服务中心', value: 3, unit: '个', subject: '党群服务中心', action: '建成' },
      { span: '12家企业', value: 12, unit: '家', subject: '企业', action: '参与' },
      { span: '组建3支志愿服务队', value: 3, unit: '支', subject: '志愿服务队', action: '组建' },
      { span: '200名党员', value: 200, unit: '名', subject: '党员', action: null },
    ] },
    { note: 'choosing (选出, 遴选) is a verb; a service harbour (服务港) is a noun, a 港口 still a harbour', text: '从各区直单位中选出128名党员骨干,遴选12名优秀党员,设立9个服务港,建成2个港口。', expect: [
      { span: '选出128名党员骨干', value: 128, unit: '名', subject: '党员骨干', action: '选出' },
      { span: '遴选12名优秀党员', value: 12, unit: '名', subject: '优秀党员', action: '遴选' },
      { span: '设立9个服务港', value: 9, unit: '个', subject: '服务港', action: '设立' },
      { span: '建成2个港口', value: 2, unit: '个', subject: '港口', action: '建成' },
    ] },
    { note: 'groups (组) are a classifier; the words 组 opens (组建, 组织, 组成) are not', text: '12组商协会签订协议,共5组家庭参加活动,园区3组建党支部,全县32组织参加。', expect: [
      { span: '12组商协会', value: 12, unit: '组', subject: '商协会' },
      { span: '5组家庭', value: 5, unit: '组', subject: '家庭', action: '参加' },
    ] },
    { note: 'an intransitive verb after what a preposition of place (在) puts before it is not said of the counted (在全市25个乡镇推广); reporting for duty (报到) is a verb, its 到 no preposition', text: '该模式已在全市25个乡镇推广,目前已有30名党员报到,在全县推广后120家企业参与。', expect: [
      { span: '25个乡镇', value: 25, unit: '个', subject: '乡镇', action: null },
      { span: '30名党员', value: 30, unit: '名', subject: '党员', action: '报到' },
      { span: '120家企业', value: 120, unit: '家', subject: '企业', action: '参与' },
    ] },
    { note: 'a verb and 后 or 以来 before the figure say when, in a clause of their own: the doing is the verb after them (推广后120家企业参与, 成立以来吸纳…36家); 后 opening a phrase or after 排名 is a rank from the bottom, no count', text: '在全县推广后120家企业参与,联盟成立以来吸纳成员单位36家,支部成立后发展党员5名。考核排名后3位的党组织整改,后3名需约谈。', expect: [
      { span: '120家企业', value: 120, unit: '家', subject: '企业', action: '参与' },
      { span: '吸纳成员单位36家', value: 36, unit: '家', subject: '成员单位', action: '吸纳' },
      { span: '发展党员5名', value: 5, unit: '名', subject: '党员', action: '发展' },
    ] },
    { note: 'a change of a percentage in points is a figure of its own (unit 百分点), of the ratio that changed, the comparison and an aspect particle aside', text: '非公企业党组织组建率较去年提高12个百分点,覆盖率提升了3.5个百分点。', expect: [
      { span: '非公企业党组织组建率较去年提高12个百分点', value: 12, unit: '百分点', subject: '非公企业党组织组建率', action: '提高' },
      { span: '覆盖率提升了3.5个百分点', value: 3.5, unit: '百分点', subject: '覆盖率', action: '提升' },
    ] },
    { note: 'a helper verb before a noun whose figure is compared (超, 突破) acts on that clause: the noun is counted, no action; before bodies counted with 余 it acts on them', text: '推动企业营收突破1亿元,帮助园区开票销售超百亿元,指导企业300余家。', expect: [
      { span: '企业营收突破1亿元', value: 100000000, unit: '元', approx: 'over', subject: '企业营收', action: null },
      { span: '园区开票销售超百亿元', value: 10000000000, unit: '元', approx: 'over', subject: '园区开票销售', action: null },
      { span: '指导企业300余家', value: 300, unit: '家', approx: 'over', subject: '企业', action: '指导' },
    ] },
    { note: 'a verb right before the figure with a thing before it that it was done to: the thing is counted; bodies before it did it, a manner says how, and what was named before is carried', text: '矛盾纠纷化解120件,设备更新12台;企业投资5000万元,其中单独组建92个、联合组建54个;收集问题531个,已解决439个。', expect: [
      { span: '矛盾纠纷化解120件', value: 120, unit: '件', subject: '矛盾纠纷', action: '化解' },
      { span: '设备更新12台', value: 12, unit: '台', subject: '设备', action: '更新' },
      { span: '投资5000万元', value: 50000000, unit: '元', action: '投资' },
      { span: '解决439个', value: 439, unit: '个', subject: '问题', action: '解决' },
    ], partial: true },
    { note: 'a place or a whole area before a change is where it happened, not what changed: nothing is named but the verb; a noun before it is what changed', text: '全县新增12家,凤阳县新增8家;园区企业新增15家。', expect: [
      { span: '新增12家', value: 12, unit: '家', subject: '新增', action: '新增' },
      { span: '新增8家', value: 8, unit: '家', subject: '新增', action: '新增' },
      { span: '园区企业新增15家', value: 15, unit: '家', subject: '园区企业', action: '新增' },
    ] },
    { note: 'a classifier before 年/月 opens the noun unless the unit lexicon makes a duration of it (个月, 次年)', text: '选派12名年轻干部,开展3场月度讲评,历时3个月。', expect: [
      { span: '选派12名年轻干部', value: 12, unit: '名', subject: '年轻干部', action: '选派' },
      { span: '开展3场月度讲评', value: 3, unit: '场', subject: '月度讲评', action: '开展' },
    ] },
    { note: '总投资, 固定资产投资 are indicators (nouns), not the verb 投资; 投资 before an amount still is one', text: '签约重大项目22个,总投资168亿元,规模以上工业总产值1860亿元,固定资产投资341亿元;企业投资5000万元建设厂房。', expect: [
      { span: '签约重大项目22个', value: 22, unit: '个', subject: '重大项目', action: '签约' },
      { span: '总投资168亿元', value: 16800000000, unit: '元', subject: '总投资', action: null },
      { span: '固定资产投资341亿元', value: 34100000000, unit: '元', subject: '固定资产投资', action: null },
      { span: '投资5000万元', value: 50000000, unit: '元', action: '投资' },
    ], partial: true },
    { note: 'US dollars are counted in dollars, scaled like 元', text: '实际到账外资7456万美元,实到外资1.31亿美元。', expect: [
      { span: '实际到账外资7456万美元', value: 74560000, unit: '美元', subject: '实际到账外资' },
      { span: '实到外资1.31亿美元', value: 131000000, unit: '美元' },
    ], partial: true },
    { note: 'a headless relative clause after 中 counts among what is named before 中 (两新组织), not the object of its verb', text: '至目前,我市“两新”组织中已建立党组织的35家,共有党员626名。', expect: [
      { span: '我市“两新”组织中已建立党组织的35家', value: 35, unit: '家', subject: '我市两新组织', action: '建立' },
      { span: '党员626名', value: 626, unit: '名', subject: '党员' },
    ] },
    { note: 'look-alike: 中 inside a word before the verb (中心) is no “among”', text: '党群服务中心已建立的23家。', expect: [
      { span: '建立的23家', value: 23, unit: '家' },
    ], partial: true },
    { note: 'a change compared with an earlier time (比2019年底净增) is a change of what was counted before it, not of the time', text: '全市党员33.81万名,比2019年底净增1.2万名,增幅3.71%。', expect: [
      { span: '全市党员33.81万名', value: 338100, unit: '名', subject: '全市党员', action: null },
      { span: '净增1.2万名', value: 12000, unit: '名', subject: '全市党员', action: '净增' },
      { span: '增幅3.71%', value: 3.71, unit: '%', subject: '增幅', action: null },
    ] },
    { note: 'a comparison between the noun and its change is not part of the noun (比上年, 较去年同期, 同比); 比 opening a name is no comparison', text: '营业收入比上年增长20%,园区企业数量较去年同期增加12家,税收同比增长8%;比亚迪公司营收增长9%。', expect: [
      { span: '营业收入比上年增长20%', value: 20, unit: '%', subject: '营业收入', action: null },
      { span: '园区企业数量较去年同期增加12家', value: 12, unit: '家', subject: '园区企业数量', action: null },
      { span: '税收同比增长8%', value: 8, unit: '%', subject: '税收', action: null },
      { span: '比亚迪公司营收增长9%', value: 9, unit: '%', subject: '比亚迪公司营收', action: null },
    ] },
    { note: 'look-alikes: 比例 and 比重 are nouns, not comparisons', text: '党员比例提高5%,二产比重下降2%。', expect: [
      { span: '党员比例提高5%', value: 5, unit: '%', subject: '党员比例', action: '提高' },
      { span: '二产比重下降2%', value: 2, unit: '%', subject: '二产比重', action: '下降' },
    ] },
    { note: 'rates compared with an earlier year keep the rate as their subject, each of them', text: '党组织覆盖率达到91.58%、88.98%,比2019年底分别提升6.53%、2.59%。', expect: [
      { span: '党组织覆盖率达到91.58%', value: 91.58, unit: '%', subject: '党组织覆盖率' },
      { span: '88.98%', value: 88.98, unit: '%', subject: '党组织覆盖率' },
      { span: '提升6.53%', value: 6.53, unit: '%', subject: '党组织覆盖率', action: '提升' },
      { span: '2.59%', value: 2.59, unit: '%', subject: '党组织覆盖率' },
    ] },
    { note: 'a figure after a bare linking word names nothing: no subject rather than the word 达', text: '具有大专及以上学历党员超过一半,达16.93万名。', expect: [
      { span: '16.93万名', value: 169300, unit: '名', subject: null, action: null },
    ] },
    { note: 'a linking word alone after a count of the same thing: what it links is what was counted', text: '今年新建党组织12个,累计达56个。', expect: [
      { span: '新建党组织12个', value: 12, unit: '个', subject: '党组织', action: '新建' },
      { span: '56个', value: 56, unit: '个', subject: '党组织' },
    ] },
    { note: 'a space between Chinese and digits is typography; 或 joins two conditions; an outline number opens the clause', text: '2.年营业收入 2000 万元以上或员工 100 人以上的企业,共 5 家。', expect: [
      { span: '年营业收入 2000 万元以上', value: 20000000, unit: '元', approx: 'over', subject: '年营业收入' },
      { span: '或员工 100 人以上', value: 100, unit: '人', approx: 'over', subject: '员工' },
      { span: '5 家', value: 5, unit: '家' },
    ] },
    { note: 'a paragraph that mentions a mini program is article text, not a widget', text: '开发流动党员管理微信小程序,线上已有314名流动党员纳入党组织管理。', expect: [{ span: '314名流动党员', value: 314, unit: '名', subject: '流动党员' }] },
    { note: '把 further back, before a list, puts the counted things before their verb', text: '这次工作把基础较好的江城建工、江城路桥等8家建筑企业列为试点。', expect: [{ span: '8家建筑企业', value: 8, unit: '家', subject: '建筑企业', action: '列为' }], partial: true },
    { note: 'each (各) and others (等) after the noun are not part of it', text: '园区成立机关党委和企业联合党委各1个,邀请专家学者等20余人。', expect: [
      { span: '成立机关党委和企业联合党委各1个', value: 1, unit: '个', subject: '机关党委和企业联合党委', action: '成立' },
      { span: '邀请专家学者等20余人', value: 20, unit: '人', subject: '专家学者', action: '邀请' },
    ] },
    { note: 'a long relative clause before 的 describes the counted noun; a short one names it', text: '帮助企业解决在融资贷款、用工招聘等方面存在的难点问题86个,解决群众关心的问题40件。', expect: [
      { span: '解决在融资贷款、用工招聘等方面存在的难点问题86个', value: 86, unit: '个', subject: '难点问题', action: '解决' },
      { span: '解决群众关心的问题40件', value: 40, unit: '件', subject: '群众关心的问题', action: '解决' },
    ] },
    { note: 'where people come from (来自), with no 的 after it, is said of them and no part of what is counted', text: '来自三省一市组织部门、开发园区负责人和专家学者等280多人参加论坛。', expect: [{ span: '三省一市组织部门、开发园区负责人和专家学者等280多人', value: 280, unit: '人', approx: 'over', subject: '三省一市组织部门、开发园区负责人和专家学者' }] },
    { note: 'a long relative clause with a verb our lexicon lacks (来自)', text: '来自各部门、各企业的代表等150多人参加会议。', expect: [{ span: '代表等150多人', value: 150, unit: '人', approx: 'over', subject: '代表', action: null }] },
    { note: 'what exists is what is counted', text: '目前,园区共有党组织61个,党员740名。', expect: [
      { span: '党组织61个', value: 61, unit: '个', subject: '党组织', action: null },
      { span: '党员740名', value: 740, unit: '名', subject: '党员', action: null },
    ] },
    { note: '新 before a noun is part of it (新就业群体); before a verb it is an adverb (新发展党员)', text: '新就业群体“星骑士”驿站10个。新发展党员9人。', expect: [
      { span: '新就业群体“星骑士”驿站10个', value: 10, subject: '新就业群体星骑士驿站' },
      { span: '发展党员9人', value: 9, subject: '党员', action: '发展' },
    ] },
    { note: 'a space between two Han characters separates phrases (a headline’s two parts)', text: '基层组织体系趋健全 高校党组织覆盖达99.9%', expect: [
      { span: '高校党组织覆盖达99.9%', value: 99.9, unit: '%', subject: '高校党组织覆盖' },
    ] },
    { note: 'an adverb’s character opening a verb (共建) that a longer verb overlaps (建立) is the adverb', text: '农民专业合作社共建立1.23万个党组织,与企业共建党组织12个。', expect: [
      { span: '建立1.23万个党组织', value: 12300, subject: '党组织', action: '建立' },
      { span: '共建党组织12个', value: 12, subject: '党组织', action: '共建' },
    ] },
    { note: 'a verb naming the events right before their figure names them with what stands before it (not where they go)', text: '党员创业就业技能培训1426.7万人次,园区企业走访50次,每季度至少到联系企业走访1次。', expect: [
      { span: '党员创业就业技能培训1426.7万人次', value: 14267000, subject: '党员创业就业技能培训', action: '培训' },
      { span: '园区企业走访50次', value: 50, subject: '园区企业走访', action: '走访' },
      { span: '走访1次', value: 1, subject: '走访', action: '走访' },
    ] },
    { note: 'a locative 上 after the counted noun says where (产业链上), also once the head noun is cut from what follows; the 上 of a word stays (线上)', text: '相继在6条优势产业链上成立联盟党委。开展线上直播4场。', expect: [
      { span: '6条优势产业链', value: 6, subject: '优势产业链', action: null },
      { span: '开展线上直播4场', value: 4, subject: '线上直播', action: '开展' },
    ] },
    { note: 'a verb inside a 在-phrase of place says where, not what was done; 随着 and 即 lead a clause and name nothing; 落户 is a verb', text: '在生产和工作第一线发展党员5.20万名。随着总投资超1600亿元的三个重大项目落户园区,即实现基层党组织达标率达到100%。', expect: [
      { span: '发展党员5.20万名', value: 52000, subject: '党员', action: '发展' },
      { span: '随着总投资超1600亿元', value: 160000000000, subject: '总投资', action: null },
      { span: '三个重大项目', value: 3, subject: '重大项目', action: null },
      { span: '基层党组织达标率达到100%', value: 100, subject: '基层党组织达标率', action: null },
    ] },
    { note: 'a verb of settling with only a place after it says where the counted went: what settled, before it, is counted', text: '今年以来共有企业落户园区32家。已有企业入驻泰兴经开区15家。引导党员扎根一线120名。', expect: [
      { span: '企业落户园区32家', value: 32, subject: '企业', action: '落户' },
      { span: '企业入驻泰兴经开区15家', value: 15, subject: '企业', action: '入驻' },
      { span: '党员扎根一线120名', value: 120, subject: '党员', action: '扎根' },
    ] },
    { note: 'after another verb, a verb of settling and its place (or nothing) follow the counted noun and are no part of it', text: '全年引进项目落地经开区20个。园区新增企业落户32家。吸引企业落户南京市8家。', expect: [
      { span: '引进项目落地经开区20个', value: 20, subject: '项目', action: '引进' },
      { span: '新增企业落户32家', value: 32, subject: '企业', action: '新增' },
      { span: '吸引企业落户南京市8家', value: 8, subject: '企业', action: '吸引' },
    ] },
    { note: 'look-alikes: firms of a park after the verb, a settling verb leading the noun, a compound verb, a verb of visiting', text: '去年新入驻开发区企业15家。新增落户企业32家。签约落地项目20个。走访园区32家。', expect: [
      { span: '入驻开发区企业15家', value: 15, subject: '开发区企业', action: '入驻' },
      { span: '新增落户企业32家', value: 32, subject: '落户企业', action: '新增' },
      { span: '签约落地项目20个', value: 20, subject: '项目', action: '签约落地' },
      { span: '走访园区32家', value: 32, subject: '园区', action: '走访' },
    ] },
    { note: '贡献 is a verb of giving; a share after 的 may be an abbreviation (GDP)', text: '民营企业贡献了全市90%以上的税收。非公经济贡献了全县60%以上的GDP。园区贡献税收12亿元。', expect: [
      { span: '贡献了全市90%以上的税收', value: 90, subject: '税收', action: '贡献' },
      { span: '贡献了全县60%以上的GDP', value: 60, subject: 'GDP', action: '贡献' },
      { span: '贡献税收12亿元', value: 1200000000, subject: '税收', action: '贡献' },
    ] },
    { note: 'a verb before 奖 or 者 makes a noun (贡献奖, 获得者, 建设者); 奖金, 奖项 after a verb are its object', text: '突出贡献奖获得者15名。表彰优秀建设者20名。发放奖金8万元。设立奖项12个。', expect: [
      { span: '突出贡献奖获得者15名', value: 15, subject: '突出贡献奖获得者', action: null },
      { span: '表彰优秀建设者20名', value: 20, subject: '优秀建设者', action: '表彰' },
      { span: '发放奖金8万元', value: 80000, subject: '奖金', action: '发放' },
      { span: '设立奖项12个', value: 12, subject: '奖项', action: '设立' },
    ] },
    { note: 'a verb of setting up before a platform, team or station is a verb with its object, not part of a noun (搭建平台, not 服务平台)', text: '搭建平台5个,组建团队8支,建立服务站12个。', expect: [
      { span: '搭建平台5个', value: 5, subject: '平台', action: '搭建' },
      { span: '组建团队8支', value: 8, subject: '团队', action: '组建' },
      { span: '建立服务站12个', value: 12, subject: '服务站', action: '建立' },
    ] },
    { note: 'a verb before a word a one-character ending opens (科技, 所有, 院士) is a verb: 成立科技创新先锋队; nouns made with an ending stay (培训基地, 成立大会)', text: '帮助企业党组织成立科技创新先锋队和产业服务攻坚队60余支。建成培训基地3个。召开成立大会1次。', expect: [
      { span: '成立科技创新先锋队和产业服务攻坚队60余支', value: 60, subject: '科技创新先锋队和产业服务攻坚队', action: '成立' },
      { span: '建成培训基地3个', value: 3, subject: '培训基地', action: '建成' },
      { span: '召开成立大会1次', value: 1, subject: '成立大会', action: '召开' },
    ] },
    { note: 'people counted with nothing named but the role they take after the figure (担任, 作为) are counted as that role, up to the verb of what they then do', text: '从领导干部中选派141人担任非公企业和社会组织党建指导员。选派30人作为联络员开展工作。', expect: [
      { span: '选派141人担任非公企业和社会组织党建指导员', value: 141, subject: '非公企业和社会组织党建指导员', action: '选派' },
      { span: '选派30人作为联络员', value: 30, subject: '联络员', action: '选派' },
    ] },
    { note: 'look-alike: people named before the figure are counted as named, whatever role follows', text: '全县选派干部141人担任党建指导员。', expect: [
      { span: '选派干部141人', value: 141, subject: '干部', action: '选派' },
    ] },
    { note: 'a list after a figure ends before an item with a figure of its own after it, whose verb carries on; and before 若干', text: '依托党群服务中心建成了18个“歇歇角”驿站、幸福驿站4个、司机驿站1个。建成57个小区党群服务站、若干个党群服务点。', expect: [
      { span: '建成了18个“歇歇角”驿站', value: 18, subject: '歇歇角驿站', action: '建成' },
      { span: '幸福驿站4个', value: 4, subject: '幸福驿站', action: '建成' },
      { span: '司机驿站1个', value: 1, subject: '司机驿站', action: '建成' },
      { span: '建成57个小区党群服务站', value: 57, subject: '小区党群服务站', action: '建成' },
    ] },
    { note: '挂牌成立 is one verb; a quoted kind of organization (“两新”组织) is a noun, not the verb 组织; 服务站点 stays a noun, 设立岗位 a verb and its object', text: '挂牌成立党群服务中心4家、服务站158家。“两新”组织企业30余家参与活动。户外劳动者服务站点12个。设立岗位20个。', expect: [
      { span: '挂牌成立党群服务中心4家', value: 4, subject: '党群服务中心', action: '挂牌成立' },
      { span: '服务站158家', value: 158, subject: '服务站', action: '挂牌成立' },
      { span: '“两新”组织企业30余家', value: 30, subject: '两新组织企业', action: null },
      { span: '户外劳动者服务站点12个', value: 12, subject: '户外劳动者服务站点', action: null },
      { span: '设立岗位20个', value: 20, subject: '岗位', action: '设立' },
    ] },
    { note: '座谈, 交流, 观摩 are verbs: they end the counted noun (企业负责人座谈); with a noun ending they make a noun (座谈会, 交流会)', text: '邀请12名企业负责人座谈。召开座谈会3场。举办经验交流会2场。开展座谈交流20次。', expect: [
      { span: '邀请12名企业负责人', value: 12, subject: '企业负责人', action: '邀请' },
      { span: '召开座谈会3场', value: 3, subject: '座谈会', action: '召开' },
      { span: '举办经验交流会2场', value: 2, subject: '经验交流会', action: '举办' },
      { span: '开展座谈交流20次', value: 20, subject: '座谈交流', action: '开展' },
    ] },
    { note: 'bodies counted before what they earn or make are counted as bodies; the amount after is its own count (营收 is a noun to the segmenter too)', text: '产业链上的16家企业总产值超过2000亿元。新增15家企业营收超亿元。', expect: [
      { span: '16家企业', value: 16, subject: '企业', action: null },
      { span: '15家企业', value: 15, subject: '企业', action: null },
      { span: '总产值超过2000亿元', value: 200000000000, subject: '总产值', approx: 'over' },
    ] },
    { note: 'how many years in a row (连续两年) says when, and is no part of the noun', text: '推动实现园区工业开票销售连续两年超百亿元。园区税收连续3年超10亿元。', expect: [
      { span: '实现园区工业开票销售连续两年超百亿元', value: 10000000000, subject: '园区工业开票销售', action: '实现', approx: 'over' },
      { span: '园区税收连续3年超10亿元', value: 1000000000, subject: '园区税收', approx: 'over' },
    ] },
    { note: '服务保障 is one verb (it served and secured the projects)', text: '今年以来,服务保障新签约亿元以上项目5个。', expect: [
      { span: '服务保障新签约亿元以上项目5个', value: 5, subject: '新签约亿元以上项目', action: '服务保障' },
    ] },
    { note: '存在 is a verb: it ends the counted noun before it and acts on the one after it', text: '辖区内的500余名快递员、外卖骑手等新就业群体存在分布零散等特点。排查发现存在问题12个。', expect: [
      { span: '500余名快递员、外卖骑手等新就业群体', value: 500, subject: '快递员、外卖骑手等新就业群体', approx: 'over' },
      { span: '存在问题12个', value: 12, subject: '问题', action: '存在' },
    ] },
    { note: '担任 before 委员 is a verb (委员 is a word, not the ending 委); 用于 and 产生 are verbs', text: '吸纳9名重点企业党组织负责人、新就业群体代表担任委员。95%的阵地空间用于提供便民服务。选举产生委员7名。', expect: [
      { span: '吸纳9名重点企业党组织负责人、新就业群体代表', value: 9, subject: '重点企业党组织负责人、新就业群体代表', action: '吸纳' },
      { span: '95%的阵地空间', value: 95, subject: '阵地空间' },
      { span: '选举产生委员7名', value: 7, subject: '委员', action: '选举产生' },
    ] },
    { note: 'a ranking named by its size (世界500强) is part of the counted noun; its digits are no figure', text: '区域内进驻近百家世界500强分支机构。吸引3家500强企业落户。', expect: [
      { span: '进驻近百家世界500强分支机构', value: 100, subject: '世界500强分支机构', action: '进驻', approx: 'under' },
      { span: '吸引3家500强企业', value: 3, subject: '500强企业', action: '吸引' },
    ] },
    { note: 'a quotation closing the counted phrase right before a verb says how that is done (“亲民化”改造); a quoted name that is the noun, or names it, stays', text: '有序推进全区18个社区党群服务阵地“亲民化”改造。打造18个“红色驿站”。建成12个“党员之家”服务站。', expect: [
      { span: '推进全区18个社区党群服务阵地', value: 18, subject: '社区党群服务阵地', action: '推进' },
      { span: '打造18个“红色驿站”', value: 18, subject: '红色驿站', action: '打造' },
      { span: '建成12个“党员之家”服务站', value: 12, subject: '党员之家服务站', action: '建成' },
    ] },
    { note: 'after a verb of existence the size of what exists may come first (拥有5000平方米以上商务楼宇)', text: '全区拥有5000平方米以上商务楼宇135座。', expect: [
      { span: '5000平方米以上商务楼宇135座', value: 135, subject: '5000平方米以上商务楼宇', action: null },
    ] },
    { note: 'a share of the noun after 的 whose first word jieba reads as a verb (就业 岗位)', text: '两新组织提供了85%以上的就业岗位。', expect: [
      { span: '提供了85%以上的就业岗位', value: 85, subject: '就业岗位', action: '提供' },
    ] },
    { note: 'a lone verb after a count of people says what they did; the noun before the figure is counted, past 共/一共 (with nothing named before, the verb is all there is; after events the word is their name)', text: '企业书记、党建指导员共300人参加。联络员一共120人参加了培训。另有630人次参与,每名书记参加了2次培训。', expect: [
      { span: '企业书记、党建指导员共300人', value: 300, subject: '企业书记、党建指导员', action: '参加' },
      { span: '联络员一共120人', value: 120, subject: '联络员', action: null },
      { span: '630人次参与', value: 630, subject: '参与', action: '参与' },
      { span: '参加了2次培训', value: 2, subject: '培训', action: '参加' },
    ] },
    { note: 'a second verb joined by 和 acts on the same noun, whether the lexicon lists it or only jieba reads it as one', text: '去年新建和换届党支部24个,建立和完善议事制度6项。', expect: [
      { span: '新建和换届党支部24个', value: 24, subject: '党支部', action: '新建' },
      { span: '建立和完善议事制度6项', value: 6, subject: '议事制度', action: '建立' },
    ] },
    { note: 'a share’s change after a figure of another unit is that figure’s (同比增长); a body’s party work is not what is counted; verbs joined by 并 act on one noun', text: '园区完成总产值122.63亿元,同比增长1.83%。下沉指导37家企业党建工作,累计上报并跟踪整改问题9684件。', expect: [
      { span: '完成总产值122.63亿元', value: 12263000000, subject: '总产值', action: '完成' },
      { span: '增长1.83%', value: 1.83, unit: '%', subject: '总产值', action: '增长' },
      { span: '指导37家企业', value: 37, subject: '企业', action: '指导' },
      { span: '上报并跟踪整改问题9684件', value: 9684, subject: '问题', action: '上报' },
    ] },
    { note: 'among the bodies named before 中, some did something alone (单独 is an adverb); a long relative clause before a linking word names the noun after it (高达)', text: '片区内规模以上非公有制企业中6家单独组建了党组织。产业园涉及的科创孵化、智改数转的生产性服务业项目高达600多个。', expect: [
      { span: '片区内规模以上非公有制企业中6家', value: 6, subject: '片区内规模以上非公有制企业', action: null },
      { span: '生产性服务业项目高达600多个', value: 600, approx: 'over', subject: '生产性服务业项目' },
    ] },
    { note: 'what the counted have, before 的 (有…的企业), and a level (社区级的) describe them; a range with a doubled dash; a share after a 的 the count before left', text: '另有17家有少数党员的企业挂靠到服务中心,从业50——79人的企业都100%建立了党组织,这是5个社区级的党群服务中心之一。', expect: [
      { span: '17家有少数党员的企业', value: 17, subject: '企业' },
      { span: '从业50——79人', value: 50, upper: 79, unit: '人' },
      { span: '企业都100%', value: 100, unit: '%', subject: '企业' },
      { span: '5个社区级的党群服务中心', value: 5, subject: '党群服务中心' },
    ], partial: true },
    { note: 'an ellipsis ends a clause; 如期 is an adverb; 改造提升 one verb', text: '对照六个标准……日前,9个党组织如期完成支委补选,改造提升党支部活动阵地3个。', expect: [
      { span: '六个标准', value: 6, subject: '标准' },
      { span: '9个党组织', value: 9, subject: '党组织' },
      { span: '改造提升党支部活动阵地3个', value: 3, subject: '党支部活动阵地', action: '改造提升' },
    ] },
    { note: 'about a share (约占) is a share of what was counted before; 约 before a linking 有 is no part of the noun; a list joined by 以及 runs on to the noun after 的', text: '个体工商户达到1.7亿户,约占全部经营主体的97%;专业市场约有2万家。邀请10余名小微企业、个体工商户以及新就业群体的党员代表出席。', expect: [
      { span: '个体工商户达到1.7亿户', value: 170000000, subject: '个体工商户' },
      { span: '约占全部经营主体的97%', value: 97, unit: '%', subject: '个体工商户' },
      { span: '专业市场约有2万家', value: 20000, subject: '专业市场' },
      { span: '邀请10余名小微企业、个体工商户以及新就业群体的党员代表', value: 10, approx: 'over', subject: '党员代表', action: '邀请' },
    ] },
    { note: 'money spent on what a relative clause names is not that thing (捐资70万元修建的图书馆); 抱团 is how, not who', text: '由水北商会捐资70万元修建的公益图书馆开放,带领320名会员抱团参与行动。', expect: [
      { span: '捐资70万元', value: 700000, unit: '元', subject: '捐资', action: '捐资' },
      { span: '320名会员', value: 320, subject: '会员' },
    ] },
    { note: 'a simile (如…般) and a verb of becoming (化身) end the counted noun; 优化调整 one verb', text: '推动12个非公企业党支部如雨后春笋般“破土而出”,19名网格员化身“全天候服务员”,优化调整两新工委成员单位33家。', expect: [
      { span: '推动12个非公企业党支部', value: 12, subject: '非公企业党支部', action: '推动' },
      { span: '19名网格员', value: 19, subject: '网格员' },
      { span: '优化调整两新工委成员单位33家', value: 33, subject: '两新工委成员单位', action: '优化调整' },
    ] },
    { note: 'a share of a group named by a headless 的 (大专及以上学历的占48.2%) is of the group', text: '202名村党组织书记中,大专及以上学历的占48.2%。', expect: [
      { span: '大专及以上学历的占48.2%', value: 48.2, unit: '%', subject: '大专及以上学历' },
    ], partial: true },
    { note: 'parties set up alone (单建) or jointly (联建)', text: '楼宇中已累计单建党组织28家,联建党组织2家。', expect: [
      { span: '单建党组织28家', value: 28, subject: '党组织', action: '单建' },
      { span: '联建党组织2家', value: 2, subject: '党组织', action: '联建' },
    ] },
    { note: '招商引资 is a noun (not 招商 + 引资…); 获取 a verb', text: '全市招商引资项目库增加项目信息49条,获取有价值项目信息3个。', expect: [
      { span: '增加项目信息49条', value: 49, subject: '项目信息', action: '增加' },
      { span: '获取有价值项目信息3个', value: 3, subject: '有价值项目信息', action: '获取' },
    ] },
    { note: 'handing over and putting out (送去, 投放, 提报); a leaflet (宣传单页) is a noun', text: '为小哥送去“暖心大礼包”3500余份,累计投放宣传单页3.4万余份,提报工单3413条。', expect: [
      { span: '送去“暖心大礼包”3500余份', value: 3500, subject: '暖心大礼包', action: '送去' },
      { span: '投放宣传单页3.4万余份', value: 34000, subject: '宣传单页', action: '投放' },
      { span: '提报工单3413条', value: 3413, subject: '工单', action: '提报' },
    ] },
    { note: 'events counted after a verb whose object names them (推出…活动) are the object; a visit counted with its target is the visit (走访企业)', text: '园区推出义诊、理发等服务70余场次,走访企业50次。', expect: [
      { span: '推出义诊、理发等服务70余场次', value: 70, unit: '场次', subject: '义诊、理发等服务', action: '推出' },
      { span: '走访企业50次', value: 50, subject: '走访企业', action: '走访' },
    ] },
  ],
  'binding: coordination, carried subjects, shares': [
    { note: 'an aside in brackets counts within what it follows', text: '244名党员(含预备党员25名)带动职工积极向党组织靠拢。', expect: [
      { span: '244名党员', value: 244, subject: '党员' },
      { span: '预备党员25名', value: 25, subject: '预备党员' },
    ] },
    { note: 'a bracketed figure right after a count carries its subject', text: '新增规上工业企业16家(净增12家)。', expect: [
      { span: '新增规上工业企业16家', value: 16, subject: '规上工业企业', action: '新增' },
      { span: '净增12家', value: 12, subject: '规上工业企业', action: '净增' },
    ] },
    { note: 'a verb led by adjectives ends the noun phrase; a noun jieba reads as a verb (收入) does not', text: '此次选派的千名党建指导员新老结合,年度财政收入5000万元。', expect: [
      { span: '千名党建指导员', value: 1000, unit: '名', subject: '党建指导员' },
      { span: '年度财政收入5000万元', value: 50000000, unit: '元', subject: '年度财政收入' },
    ] },
    { note: 'a bare share after a count is a share of what was counted; a bracket opening an aside is no part of a noun', text: '45岁以上的党员3150名,占47.18%。党委12个【社区党委8个,企业党委4个】。', expect: [
      { span: '45岁以上的党员3150名', value: 3150, subject: '45岁以上的党员' },
      { span: '占47.18%', value: 47.18, unit: '%', subject: '45岁以上的党员' },
      { span: '党委12个', value: 12, subject: '党委' },
      { span: '社区党委8个', value: 8, subject: '社区党委' },
      { span: '企业党委4个', value: 4, subject: '企业党委' },
    ] },
    { note: 'a word made with 占 is no share', text: '建成党群服务中心3个,占用资金300万元。', expect: [
      { span: '建成党群服务中心3个', value: 3, subject: '党群服务中心' },
      { span: '占用资金300万元', value: 3000000, subject: '占用资金' },
    ] },
    { note: 'joining is a verb: the people who join are counted, not their joining', text: '10月28日,60名新服务员加入到先锋服务专员队伍中。', expect: [
      { span: '60名新服务员', value: 60, unit: '名', subject: '新服务员' },
    ] },
    { note: 'a total that is completed is what the figure measures (完成 links like 达到); 预计 is no part of it', text: '预计全年规模以上工业总产值完成249亿元。', expect: [
      { span: '规模以上工业总产值完成249亿元', value: 24900000000, unit: '元', subject: '规模以上工业总产值' },
    ] },
    { note: '完成 with its object before the figure stays the action', text: '全年完成培训300人次。', expect: [
      { span: '完成培训300人次', value: 300, subject: '培训', action: '完成' },
    ] },
    { note: 'a quotation opened after the noun and left open by a list is not part of it; a closed one is', text: '发动200名党员“一人一岗、一岗一责”参与治理,培育8个“红色楼宇”品牌。', expect: [
      { span: '发动200名党员', value: 200, unit: '名', subject: '党员', action: '发动' },
      { span: '培育8个“红色楼宇”品牌', value: 8, unit: '个', subject: '红色楼宇品牌', action: '培育' },
    ] },
    { note: 'a zone counted with its locative; secretaries counted by their bodies; 以及 and 等共 around a noun', text: '全国141个国家级经济技术开发区内,141家开发区党工委书记,以及非公企业党组织书记等共约300人,讨论加强党建工作。', expect: [
      { span: '141个国家级经济技术开发区', value: 141, unit: '个', subject: '国家级经济技术开发区' },
      { span: '141家开发区党工委', value: 141, unit: '家', subject: '开发区党工委' },
      { span: '非公企业党组织书记等共约300人', value: 300, unit: '人', approx: 'about', subject: '非公企业党组织书记' },
    ] },
    { note: '名 before a noun that starts like 名师, 名人, 名家… is the classifier', text: '组织300名师生参观,邀请5名家长、10名人大代表和3名企业家代表参加座谈,选派27名优秀年轻干部和12名城管队员。', expect: [
      { span: '组织300名师生', value: 300, subject: '师生' },
      { span: '邀请5名家长', value: 5, subject: '家长' },
      { span: '10名人大代表', value: 10, subject: '人大代表' },
      { span: '3名企业家代表', value: 3, subject: '企业家代表' },
      { span: '选派27名优秀年轻干部', value: 27, subject: '优秀年轻干部' },
      { span: '12名城管队员', value: 12, subject: '城管队员' },
    ] },
    { note: '家 before 长期, 门店, 电商 is the classifier', text: '与3家长期合作企业签约,新开5家门店,引进20家电商企业。', expect: [
      { span: '3家长期合作企业', value: 3, unit: '家', subject: '长期合作企业' },
      { span: '5家门店', value: 5, unit: '家', subject: '门店' },
      { span: '引进20家电商企业', value: 20, unit: '家', subject: '电商企业' },
    ] },
    { note: 'starting, finishing and going into production are verbs of projects', text: '今年以来,新开工重大项目4个,竣工项目3个,新投产企业5家。', expect: [
      { span: '开工重大项目4个', value: 4, subject: '重大项目', action: '开工' },
      { span: '竣工项目3个', value: 3, subject: '项目', action: '竣工' },
      { span: '投产企业5家', value: 5, subject: '企业', action: '投产' },
    ] },
    { note: 'meetings counted in digits are a count; a session numbered in Chinese is not', text: '全年召开3次会议。区十届人大二次会议召开。', expect: [
      { span: '召开3次会议', value: 3, unit: '次', subject: '会议', action: '召开' },
    ] },
    { note: 'single-character adverbs inside words (地域, 公共) do not end a phrase', text: '以全市4%的地域面积实现了9%的一般公共预算收入。', expect: [
      { span: '4%的地域面积', value: 4, unit: '%', subject: '地域面积' },
      { span: '实现了9%的一般公共预算收入', value: 9, unit: '%', subject: '一般公共预算收入', action: '实现' },
    ] },
    { note: 'the subject carries through a bracketed aside', text: '组建党组织46个(其中单独组建30个,今年新建6个)。', expect: [
      { span: '组建党组织46个', value: 46, subject: '党组织', action: '组建' },
      { span: '组建30个', value: 30, subject: '党组织', action: '组建' },
      { span: '新建6个', value: 6, subject: '党组织', action: '新建' },
    ] },
    { note: 'after 、 the verb of the item before goes on', text: '今年新增团组织19个、妇联组织76个。', expect: [
      { span: '新增团组织19个', value: 19, subject: '团组织', action: '新增' },
      { span: '妇联组织76个', value: 76, subject: '妇联组织', action: '新增' },
    ] },
    { note: 'a list closed by 等 stays with the verb before it', text: '组建守望先锋队、应急消防队和党员志愿服务队等4支骨干队伍。', expect: [{ span: '组建守望先锋队、应急消防队和党员志愿服务队等4支骨干队伍', value: 4, unit: '支', subject: '骨干队伍', action: '组建' }] },
    { note: 'a helper verb’s listed object does the next verb', text: '推动组织、人社、税务等12个部门组建“红色服务团”。', expect: [{ span: '12个部门', value: 12, unit: '个', subject: '部门', action: '组建' }] },
    { note: 'the part named before 占 is the share', text: '全市共有党员54.4万名,城市党员占总数的70%左右。', expect: [
      { span: '党员54.4万名', value: 544000, unit: '名', subject: '党员' },
      { span: '城市党员占总数的70%左右', value: 70, unit: '%', approx: 'about', subject: '城市党员', action: null },
    ] },
    { note: '占 before 地区 is a share of the region’s figure, not 占地 (land taken); an area is no count; 占比 is a noun, the ratio itself', text: '非公经济增加值占地区生产总值的55%,项目占地120亩,60岁以上老党员占比超过30%。', expect: [
      { span: '非公经济增加值占地区生产总值的55%', value: 55, unit: '%', subject: '非公经济增加值', action: null },
      { span: '60岁以上老党员占比超过30%', value: 30, unit: '%', approx: 'over', subject: '60岁以上老党员占比', action: null },
    ] },
    { note: 'an aside in brackets carries the subject along its list', text: '组建非公企业党组织146个(其中单独组建92个、联合组建54个)。', expect: [
      { span: '组建非公企业党组织146个', value: 146, subject: '非公企业党组织', action: '组建' },
      { span: '组建92个', value: 92, subject: '非公企业党组织', action: '组建' },
      { span: '组建54个', value: 54, subject: '非公企业党组织', action: '组建' },
    ] },
    { note: 'one ratio, two figures; the change to the second is its action', text: '非公企业党组织覆盖率从2014年底的30.7%上升到目前的87.3%。', expect: [
      { span: '非公企业党组织覆盖率从2014年底的30.7%', value: 30.7, unit: '%', subject: '非公企业党组织覆盖率', action: null },
      { span: '上升到目前的87.3%', value: 87.3, unit: '%', subject: '非公企业党组织覆盖率', action: '上升到' },
    ] },
    { note: 'a percentage measures the verb that ends its clause', text: '实现党组织100%全覆盖。', expect: [{ span: '实现党组织100%全覆盖', value: 100, unit: '%', subject: '党组织覆盖', action: '覆盖' }] },
    { text: '该县设立非公企业党组织160个,有党员989名。', expect: [
      { span: '设立非公企业党组织160个', value: 160, subject: '非公企业党组织', action: '设立' },
      { span: '党员989名', value: 989, subject: '党员', action: null },
    ] },
    { text: '全年举办5期培训,覆盖260余家企业、2300余名党员。', expect: [
      { span: '举办5期培训', value: 5, unit: '期', subject: '培训', action: '举办' },
      { span: '覆盖260余家企业', value: 260, unit: '家', approx: 'over', subject: '企业', action: '覆盖' },
      { span: '2300余名党员', value: 2300, unit: '名', approx: 'over', subject: '党员' },
    ] },
    { text: '吸纳4个部门负责人和8家骨干企业党组织书记兼任联合党委委员。', expect: [
      { span: '4个部门', value: 4, unit: '个', subject: '部门', action: null },
      { span: '8家骨干企业党组织', value: 8, unit: '家', subject: '骨干企业党组织', action: null },
    ] },
    { text: '86名退役军人党员组成3支先锋队。', expect: [
      { span: '86名退役军人党员', value: 86, unit: '名', subject: '退役军人党员', action: null },
      { span: '组成3支先锋队', value: 3, unit: '支', subject: '先锋队', action: '组成' },
    ] },
    { text: '全镇45名网格员持证上岗。', expect: [{ span: '45名网格员', value: 45, subject: '网格员', action: '持证上岗' }] },
    { text: '为26人解决就业问题。', expect: [{ span: '26人', value: 26, unit: '人', subject: null, action: '解决' }] },
    { text: '园区党委下设3个功能支部分别对接5条重点产业链。', expect: [
      { span: '下设3个功能支部', value: 3, unit: '个', subject: '功能支部', action: '下设' },
      { span: '对接5条重点产业链', value: 5, unit: '条', subject: '重点产业链', action: '对接' },
    ] },
    { text: '受理企业诉求86件,已办结82件。', expect: [
      { span: '受理企业诉求86件', value: 86, unit: '件', subject: '企业诉求', action: '受理' },
      { span: '办结82件', value: 82, unit: '件', subject: '企业诉求', action: '办结' },
    ] },
    { note: 'a share of a whole carries the subject counted before it', text: '全市个体工商户从业者达120多万人,占全省个体工商户从业者的18.4%。', expect: [
      { span: '全市个体工商户从业者达120多万人', value: 1200000, unit: '人', approx: 'over' },
      { span: '占全省个体工商户从业者的18.4%', value: 18.4, unit: '%', subject: '全市个体工商户从业者', action: null },
    ] },
    { note: 'a list closed by 等 before a numeral belongs to the next count', text: '吸纳财政、人社等4个部门负责人和金鹰、远航等8家骨干企业党组织书记兼任委员。', expect: [
      { span: '4个部门', value: 4, unit: '个', subject: '部门' },
      { span: '8家骨干企业党组织', value: 8, unit: '家', subject: '骨干企业党组织' },
    ] },
    { text: '开展培训20余期,培训党员1500人次。', expect: [
      { span: '开展培训20余期', value: 20, unit: '期', approx: 'over', subject: '培训', action: '开展' },
      { span: '培训党员1500人次', value: 1500, unit: '人次', subject: '党员', action: '培训' },
    ] },
    { text: '建成2个服务中心,28个活动中心。', expect: [
      { span: '建成2个服务中心', value: 2, subject: '服务中心', action: '建成' },
      { span: '28个活动中心', value: 28, subject: '活动中心', action: '建成' },
    ] },
    { text: '共有108家联盟单位、3名专职人员、58名指导员。', expect: [
      { span: '108家联盟单位', value: 108, unit: '家', subject: '联盟单位' },
      { span: '3名专职人员', value: 3, unit: '名', subject: '专职人员' },
      { span: '58名指导员', value: 58, unit: '名', subject: '指导员' },
    ] },
    { note: 'the noun a count before counts is not named again before the next count (19个机关事业所、24家)', text: '集聚区内的19个机关事业所、24家、7个村党支部加入联盟。', expect: [
      { span: '19个机关事业所', value: 19, subject: '机关事业所' },
      { span: '24家', value: 24, subject: null },
      { span: '7个村党支部', value: 7, subject: '村党支部' },
    ] },
    { note: 'one of a whole after a verb (成为联盟的一员) is no noun the figure counts', text: '其后,24家成为联盟的一员,3家成为首批示范单位的企业。', expect: [
      { span: '24家', value: 24, subject: null },
      { span: '3家成为首批示范单位的企业', value: 3, subject: '企业' },
    ] },
  ],
  'approximations and ranges': [
    { note: 'the 近 of a word before the figure (附近, 就近) is no approximation; 近 alone is', text: '商圈附近28幢商务楼宇。就近安排30名职工。全区近2000名党员参与。', expect: [
      { span: '28幢商务楼宇', value: 28, unit: '幢', approx: 'exact', subject: '商务楼宇' },
      { span: '安排30名职工', value: 30, unit: '名', approx: 'exact', subject: '职工', action: '安排' },
      { span: '近2000名党员', value: 2000, unit: '名', approx: 'under', subject: '党员' },
    ] },
    { note: '突破 a figure is over it; 接待量 is a noun', text: '日均接待量超300人次、年服务总量突破4万人次。', expect: [
      { span: '日均接待量超300人次', value: 300, unit: '人次', approx: 'over', subject: '日均接待量', action: null },
      { span: '年服务总量突破4万人次', value: 40000, unit: '人次', approx: 'over', subject: '年服务总量', action: null },
    ] },
    { text: '课题组深入全省10余个省辖市、40余个县(市、区)、200余家非公企业调研。', expect: [
      { span: '深入全省10余个省辖市', value: 10, approx: 'over', subject: '省辖市', action: '深入' },
      { span: '40余个县(市、区)', value: 40, approx: 'over', subject: '县(市、区)' },
      { span: '200余家非公企业', value: 200, approx: 'over', subject: '非公企业' },
    ], partial: true },
    { text: '每名指导员联系3至5家企业。', expect: [{ span: '联系3至5家企业', value: 3, upper: 5, unit: '家', subject: '企业' }] },
    { text: '其他干部每人挂钩2家~3家企业。', expect: [{ span: '挂钩2家~3家企业', value: 2, upper: 3, unit: '家', subject: '企业' }] },
    { text: '全年累计走访企业近400家。', expect: [{ span: '走访企业近400家', value: 400, approx: 'under', subject: '企业', action: '走访' }] },
    { text: '约300名党员群众参加活动。', expect: [{ span: '约300名党员群众', value: 300, approx: 'about', subject: '党员群众' }] },
    { text: '每季度至少到联系企业走访1次。', expect: [{ span: '走访1次', value: 1, unit: '次', approx: 'over', subject: '走访', action: '走访' }] },
    { text: '帮助企业节约成本50万元左右。', expect: [{ span: '节约成本50万元左右', value: 500000, approx: 'about', subject: '成本', action: '节约' }] },
    { text: '建成党群服务中心8处。', expect: [{ span: '建成党群服务中心8处', value: 8, unit: '处', subject: '党群服务中心', action: '建成' }] },
    { text: '参学党员职工超2万人次。', expect: [{ span: '参学党员职工超2万人次', value: 20000, unit: '人次', approx: 'over' }] },
    { text: '覆盖企业逾百家。', expect: [{ span: '覆盖企业逾百家', value: 100, unit: '家', approx: 'over', subject: '企业', action: '覆盖' }] },
    { text: '培训党员不到50人。', expect: [{ span: '培训党员不到50人', value: 50, unit: '人', approx: 'under', subject: '党员', action: '培训' }] },
    { text: '参与志愿服务的党员在300人以上。', expect: [{ span: '参与志愿服务的党员在300人以上', value: 300, unit: '人', approx: 'over', subject: '党员', action: '参与' }] },
    { text: '每家企业联系1~2名指导员。', expect: [{ span: '联系1~2名指导员', value: 1, upper: 2, unit: '名', subject: '指导员', action: '联系' }] },
  ],
  'what is not a count': [
    { note: 'a figure after letters is a code (TCL50, G20), unless capitals abbreviate what an amount or share is of (GDP120亿元)', text: '采购TCL50台。举办G20峰会3场。园区实现GDP120亿元。', expect: [
      { span: '举办G20峰会3场', value: 3, unit: '场', subject: 'G20峰会', action: '举办' },
      { span: '实现GDP120亿元', value: 12000000000, unit: '元', subject: 'GDP', action: '实现' },
    ] },
    { note: 'ordinal', text: '公司获评第二批省级党建示范点。', expect: [] },
    { note: 'session', text: '深入学习贯彻党的二十届三次全会精神。', expect: [] },
    { note: 'anniversary and holiday', text: '庆祝中国共产党成立102周年,迎“七一”开展主题党日。', expect: [] },
    { note: 'dates and durations', text: '2023年3月以来,他连续工作近18个小时,两年多来从未间断。', expect: [] },
    { note: 'the article 一', text: '这是一次生动的党课,每个网格配备一名指导员。', expect: [] },
    { note: 'numerals inside quotes and slogans', text: '严格落实“三会一课”制度,推进“两个覆盖”,开展“百名干部进百企”活动。', expect: [] },
    { note: 'N大X groupings and levels', text: '聚焦三大主导产业,构建四级组织架构,实现三级联动。', expect: [] },
    { note: 'a photo caption is not article text', text: '新材料产业园三期 张伟 摄\n园区召开党建工作会议。', expect: [] },
    { note: 'idioms', text: '千方百计为企业纾困,把温暖送进千家万户,坚持一对一服务和一站式办理。', expect: [] },
    { note: 'codes and formulas', text: '企业减少SO2和NO2排放,编号为dj2023的项目启动。', expect: [] },
    { note: 'vague amounts', text: '他每天步行几万步,走访了数十家企业。', expect: [] },
    { note: 'vague round numbers after 上/成/数/几 (上百, 成千上万, 几十)', text: '上百家企业参加,成千上万名群众受益,几十家商户加入。', expect: [] },
    { note: 'measurements', text: '新建阵地面积2980余平方米,距城区5公里。', expect: [] },
    { note: '十分 is an adverb, 十个 in a set phrase is not read as a score', text: '这项工作十分重要。', expect: [] },
    { note: 'vague spans', text: '每个支部有两三个党员,三四十人参加。', expect: [] },
    { note: 'leadership teams', text: '四套班子领导带头联系企业。', expect: [] },
    { note: '起 after a year, 一起 together', text: '从2018年起,大家一起推进,工作起步早。', expect: [] },
    { note: 'plan periods, party congresses and titles', text: '“十四五”期间,学习二十大精神,第一书记带头。', expect: [] },
    { note: 'hotlines and hours', text: '拨打12345热线,24小时在线服务。', expect: [] },
    { note: 'formulas in quotes', text: '构建“3+1”主导产业体系。', expect: [] },
    { note: 'a financial numeral alone is a name’s character (陆家嘴, 伍家岗)', text: '陆家嘴金融城和伍家岗区推出楼事会制度。', expect: [] },
    { note: 'an issue of a periodical numbered within its year is no count (a year before other events is)', text: '《党建文汇》2016年9期刊发此文。2016年举办培训9期。', expect: [{ span: '举办培训9期', value: 9, unit: '期', subject: '培训', action: '举办' }] },
  ],
};

export const corpus: ItemCorpus<'counts'> = {
  field: 'counts',
  cases: Object.values(groups).flat(),
};
