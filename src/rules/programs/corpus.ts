// Programs corpus: named initiatives as county reports write them, and quoted
// words that are not programs (metaphors, honours, speech).
import type { ItemCorpus } from '../corpus.js';

export const corpus: ItemCorpus<'programs'> = {
  field: 'programs',
  cases: [
    { text: '全区深入开展“红色领航”行动。', expect: [{ span: '红色领航', name: '红色领航', kind: '行动' }] },
    { text: '探索形成“三联三带”工作模式。', expect: [{ span: '三联三带', name: '三联三带' }] },
    { text: '打造“园区e家”党群服务品牌。', expect: [{ span: '园区e家', name: '园区e家', kind: '服务品牌' }] },
    { text: '实施“青蓝接力”计划,培养青年骨干。', expect: [{ span: '青蓝接力', name: '青蓝接力', kind: '计划' }] },
    { text: '开通“企业直通车”服务热线。', expect: [{ span: '企业直通车', name: '企业直通车' }] },
    { text: '深入推进“双培双带”,提升党员素质。', expect: [{ span: '双培双带', name: '双培双带' }] },
    { text: '聚焦“四抓四促”,推动党建与业务融合。', expect: [{ span: '四抓四促', name: '四抓四促' }] },
    { text: '持续深化“五大工程”建设。', expect: [{ span: '五大工程', name: '五大工程' }] },
    { text: '区委系统推进党建引领三链融合工程。', expect: [{ span: '三链融合工程', name: '三链融合工程', kind: '工程' }] },
    { text: '严格落实三会一课制度。', expect: [{ span: '三会一课', name: '三会一课' }] },
    { text: '组建“银发先锋服务团”,开展志愿服务。', expect: [{ span: '银发先锋服务团', name: '银发先锋服务团', kind: '服务团' }] },
    { text: '搭建“1+N”联建体系。', expect: [{ span: '1+N', name: '1+N' }] },
    { text: '绘制“一廊两区”党建地图。', expect: [{ span: '一廊两区', name: '一廊两区' }] },
    { text: '开展“企业吹哨、部门报到”活动。', expect: [{ span: '企业吹哨、部门报到', name: '企业吹哨、部门报到', kind: '活动' }] },
    // not programs
    { note: 'metaphors', text: '破解发展“卡脖子”难题,当好职工“娘家人”,守住群众“饭碗”。', expect: [] },
    { note: 'an honour', text: '公司被授予“爱心企业”称号。', expect: [] },
    { note: 'quoted speech', text: '“抗击疫情,人人都有义务,我更是义不容辞!”他说。', expect: [] },
    { note: 'a word quoted inside a quotation', text: '牢记“创新不问‘出身’”嘱托。', expect: [] },
    { text: '打造红色“议事厅”,组建党员“攻坚队”。', expect: [{ span: '议事厅', name: '议事厅' }, { span: '攻坚队', name: '攻坚队' }] },
    { text: '以“网格+企格”管理方式深度合作。', expect: [{ span: '网格+企格', name: '网格+企格' }] },
    { text: '开展以“追溯红色记忆 向历史致敬”为主题的党日活动。', expect: [{ span: '追溯红色记忆 向历史致敬', name: '追溯红色记忆 向历史致敬' }] },
    { note: 'a quoted nickname', text: '他被大家称为“老黄牛”。', expect: [] },
    { note: 'a figure of speech named as a brand is a program', text: '实施“扬帆计划”,打造“红色引擎”品牌。', expect: [{ span: '扬帆计划', name: '扬帆计划', kind: '计划' }, { span: '红色引擎', name: '红色引擎', kind: '品牌' }] },
    { text: '推行“五联五共”运行模式。', expect: [{ span: '五联五共', name: '五联五共', kind: '运行模式' }] },
    { text: '开展“我为群众办实事”实践活动。', expect: [{ span: '我为群众办实事', name: '我为群众办实事', kind: '实践活动' }] },
    { text: '构建“1+3+N”组织体系。', expect: [{ span: '1+3+N', name: '1+3+N', kind: '体系' }] },
    { note: 'an awards campaign is a program', text: '开展“两红两优”表彰活动。', expect: [{ span: '两红两优', name: '两红两优' }] },
    { note: 'honours conferred are not programs', text: '获评“五星级党组织”,荣获“先锋示范岗”荣誉称号。', expect: [] },
    { note: 'a metaphor without a program word stays a metaphor', text: '持续激活园区“红色引擎”,啃下“骨头案”。', expect: [] },
    { note: 'speech after a colon', text: '他说:“我们要把服务做到企业心坎上。”', expect: [] },
    { note: 'quoted ordinary words', text: '解决职工“急难愁盼”问题,打通服务“最后一公里”。', expect: [] },
    { note: 'numbered phrases that are counts or ordinals', text: '一个支部就是一座堡垒,两名党员结对一户。', expect: [] },
    { note: 'unquoted N大X groupings are not programs', text: '聚焦三大片区,壮大四大产业。', expect: [] },
  ],
};
