// Places corpus: administrative units as articles name them, zones, and the
// look-alikes (words, roads, districts of a park) that are not places.
import type { ItemCorpus } from '../corpus.js';

export const corpus: ItemCorpus<'localities'> = {
  field: 'localities',
  cases: [
    { text: '马尾区委组织部召开会议。', expect: [{ span: '马尾区', adcode: '350105', level: 'county', city: '福州市' }] },
    { text: '滁州凤阳县推进园区党建。', expect: [{ span: '滁州', adcode: '341100' }, { span: '凤阳县', adcode: '341126' }] },
    { text: '南京市浦口区委召开专题会。', expect: [{ span: '南京市', adcode: '320100' }, { span: '浦口区', adcode: '320111' }] },
    { text: '台玻安徽玻璃有限公司党支部实施工程。', expect: [{ span: '安徽', adcode: '340000', level: 'province' }] },
    { text: '福清市推进产业链党建,福清工匠获表彰。', expect: [{ span: '福清市', adcode: '350181' }] },
    { note: 'a zone resolves to the unit it lies in', text: '慈湖高新区党工委推进党建。', expect: [{ span: '慈湖高新区', adcode: '340500' }] },
    { note: 'a zone named after its county', text: '浦口经济开发区新建党群服务中心。', expect: [{ span: '浦口', adcode: '320111', mention: '浦口' }] },
    { note: '马上就办 is not 马尾', text: '坚持马上就办,服务企业。', expect: [] },
    { note: '长安片区 is not a county named 长安', text: '长安片区入驻企业越来越多。', expect: [] },
    { note: 'road names', text: '企业位于广东路和陕西南路交叉口。', expect: [] },
    { note: 'county short forms that are ordinary words', text: '整合资源,加强合作,建设港口码头。', expect: [] },
  ],
};
