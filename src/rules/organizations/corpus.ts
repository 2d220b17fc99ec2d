// Organizations corpus: bodies named in party-building reports, with kinds, and
// words that end like organization names but are not.
import type { ItemCorpus } from '../corpus.js';

export const corpus: ItemCorpus<'organizations'> = {
  field: 'organizations',
  cases: [
    { text: '马尾区委组织部有关负责人说。', expect: [{ span: '马尾区委组织部', name: '马尾区委组织部', kind: 'party' }] },
    { text: '县发改委牵头协调。', expect: [{ span: '县发改委', name: '县发改委', kind: 'government' }] },
    { text: '浦口区行政审批局在这里设立了分中心。', expect: [{ span: '浦口区行政审批局', kind: 'government' }] },
    { text: '金星钛白公司与园区签约。', expect: [{ span: '金星钛白公司', kind: 'enterprise' }] },
    { text: '台玻安徽玻璃有限公司取得专利。', expect: [{ span: '台玻安徽玻璃有限公司', kind: 'enterprise' }] },
    { text: '积极推进集成电路产业党建联盟建设。', expect: [{ span: '集成电路产业党建联盟', kind: 'association' }] },
    { text: '高新区妇联开展关爱活动。', expect: [{ span: '高新区妇联', kind: 'association' }] },
    { text: '兴乐党支部积极助力乡村振兴。', expect: [{ span: '兴乐党支部', kind: 'party' }] },
    { text: '向万华化学、冠捷电子等成员单位企业授牌。', expect: [{ span: '万华化学', kind: 'enterprise' }, { span: '冠捷电子', kind: 'enterprise' }] },
    { note: 'a short company name in its park, beside a name we cannot know', text: '高新区奥卡包装与海底捞签订外包装供应订单。', expect: [{ span: '奥卡包装', name: '奥卡包装', kind: 'enterprise' }] },
    { note: 'a short company name after 企业', text: '园区龙头企业海螺水泥党委书记讲话。', expect: [{ span: '海螺水泥', kind: 'enterprise' }] },
    { text: '安徽华菱汽车与园区签约。', expect: [{ span: '安徽华菱汽车', kind: 'enterprise' }] },
    { text: '宝武钢铁集团党委开展主题教育。', expect: [{ span: '宝武钢铁集团党委', kind: 'party' }] },
    { text: '县市场监管局、县总工会联合开展检查。', expect: [{ span: '县市场监管局', kind: 'government' }, { span: '县总工会', kind: 'association' }] },
    { text: '经开区管委会召开会议。', expect: [{ span: '经开区管委会', kind: 'government' }] },
    { text: '园区非公工委组织培训。', expect: [{ span: '园区非公工委', kind: 'party' }] },
    { text: '县工商联、县个体劳动者协会共同发起。', expect: [{ span: '县工商联', kind: 'association' }, { span: '县个体劳动者协会', kind: 'association' }] },
    { note: 'fields of industry are not companies', text: '发展新能源汽车和智能装备,推动先进制造与现代服务融合,加强科技与金融融合。', expect: [] },
    { note: 'a person title after a body is no mention of the body', text: '公司党委书记、总经理出席。', expect: [] },
    { note: 'a short form is merged into the full name', text: '苏州姑苏区白洋湾街道推进阵地建设,白洋湾街道党工委副书记介绍。', expect: [{ span: '苏州姑苏区白洋湾街道', kind: 'government' }] },
    { note: 'a verb the lexicon lacks before a name (jieba finds it)', text: '积极响应园区党工委号召,锚定南京市浦口区委部署。', expect: [{ span: '园区党工委', kind: 'party' }, { span: '南京市浦口区委', kind: 'party' }] },
    { note: 'a counted list before a name', text: '推动港口码头三个产业链党建联盟协同发展。', expect: [{ span: '产业链党建联盟', kind: 'association' }] },
    { note: 'a classifier after a numeral is not part of the name', text: '18家县委非公工委成员单位参加。', expect: [{ span: '县委非公工委', kind: 'party' }] },
    { note: 'a numeral inside a name stays', text: '柳州市成立两新组织党工委。', expect: [{ span: '两新组织党工委', kind: 'party' }] },
    { note: 'a bare 党组 or 党委 in brackets names no body', text: '压实主管部门党组(党委)责任。', expect: [] },
    { note: 'verbs before a name', text: '调整优化非公企业综合党委组织架构。', expect: [{ span: '非公企业综合党委', kind: 'party' }] },
    { note: 'digits in a company name; a count before 公司 is no name', text: '实地察看了位于361度公司的服务中心,走访3家公司。', expect: [{ span: '361度公司', kind: 'enterprise' }] },
    { note: 'a zone name before a body is not cut where jieba splits it (经/开区)', text: '经开区工商业联合会正式揭牌。', expect: [{ span: '经开区工商业联合会', kind: 'association' }] },
    { note: 'words ending in 局', text: '服务中心大局,优化总体布局,开创发展新格局。', expect: [] },
    { note: 'a 联盟 that names no field', text: '形成无形的资源联盟。', expect: [] },
  ],
};
