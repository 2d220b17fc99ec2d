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
    { note: 'words ending in 局', text: '服务中心大局,优化总体布局,开创发展新格局。', expect: [] },
    { note: 'a 联盟 that names no field', text: '形成无形的资源联盟。', expect: [] },
  ],
};
